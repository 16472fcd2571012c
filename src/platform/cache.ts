// The current user's CacheService store, JSON in and out. Best effort: a miss or a full cache is never an error.
const TTL_SECONDS = 6 * 60 * 60; // the maximum CacheService allows

function store(): GoogleAppsScript.Cache.Cache | null {
  return CacheService.getUserCache();
}

export function getCachedMany<T>(keys: readonly string[]): Map<string, T> {
  const out = new Map<string, T>();
  const cache = store();
  if (!cache || keys.length === 0) return out;
  const found: Record<string, string | undefined> = cache.getAll([...keys]);
  for (const key of keys) {
    const text = found[key];
    if (typeof text !== 'string') continue;
    try {
      out.set(key, JSON.parse(text) as T);
    } catch {
      // A corrupt entry is a miss.
    }
  }
  return out;
}

/**
 * Items one execution may put. Google keeps 1,000 items and evicts all but the 900 farthest from expiry: bounded
 * this way, the request budget's windows (rewritten on every round trip, transport/budget.ts) are never evicted.
 */
export const CACHE_PUTS_PER_RUN = 300;
let putsThisRun = 0;

export function putCachedMany(entries: ReadonlyMap<string, unknown>, ttlSeconds = TTL_SECONDS): void {
  const cache = store();
  if (!cache || entries.size === 0) return;
  const values: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (putsThisRun >= CACHE_PUTS_PER_RUN) break; // a miss later costs a read; an evicted budget costs a 429 storm
    putsThisRun++;
    values[key] = JSON.stringify(value);
  }
  try {
    cache.putAll(values, ttlSeconds);
  } catch (e) {
    console.warn('cache: putAll failed', e);
  }
}
