// Parses what people paste as "addresses" (lists, `Name <email>`, Gmail headers) into valid addresses, invalid
// entries with a reason, duplicates and a count of entries cleaned of invisible characters. Our own parser: with
// `email-addresses` (strict RFC 5322) one bad entry makes the whole list null, with no reason; `addressparser` reads
// `jane doe@x.org` as the name "jane" and doe@x.org (the bug of issue 9); neither says "contains a space" or "comma
// inside the address". The one rule: never turn a mistyped entry into a different valid address; report it whole.

export interface Address {
  email: string; // Lower-cased email
  name?: string; // Display name when given as `Name <email>`
}

/** Why an entry is not an address: a machine code that views word in each language. */
export type InvalidReason =
  'space' | 'tooLong' | 'noAt' | 'manyAt' | 'noLocal' | 'noDomain' | 'badLocal' | 'badDomain' | 'comma';

export interface InvalidAddress {
  text: string; // The entry as typed (trimmed, invisible characters removed); views shorten it for display
  reason: InvalidReason;
  suggestion?: string; // A likely intended address, never used on its own: only shown to the user (e.g. for 'comma')
}

export interface ParsedAddresses {
  valid: Address[];
  invalid: string[]; // Entries that are not an email address, as typed (trimmed): the `text` of `problems`, same order
  problems: InvalidAddress[]; // The invalid entries with their reason
  duplicates: number; // How many valid entries repeated an earlier one
  cleaned: number; // Entries that had invisible characters (zero-width, no-break space, soft hyphen…) cut or trimmed
}

// Pragmatic RFC 5322 subset, what Google accounts can be: letters, digits and . _ % + - ' ; a TLD of 2+ letters.
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const TLD = /^[a-z]{2,63}$/i;
const MAX_EMAIL_LENGTH = 254; // RFC 5321: a path holds at most 254 characters of address, and a local part at most 64
const MAX_LOCAL_LENGTH = 64;

// Characters nobody can see, so nobody meant: zero-width space/non-joiner/joiner, LRM/RLM and bidi controls, word
// joiner, BOM, soft hyphen. They are removed wherever they are.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;
// No-break spaces look like spaces, so they are read as spaces: trimmed at the ends of an entry (and counted as
// cleaned), but inside an address they make it invalid like any space, rather than silently gluing two words.
const NO_BREAK_SPACE = /[\u00A0\u202F]/g;

export function isEmail(text: string): boolean {
  const local = text.slice(0, text.lastIndexOf('@'));
  return (
    text.length <= MAX_EMAIL_LENGTH && local.length <= MAX_LOCAL_LENGTH && EMAIL.test(text) && !text.includes('..')
  );
}

export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Truncates user text for display with an ellipsis, counting code points so no emoji or accent is cut in half. */
export function shorten(text: string, max = 80): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function reasonFor(candidate: string): InvalidReason {
  if (candidate.length > MAX_EMAIL_LENGTH) return 'tooLong';
  if (/\s/.test(candidate)) return 'space';
  const at = candidate.split('@').length - 1;
  if (at === 0) return 'noAt';
  if (at > 1) return 'manyAt';
  const local = candidate.slice(0, candidate.indexOf('@'));
  if (local === '') return 'noLocal';
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL.test(local)) return 'badLocal';
  return candidate.endsWith('@') ? 'noDomain' : 'badDomain';
}

// A fragment of a line, and the separator that ended it: ',' ';' '\t', or '\n' at the end of a line.
type Fragment = { raw: string; sep: string };

// A quote opens a display name only at the start of an entry, closing on the same line, and followed by an
// `<address>`: `"Turing, Alan" <alan@x.org>`, Outlook's `"ada@x.org" <ada@x.org>`, or a name holding brackets
// (`"Bobby <b>Tables</b>" <bobby@x.org>`: a Gmail header may carry any display name). Any other quote is an
// ordinary character, so a stray quote (or a pair of them) can never swallow the entries after it.
function closingQuote(line: string, open: number, current: string): number {
  const close = current.trim() === '' ? line.indexOf('"', open + 1) : -1;
  return close >= 0 && /^\s*<[^<>"]*>/.test(line.slice(close + 1)) ? close : -1;
}

function splitFragments(text: string): Fragment[] {
  const fragments: Fragment[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    let current = '';
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] ?? '';
      const close = ch === '"' ? closingQuote(line, i, current) : -1;
      if (close > 0) {
        current += line.slice(i, close + 1);
        i = close;
      } else if (ch === ',' || ch === ';' || ch === '\t') {
        fragments.push({ raw: current, sep: ch });
        current = '';
      } else current += ch;
    }
    fragments.push({ raw: current, sep: '\n' });
  }
  return fragments;
}

