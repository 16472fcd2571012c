// The shape of a catalog message: a plain string, a plural chosen by a count, or parts (one plural per count).
// Apart from index.ts so that the catalogs can name the type without importing the translator.
import type { MessageKey } from './en';

export interface Plural {
  /** The numeric param that chooses the form (default `count`). */
  readonly by?: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
  /** In a list of parts: left out, with its separator, when its count is 0 (one part always stays). */
  readonly hideZero?: boolean;
}
export type Part = string | Plural;
export type Message = Part | readonly Part[];
export type Catalog = Record<MessageKey, Message>;

/** The numeric param a plural part is chosen by. */
export function pluralParam(part: Plural): string {
  return part.by ?? 'count';
}

/** Every text a message can show (every part, every plural form), for tests that check the catalogs. */
export function formsOf(message: Message): string[] {
  const parts: readonly Part[] = Array.isArray(message) ? message : [message as Part];
  return parts.flatMap((part) =>
    typeof part === 'string'
      ? [part]
      : (['zero', 'one', 'two', 'few', 'many', 'other'] as const).flatMap((f) =>
          part[f] === undefined ? [] : [part[f]],
        ),
  );
}

/** The params that choose plural forms in a message. */
export function countsOf(message: Message): string[] {
  const parts: readonly Part[] = Array.isArray(message) ? message : [message as Part];
  return parts.flatMap((part) => (typeof part === 'string' ? [] : [pluralParam(part)]));
}
