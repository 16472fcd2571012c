// What a manifest must be before a versioned deployment, shared by `npm run release` (tools/release.mjs, which refuses
// to push otherwise) and the tests (test/release/). Each check returns problems as sentences naming the fix.
const { manifestFunctions } = require('./manifest-functions.cjs');

const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** The scopes of docs/scopes.md: every table row whose first cell is a `scope` in backticks. */
function documentedScopes(markdown) {
  const out = [];
  for (const m of markdown.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)) {
    out.push(m[1].startsWith('https://') ? m[1] : SCOPE_PREFIX + m[1]);
  }
  return out;
}

/** Both directions: a scope the manifest asks for without a reason, and a documented scope nobody asks for. */
function scopeProblems(manifest, scopesMarkdown) {
  const asked = manifest.oauthScopes ?? [];
  const documented = documentedScopes(scopesMarkdown);
  return [
    ...asked
      .filter((s) => !documented.includes(s))
      .map((s) => `appsscript.json asks for ${s}, which docs/scopes.md does not list: add its row (class, why, code).`),
    ...documented
      .filter((s) => !asked.includes(s))
      .map(
        (s) => `docs/scopes.md lists ${s}, which appsscript.json does not ask for: remove the row or add the scope.`,
      ),
  ];
}

/**
 * Google's own product artwork (the gstatic branding folder and the like): a Marketplace listing may not wear it.
 * A URL on googleusercontent.com is not one of them: that is where the Marketplace SDK hosts an uploaded icon.
 */
function isGoogleProductLogo(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  return (
    /(^|\.)gstatic\.com$/.test(host) || (/(^|\.)google(apis)?\.com$/.test(host) && /\/branding\//i.test(u.pathname))
  );
}

/** A URL that cannot be the real one yet: the repository's placeholder host (RFC 2606 reserved names) or a REPLACE_ marker. */
function isPlaceholderUrl(url) {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return true;
  }
  return (
    /(^|\.)(example|invalid|test|localhost)$/.test(host) ||
    /^example\.(com|org|net)$/.test(host) ||
    /replace/i.test(url)
  );
}

/** Problems that exist whatever the deployment: the logo, the allow-lists, the scopes. Checked by `npm test`. */
function manifestProblems(manifest, scopesMarkdown) {
  const problems = [];
  const logo = manifest.addOns?.common?.logoUrl;
  if (typeof logo !== 'string' || !logo.startsWith('https://')) {
    problems.push("addOns.common.logoUrl must be an https URL of the add-on's own logo (assets/logo-96.png).");
  } else if (isGoogleProductLogo(logo)) {
    problems.push(
      `addOns.common.logoUrl points at a Google product logo (${logo}): host assets/logo-96.png and point there.`,
    );
  }
  // Required for versioned deployments: https, the full host, and a path of at least "/" (Apps Script allow-list guide).
  for (const key of ['urlFetchWhitelist', 'openLinkUrlPrefixes']) {
    const list =
      key === 'urlFetchWhitelist' ? manifest.urlFetchWhitelist : manifest.addOns?.common?.openLinkUrlPrefixes;
    for (const entry of list ?? []) {
      if (!/^https:\/\/[^/]+\/.*$/.test(entry) || !entry.endsWith('/'))
        problems.push(`${key} entry "${entry}" must start with https:// and end with "/".`);
    }
  }
  return [...problems, ...scopeProblems(manifest, scopesMarkdown)];
}

/** What only a release needs on top: a real logo host and every function the manifest names in the built bundle. */
function releaseProblems(manifest, scopesMarkdown, bundleText) {
  const problems = manifestProblems(manifest, scopesMarkdown);
  const logo = manifest.addOns?.common?.logoUrl;
  if (typeof logo === 'string' && isPlaceholderUrl(logo))
    problems.push(
      `addOns.common.logoUrl is still the placeholder (${logo}): host assets/logo-96.png and put its URL there (docs/publishing.md, "Logo").`,
    );
  if (!manifest.urlFetchWhitelist?.length)
    problems.push('urlFetchWhitelist is missing: a versioned deployment needs it.');
  const declared = new Set([...bundleText.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]));
  for (const fn of manifestFunctions(manifest))
    if (!declared.has(fn)) problems.push(`dist/Code.js has no top-level function ${fn}, which the manifest names.`);
  return problems;
}

module.exports = {
  documentedScopes,
  scopeProblems,
  isGoogleProductLogo,
  isPlaceholderUrl,
  manifestProblems,
  releaseProblems,
};
