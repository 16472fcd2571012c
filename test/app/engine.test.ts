// The one step engine, once, on the emulated Classroom with Google's stable invitation ids: its states are the
// journal (a kill anywhere loses nothing and repeats nothing), refused replaces are restored, what is no longer
// approved is skipped unsent, and one circuit breaker makes later runs probe before they send more.
import { runPlan, type Kind } from '../../src/app/engine';
import { lineOf, newPlan, progress, type Plan, type Write } from '../../src/domain/plan';
import { breakerOpen, loadPlan, savePlan } from '../../src/platform/plan-store';
import { startExecution } from '../../src/transport/deadline';
import { addStudents } from '../../bench/worlds';
import { emulator } from './env';

const ADA = 'ada.lovelace@demo-school.edu';
const ALGEBRA = '100000000502';
const CHLOE_ID = '100000000111';
const KILLED = 'killed by the test';

type Emu = ReturnType<typeof emulator>;

const kind = (extra: Partial<Kind> = {}): Kind => ({ origin: 'job', stepSize: 50, ...extra });

function planOf(writes: readonly Write[], role: Write['role'] = 'STUDENT'): Plan {
  const base = newPlan(
    `p${Math.random().toString(36).slice(2)}`,
    'resend',
    { id: ALGEBRA, name: 'Algebra I' },
    role,
    [],
    Date.now(),
  );
  const lines = writes.map((w) => lineOf(base, w));
  return { ...base, lines, states: 'p'.repeat(lines.length), approvedAt: Date.now() };
}

function chloe(emu: Emu) {
  return emu.world.allInvitations().filter((i) => i.courseId === ALGEBRA && i.userId === CHLOE_ID);
}

const calls = (emu: Emu, method: string) => emu.api.log.filter((e) => e.method === method && e.status === 200).length;

/** Runs the plan as one execution would; a kill thrown inside ends it where it was. */
function execution(emu: Emu, plan: Plan, k: Kind = kind()): Plan | null {
  return emu.asUser(ADA, () => {
    savePlan(plan);
    try {
      return runPlan(plan, k).plan;
    } catch (e) {
      if (e instanceof Error && e.message === KILLED) return null;
      throw e;
    }
  });
}

const resume = (emu: Emu, id: string, k: Kind = kind()) =>
  emu.asUser(ADA, () => {
    const plan = loadPlan(id);
    if (!plan) throw new Error('plan gone');
    return runPlan(plan, k).plan;
  });

/** Kills the execution once Classroom has processed the `n`-th call of `method`. */
function killAfter(emu: Emu, method: string, n = 1): void {
  let seen = 0;
  emu.api.onCall = (e) => {
    if (e.method === method && ++seen === n) {
      emu.api.onCall = undefined;
      throw new Error(KILLED);
    }
  };
}

