// The user lock keeps two executions (a click and a trigger run, or two trigger runs) off the same plans.

// Runs `work` holding the user lock, or returns null when another execution holds it. Already held by this
// execution (the hourly run holds it for the whole run), `work` runs under it and the lock stays held: Apps Script
// does not count nested acquisitions, so releasing here would free it for the rest of the outer run.
export function withUserLock<T>(work: () => T, waitMs = 2_000): T | null {
  const lock = LockService.getUserLock();
  if (lock.hasLock()) return work();
  if (!lock.tryLock(waitMs)) return null;
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
