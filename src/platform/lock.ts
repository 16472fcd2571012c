// The user lock keeps two executions (a click and a trigger run, or two trigger runs) off the same jobs.
/** Runs `work` holding the user lock, or returns null when another execution holds it. */
export function withUserLock<T>(work: () => T, waitMs = 2_000): T | null {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(waitMs)) return null;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
