// Packs the ledger into one compact string for user properties (9 KB a value, 500 KB in all: the storage module
// chunks it) and back. Course ids, domains, senders and the words of email local parts are interned; times are
// minutes since 2020, packed with the course, domain and role into one base-91 number; ids are base 91. One line
// per entry, each readable alone, so decoding a damaged string yields the entries it can still read, never throws.
// Its building blocks (numbers in the digits of an alphabet, escaping, UTF-8 size) throw on bad input.
import { ORIGINS, STATUSES, isSettled, type Ledger, type LedgerEntry } from './ledger';
import { ROLES } from './roles';

// Printable ASCII but the field separator ',', the escape '%' and '~' (marks an id written as is).
const B91 = Array.from({ length: 93 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== ',' && c !== '%')
  .join('');

/** `n` in the digits of `alphabet` (its length is the radix), at least `width` of them. */
function toDigits(n: bigint | number, alphabet: string, width = 1): string {
  const radix = BigInt(alphabet.length);
  let out = '';
  for (let rest = BigInt(n); out.length < width || rest > 0n; rest /= radix)
    out = (alphabet[Number(rest % radix)] ?? '') + out;
  return out;
}

function fromDigits(s: string, alphabet: string): bigint {
  if (s === '') throw new Error('no digits');
  let n = 0n;
  for (const ch of s) {
    const d = alphabet.indexOf(ch);
    if (d < 0) throw new Error('bad digit');
    n = n * BigInt(alphabet.length) + BigInt(d);
  }
  return n;
}

// Self-delimiting numbers: the last digit comes from B91's first VARINT_END characters, the others from the rest.
const VARINT_END = 46;
const VARINT_MORE = B91.length - VARINT_END;

/** A whole number ≥ 0 that ends itself: one character below 46, three up to 95,265 (66 days in minutes). */
function varint(n: number): string {
  let out = B91[n % VARINT_END] ?? '';
  for (n = Math.floor(n / VARINT_END); n > 0; n = Math.floor((n - 1) / VARINT_MORE))
    out = (B91[VARINT_END + ((n - 1) % VARINT_MORE)] ?? '') + out;
  return out;
}

/** The number at `pos` and the position after it. */
function readVarint(s: string, pos: number): [number, number] {
  let n = 0;
  for (let i = pos; i < s.length && i < pos + 12; i++) {
    const d = B91.indexOf(s.charAt(i));
    if (d < 0) break;
    if (d < VARINT_END) return [n * VARINT_END + d, i + 1];
    n = n * VARINT_MORE + (d - VARINT_END) + 1;
  }
  throw new Error('bad varint');
}

/** `%` and four hex digits for the reserved characters (% , ~), control characters and those `also` names. */
function escape(s: string, also?: RegExp): string {
  const hex = (ch: string) => '%' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  return s.replace(/./gs, (ch) => (/[%,~]/.test(ch) || ch < ' ' || (also?.test(ch) ?? false) ? hex(ch) : ch));
}

const unescape = (s: string): string =>
  s.replace(/%([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Decimal ids (Google's user and invitation ids) in base 91; anything else as is behind '~'. */
const encodeId = (id: string): string => (/^[1-9][0-9]{0,40}$/.test(id) ? toDigits(BigInt(id), B91) : '~' + escape(id));

const decodeId = (s: string): string => (s.startsWith('~') ? unescape(s.slice(1)) : fromDigits(s, B91).toString());

/** UTF-8 size of a string, as the property store counts it (Apps Script has no TextEncoder). */
export function utf8Bytes(s: string): number {
  let n = 0;
  // By code point; a lone surrogate counts 3.
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

// Joins characters (a string) or larger pieces into chunks of at most `max` UTF-8 bytes, in order, never cutting a
// piece (property values are capped; a piece over `max` gets a chunk of its own).
export function splitUtf8(pieces: Iterable<string>, max: number): string[] {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const piece of pieces) {
    const n = utf8Bytes(piece);
    if (size + n > max && size > 0) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += piece;
    size += n;
  }
  return [...out, current];
}

/** What property entries weigh against the store's quota: keys and values, in UTF-8 bytes. */
export function entriesBytes(entries: Iterable<[string, string]>): number {
  let n = 0;
  for (const [k, v] of entries) n += utf8Bytes(k) + utf8Bytes(v);
  return n;
}

// The first line is the version and the width of the packed number: `L2 5`.
const FIRST_LINE = /^L2 ([1-9][0-9]?)$/;
const EPOCH_MS = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
const MAX_MINUTES = 2 ** 26 - 1; // until the year 2147
const ORIGIN_CODES = ORIGINS.length + 1; // one more than the origins: "seen", not created by the add-on
// A word of a local part with the separator before it (".smith" in "anna.smith12"); split by it, words are odd parts.
const WORDS = /([._-]?[a-z]{3,})/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** What decode(encode()) gives back for `at`: the minute it falls in, from 2020 on. */
export const toStoredTime = (ms: number): number => EPOCH_MS + minutesOf(ms) * MINUTE;

const minutesOf = (ms: number): number => Math.min(MAX_MINUTES, Math.max(0, Math.floor((ms - EPOCH_MS) / MINUTE)));

// An optional time as whole minutes after `base`, self-delimiting (0 = none). Times before `base` are stored as
// `base`: settling, reminding and joining all come after sending or first seeing.
const optionalDelta = (base: number, t: number | undefined): string =>
  varint(t === undefined ? 0 : Math.max(0, Math.floor((t - base) / MINUTE)) + 1);

function readOptionalDelta(line: string, pos: number, base: number): [number | undefined, number] {
  const [n, next] = readVarint(line, pos);
  return [n === 0 ? undefined : base + (n - 1) * MINUTE, next];
}

/** Local part and domain; no domain when there is no '@' (kept whole, without a domain slot). */
function splitEmail(email: string): [string, string | undefined] {
  const at = email.lastIndexOf('@');
  return at < 0 ? [email, undefined] : [email.slice(0, at), email.slice(at + 1)];
}

// The header's dictionaries, one a line after the first: course ids, email domains, words of local parts, senders.
const DICTS = ['courses', 'domains', 'words', 'senders'] as const;
type Dicts = Record<(typeof DICTS)[number], readonly string[]>;

/** The dictionaries, and what follows from them: the packed number's slots, the width of a word reference. */
function layout(d: Dicts) {
  // A slot is a (course, domain or none, role) combination.
  const slots = BigInt(Math.max(1, d.courses.length) * (d.domains.length + 1) * ROLES.length);
  return { ...d, slots, wordWidth: toDigits(Math.max(0, d.words.length - 1), LETTERS).length };
}

// Word references are upper-case letters (base 26), so literal upper case in a local part is escaped.
function encodeLocal(local: string, words: ReadonlyMap<string, number>, width: number): string {
  const parts = local.split(WORDS).map((part, i) => {
    const n = i % 2 === 1 ? words.get(part) : undefined;
    return n === undefined ? escape(part, /[A-Z]/) : toDigits(n, LETTERS, width);
  });
  return parts.join('');
}

function decodeLocal(s: string, words: readonly string[], width: number): string {
  return s.replace(new RegExp(`[A-Z]{${width}}|%[0-9a-f]{4}|[A-Z%]`, 'g'), (token) => {
    if (token.length === 5 && token.startsWith('%')) return unescape(token);
    const word = token.length === width && token !== '%' ? words[Number(fromDigits(token, LETTERS))] : undefined;
    if (word === undefined) throw new Error('bad word');
    return word;
  });
}

function dictsOf(ledger: Ledger): Dicts {
  const emails = ledger.flatMap((e) => (e.email === undefined ? [] : [splitEmail(e.email)]));
  const wordCount = new Map<string, number>();
  for (const [local] of emails) {
    for (const word of local.split(WORDS).filter((_, i) => i % 2 === 1))
      wordCount.set(word, (wordCount.get(word) ?? 0) + 1);
  }
  return {
    courses: [...new Set(ledger.map((e) => e.courseId))],
    domains: [...new Set(emails.flatMap(([, domain]) => (domain === undefined ? [] : [domain])))],
    // A word used once is cheaper spelt out.
    words: [...wordCount].filter(([, n]) => n > 1).map(([word]) => word),
    senders: [...new Set(ledger.flatMap((e) => (e.by === undefined ? [] : [e.by])))],
  };
}

/** The whole ledger as one string, in the ledger's order. Times lose their seconds (see toStoredTime). */
export function encodeLedger(ledger: Ledger): string {
  const d = layout(dictsOf(ledger));
  const [courses, domains, words, senders] = DICTS.map((k) => new Map(d[k].map((s, i) => [s, i] as const)));
  const latest = ledger.reduce((m, e) => Math.max(m, minutesOf(e.at)), 0);
  const wp = toDigits(BigInt(latest + 1) * d.slots - 1n, B91).length; // digits for any packed number
  const lines = [`L2 ${wp}`, ...DICTS.map((k) => [String(d[k].length), ...d[k].map((s) => escape(s))].join('\t'))];
  for (const e of ledger) {
    const reminded = e.reminders > 0 || e.lastReminderAt !== undefined;
    const kind = STATUSES.indexOf(e.status) * ORIGIN_CODES + (e.origin ? ORIGINS.indexOf(e.origin) : ORIGINS.length);
    const at = toStoredTime(e.at);
    const [local, domain] = e.email === undefined ? [] : splitEmail(e.email);
    const domainSlot = domain === undefined ? 0 : (domains?.get(domain) ?? 0) + 1;
    const slot = ((courses?.get(e.courseId) ?? 0) * (d.domains.length + 1) + domainSlot) * ROLES.length;
    const packed = BigInt(minutesOf(e.at)) * d.slots + BigInt(slot + ROLES.indexOf(e.role));
    let line = (B91[kind * 2 + (reminded ? 1 : 0)] ?? '') + toDigits(packed, B91, wp);
    line += optionalDelta(at, isSettled(e) ? e.settledAt : e.observedAt);
    if (reminded) line += varint(e.reminders) + optionalDelta(at, e.lastReminderAt);
    const fields = [
      local === undefined ? '' : encodeLocal(local, words ?? new Map<string, number>(), d.wordWidth),
      e.userId === undefined ? '' : encodeId(e.userId),
      e.invitationId === undefined || isSettled(e) ? '' : encodeId(e.invitationId),
      e.by === undefined ? '' : (senders?.get(e.by) ?? 0).toString(36),
    ];
    lines.push(line + fields.join(',').replace(/,+$/, '')); // drops empty last fields (none holds a comma)
  }
  return lines.join('\n');
}

function decodeLine(line: string, d: ReturnType<typeof layout>, wp: number): LedgerEntry {
  const flags = B91.indexOf(line.charAt(0));
  const kind = Math.floor(flags / 2);
  const status = STATUSES[Math.floor(kind / ORIGIN_CODES)];
  if (flags < 0 || !status || line.length <= wp) throw new Error('bad flags or number');
  let pos = 1 + wp;
  const packed = fromDigits(line.slice(1, pos), B91);
  const mins = Number(packed / d.slots);
  if (mins > MAX_MINUTES) throw new Error('bad time');
  const at = EPOCH_MS + mins * MINUTE;
  const slot = Number(packed % d.slots);
  const role = ROLES[slot % ROLES.length];
  const domain = Math.floor(slot / ROLES.length) % (d.domains.length + 1);
  const courseId = d.courses[Math.floor(slot / ROLES.length / (d.domains.length + 1))];
  if (!role || courseId === undefined) throw new Error('bad slot');
  const e: LedgerEntry = { status, courseId, role, at, reminders: 0 };
  const origin = ORIGINS[kind % ORIGIN_CODES];
  if (origin) e.origin = origin;
  const [time, afterTime] = readOptionalDelta(line, pos, at);
  pos = afterTime;
  if (time !== undefined) e[isSettled(e) ? 'settledAt' : 'observedAt'] = time;
  if (flags % 2 === 1) {
    let last: number | undefined;
    [e.reminders, pos] = readVarint(line, pos);
    [last, pos] = readOptionalDelta(line, pos, at);
    if (last !== undefined) e.lastReminderAt = last;
  }
  const [local = '', userId = '', invitationId = '', by = '', ...rest] = line.slice(pos).split(',');
  if (rest.length > 0) throw new Error('extra fields');
  // No domain and no local part: no email (an empty email is no email).
  if (domain > 0) e.email = decodeLocal(local, d.words, d.wordWidth) + '@' + (d.domains[domain - 1] ?? '');
  else if (local) e.email = decodeLocal(local, d.words, d.wordWidth);
  if (userId) e.userId = decodeId(userId);
  if (invitationId) e.invitationId = decodeId(invitationId);
  if (by) {
    const sender = /^[0-9a-z]{1,6}$/.test(by) ? d.senders[parseInt(by, 36)] : undefined;
    if (sender === undefined) throw new Error('bad sender');
    e.by = sender;
  }
  return e;
}

/** The ledger a string holds. Lines it cannot read are skipped; anything that is not a ledger gives []. */
export function decodeLedger(text: unknown): LedgerEntry[] {
  if (typeof text !== 'string') return [];
  const lines = text.split('\n');
  const wp = Number(FIRST_LINE.exec(lines[0] ?? '')?.[1] ?? 0);
  if (!wp) return [];
  // Each dictionary line is led by its count (so that [] and [''] differ), then its escaped entries.
  const dicts = DICTS.map((k, i) => [k, lines[i + 1]?.split('\t').slice(1).map(unescape) ?? []]);
  const d = layout(Object.fromEntries(dicts) as Dicts);
  const out: LedgerEntry[] = [];
  for (const line of lines.slice(1 + DICTS.length)) {
    try {
      out.push(decodeLine(line, d, wp));
    } catch {
      // A damaged line costs that entry only.
    }
  }
  return out;
}

/** UTF-8 bytes of the encoded ledger: what it costs in the property store. */
export const encodedBytes = (ledger: Ledger): number => utf8Bytes(encodeLedger(ledger));

// The ledger minus the fewest entries so that it encodes in at most `maxBytes`: settled entries go first, the
// earliest settled first; open (intended, pending) ones only once no settled one is left, the oldest first.
export function pruneToBytes(ledger: Ledger, maxBytes: number): LedgerEntry[] {
  const lines = encodeLedger(ledger).split('\n');
  let total = utf8Bytes(lines.join('\n'));
  if (total <= maxBytes) return ledger.slice();
  const age = (e: LedgerEntry) => (isSettled(e) ? (e.settledAt ?? e.at) : e.at);
  const order = ledger
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Number(!isSettled(a.e)) - Number(!isSettled(b.e)) || age(a.e) - age(b.e) || a.i - b.i)
    .map((x) => x.i);
  const without = (k: number) => {
    const gone = new Set(order.slice(0, k));
    return ledger.filter((_, i) => !gone.has(i));
  };
  // Each entry is one line; taking lines away also shrinks the dictionaries, so this count is enough, maybe more.
  let hi = 0;
  while (hi < order.length && total > maxBytes)
    total -= utf8Bytes(lines[1 + DICTS.length + (order[hi++] ?? 0)] ?? '') + 1;
  // The fewest that do fit, by bisection: sizes only shrink as entries go.
  let lo = 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (encodedBytes(without(mid)) <= maxBytes) hi = mid;
    else lo = mid + 1;
  }
  // Should the dictionaries ever grow as entries go, step on until it fits.
  while (lo < ledger.length && encodedBytes(without(lo)) > maxBytes) lo++;
  return without(lo);
}
