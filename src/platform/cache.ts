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

export function putCachedMany(entries: ReadonlyMap<string, unknown>, ttlSeconds = TTL_SECONDS): void {
  const cache = store();
  if (!cache || entries.size === 0) return;
  const values: Record<string, string> = {};
  for (const [key, value] of entries) values[key] = JSON.stringify(value);
  try {
    cache.putAll(values, ttlSeconds);
  } catch (e) {
    console.warn('cache: putAll failed', e);
  }
}
