// CacheService: best-effort string caches whose expirations run on the virtual clock, with Apps Script's limits.
import { deleteOwn, getOwn, setOwn, statsFor, type CacheEntry, type ServiceContext } from './context';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_KEPT_AFTER_EVICTION = 900;
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21600;

export interface Cache {
  get(key: string): string | null;
  getAll(keys: string[]): Record<string, string>;
  put(key: string, value: unknown, expirationInSeconds?: number): void;
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void;
  remove(key: string): void;
  removeAll(keys: string[]): void;
}

/** Live (unexpired) entries of a cache store, as plain key → value (for inspection). */
export function liveEntries(store: Record<string, CacheEntry>, now: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, e] of Object.entries(store)) if (e.expiresAt > now) setOwn(out, k, e.value);
  return out;
}

function makeCache(ctx: ServiceContext, store: () => Record<string, CacheEntry>): Cache {
  const stats = () => statsFor(ctx.state, ctx.user.id);
  const checkKey = (key: unknown): string => {
    if (typeof key !== 'string' || key === '') throw ctx.fail('Invalid argument: key');
    if (key.length > CACHE_KEY_LIMIT) throw ctx.fail('Argument too large: key');
    return key;
  };
  const ttlMs = (seconds: number | undefined): number => {
    const s = seconds ?? CACHE_DEFAULT_TTL_S;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 1) throw ctx.fail('Invalid argument: expirationInSeconds');
    // Longer expirations are capped at 6 hours: the cache is best effort anyway.
    return Math.min(s, CACHE_MAX_TTL_S) * 1000;
  };
  const lookup = (key: string): string | null => {
    const s = store();
    const e = getOwn(s, key);
    if (!e) return null;
    if (e.expiresAt <= ctx.clock.now()) {
      deleteOwn(s, key);
      return null;
    }
    return e.value;
  };
  const insert = (entries: [string, string][], ttl: number) => {
    for (const [, v] of entries)
      if (Buffer.byteLength(v) > CACHE_VALUE_LIMIT) throw ctx.fail('Argument too large: value');
    const s = store();
    const now = ctx.clock.now();
    for (const [k, v] of entries) {
      deleteOwn(s, k); // a re-put counts as the newest item
      setOwn(s, k, { value: v, expiresAt: now + ttl, seq: ++ctx.state.counters.cacheSeq });
    }
    evict(s, now);
  };

  return {
    get(key) {
      ctx.enter('Cache', 'get');
      stats().cacheReads++;
      return lookup(checkKey(key));
    },
    getAll(keys) {
      ctx.enter('Cache', 'getAll');
      stats().cacheReads++;
      if (!Array.isArray(keys)) throw ctx.fail('Invalid argument: keys');
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = lookup(checkKey(k));
        if (v !== null) setOwn(out, k, v);
      }
      return out;
    },
    put(key, value, expirationInSeconds) {
      ctx.enter('Cache', 'put');
      stats().cacheWrites++;
      insert([[checkKey(key), String(value)]], ttlMs(expirationInSeconds));
    },
    putAll(values, expirationInSeconds) {
      ctx.enter('Cache', 'putAll');
      stats().cacheWrites++;
      if (values === null || typeof values !== 'object') throw ctx.fail('Invalid argument: values');
      const entries = Object.entries(values).map(([k, v]): [string, string] => [checkKey(k), String(v)]);
      insert(entries, ttlMs(expirationInSeconds));
    },
    remove(key) {
      ctx.enter('Cache', 'remove');
      stats().cacheWrites++;
      deleteOwn(store(), checkKey(key));
    },
    removeAll(keys) {
      ctx.enter('Cache', 'removeAll');
      stats().cacheWrites++;
      if (!Array.isArray(keys)) throw ctx.fail('Invalid argument: keys');
      const s = store();
      for (const k of keys) deleteOwn(s, checkKey(k));
    },
  };
}

/**
 * Drops expired entries; past 1,000 items keeps the 900 farthest from expiration, as Google documents it (Cache
 * `put` reference: "if more than 1,000 items are written, the cache stores the 900 items farthest from
 * expiration"). Among equal expirations the most recently written stay (Google is silent: the emulator's choice).
 */
function evict(store: Record<string, CacheEntry>, now: number): void {
  for (const [k, e] of Object.entries(store)) if (e.expiresAt <= now) deleteOwn(store, k);
  const keys = Object.keys(store);
  if (keys.length <= CACHE_MAX_ITEMS) return;
  keys.sort((a, b) => store[b]!.expiresAt - store[a]!.expiresAt || store[b]!.seq - store[a]!.seq);
  for (const k of keys.slice(CACHE_KEPT_AFTER_EVICTION)) deleteOwn(store, k);
}

export function makeCacheService(ctx: ServiceContext) {
  const caches = ctx.state.caches;
  return {
    getUserCache: (): Cache =>
      makeCache(ctx, () => {
        let s = getOwn(caches.user, ctx.user.id);
        if (!s) {
          s = {};
          setOwn(caches.user, ctx.user.id, s);
        }
        return s;
      }),
    getScriptCache: (): Cache => makeCache(ctx, () => caches.script),
    getDocumentCache: (): null => null,
  };
}
