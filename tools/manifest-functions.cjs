// Every function name an Apps Script manifest calls (runFunction / onTriggerFunction, at any depth): shared by the
// build, which refuses a bundle that does not export them, and the bundle test.
function manifestFunctions(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => manifestFunctions(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'runFunction' || k === 'onTriggerFunction') && typeof v === 'string') out.add(v);
      else manifestFunctions(v, out);
    }
  }
  return out;
}

module.exports = { manifestFunctions };
