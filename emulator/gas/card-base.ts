// Shared plumbing of the CardService fake: the brand that identifies our objects across vm realms and jest module
// registries, argument checks that throw the way Apps Script does, and a few converters.

/** Symbol.for so that two copies of this module (and values crossing a vm boundary) still recognise each other. */
export const BRAND = Symbol.for('classroom-invitations.emulator.CardService');

export type Kind =
  | 'Action'
  | 'ActionResponse'
  | 'ActionResponseBuilder'
  | 'BorderStyle'
  | 'ButtonSet'
  | 'Card'
  | 'CardAction'
  | 'CardBuilder'
  | 'CardHeader'
  | 'CardSection'
  | 'DecoratedText'
  | 'Divider'
  | 'FixedFooter'
  | 'Grid'
  | 'GridItem'
  | 'IconImage'
  | 'Image'
  | 'ImageButton'
  | 'ImageComponent'
  | 'ImageCropStyle'
  | 'MaterialIcon'
  | 'Navigation'
  | 'Notification'
  | 'OpenLink'
  | 'SelectionInput'
  | 'Suggestions'
  | 'Switch'
  | 'TextButton'
  | 'TextInput'
  | 'TextParagraph'
  | 'UniversalActionResponse'
  | 'UniversalActionResponseBuilder';

/** Base of every CardService object: carries the brand with its kind. */
export abstract class Branded {
  abstract readonly [BRAND]: Kind;
}

/** Base of a built object (Card, ActionResponse): JSON fixed at build() that leaves only as copies. */
export abstract class Built<T> extends Branded {
  readonly #json: T;

  constructor(json: T) {
    super();
    this.#json = json;
  }

  /** A copy of the recorded JSON. */
  get json(): T {
    return copyJson(this.#json);
  }

  printJson(): string {
    return JSON.stringify(this.#json, null, 2);
  }
}

/** The kind of one of our CardService objects, or undefined for anything else (including foreign look-alikes). */
export function kindOf(value: unknown): Kind | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const kind = (value as Record<symbol, unknown>)[BRAND];
  return typeof kind === 'string' ? (kind as Kind) : undefined;
}

/** Describes a value for error messages: our kind, or its JS type. */
export function describe(value: unknown): string {
  const kind = kindOf(value);
  if (kind) return kind;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'a plain object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Error as Apps Script reports a bad argument: names the method and what was wrong. */
export function invalidArgument(method: string, detail: string): Error {
  return new Error(`Invalid argument in ${method}: ${detail}`);
}

/** Checks that `value` is one of our objects of one of the given kinds, and returns it typed. */
// The caller names the class it expects; the brand check is what makes that cast sound.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function expectKind<T>(method: string, value: unknown, ...kinds: Kind[]): T {
  const kind = kindOf(value);
  if (!kind || !kinds.includes(kind)) {
    throw invalidArgument(method, `expected ${kinds.join(' or ')}, got ${describe(value)}`);
  }
  return value as T;
}

/** Apps Script coerces numbers and booleans to strings where a string is expected; anything else is an error. */
export function expectString(method: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw invalidArgument(method, `expected a string, got ${describe(value)}`);
}

export function expectBoolean(method: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalidArgument(method, `expected a boolean, got ${describe(value)}`);
  return value;
}

export function expectInteger(method: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw invalidArgument(method, `expected an integer >= ${min}, got ${describe(value)}`);
  }
  return value;
}

/** Checks an enum argument against the string values our enums carry. */
export function expectEnum<T extends string>(method: string, value: unknown, enumObject: Record<string, T>): T {
  const allowed = Object.values(enumObject);
  if (typeof value !== 'string' || !(allowed as string[]).includes(value)) {
    throw invalidArgument(method, `expected one of ${allowed.join(', ')}, got ${describe(value)}`);
  }
  return value as T;
}

/** Iterates an array from any realm (Array.isArray works across realms; instanceof Array does not). */
export function expectArray(method: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw invalidArgument(method, `expected an array, got ${describe(value)}`);
  const out: unknown[] = [];
  for (let i = 0; i < value.length; i++) out.push(value[i]);
  return out;
}

/** '#rrggbb' or '#rgb' to the proto's Color (floats 0..1). */
export function parseColor(method: string, value: unknown): { red: number; green: number; blue: number } {
  const text = expectString(method, value);
  const short = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(text)?.[1];
  if (!short) throw invalidArgument(method, `expected a colour like #1e8e3e, got ${JSON.stringify(text)}`);
  const hex = short.length === 3 ? short.replace(/./g, '$&$&') : short;
  const channel = (i: number): number => Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { red: channel(0), green: channel(2), blue: channel(4) };
}

/** JSON values leave our objects as fresh copies, so later builder calls cannot change a built card. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
