// The current user's CacheService store, JSON in and out, read back through a type guard. Best effort: a miss, a
// corrupt entry or a full cache is never an error.
const TTL_SECONDS = 6 * 60 * 60; // the maximum CacheService allows

/** A guard for a cached record: each of `fields` holds a value of that `typeof` (what the writer put there). */
export const shaped =
  <T>(fields: { [K in keyof T]?: 'string' | 'number' | 'boolean' | 'object' }) =>
  (value: unknown): value is T =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(fields).every(([key, kind]) => typeof (value as Record<string, unknown>)[key] === kind);

/** The values `isValue` accepts, by key; one it refuses (corrupt, or of another shape) is a miss. */
export function getCachedMany<T>(keys: readonly string[], isValue: (value: unknown) => value is T): Map<string, T> {
  const out = new Map<string, T>();
  if (keys.length === 0) return out;
  const found: Record<string, string | undefined> = CacheService.getUserCache().getAll([...keys]);
  for (const key of keys) {
    try {
      const value: unknown = JSON.parse(found[key] ?? 'null');
      if (isValue(value)) out.set(key, value);
    } catch {
      // A corrupt entry is a miss.
    }
  }
  return out;
}

// Items one execution may put. Google keeps 1,000 items and evicts all but the 900 farthest from expiry: bounded
// this way, the request budget's windows (rewritten on every round trip, transport/budget.ts) are never evicted.
export const CACHE_PUTS_PER_RUN = 300;
let putsThisRun = 0;

export function putCachedMany(entries: ReadonlyMap<string, unknown>, ttlSeconds = TTL_SECONDS): void {
  if (entries.size === 0) return;
  const values: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (putsThisRun >= CACHE_PUTS_PER_RUN) break; // a miss later costs a read; an evicted budget costs a 429 storm
    putsThisRun++;
    values[key] = JSON.stringify(value);
  }
  try {
    CacheService.getUserCache().putAll(values, ttlSeconds);
  } catch (e) {
    console.warn('cache: putAll failed', e);
  }
}
