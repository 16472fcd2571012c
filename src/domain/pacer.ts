// Paces requests under Classroom's per-user quota: 1,200 queries a minute, enforced over a moving 60-second window
// (https://developers.google.com/workspace/classroom/reference/limits). Pure: the history is data the job keeps.

export const WINDOW_MS = 60_000;
/** The 1,200 less head-room for the user's other executions (the homepage, another tab) sharing the same quota. */
export const SAFE_PER_MINUTE = 1200 - 100;
// What jobs of one user may send a minute: clicks keep the other 100 (a homepage, a course card and an invite cost
// about 60), so the panel answers while a job runs, and a 1,000-address job still goes out within one minute.
export const USER_JOB_LIMIT = 1000;
// Classroom's 3,000 a minute per Cloud project (all users of a deployment), less head-room; jobs get what clicks leave.
export const PROJECT_LIMIT = 2800;
export const PROJECT_JOB_LIMIT = 2200;

export type SendLog = [number, number][]; // Requests sent at a time: [epoch ms, count]

/** Milliseconds to wait before `n` more requests fit in the window (0 = now). */
export function waitBefore(log: SendLog, now: number, n: number, limit = SAFE_PER_MINUTE): number {
  if (n > limit) throw new RangeError(`cannot send ${n} requests in one window of ${limit}`);
  const live = log.filter(([t]) => t > now - WINDOW_MS).sort((a, b) => a[0] - b[0]);
  let used = live.reduce((sum, [, count]) => sum + count, 0);
  for (const [t, count] of live) {
    if (used + n <= limit) return 0;
    used -= count;
    // Once this entry leaves the window, its requests are free again.
    if (used + n <= limit) return t + WINDOW_MS - now + 1;
  }
  return 0;
}

/** Requests one round trip may reserve at once: half the window, so two executions can still interleave. */
export const MAX_RESERVATION = Math.floor(SAFE_PER_MINUTE / 2);

// Entries merged per second (and per whatever follows the count: kind, sender), so a log kept in the cache stays
// small. Times round up: an entry then leaves the window late, never early (requests reach Google after reserving).
export function compact<E extends [number, number, ...unknown[]]>(log: readonly E[]): E[] {
  const merged = new Map<string, E>();
  for (const [t, n, ...rest] of log) {
    const s = Math.ceil(t / 1000) * 1000;
    const key = JSON.stringify([s, ...rest]);
    const e = merged.get(key);
    if (e) e[1] += n;
    else merged.set(key, [s, n, ...rest] as E);
  }
  return [...merged.values()].sort((a, b) => a[0] - b[0]);
}

/** Consecutive job batches that sent and got nothing done (all 429/5xx) before the job pauses. */
export const BREAKER_BATCHES = 3;

/** Pause between job batches after a batch met 429/5xx: exponential in the failed streak, with full jitter. */
export function pauseBetweenBatches(streak: number, random: number): number {
  const step = Math.min(30_000, 1_000 * 2 ** Math.max(0, streak - 1));
  return Math.round(step / 2 + (step / 2) * random);
}

/** Minutes the remaining requests need at the allowed rate (at least 1). */
export const minutesFor = (requests: number, perMinute = SAFE_PER_MINUTE): number =>
  Math.max(1, Math.ceil(requests / perMinute));