// A zero-width joiner between two pictographs is part of one emoji (👩‍🏫 is 👩, the joiner, 🏫): kept in a name.
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/gu;

// Removes invisible characters (but an emoji's joiners); tells whether anything was removed or a no-break space met.
function clean(raw: string): { text: string; cleaned: boolean } {
  const parts = raw.split(EMOJI_JOINER);
  const done = parts.map((part) => part.replace(INVISIBLE, '').replace(NO_BREAK_SPACE, ' '));
  return { text: done.join('\u200D').trim(), cleaned: done.some((part, i) => part !== parts[i]) };
}

// `a@demo-school,edu`: the comma stays a separator (lists are pasted with commas), but a fragment whose domain has
// no dot, glued by a bare comma to a TLD-like word, is reported as ONE invalid entry with the likely address, so
// the user sees what went wrong instead of "a@demo-school" and "edu". Nothing is invited in its place.
function commaTypo(left: Fragment, right: Fragment | undefined): string | null {
  if (left.sep !== ',' || !right) return null;
  const l = clean(left.raw).text;
  const r = clean(right.raw).text;
  // Glued only: "a@demo-school, edu" is a list of two entries. (A BOM counts as \s, so test the cleaned text.)
  if (!left.raw.replace(INVISIBLE, '').endsWith(l) || !right.raw.replace(INVISIBLE, '').startsWith(r)) return null;
  if (!TLD.test(r) || l.includes('<') || domainOf(l).includes('.')) return null;
  const suggestion = `${l}.${r}`.replace(/^mailto:/i, '').toLowerCase();
  return isEmail(suggestion) ? suggestion : null;
}

type Entry = ReturnType<typeof clean> & { suggestion?: string };

function entriesOf(text: string): Entry[] {
  const fragments = splitFragments(text);
  const entries: Entry[] = [];
  for (let i = 0; i < fragments.length; i++) {
    const left = fragments[i] as Fragment;
    const suggestion = commaTypo(left, fragments[i + 1]);
    // A comma typo is one entry of this fragment and the next.
    const entry = suggestion ? { ...clean(`${left.raw},${fragments[++i]?.raw ?? ''}`), suggestion } : clean(left.raw);
    if (entry.text) entries.push(entry);
  }
  return entries;
}

function unquote(name: string): string {
  const trimmed = name.trim();
  const balanced = /^"(.*)"$/s.exec(trimmed);
  // An unbalanced quote around a name is a typo, not part of the name.
  return (balanced ? (balanced[1] ?? '') : trimmed.replace(/^"|"$/g, '')).trim();
}

type Outcome = { address: Address } | { problem: InvalidAddress };

function parseOne(text: string, candidate: string, name = ''): Outcome {
  const email = candidate.replace(/^mailto:/i, '').toLowerCase();
  if (isEmail(email)) return { address: name ? { email, name } : { email } };
  return { problem: { text, reason: reasonFor(email) } };
}

/** One entry gives one outcome, except a run of bare addresses separated by spaces (copied from a sheet). */
function parseEntry(entry: Entry): Outcome[] {
  const { text, suggestion } = entry;
  if (suggestion) return [{ problem: { text, reason: 'comma', suggestion } }];
  const angle = /^("[^"]*"\s*|[^<>]*)<([^<>]*)>$/.exec(text);
  if (angle) return [parseOne(text, (angle[2] ?? '').trim(), unquote(angle[1] ?? ''))];
  const words = text.split(/\s+/);
  // "jane doe@x.org" must not become doe@x.org, a different person: split only when every word is an address.
  if (words.length > 1 && words.every((w) => w.includes('@'))) return words.map((w) => parseOne(w, w));
  return [parseOne(text, text)];
}

export function parseAddresses(text: string): ParsedAddresses {
  const seen = new Set<string>();
  const result: ParsedAddresses = { valid: [], invalid: [], problems: [], duplicates: 0, cleaned: 0 };
  for (const entry of entriesOf(text)) {
    if (entry.cleaned) result.cleaned++;
    for (const outcome of parseEntry(entry)) {
      if ('problem' in outcome) result.problems.push(outcome.problem);
      else if (seen.has(outcome.address.email)) result.duplicates++;
      else {
        seen.add(outcome.address.email);
        result.valid.push(outcome.address);
      }
    }
  }
  return { ...result, invalid: result.problems.map((p) => p.text) };
}
