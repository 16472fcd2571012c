// The one request budget. Classroom allows 1,200 requests a minute per user and 3,000 per Cloud project, shared by
// every user of a deployment (platform.md §8). Every request (a batch part counts as one) first reserves its place
// in two sliding 60-second windows: the user's (user cache) and the project's (script cache, which every user's
// executions see). Clicks keep a share of both, so the panel answers while jobs run; jobs (a plan step's or a
// time-driven run's requests) share the rest, the project's part split fairly between the users whose jobs send.
//
// Eviction: a cache keeps at most 1,000 items, then the 900 farthest from expiry (platform.md §9). Both windows are
// written with the longest TTL on every reservation and no execution puts more than CACHE_PUTS_PER_RUN other items
// (platform/cache.ts), so a window is never the one evicted. Concurrency: the read-modify-write runs under the lock
// when it can be had at once, else without (one cache read and one write, milliseconds): a reservation lost to a
// concurrent write is at most one round trip, absorbed by the head-room below Google's limits or the 429 retries.
import {
  compact,
  MAX_RESERVATION,
  PROJECT_JOB_LIMIT,
  PROJECT_LIMIT,
  SAFE_PER_MINUTE as USER_LIMIT,
  USER_JOB_LIMIT,
  waitBefore,
  WINDOW_MS,
  type SendLog,
} from '../domain/pacer';
import { fits, isBackgroundRun, ROUND_TRIP_MS, timeLeft } from './deadline';

const USER_KEY = 'budget:requests';
const PROJECT_KEY = 'budget:project';
/** The longest CacheService allows: the windows stay the farthest from expiry (see above). */
const TTL_SECONDS = 21_600;

/** [epoch ms, requests, 1 when a job sent them, the sender's user key (project window only)]. */
type Entry = [number, number, number, string?];

/** Set while a plan step sends: its requests draw on the jobs' share. */
let jobDepth = 0;

export function asJob<T>(work: () => T): T {
  jobDepth++;
  try {
    return work();
  } finally {
    jobDepth--;
  }
}

const isJob = () => jobDepth > 0 || isBackgroundRun();

/** What `get` gives, or null where Apps Script refuses the service in this context. */
function attempt<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}

let userKey = '';
const me = () => (userKey ||= attempt(() => Session.getTemporaryActiveUserKey()) || 'me');

/** Fallback when no cache exists (never in an add-on, but cheap): this execution's own sends. */
const local = new Map<string, string>();
const memory = {
  get: (key: string) => local.get(key) ?? null,
  put: (key: string, text: string) => void local.set(key, text),
};

type Store = Pick<GoogleAppsScript.Cache.Cache, 'get' | 'put'>;

/** Both stores, and both windows as they stand now. */
function snapshot() {
  const user: Store = attempt(() => CacheService.getUserCache()) ?? memory;
  const project: Store = attempt(() => CacheService.getScriptCache()) ?? memory;
  const now = Date.now();
  return { user, project, now, u: read(user, USER_KEY, now), p: read(project, PROJECT_KEY, now) };
}

function read(store: Store, key: string, now: number): Entry[] {
  const parsed = attempt((): unknown => JSON.parse(store.get(key) ?? '[]'));
  const isEntry = (e: unknown): e is Entry => Array.isArray(e) && [0, 1, 2].every((k) => typeof e[k] === 'number');
  return Array.isArray(parsed) ? parsed.filter((e): e is Entry => isEntry(e) && e[0] > now - WINDOW_MS) : [];
}

function write(store: Store, key: string, entries: readonly Entry[]): void {
  try {
    store.put(key, JSON.stringify(compact(entries)), TTL_SECONDS);
  } catch (e) {
    console.warn('budget: cache write failed', e);
  }
}

const logOf = (entries: readonly Entry[], keep: (e: Entry) => boolean = () => true): SendLog =>
  entries.filter(keep).map(([t, n]) => [t, n]);

/** The project's quota a minute: 3,000, or as granted in PROJECT_QUOTA_PER_MINUTE (docs/publishing.md, step 12). */
let projectLimits: { all: number; jobs: number } | undefined;

function projectLimit(): { all: number; jobs: number } {
  if (projectLimits) return projectLimits;
  const granted = Number(
    attempt(() => PropertiesService.getScriptProperties().getProperty('PROJECT_QUOTA_PER_MINUTE')) ?? NaN,
  );
  const extra = Number.isInteger(granted) && granted > 3000 ? granted - 3000 : 0;
  return (projectLimits = { all: PROJECT_LIMIT + extra, jobs: PROJECT_JOB_LIMIT + extra });
}

/** Milliseconds until `n` requests of this execution's kind fit every window that binds them (0 = now). */
function waitFor(user: readonly Entry[], project: readonly Entry[], now: number, n: number): number {
  const limit = projectLimit();
  // [the window's log, the requests that must fit it, its limit]
  const windows: [SendLog, number, number][] = [
    [logOf(user), n, USER_LIMIT],
    [logOf(project), n, limit.all],
  ];
  if (isJob()) {
    const byJob = (e: Entry) => e[2] === 1;
    const senders = new Set(project.filter(byJob).map((e) => e[3])).add(me());
    const share = Math.max(50, Math.floor(limit.jobs / senders.size));
    windows.push(
      [logOf(user, byJob), n, USER_JOB_LIMIT],
      [logOf(project, byJob), n, limit.jobs],
      [logOf(project, (e) => byJob(e) && e[3] === me()), Math.min(n, share), share],
    );
  }
  return Math.max(...windows.map(([log, count, max]) => waitBefore(log, now, count, max)));
}

function withLock<T>(work: () => T): T {
  const lock = attempt(() => LockService.getScriptLock());
  if (!lock?.tryLock(0)) return work();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** Milliseconds until `n` requests fit, without reserving them (a step decides whether it fits its run). */
export function budgetWait(n: number): number {
  const { now, u, p } = snapshot();
  return waitFor(u, p, now, Math.min(n, MAX_RESERVATION));
}

// Reserves `n` requests in both windows, sleeping until they fit. Returns false, reserving nothing, when that would
// take longer than `maxWaitMs` or than the execution's deadline allows (the caller then treats the requests as
// rate-limited, without sending them).
export function reserve(n: number, maxWaitMs: number): boolean {
  if (n <= 0) return true;
  const count = Math.min(n, MAX_RESERVATION);
  const job = isJob() ? 1 : 0;
  for (let waited = 0; ;) {
    const wait = withLock(() => {
      const { user, project, now, u, p } = snapshot();
      const w = waitFor(u, p, now, count);
      if (w === 0) {
        write(user, USER_KEY, [...u, [now, count, job]]);
        write(project, PROJECT_KEY, [...p, [now, count, job, me()]]);
      }
      return w;
    });
    if (wait === 0) return true;
    if (waited + wait > maxWaitMs || !fits(wait)) return false;
    Utilities.sleep(wait);
    waited += wait;
  }
}

/** How long a round trip may wait for room: never past the execution's deadline. */
export const maxWaitNow = (capMs: number): number => Math.max(0, Math.min(capMs, timeLeft() - 2 * ROUND_TRIP_MS));
