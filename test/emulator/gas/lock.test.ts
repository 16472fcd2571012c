// LockService: execution-owned locks; a lock held by another execution makes tryLock/waitLock wait on the clock.
import {
  emptyServiceState,
  ExecutionTimeout,
  LOCK_TIMEOUT_MESSAGE,
  LockTable,
  makeLockService,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

function setup() {
  const clock = new VirtualClock();
  const state = emptyServiceState();
  const table = new LockTable();
  const exec = (executionId: string, id = 'u1') =>
    makeLockService(testContext(clock, { state, executionId, user: { id } }), table);
  return { clock, table, exec };
}

describe('LockService', () => {
  it('acquires a free lock at once and is re-entrant within an execution', () => {
    const { clock, exec } = setup();
    const t0 = clock.now();
    const lock = exec('e1').getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(exec('e1').getScriptLock().tryLock(1000)).toBe(true);
    expect(clock.now()).toBe(t0);
  });

  it('makes another execution wait out its timeout on the virtual clock and fail', () => {
    const { clock, exec } = setup();
    exec('e1').getScriptLock().waitLock(0);
    const other = exec('e2', 'u2').getScriptLock();
    const t0 = clock.now();
    expect(other.tryLock(2500)).toBe(false);
    expect(clock.now() - t0).toBe(2500);
    expect(() => {
      other.waitLock(1000);
    }).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(other.hasLock()).toBe(false);
  });

  it('frees the lock on releaseLock and on releaseAll at the end of the execution', () => {
    const { table, exec } = setup();
    const first = exec('e1').getScriptLock();
    first.waitLock(10);
    first.releaseLock();
    expect(exec('e2').getScriptLock().tryLock(0)).toBe(true);
    table.releaseAll('e2');
    expect(table.held()).toEqual({});
    expect(exec('e3').getScriptLock().tryLock(0)).toBe(true);
  });

  it('scopes user locks to the user', () => {
    const { exec } = setup();
    expect(exec('e1', 'alice').getUserLock().tryLock(0)).toBe(true);
    expect(exec('e2', 'bob').getUserLock().tryLock(0)).toBe(true);
    expect(exec('e3', 'alice').getUserLock().tryLock(0)).toBe(false);
    expect(exec('e1', 'alice').getDocumentLock()).toBeNull();
  });

  it('lets a wait run into the execution deadline', () => {
    const { clock, exec } = setup();
    exec('e1').getScriptLock().waitLock(0);
    clock.deadline = clock.now() + 1000;
    expect(() => {
      exec('e2').getScriptLock().waitLock(5000);
    }).toThrow(ExecutionTimeout);
  });

  it('rejects a negative timeout', () => {
    expect(() => setup().exec('e1').getScriptLock().tryLock(-1)).toThrow('Invalid argument');
  });
});
