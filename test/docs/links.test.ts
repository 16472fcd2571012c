// Every relative link of README.md, CHANGELOG.md and docs/*.md (Markdown links and images, HTML src/href) points to a
// file that exists, so a newcomer following the README never lands on nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../e2e/harness';

const FILES = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Relative targets of a Markdown text, code spans and fenced blocks left out. */
function relativeLinks(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? ''),
  ];
  return targets.filter((t) => !/^([a-z]+:|#)/i.test(t)).map((t) => decodeURI(t.replace(/#.*$/, '')));
}

describe('documentation links', () => {
  it.each(FILES)('%s links only to files that exist', (file) => {
    const links = relativeLinks(readFileSync(join(ROOT, file), 'utf8'));
    const missing = links.filter((l) => !existsSync(join(ROOT, dirname(file), l)));
    expect(missing).toEqual([]);
  });

  it('the README reaches the publishing guide, the privacy policy and the terms', () => {
    const links = relativeLinks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(links).toEqual(expect.arrayContaining(['docs/publishing.md', 'docs/privacy.md', 'docs/terms.md']));
  });

  it('keeps every README table cell short enough to read (at most 300 characters)', () => {
    const cells = readFileSync(join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .flatMap((line) => line.split('|').map((c) => c.trim()));
    expect(cells.filter((c) => c.length > 300)).toEqual([]);
  });

  it('finds a broken link (the check can fail)', () => {
    expect(relativeLinks('see [x](docs/nope.md#a), `[y](z.md)`, [w](https://x.example) and <img src="a.png">')).toEqual(
      ['docs/nope.md', 'a.png'],
    );
  });
});
