// Building blocks for compact text kept in user properties: fixed-width and self-delimiting base-91 numbers,
// decimal ids in base 91, escaping of reserved characters, UTF-8 size. Readers throw on bad input; the format
// that uses them catches per record.

// Printable ASCII but the field separator ',', the escape '%' and '~' (marks an id written as is).
export const B91 = Array.from({ length: 93 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== ',' && c !== '%')
  .join('');

/** Digits needed to write `count` distinct values (at least one). */
export function widthFor(count: number, radix: number): number {
  let w = 1;
  while (radix ** w < count) w++;
  return w;
}

// Self-delimiting numbers: the last digit comes from B91's first VARINT_END characters, the others from the rest.
const VARINT_END = 46;
const VARINT_MORE = B91.length - VARINT_END;

/** A whole number ≥ 0 that ends itself: one character below 46, three up to 95,265 (66 days in minutes). */
export function varint(n: number): string {
  let out = B91[n % VARINT_END] ?? '';
  for (n = Math.floor(n / VARINT_END); n > 0; n = Math.floor((n - 1) / VARINT_MORE)) {
    out = (B91[VARINT_END + ((n - 1) % VARINT_MORE)] ?? '') + out;
  }
  return out;
}

/** The number at `pos` and the position after it. */
export function readVarint(s: string, pos: number): [number, number] {
  let n = 0;
  for (let i = pos; i < s.length && i < pos + 12; i++) {
    const d = B91.indexOf(s.charAt(i));
    if (d < 0) break;
    if (d < VARINT_END) return [n * VARINT_END + d, i + 1];
    n = n * VARINT_MORE + (d - VARINT_END) + 1;
  }
  throw new Error('bad varint');
}

/** A whole number (any size) in exactly `width` base-91 digits. */
export function fixed91(n: bigint, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++, n /= 91n) out = (B91[Number(n % 91n)] ?? '') + out;
  return out;
}

export function read91(s: string, width: number): bigint {
  if (s.length !== width) throw new Error('short number');
  let n = 0n;
  for (const ch of s) {
    const d = B91.indexOf(ch);
    if (d < 0) throw new Error('bad digit');
    n = n * 91n + BigInt(d);
  }
  return n;
}

/** Base-91 digits needed to write any number below `count`. */
export function width91(count: bigint): number {
  let w = 1;
  for (let n = 91n; n < count; n *= 91n) w++;
  return w;
}

const RESERVED = new Set(['%', ',', '\t', '\n', '\r', '~']);

/** `%` and four hex digits for reserved and control characters, and for those `also` names. */
export function escape(s: string, also?: RegExp): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = s.charCodeAt(i);
    if (RESERVED.has(ch) || code < 32 || (also?.test(ch) ?? false)) out += '%' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out;
}

export function unescape(s: string): string {
  return s.replace(/%([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decimal ids (Google's user and invitation ids) in base 91; anything else as is behind '~'. */
export function encodeId(id: string): string {
  if (!/^[1-9][0-9]{0,40}$/.test(id)) return '~' + escape(id);
  let n = BigInt(id);
  let out = '';
  while (n > 0n) {
    out = (B91[Number(n % 91n)] ?? '') + out;
    n /= 91n;
  }
  return out;
}

export function decodeId(s: string): string {
  if (s.startsWith('~')) return unescape(s.slice(1));
  if (s === '') throw new Error('empty id');
  let n = 0n;
  for (const ch of s) {
    const d = B91.indexOf(ch);
    if (d < 0) throw new Error('bad id');
    n = n * 91n + BigInt(d);
  }
  return n.toString();
}

/** UTF-8 size of a string, as the property store counts it (Apps Script has no TextEncoder). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character (property values are capped). */
export function splitUtf8(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Bytes(ch);
    if (size + n > max) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out;
}

/** What property entries weigh against the store's quota: keys and values, in UTF-8 bytes. */
export function entriesBytes(entries: Iterable<[string, string]>): number {
  let n = 0;
  for (const [k, v] of entries) n += utf8Bytes(k) + utf8Bytes(v);
  return n;
}
