// The manifest a school would install: its own logo (never a Google product's), allow-lists a versioned deployment
// accepts, scopes equal to docs/scopes.md both ways, the logo's PNGs in the sizes Google asks for, and gas-local
// (the emulator's loader) kept out of anything that ships.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- tools/ is CommonJS, shared with the release script
const checks = require('../../tools/manifest-checks.cjs') as {
  documentedScopes(md: string): string[];
  scopeProblems(manifest: object, md: string): string[];
  isGoogleProductLogo(url: string): boolean;
  manifestProblems(manifest: object, md: string): string[];
  releaseProblems(manifest: object, md: string, bundle: string): string[];
};

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('appsscript.json'));
const scopesDoc = read('docs/scopes.md');

describe('appsscript.json', () => {
  it('passes every manifest check: own logo, https allow-lists ending in "/", scopes as documented', () => {
    expect(checks.manifestProblems(manifest, scopesDoc)).toEqual([]);
  });

  it('never points its logo at a Google product logo', () => {
    expect(checks.isGoogleProductLogo(manifest.addOns.common.logoUrl)).toBe(false);
    for (const google of [
      'https://www.gstatic.com/images/branding/product/2x/classroom_48dp.png',
      'https://ssl.gstatic.com/classroom/logo_square_48.svg',
      'https://www.google.com/images/branding/googlelogo/1x/googlelogo_color_272x92dp.png',
    ]) {
      expect(checks.isGoogleProductLogo(google)).toBe(true);
      const bad = {
        ...manifest,
        addOns: { ...manifest.addOns, common: { ...manifest.addOns.common, logoUrl: google } },
      };
      expect(checks.manifestProblems(bad, scopesDoc).join('\n')).toMatch(/Google product logo/);
    }
    // The Marketplace SDK hosts an uploaded icon on googleusercontent.com: that is the add-on's own image.
    expect(checks.isGoogleProductLogo('https://lh3.googleusercontent.com/abc=s96')).toBe(false);
  });

  it('allow-lists the Sheets API for the roster sync, and no Calendar host or scope', () => {
    expect(manifest.urlFetchWhitelist).toEqual(
      expect.arrayContaining(['https://classroom.googleapis.com/', 'https://sheets.googleapis.com/']),
    );
    expect(Object.keys(manifest.addOns).sort()).toEqual(['common', 'drive', 'gmail', 'sheets']);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/calendar.addons.execute');
  });

  it('enables no advanced service: Classroom is reached over REST, through the one budgeted transport', () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(read('dist/Code.js')).not.toMatch(/\bClassroom\.(Courses|Invitations|UserProfiles)\b/);
  });

  it('fails, naming the fix, when a scope is asked for without a row in docs/scopes.md or the other way round', () => {
    expect(checks.documentedScopes(scopesDoc).sort()).toEqual([...manifest.oauthScopes].sort());
    const extra = { ...manifest, oauthScopes: [...manifest.oauthScopes, 'https://www.googleapis.com/auth/drive'] };
    expect(checks.scopeProblems(extra, scopesDoc)).toEqual([
      expect.stringMatching(
        /asks for https:\/\/www\.googleapis\.com\/auth\/drive, which docs\/scopes\.md does not list/,
      ),
    ]);
    const fewer = { ...manifest, oauthScopes: manifest.oauthScopes.slice(1) };
    expect(checks.scopeProblems(fewer, scopesDoc)).toEqual([
      expect.stringContaining(`docs/scopes.md lists ${manifest.oauthScopes[0]}, which appsscript.json does not ask`),
    ]);
  });

  it('refuses an allow-list entry that is not https or lacks the trailing "/"', () => {
    const bad = {
      ...manifest,
      urlFetchWhitelist: ['http://classroom.googleapis.com/', 'https://sheets.googleapis.com'],
    };
    expect(checks.manifestProblems(bad, scopesDoc)).toEqual([
      expect.stringContaining('"http://classroom.googleapis.com/"'),
      expect.stringContaining('"https://sheets.googleapis.com"'),
    ]);
  });
});

describe('the release check on the built bundle', () => {
  it('names each function the manifest calls that dist/Code.js does not declare at top level', () => {
    const real = {
      ...manifest,
      addOns: { ...manifest.addOns, common: { ...manifest.addOns.common, logoUrl: 'https://school.edu/l.png' } },
    };
    const bundle = read('dist/Code.js');
    expect(checks.releaseProblems(real, scopesDoc, bundle)).toEqual([]);
    const without = bundle.replace(/^function onHomepage\(/m, 'function renamed(');
    expect(checks.releaseProblems(real, scopesDoc, without)).toEqual([
      'dist/Code.js has no top-level function onHomepage, which the manifest names.',
    ]);
  });
});

describe('the logo', () => {
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (path: string) => {
    const b = readFileSync(join(ROOT, path));
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };

  it('exists as SVG and as PNGs of 32, 48, 96 and 128 px (Marketplace icons) plus 24 px (toolbar check)', () => {
    expect(read('assets/logo.svg')).toContain('<svg');
    for (const size of [24, 32, 48, 96, 128]) expect(pngSize(`assets/logo-${size}.png`)).toEqual([size, size]);
    expect(manifest.addOns.common.logoUrl).toMatch(/\/logo-96\.png$/);
  });
});

describe('development tools stay development tools', () => {
  it('declares gas-local as a dev dependency only, and nothing at all as a runtime dependency of the root', () => {
    const root = JSON.parse(read('package.json'));
    const emulator = JSON.parse(read('emulator/package.json'));
    expect(root.dependencies).toBeUndefined();
    expect(emulator.dependencies?.['gas-local']).toBeUndefined();
    expect(emulator.devDependencies['gas-local']).toBeDefined();
  });

  it('keeps .clasp.json a placeholder: no real script id is ever committed', () => {
    const clasp = JSON.parse(read('.clasp.json').replace(/^\s*\/\/.*$/gm, ''));
    expect(clasp).toEqual({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' });
  });
});