describe('the step engine: its states are the journal', () => {
  function resendOfChloe(emu: Emu): Write {
    const [inv] = chloe(emu);
    if (!inv) throw new Error('no invitation');
    return {
      op: 'replace',
      courseId: ALGEBRA,
      userId: CHLOE_ID,
      invitationId: inv.id,
      from: 'STUDENT',
      role: 'STUDENT',
    };
  }

  it('a replace killed once its delete reached Classroom is re-created by the next run, once', () => {
    const emu = emulator({ latencyMs: 0 });
    const w = resendOfChloe(emu);
    const plan = planOf([w]);
    killAfter(emu, 'invitations.delete');
    expect(execution(emu, plan)).toBeNull();
    expect(chloe(emu)).toHaveLength(0); // deleted, not yet re-created
    const after = resume(emu, plan.id);
    expect(after?.states).toBe('i');
    expect(chloe(emu)).toMatchObject([{ role: 'STUDENT', id: w.op === 'replace' ? w.invitationId : '' }]);
    expect(calls(emu, 'invitations.create')).toBe(1);
    expect(calls(emu, 'invitations.delete')).toBe(1);
  });

  it('a replace killed once its create reached Classroom is not sent again: the same id is back, nothing repeats', () => {
    const emu = emulator({ latencyMs: 0 });
    const plan = planOf([resendOfChloe(emu)]);
    killAfter(emu, 'invitations.create');
    expect(execution(emu, plan)).toBeNull();
    expect(chloe(emu)).toHaveLength(1);
    expect(resume(emu, plan.id)?.states).toBe('i');
    expect(calls(emu, 'invitations.create')).toBe(1);
    expect(calls(emu, 'invitations.delete')).toBe(1);
  });

  it('a delete refused by a storm stays in flight; the next run reads before it acts and sends it once', () => {
    const emu = emulator({ latencyMs: 0 });
    const plan = planOf([resendOfChloe(emu)]);
    emu.api.setFaults({ rate: 1, seed: 1, statuses: [503] });
    const first = execution(emu, plan);
    expect(first?.states).toMatch(/^[xp]$/);
    emu.api.setFaults(null);
    expect(resume(emu, plan.id)?.states).toBe('i');
    expect(calls(emu, 'invitations.delete')).toBe(1);
    expect(chloe(emu)).toHaveLength(1);
  });

  it('a replace whose create Classroom refuses restores the old invitation and says why', () => {
    const emu = emulator({ latencyMs: 0 });
    const w = { ...resendOfChloe(emu), role: 'OWNER' as const }; // Chloe does not co-teach: OWNER is refused
    const after = execution(emu, planOf([w], 'OWNER'));
    expect(after?.states).toBe('r');
    expect(Object.keys(after?.failures ?? {})).toHaveLength(1);
    expect(chloe(emu)).toMatchObject([{ role: 'STUDENT' }]);
  });

  it('sends nothing for an item no longer approved: skipped with its reason', () => {
    const emu = emulator({ latencyMs: 0 });
    const after = execution(
      emu,
      planOf([resendOfChloe(emu)]),
      kind({ approved: (_p, _c, items) => items.map(() => 'sweep.skip.notDue') }),
    );
    expect(after?.states).toBe('s');
    expect(after?.failures['sweep.skip.notDue']).toEqual([0]);
    expect(calls(emu, 'invitations.delete') + calls(emu, 'invitations.create')).toBe(0);
  });
});

describe('the step engine: one circuit breaker across runs', () => {
  it('a 100% 5xx storm pauses a 1,000-item plan within 300 requests; the next run sends one probe step only', () => {
    const emu = emulator({ latencyMs: 150 });
    const emails = addStudents(emu.world, 1000);
    const base = newPlan('storm', 'invite', { id: ALGEBRA, name: 'Algebra I' }, 'STUDENT', emails, Date.now());
    emu.api.setFaults({ rate: 1, seed: 7, statuses: [503] });
    const click = emu.asUser(ADA, () => {
      startExecution('click');
      savePlan({ ...base, approvedAt: Date.now() });
      return runPlan({ ...base, approvedAt: Date.now() }, kind()).plan;
    });
    const inClick = emu.api.log.length;
    expect(click?.paused).toBeDefined();
    expect(emu.asUser(ADA, breakerOpen)).toBe(true);
    const hourly = emu.asUser(ADA, () => {
      startExecution('trigger');
      return runPlan(loadPlan('storm') as Plan, kind()).plan;
    });
    const inRun = emu.api.log.length - inClick;
    expect(hourly?.paused).toBeDefined();
    expect(inClick + inRun).toBeLessThanOrEqual(300);
    expect(inRun).toBeLessThanOrEqual(10);
    emu.api.setFaults(null);
    const calm = emu.asUser(ADA, () => {
      startExecution('trigger');
      return runPlan(loadPlan('storm') as Plan, kind()).plan;
    });
    expect(progress(calm as Plan).invited).toBe(1000);
    expect(emu.asUser(ADA, breakerOpen)).toBe(false);
  });

  it('stops a click before its 25 s deadline, the rest left for the next run', () => {
    const emu = emulator({ latencyMs: 3000 });
    const emails = addStudents(emu.world, 600);
    const base = {
      ...newPlan('slow', 'invite', { id: ALGEBRA, name: 'Algebra I' }, 'STUDENT', emails, Date.now()),
      approvedAt: Date.now(),
    };
    const started = emu.clock.now();
    const after = emu.asUser(ADA, () => {
      startExecution('click');
      savePlan(base);
      return runPlan(base, kind()).plan;
    });
    expect(emu.clock.now() - started).toBeLessThan(25_000);
    expect(progress(after as Plan).done).toBeGreaterThan(0);
    expect(progress(after as Plan).pending).toBeGreaterThan(0);
  });
});
