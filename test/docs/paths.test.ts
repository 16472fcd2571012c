// Every source file the docs name exists, so a reader never follows a path to nothing. The "before" paragraphs of
// docs/architecture.md name the files the engine replaced, on purpose: they are left out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LAYERS = 'app|cards|classroom|domain|entry|handlers|i18n|platform|transport';
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('paths named in the docs', () => {
  it.each(DOCS)('%s names only source files that exist', (doc) => {
    const paragraphs = readFileSync(join(ROOT, doc), 'utf8').split(/\n\s*\n/);
    const named = paragraphs
      .filter((p) => !p.startsWith('Before'))
      .flatMap((p) => [...p.matchAll(new RegExp(`\\b(?:src/)?(?:${LAYERS})/[\\w-]+\\.ts\\b`, 'g'))].map((m) => m[0]));
    const missing = named.filter((p) => !existsSync(join(ROOT, p.startsWith('src/') ? p : `src/${p}`)));
    expect(missing).toEqual([]);
  });
});
