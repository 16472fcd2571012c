// Paces requests under Classroom's per-user quota: 1,200 queries a minute, enforced over a moving 60-second window
// (https://developers.google.com/workspace/classroom/reference/limits). Pure: the history is data the job keeps.

export const QUOTA_PER_MINUTE = 1200;
export const WINDOW_MS = 60_000;
/** Head-room for the user's other executions (the homepage, another tab) sharing the same quota. */
export const SAFE_PER_MINUTE = QUOTA_PER_MINUTE - 100;

/** Requests sent at a time: [epoch ms, count]. */
export type SendLog = [number, number][];

export function prune(log: SendLog, now: number): SendLog {
  return log.filter(([t]) => t > now - WINDOW_MS);
}

/** Milliseconds to wait before `n` more requests fit in the window (0 = now). */
export function waitBefore(log: SendLog, now: number, n: number, limit = SAFE_PER_MINUTE): number {
  if (n > limit) throw new RangeError(`cannot send ${n} requests in one window of ${limit}`);
  const live = prune(log, now).sort((a, b) => a[0] - b[0]);
  let used = live.reduce((sum, [, count]) => sum + count, 0);
  for (const [t, count] of live) {
    if (used + n <= limit) return 0;
    used -= count;
    // Once this entry leaves the window, its requests are free again.
    if (used + n <= limit) return t + WINDOW_MS - now + 1;
  }
  return 0;
}

export function record(log: SendLog, now: number, n: number): SendLog {
  return [...prune(log, now), [now, n]];
}
