// Packs the ledger into one compact string for user properties (9 KB a value, 500 KB in all: the storage module
// chunks it) and back. Course ids, domains, senders and the words of email local parts are interned; times are
// minutes since 2020, packed with the course, domain and role into one base-91 number; ids are base 91. One line
// per entry, each readable alone, so decoding a damaged string yields the entries it can still read, never throws.
import {
  B91,
  decodeId,
  encodeId,
  escape,
  fixed91,
  read91,
  readVarint,
  unescape,
  utf8Bytes,
  varint,
  width91,
  widthFor,
} from './compact-text';
import { ORIGINS, STATUSES, isSettled, type Ledger, type LedgerEntry } from './ledger';
import { ROLES } from './roles';

// The first line is the version and the width of the packed number: `L2 5`. L1 (before observedAt) still reads:
// its open entries come back unwatched, so no sweep acts on them.
const FIRST_LINE = /^L([12]) ([1-9][0-9]?)$/;
const HEADER_LINES = 5;
const EPOCH_MS = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;
// 2^26 minutes: until the year 2147.
const MAX_MINUTES = 2 ** 26 - 1;
// One more than the origins: "seen", not created by the add-on.
const ORIGIN_CODES = ORIGINS.length + 1;
// A word of the local part goes to the dictionary with the separator before it: ".smith" in "anna.smith12".
const WORDS = /[._-]?[a-z]{3,}/g;

/** What decode(encode()) gives back for `at`: the minute it falls in, from 2020 on. */
export function toStoredTime(ms: number): number {
  return EPOCH_MS + minutesOf(ms) * MINUTE;
}

function minutesOf(ms: number): number {
  return Math.min(MAX_MINUTES, Math.max(0, Math.floor((ms - EPOCH_MS) / MINUTE)));
}

/**
 * An optional time as whole minutes after `base`, self-delimiting (0 = none). Times before `base` are stored as
 * `base`: settling, reminding and joining all come after sending or first seeing.
 */
function optionalDelta(base: number, t: number | undefined): string {
  return varint(t === undefined ? 0 : Math.max(0, Math.floor((t - base) / MINUTE)) + 1);
}

function readOptionalDelta(line: string, pos: number, base: number): [number | undefined, number] {
  const [n, next] = readVarint(line, pos);
  return [n === 0 ? undefined : base + (n - 1) * MINUTE, next];
}

