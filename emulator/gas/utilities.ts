// Utilities: sleep on the virtual clock, seeded UUIDs, Java-style string and date formatting, base64 and blobs.
import { mulberry32 } from '../prng';
import type { ServiceContext } from './context';

export const MAX_SLEEP_MS = 300000;

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

type Bytes = number[];

/** Apps Script's Byte[] holds signed Java bytes (-128..127). */
function toSignedBytes(buf: Buffer): Bytes {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: unknown, charset?: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, charset === Charset.US_ASCII ? 'latin1' : 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b: number) => b & 0xff));
  return Buffer.from(String(data), 'utf8');
}

export interface Blob {
  getDataAsString(charset?: string): string;
  getBytes(): Bytes;
  getContentType(): string | null;
  setContentType(contentType: string): Blob;
  getName(): string | null;
  setName(name: string): Blob;
  copyBlob(): Blob;
  isGoogleType(): boolean;
}

export function makeBlob(data: Buffer, contentType: string | null = null, name: string | null = null): Blob {
  let type = contentType;
  let blobName = name;
  const blob: Blob = {
    getDataAsString: (charset) => data.toString(charset === Charset.US_ASCII ? 'latin1' : 'utf8'),
    getBytes: () => toSignedBytes(data),
    getContentType: () => type,
    setContentType(t) {
      type = t;
      return blob;
    },
    getName: () => blobName,
    setName(n) {
      blobName = n;
      return blob;
    },
    copyBlob: () => makeBlob(Buffer.from(data), type, blobName),
    isGoogleType: () => false,
  };
  return blob;
}

