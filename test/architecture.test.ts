// The layers of docs/architecture.md, checked on the source: which layer may import which, and handlers that know
// nothing of Classroom's paths or Google's services. (Import cycles are madge's job: `npm run cycles`.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

/** A module's layer: its folder under src/, or its own name for the files at the top. */
function layerOf(file: string): string {
  const [first, second] = relative(SRC, file).split('/');
  return second === undefined ? (first ?? '').replace(/\.ts$/, '') : (first ?? '');
}

const MAY_IMPORT: Record<string, readonly string[]> = {
  index: ['entry', 'handlers', 'cards'],
  entry: ['cards', 'domain', 'i18n', 'transport'],
  handlers: ['app', 'cards', 'domain', 'entry', 'i18n'],
  app: ['classroom', 'platform', 'domain', 'transport'],
  cards: ['domain', 'i18n', 'entry-points'],
  classroom: ['transport', 'platform', 'domain'],
  // platform/sheets-api.ts reaches the Sheets API over the transport (UrlFetchApp stays in transport/).
  platform: ['domain', 'entry-points', 'transport'],
  transport: ['domain'],
  domain: ['i18n'],
  i18n: ['domain'],
  'entry-points': [],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const files = sources(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

function importsOf(file: { path: string; text: string }): string[] {
  // import … from './x', export … from './x', import './x'
  return [...file.text.matchAll(/^(?:(?:import|export)\s[^;]*?from\s+|import\s+)'(\.[^']+)';/gm)].map((m) =>
    join(file.path, '..', m[1] ?? ''),
  );
}

describe('layers', () => {
  it.each(files.map((f) => [relative(SRC, f.path), f] as const))('%s imports only what its layer may', (_, file) => {
    const layer = layerOf(file.path);
    const allowed = MAY_IMPORT[layer];
    expect(allowed).toBeDefined();
    const foreign = importsOf(file)
      .map((target) => layerOf(`${target}.ts`))
      .filter((target) => target !== layer && !allowed?.includes(target));
    expect(foreign).toEqual([]);
  });

  it('no handler imports another handler', () => {
    const handlers = files.filter((f) => layerOf(f.path) === 'handlers');
    for (const f of handlers) expect(importsOf(f).filter((t) => layerOf(`${t}.ts`) === 'handlers')).toEqual([]);
  });

  it('handlers hold no Classroom path and call neither UrlFetchApp nor the Classroom service', () => {
    const handlers = files.filter((f) => layerOf(f.path) === 'handlers');
    expect(handlers.length).toBeGreaterThan(5);
    for (const f of handlers) expect(f.text).not.toMatch(/\/v1\/|UrlFetchApp|\bClassroom\b/);
  });

  it('only the Classroom gateway spells a Classroom path', () => {
    const spelling = files.filter((f) => /'\/v1\/|`\/v1\//.test(f.text)).map((f) => layerOf(f.path));
    expect(new Set(spelling)).toEqual(new Set(['classroom']));
  });

  it('only the transport calls UrlFetchApp', () => {
    const callers = files.filter((f) => /UrlFetchApp\./.test(f.text)).map((f) => relative(SRC, f.path));
    expect(callers).toEqual(['transport/http.ts']);
  });
});
