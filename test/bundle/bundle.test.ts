// The built bundle as Apps Script sees it: every function the manifest, a card action or a trigger names is a
// top-level function declaration of dist/Code.js (built once by test/global-setup.cjs), and clasp would push exactly Code.js and appsscript.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFunctions } = require('../../tools/manifest-functions.cjs') as {
  manifestFunctions: (m: unknown) => Set<string>;
};

let code = '';
let manifest: unknown;

beforeAll(() => {
  code = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');
  manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const topLevel = (name: string) => new RegExp(`^function ${name}\\(`, 'm');

describe('dist/Code.js', () => {
  it('declares every manifest function at top level', () => {
    const names = [...manifestFunctions(manifest)];
    expect(names).toEqual(
      expect.arrayContaining(['onHomepage', 'onGmailMessage', 'onLookupUniversal', 'onSettingsUniversal']),
    );
    for (const n of names) expect(code).toMatch(topLevel(n));
  });

  it('declares every card action and trigger handler named in src/ at top level', () => {
    const names = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:action|ensureHourlyTrigger|removeTriggersFor)\(\s*'(\w+)'/g))
        names.add(m[1]!);
    }
    expect(names.size).toBeGreaterThan(15);
    for (const n of names) expect(code).toMatch(topLevel(n));
  });

  it('has no ES module syntax (Apps Script has no modules)', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('the build fails when the manifest names a function that is not exported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-build-'));
    const bad = { ...(manifest as object), addOns: { common: { homepageTrigger: { runFunction: 'onMissing' } } } };
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(bad));
    const script = `import { build } from ${JSON.stringify(join(ROOT, 'build.mjs'))};
      build({ manifestPath: ${JSON.stringify(join(dir, 'appsscript.json'))}, outDir: ${JSON.stringify(join(dir, 'out'))} })
        .then(() => console.log('built'), (e) => console.log(e.message));`;
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/not exported.*onMissing/);
  });
});

describe('clasp', () => {
  it('would push exactly Code.js and appsscript.json (dry check, no login)', () => {
    const home = mkdtempSync(join(tmpdir(), 'ci-home-'));
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], {
      cwd: ROOT,
      env: { ...process.env, HOME: home },
      encoding: 'utf8',
    });
    const status = JSON.parse(out.trim().split('\n').pop()!) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
  });
});
