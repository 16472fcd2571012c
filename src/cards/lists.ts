// Whole lists inside a card's limits: a group of addresses is shown in full, a few paragraphs of many lines each
// (a paragraph's text may be long, a card holds at most 100 widgets), and "Copy list" opens a card with the group
// as one selectable paragraph. No "and N more" dead end anywhere.
import { shorten } from '../domain/addresses';
import type { InvalidAddress, InvalidReason } from '../domain/addresses';
import type { CopyList } from '../domain/types';
import type { Translate } from '../i18n';
import type { IconImage } from './types';
import { action, button, buttons, errorText, esc, newCard, paragraph, plain, row, section } from './ui';

/** At most this many paragraphs per group, so a card of a dozen groups stays far below 100 widgets. */
const PARAGRAPHS_PER_GROUP = 4;
const LINES_PER_PARAGRAPH = 100;
/** One address is at most 254 characters; longer entries are invalid and shown cut. */
export const SHOWN_CHARS = 80;
/** The copy card keeps more of a long entry, still bounded. */
const COPIED_CHARS = 300;

export interface Group {
  title: string;
  /** Lines as text (not escaped), each shown on its own line. */
  lines: readonly string[];
  /** What "Copy list" copies (defaults to the lines); nothing when there is a single line. */
  copy?: readonly string[];
  icon?: IconImage;
  /** Collapsed sections show their title and a "Show more" toggle. */
  collapsed?: boolean;
  /** When the group holds one line: the title without its count, shown under the line (one widget, as a row). */
  single?: string;
  /** Whether the group is about something that went wrong (its words in red). */
  bad?: boolean;
}

/** Every line, cut to `chars`, in paragraphs of at least `per` lines and at most `most` paragraphs. */
function paragraphs(lines: readonly string[], per: number, most: number, chars: number) {
  const size = Math.max(per, Math.ceil(lines.length / most));
  const count = Math.ceil(lines.length / size);
  const chunks = Array.from({ length: count }, (_, k) => lines.slice(k * size, (k + 1) * size));
  return chunks.map((chunk) => paragraph(chunk.map((line) => esc(shorten(line, chars))).join('<br>')));
}

// Google documents no size for action parameters, so a button carries only a short key; the lists of the cards
// built in this execution wait here until the entry funnel keeps them in the user cache (afterRespond).
const pendingCopies = new Map<string, CopyList>();

/** The lists behind the copy buttons built since the last call, by key (and forgets them). */
export function takeCopies() {
  const out = new Map(pendingCopies);
  pendingCopies.clear();
  return out;
}

/** A short key for a list: the same list gets the same key (cyrb53, 53 bits: collisions are negligible here). */
function keyOf(text: string) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `copy:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The copy list's action key: `copy:` and a base-36 hash. */
export const COPY_KEY = /^copy:[0-9a-z]{1,12}$/;

function copyButton(t: Translate, title: string, items: readonly string[]) {
  const copy = { title: shorten(title, 200), list: items.map((l) => shorten(l, COPIED_CHARS)).join('\n') };
  const key = keyOf(`${copy.title}\n${copy.list}`);
  pendingCopies.set(key, copy);
  return buttons(button(t('invite.results.copy'), action('onShowList', { key })));
}

export function groupSection(t: Translate, group: Group) {
  const [only] = group.lines;
  if (group.single !== undefined && group.icon && group.lines.length === 1 && only !== undefined) {
    const words = group.bad ? errorText(group.single) : esc(group.single);
    return section('', row(`<b>${esc(shorten(only, SHOWN_CHARS))}</b><br>${words}`, { icon: group.icon }));
  }
  const list = group.icon ? section('', row(`<b>${esc(group.title)}</b>`, { icon: group.icon })) : section(group.title);
  for (const p of paragraphs(group.lines, LINES_PER_PARAGRAPH, PARAGRAPHS_PER_GROUP, SHOWN_CHARS)) list.addWidget(p);
  const copy = group.copy ?? group.lines;
  if (copy.length > 1) list.addWidget(copyButton(t, group.title, copy));
  if (group.collapsed) list.setCollapsible(true).setNumUncollapsibleWidgets(group.icon ? 1 : 0);
  return list;
}

/** An invalid entry in words: the entry (cut), and the likely address when the parser has one. */
export function invalidLine(t: Translate, problem: InvalidAddress) {
  const text = shorten(problem.text, SHOWN_CHARS);
  return problem.suggestion
    ? `${text} (${t('invalid.suggestion', { suggestion: shorten(problem.suggestion, SHOWN_CHARS) })})`
    : text;
}

/** Invalid entries grouped by reason, in the parser's order of first appearance. */
export function byReason(problems: readonly InvalidAddress[]) {
  const groups = new Map<InvalidReason, InvalidAddress[]>();
  for (const p of problems) groups.set(p.reason, [...(groups.get(p.reason) ?? []), p]);
  return groups;
}

/** The "Copy list" card: the whole group as selectable text, one entry a line, within the widget limit. */
export function buildListCard(t: Translate, title: string, list: string) {
  const lines = list.split('\n').filter((l) => l.length > 0);
  const copy = section('', plain(t('list.hint')), ...paragraphs(lines, 500, 20, COPIED_CHARS));
  return newCard('list', shorten(title, 200)).addSection(copy).build();
}
