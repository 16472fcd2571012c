// One request budget per user, shared by every execution of the add-on (clicks, retries, every job): a sliding
// 60-second window of requests sent, kept in the user cache. Every Classroom request reserves its place here
// first (a batch part counts as one), so the user stays under Classroom's 1,200 per minute with head-room.
//
// Concurrency: the read-modify-write runs under the user lock when it is free or already ours (a job run holds it
// for its whole run, and Apps Script locks are re-entrant within an execution). When another execution holds it
// for a long run, waiting would stall a click for minutes, so the reservation is made without the lock: the
// critical section is one cache read and one write (milliseconds), and a reservation lost to a concurrent write
// is at most one round trip (≤ MAX_RESERVATION), absorbed by the head-room below Google's limit and caught by the
// 429 retries if not.
import { compact, MAX_RESERVATION, record, waitBefore, type SendLog } from '../domain/pacer';

const KEY = 'budget:requests';
/** Longer than the window: an entry older than 60 s is worthless anyway. */
const TTL_SECONDS = 120;
/** Fallback when no user cache exists (never in an add-on, but cheap): this execution's own sends. */
let localLog: SendLog = [];

function cache(): GoogleAppsScript.Cache.Cache | null {
  try {
    return CacheService.getUserCache();
  } catch {
    return null;
  }
}

function readLog(store: GoogleAppsScript.Cache.Cache | null): SendLog {
  if (!store) return localLog;
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (e): e is [number, number] => Array.isArray(e) && typeof e[0] === 'number' && typeof e[1] === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

function writeLog(store: GoogleAppsScript.Cache.Cache | null, log: SendLog): void {
  localLog = log;
  try {
    store?.put(KEY, JSON.stringify(compact(log)), TTL_SECONDS);
  } catch (e) {
    console.warn('budget: cache write failed', e);
  }
}

function userLock(): GoogleAppsScript.Lock.Lock | null {
  try {
    return LockService.getUserLock();
  } catch {
    return null;
  }
}

function critical<T>(work: () => T): T {
  const lock = userLock();
  // Already ours (a job run holds it for the whole run): reserve under it and leave it held.
  if (!lock || lock.hasLock() || !lock.tryLock(0)) return work();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** Milliseconds until `n` requests fit the window, without reserving them. */
export function budgetWait(n: number): number {
  return waitBefore(readLog(cache()), Date.now(), Math.min(n, MAX_RESERVATION));
}

/**
 * Reserves `n` requests in the window, sleeping until they fit. Returns false, reserving nothing, when that would
 * take longer than `maxWaitMs` (the caller then treats the requests as rate-limited, without sending them).
 */
export function reserve(n: number, maxWaitMs: number): boolean {
  if (n <= 0) return true;
  const count = Math.min(n, MAX_RESERVATION);
  let waited = 0;
  for (;;) {
    const wait = critical(() => {
      const store = cache();
      const log = readLog(store);
      const now = Date.now();
      const w = waitBefore(log, now, count);
      if (w === 0) writeLog(store, record(log, now, count));
      return w;
    });
    if (wait === 0) return true;
    if (waited + wait > maxWaitMs) return false;
    Utilities.sleep(wait);
    waited += wait;
  }
}
