// "Copy list": the lists behind the buttons, kept in the user cache (6 hours at most, maybe less) in 100 KB pieces.
import type { CopyList } from '../domain/types';
import { getCachedMany, putCachedMany, shaped } from '../platform/cache';

const PIECE = 30_000; // Characters per cached piece: under the 100 KB value limit even at 3 bytes a character
const isHead = shaped<{ title: string; pieces: number }>({ title: 'string', pieces: 'number' });

export function keepCopies(copies: ReadonlyMap<string, CopyList>): void {
  const entries = new Map<string, unknown>();
  for (const [key, copy] of copies) {
    const pieces = Math.max(1, Math.ceil(copy.list.length / PIECE));
    entries.set(key, { title: copy.title, pieces });
    for (let i = 0; i < pieces; i++) entries.set(`${key}:${i}`, copy.list.slice(i * PIECE, (i + 1) * PIECE));
  }
  putCachedMany(entries);
}

/** The list kept under `key`, or undefined when the cache no longer holds all of it. */
export function copyList(key: string): CopyList | undefined {
  const head = getCachedMany([key], isHead).get(key);
  if (!head || !Number.isInteger(head.pieces) || head.pieces < 1) return undefined;
  const keys = Array.from({ length: head.pieces }, (_, i) => `${key}:${i}`);
  const pieces = getCachedMany(keys, (v): v is string => typeof v === 'string');
  if (keys.some((k) => !pieces.has(k))) return undefined;
  return { title: head.title, list: keys.map((k) => pieces.get(k)).join('') };
}
