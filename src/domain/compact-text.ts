// Building blocks for compact text kept in user properties: numbers in the digits of an alphabet (fixed-width,
// self-delimiting, decimal ids in base 91), escaping of reserved characters, UTF-8 size. Readers throw on bad input;
// the format that uses them catches per record.

// Printable ASCII but the field separator ',', the escape '%' and '~' (marks an id written as is).
export const B91 = Array.from({ length: 93 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== ',' && c !== '%')
  .join('');

/** `n` in the digits of `alphabet` (its length is the radix), at least `width` of them. */
export function toDigits(n: bigint | number, alphabet: string, width = 1): string {
  const radix = BigInt(alphabet.length);
  let out = '';
  for (let rest = BigInt(n); out.length < width || rest > 0n; rest /= radix)
    out = (alphabet[Number(rest % radix)] ?? '') + out;
  return out;
}

export function fromDigits(s: string, alphabet: string): bigint {
  if (s === '') throw new Error('no digits');
  let n = 0n;
  for (const ch of s) {
    const d = alphabet.indexOf(ch);
    if (d < 0) throw new Error('bad digit');
    n = n * BigInt(alphabet.length) + BigInt(d);
  }
  return n;
}

/** Digits needed to write any number below `count` (at least one). */
export function widthFor(count: bigint | number, radix: number): number {
  let w = 1;
  for (let n = BigInt(radix); n < BigInt(count); n *= BigInt(radix)) w++;
  return w;
}

// Self-delimiting numbers: the last digit comes from B91's first VARINT_END characters, the others from the rest.
const VARINT_END = 46;
const VARINT_MORE = B91.length - VARINT_END;

/** A whole number ≥ 0 that ends itself: one character below 46, three up to 95,265 (66 days in minutes). */
export function varint(n: number): string {
  let out = B91[n % VARINT_END] ?? '';
  for (n = Math.floor(n / VARINT_END); n > 0; n = Math.floor((n - 1) / VARINT_MORE))
    out = (B91[VARINT_END + ((n - 1) % VARINT_MORE)] ?? '') + out;
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

/** `%` and four hex digits for the reserved characters (% , ~), control characters and those `also` names. */
export function escape(s: string, also?: RegExp): string {
  const hex = (ch: string) => '%' + ch.charCodeAt(0).toString(16).padStart(4, '0');
  return s.replace(/./gs, (ch) => (/[%,~]/.test(ch) || ch < ' ' || (also?.test(ch) ?? false) ? hex(ch) : ch));
}

export function unescape(s: string): string {
  return s.replace(/%([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decimal ids (Google's user and invitation ids) in base 91; anything else as is behind '~'. */
export function encodeId(id: string): string {
  return /^[1-9][0-9]{0,40}$/.test(id) ? toDigits(BigInt(id), B91) : '~' + escape(id);
}

export function decodeId(s: string): string {
  return s.startsWith('~') ? unescape(s.slice(1)) : fromDigits(s, B91).toString();
}

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