/** A version 4 UUID drawn from the seeded PRNG, so UUIDs repeat from one run of a test to the next. */
export function seededUuid(seed: number, n: number): string {
  const rnd = mulberry32(seed * 1000003 + n);
  const bytes = Array.from({ length: 16 }, () => Math.floor(rnd() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** java.util.Formatter subset: %s %d %f %x %% with flags (-, 0, +), width and precision. */
export function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(
    /%([-0+]*)(\d+)?(?:\.(\d+))?([sdfx%])/g,
    (_m, flags: string, width?: string, prec?: string, conv?: string) => {
      if (conv === '%') return '%';
      const arg = args[i++];
      let out: string;
      if (conv === 'd') out = String(Math.trunc(Number(arg)));
      else if (conv === 'f') out = Number(arg).toFixed(prec === undefined ? 6 : Number(prec));
      else if (conv === 'x') out = Math.trunc(Number(arg)).toString(16);
      else out = prec === undefined ? String(arg) : String(arg).slice(0, Number(prec));
      if (flags.includes('+') && (conv === 'd' || conv === 'f') && Number(arg) >= 0) out = `+${out}`;
      const w = width === undefined ? 0 : Number(width);
      if (out.length < w) {
        if (flags.includes('-')) out = out.padEnd(w);
        else if (flags.includes('0') && conv !== 's') {
          const sign = /^[+-]/.test(out) ? out[0]! : '';
          out = sign + out.slice(sign.length).padStart(w - sign.length, '0');
        } else out = out.padStart(w);
      }
      return out;
    },
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Wall-clock fields of `ms` in `timeZone` to the second, and the zone's UTC offset in ms at that instant. */
// Throws RangeError on a bad zone (Intl does).
function wallClock(ms: number, timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const y = parts.year ?? 1970;
  const M = parts.month ?? 1;
  const d = parts.day ?? 1;
  const H = parts.hour ?? 0;
  const m = parts.minute ?? 0;
  const s = parts.second ?? 0;
  const asUtcMs = Date.UTC(y, M - 1, d, H, m, s);
  return { y, M, d, H, m, s, dow: new Date(asUtcMs).getUTCDay(), offsetMs: asUtcMs - Math.floor(ms / 1000) * 1000 };
}

/** Offset of a time zone from UTC at a given instant, in ms (what an add-on event's timeZone.offset carries). */
export function timeZoneOffsetMs(timeZone: string, atMs: number): number {
  return wallClock(atMs, timeZone).offsetMs;
}

/** What formatDate reads: the wall clock, the milliseconds and the UTC offset in minutes. */
function zonedFields(ms: number, timeZone: string) {
  const { offsetMs, ...fields } = wallClock(ms, timeZone);
  return { ...fields, S: ((ms % 1000) + 1000) % 1000, offsetMin: Math.round(offsetMs / 60000) };
}

function offsetText(min: number, colon: boolean): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/** java.text.SimpleDateFormat subset: y M d E H h k m s S a z Z X and 'quoted' literals. */
export function formatDate(ms: number, timeZone: string, pattern: string): string {
  const f = zonedFields(ms, timeZone);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (tok, literal?: string) => {
    if (literal !== undefined) return literal === '' ? "'" : literal;
    const n = tok.length;
    switch (tok[0]) {
      case 'y':
        return n === 2 ? pad(f.y % 100, 2) : pad(f.y, n);
      case 'M':
        return n >= 4 ? MONTHS[f.M - 1]! : n === 3 ? MONTHS[f.M - 1]!.slice(0, 3) : pad(f.M, n);
      case 'd':
        return pad(f.d, n);
      case 'E':
        return n >= 4 ? DAYS[f.dow]! : DAYS[f.dow]!.slice(0, 3);
      case 'H':
        return pad(f.H, n);
      case 'k':
        return pad(f.H === 0 ? 24 : f.H, n);
      case 'h':
        return pad(f.H % 12 === 0 ? 12 : f.H % 12, n);
      case 'm':
        return pad(f.m, n);
      case 's':
        return pad(f.s, n);
      case 'S':
        return pad(f.S, 3).slice(0, Math.max(n, 3));
      case 'a':
        return f.H < 12 ? 'AM' : 'PM';
      case 'z':
        return f.offsetMin === 0
          ? timeZone === 'UTC' || timeZone === 'Etc/UTC'
            ? 'UTC'
            : 'GMT'
          : `GMT${offsetText(f.offsetMin, true)}`;
      case 'Z':
        return offsetText(f.offsetMin, false);
      case 'X':
        return f.offsetMin === 0 ? 'Z' : offsetText(f.offsetMin, n >= 3);
      default:
        throw new RangeError(`Illegal pattern character '${tok[0]!}'`);
    }
  });
}

export function makeUtilities(ctx: ServiceContext) {
  const enter = (method: string) => {
    ctx.enter('Utilities', method);
  };
  const decode = (encoded: unknown, webSafe: boolean): Buffer => {
    if (typeof encoded !== 'string') throw ctx.fail('Invalid argument: encoded');
    const s = webSafe ? encoded.replace(/-/g, '+').replace(/_/g, '/') : encoded;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s.replace(/\s/g, ''))) throw ctx.fail('Could not decode string.');
    return Buffer.from(s, 'base64');
  };
  return {
    Charset,
    sleep(milliseconds: number) {
      enter('sleep');
      if (typeof milliseconds !== 'number' || !(milliseconds >= 0)) throw ctx.fail('Invalid argument: milliseconds');
      if (milliseconds > MAX_SLEEP_MS) throw ctx.fail(`Argument too large: milliseconds (max ${MAX_SLEEP_MS})`);
      ctx.clock.advance(milliseconds);
    },
    getUuid(): string {
      enter('getUuid');
      return seededUuid(ctx.state.uuidSeed, ++ctx.state.counters.uuid);
    },
    formatString(template: unknown, ...args: unknown[]): string {
      enter('formatString');
      return formatString(String(template), args);
    },
    formatDate(date: Date, timeZone: string, format: string): string {
      enter('formatDate');
      const ms = date && typeof date.getTime === 'function' ? date.getTime() : NaN;
      if (Number.isNaN(ms)) throw ctx.fail('Invalid argument: date');
      try {
        return formatDate(ms, timeZone, format);
      } catch (e) {
        throw ctx.fail(
          `Invalid argument: ${e instanceof RangeError && e.message.startsWith('Illegal') ? 'format' : 'timeZone'}`,
        );
      }
    },
    base64Encode(data: string | Bytes, charset?: string): string {
      enter('base64Encode');
      return toBuffer(data, charset).toString('base64');
    },
    base64EncodeWebSafe(data: string | Bytes, charset?: string): string {
      enter('base64EncodeWebSafe');
      return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string): Bytes {
      enter('base64Decode');
      return toSignedBytes(decode(encoded, false));
    },
    base64DecodeWebSafe(encoded: string): Bytes {
      enter('base64DecodeWebSafe');
      return toSignedBytes(decode(encoded, true));
    },
    newBlob(data: string | Bytes, contentType?: string, name?: string): Blob {
      enter('newBlob');
      return makeBlob(toBuffer(data), contentType ?? null, name ?? null);
    },
  };
}