class Interner {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/** Local part and domain; no domain when there is no '@' (kept whole, without a domain slot). */
function splitEmail(email: string): [string, string | undefined] {
  const at = email.lastIndexOf('@');
  return at < 0 ? [email, undefined] : [email.slice(0, at), email.slice(at + 1)];
}

// Word references are upper-case letters (base 26), so literal upper case in a local part is escaped.
function encodeLocal(local: string, words: ReadonlyMap<string, number>, width: number): string {
  let out = '';
  let last = 0;
  for (const m of local.matchAll(WORDS)) {
    const i = words.get(m[0]);
    if (i === undefined) continue;
    let ref = '';
    for (let k = 0, n = i; k < width; k++, n = Math.floor(n / 26)) ref = String.fromCharCode(65 + (n % 26)) + ref;
    out += escape(local.slice(last, m.index), /[A-Z]/) + ref;
    last = m.index + m[0].length;
  }
  return out + escape(local.slice(last), /[A-Z]/);
}

function decodeLocal(s: string, words: readonly string[], width: number): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const ch = s.charAt(i);
    if (ch >= 'A' && ch <= 'Z') {
      let n = 0;
      for (let k = 0; k < width; k++) n = n * 26 + s.charCodeAt(i + k) - 65;
      const word = words[n];
      if (word === undefined || !/^[A-Z]+$/.test(s.slice(i, i + width))) throw new Error('bad word');
      out += word;
      i += width;
    } else if (ch === '%') {
      if (!/^%[0-9a-f]{4}$/.test(s.slice(i, i + 5))) throw new Error('bad escape');
      out += unescape(s.slice(i, i + 5));
      i += 5;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

interface Dicts {
  courses: readonly string[];
  domains: readonly string[];
  words: readonly string[];
  senders: readonly string[];
}

/** How many (course, domain or none, role) combinations the packed number distinguishes. */
function slots(d: Dicts): bigint {
  return BigInt(Math.max(1, d.courses.length) * (d.domains.length + 1) * ROLES.length);
}

function wordWidth(d: Dicts): number {
  return widthFor(d.words.length, 26);
}

function dictsOf(ledger: Ledger): Dicts {
  const courses = new Interner();
  const domains = new Interner();
  const senders = new Interner();
  const wordCount = new Map<string, number>();
  for (const e of ledger) {
    courses.add(e.courseId);
    if (e.by !== undefined) senders.add(e.by);
    if (e.email === undefined) continue;
    const [local, domain] = splitEmail(e.email);
    if (domain !== undefined) domains.add(domain);
    for (const m of local.matchAll(WORDS)) wordCount.set(m[0], (wordCount.get(m[0]) ?? 0) + 1);
  }
  // A word used once is cheaper spelt out.
  const words = [...wordCount].filter(([, n]) => n > 1).map(([w]) => w);
  return { courses: courses.list, domains: domains.list, words, senders: senders.list };
}

function index(list: readonly string[]): Map<string, number> {
  return new Map(list.map((s, i) => [s, i]));
}

/** The whole ledger as one string, in the ledger's order. Times lose their seconds (see toStoredTime). */
export function encodeLedger(ledger: Ledger): string {
  const d = dictsOf(ledger);
  const [courses, domains, words, senders] = [d.courses, d.domains, d.words, d.senders].map(index);
  const ww = wordWidth(d);
  const latest = ledger.reduce((m, e) => Math.max(m, minutesOf(e.at)), 0);
  const wp = width91(BigInt(latest + 1) * slots(d));
  const lines = [`L2 ${wp}`, dictLine(d.courses), dictLine(d.domains), dictLine(d.words), dictLine(d.senders)];
  for (const e of ledger) {
    const reminded = e.reminders > 0 || e.lastReminderAt !== undefined;
    const kind = STATUSES.indexOf(e.status) * ORIGIN_CODES + (e.origin ? ORIGINS.indexOf(e.origin) : ORIGINS.length);
    const at = toStoredTime(e.at);
    let domain = 0;
    let local = '';
    if (e.email !== undefined) {
      const [l, dom] = splitEmail(e.email);
      domain = dom === undefined ? 0 : (domains?.get(dom) ?? 0) + 1;
      local = encodeLocal(l, words ?? new Map<string, number>(), ww);
    }
    const slot = ((courses?.get(e.courseId) ?? 0) * (d.domains.length + 1) + domain) * ROLES.length;
    const packed = BigInt(minutesOf(e.at)) * slots(d) + BigInt(slot + ROLES.indexOf(e.role));
    let line = (B91[kind * 2 + (reminded ? 1 : 0)] ?? '') + fixed91(packed, wp);
    line += optionalDelta(at, isSettled(e) ? e.settledAt : e.observedAt);
    if (reminded) line += varint(e.reminders) + optionalDelta(at, e.lastReminderAt);
    const fields = [
      local,
      e.userId === undefined ? '' : encodeId(e.userId),
      e.invitationId === undefined || isSettled(e) ? '' : encodeId(e.invitationId),
      e.by === undefined ? '' : (senders?.get(e.by) ?? 0).toString(36),
    ];
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    lines.push(line + fields.join(','));
  }
  return lines.join('\n');
}

function decodeLine(line: string, d: Dicts, wp: number, v1: boolean): LedgerEntry {
  const flags = B91.indexOf(line.charAt(0));
  const kind = Math.floor(flags / 2);
  const status = STATUSES[Math.floor(kind / ORIGIN_CODES)];
  if (flags < 0 || !status) throw new Error('bad flags');
  let pos = 1 + wp;
  const packed = read91(line.slice(1, pos), wp);
  const mins = Number(packed / slots(d));
  if (mins > MAX_MINUTES) throw new Error('bad time');
  const at = EPOCH_MS + mins * MINUTE;
  const slot = Number(packed % slots(d));
  const role = ROLES[slot % ROLES.length];
  const domain = Math.floor(slot / ROLES.length) % (d.domains.length + 1);
  const courseId = d.courses[Math.floor(slot / ROLES.length / (d.domains.length + 1))];
  if (!role || courseId === undefined) throw new Error('bad slot');
  const e: LedgerEntry = { status, courseId, role, at, reminders: 0 };
  const origin = ORIGINS[kind % ORIGIN_CODES];
  if (origin) e.origin = origin;
  if (!v1 || isSettled(e)) {
    const [time, next] = readOptionalDelta(line, pos, at);
    if (time !== undefined) e[isSettled(e) ? 'settledAt' : 'observedAt'] = time;
    pos = next;
  }
  if (flags % 2 === 1) {
    const [reminders, next] = readVarint(line, pos);
    const [last, after] = readOptionalDelta(line, next, at);
    e.reminders = reminders;
    if (last !== undefined) e.lastReminderAt = last;
    pos = after;
  }
  const [local = '', userId = '', invitationId = '', by = '', ...rest] = line.slice(pos).split(',');
  if (rest.length > 0) throw new Error('extra fields');
  // No domain and no local part: no email (an empty email is no email).
  if (domain > 0) e.email = decodeLocal(local, d.words, wordWidth(d)) + '@' + (d.domains[domain - 1] ?? '');
  else if (local) e.email = decodeLocal(local, d.words, wordWidth(d));
  if (userId) e.userId = decodeId(userId);
  if (invitationId) e.invitationId = decodeId(invitationId);
  if (by) {
    const sender = /^[0-9a-z]{1,6}$/.test(by) ? d.senders[parseInt(by, 36)] : undefined;
    if (sender === undefined) throw new Error('bad sender');
    e.by = sender;
  }
  return e;
}

// Led by the count, so that [] and [''] differ.
function dictLine(list: readonly string[]): string {
  return [String(list.length), ...list.map((s) => escape(s))].join('\t');
}

function splitDict(line: string | undefined): string[] {
  return line?.split('\t').slice(1).map(unescape) ?? [];
}

/** The ledger a string holds. Lines it cannot read are skipped; anything that is not a ledger gives []. */
export function decodeLedger(text: unknown): LedgerEntry[] {
  if (typeof text !== 'string') return [];
  const lines = text.split('\n');
  const first = FIRST_LINE.exec(lines[0] ?? '');
  const wp = Number(first?.[2] ?? 0);
  if (!wp) return [];
  const d: Dicts = {
    courses: splitDict(lines[1]),
    domains: splitDict(lines[2]),
    words: splitDict(lines[3]),
    senders: splitDict(lines[4]),
  };
  const out: LedgerEntry[] = [];
  for (const line of lines.slice(HEADER_LINES)) {
    try {
      out.push(decodeLine(line, d, wp, first?.[1] === '1'));
    } catch {
      // A damaged line costs that entry only.
    }
  }
  return out;
}

/** UTF-8 bytes of the encoded ledger: what it costs in the property store. */
export function encodedBytes(ledger: Ledger): number {
  return utf8Bytes(encodeLedger(ledger));
}

/**
 * The ledger minus the fewest entries so that it encodes in at most `maxBytes`: settled entries go first, the
 * earliest settled first; open (intended, pending) ones only once no settled one is left, the oldest first.
 */
export function pruneToBytes(ledger: Ledger, maxBytes: number): LedgerEntry[] {
  const lines = encodeLedger(ledger).split('\n');
  let total = utf8Bytes(lines.join('\n'));
  if (total <= maxBytes) return ledger.slice();
  const order = ledger
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || age(a.e) - age(b.e) || a.i - b.i)
    .map((x) => x.i);
  const without = (k: number) => {
    const gone = new Set(order.slice(0, k));
    return ledger.filter((_, i) => !gone.has(i));
  };
  // Each entry is one line; taking lines away also shrinks the dictionaries, so this count is enough, maybe more.
  let hi = 0;
  while (hi < order.length && total > maxBytes) total -= utf8Bytes(lines[HEADER_LINES + (order[hi++] ?? 0)] ?? '') + 1;
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

function rank(e: LedgerEntry): number {
  return isSettled(e) ? 0 : 1;
}

function age(e: LedgerEntry): number {
  return isSettled(e) ? (e.settledAt ?? e.at) : e.at;
}
