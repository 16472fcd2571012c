// LockService: script and user locks owned by executions. JS runs one execution at a time, so a lock can only be
// "held by another" when a test starts a second execution from inside the first; waiting then burns virtual time.
import type { ServiceContext } from './context';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** Which execution holds which lock; shared by every execution of one emulator. */
export class LockTable {
  private readonly holders = new Map<string, string>();

  holder(key: string): string | undefined {
    return this.holders.get(key);
  }

  /** Takes the lock when free or already ours. */
  acquire(key: string, executionId: string): boolean {
    const h = this.holders.get(key);
    if (h !== undefined && h !== executionId) return false;
    this.holders.set(key, executionId);
    return true;
  }

  release(key: string, executionId: string): void {
    if (this.holders.get(key) === executionId) this.holders.delete(key);
  }

  /** Apps Script releases an execution's locks when it ends, however it ends. */
  releaseAll(executionId: string): void {
    for (const [k, h] of [...this.holders]) if (h === executionId) this.holders.delete(k);
  }

  held(): Record<string, string> {
    return Object.fromEntries(this.holders);
  }
}

export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  hasLock(): boolean;
  releaseLock(): void;
}

function makeLock(ctx: ServiceContext, table: LockTable, key: string): Lock {
  const attempt = (method: string, ms: unknown): boolean => {
    ctx.enter('Lock', method);
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw ctx.fail('Invalid argument: timeoutInMillis');
    if (table.acquire(key, ctx.executionId)) return true;
    // Nothing else can run while we wait, so the holder cannot let go: spend the whole timeout, then look again.
    ctx.clock.advance(ms);
    return table.acquire(key, ctx.executionId);
  };
  return {
    tryLock: (ms) => attempt('tryLock', ms),
    waitLock(ms) {
      if (!attempt('waitLock', ms)) throw ctx.fail(LOCK_TIMEOUT_MESSAGE);
    },
    hasLock() {
      ctx.enter('Lock', 'hasLock');
      return table.holder(key) === ctx.executionId;
    },
    releaseLock() {
      ctx.enter('Lock', 'releaseLock');
      table.release(key, ctx.executionId);
    },
  };
}

export function makeLockService(ctx: ServiceContext, table: LockTable) {
  return {
    getScriptLock: (): Lock => makeLock(ctx, table, 'script'),
    getUserLock: (): Lock => makeLock(ctx, table, `user:${ctx.user.id}`),
    getDocumentLock: (): null => null,
  };
}
