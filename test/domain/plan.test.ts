// A plan as pure data: the order of a step's items, the item lines, progress, expiry and the guard on what is read.
import fc from 'fast-check';
import {
  afterStep,
  DONE_PLAN_TTL_MS,
  isExpired,
  isPlan,
  isRunnable,
  lineOf,
  newPlan,
  nextSlice,
  progress,
  writeOf,
  type Plan,
  type Write,
} from '../../src/domain/plan';

const plan = (n: number): Plan =>
  newPlan(
    'p',
    'invite',
    { id: 'c', name: 'C' },
    'STUDENT',
    Array.from({ length: n }, (_, i) => `s${i}@x.org`),
    0,
  );

describe('plan', () => {
  it('takes half-done replaces first, then items in flight, then pending ones, at most the step size', () => {
    const p = { ...plan(10), states: 'ppxpppdppp' };
    expect(nextSlice(p, 4)).toEqual([6, 2, 0, 1]);
    expect(nextSlice(plan(120), 50)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('stores a plain create as its address and any other write as JSON, and reads both back', () => {
    const p = plan(0);
    const writes: Write[] = [
      { op: 'create', courseId: 'c', userId: 'a@x.org', role: 'STUDENT' },
      { op: 'create', courseId: 'other', userId: 'a@x.org', role: 'TEACHER' },
      { op: 'delete', courseId: 'c', userId: '1', role: 'STUDENT', invitationId: 'abc' },
      { op: 'replace', courseId: 'c', userId: '1', invitationId: 'abc', from: 'STUDENT', role: 'TEACHER' },
    ];
    expect(lineOf(p, writes[0] as Write)).toBe('a@x.org');
    for (const w of writes) expect(writeOf(p, lineOf(p, w))).toEqual(w);
  });

  it('reads nothing it did not write: malformed lines are not writes', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const w = writeOf(plan(0), `{${junk}`);
        expect(w === null || ['create', 'delete', 'replace'].includes(w.op)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(writeOf(plan(0), '{"op":"delete","courseId":"c","userId":"1","role":"STUDENT"}')).toBeNull();
    expect(
      writeOf(plan(0), '{"op":"replace","courseId":"c","userId":"1","invitationId":"x","role":"KING"}'),
    ).toBeNull();
  });

  it('counts progress by state letter; a draft never runs; a done plan expires after a week', () => {
    const p: Plan = { ...plan(6), states: 'iamfsr', approvedAt: 1 };
    expect(progress(p)).toMatchObject({
      done: 6,
      invited: 1,
      alreadyInvited: 1,
      alreadyMember: 1,
      failed: 2,
      skipped: 1,
      pending: 0,
    });
    expect(isRunnable(plan(3))).toBe(false);
    expect(isRunnable({ ...plan(3), approvedAt: 1 })).toBe(true);
    expect(isExpired({ ...p, updatedAt: 0 }, DONE_PLAN_TTL_MS + 1)).toBe(true);
    expect(isExpired({ ...p, updatedAt: 0 }, DONE_PLAN_TTL_MS - 1)).toBe(false);
  });

  it('counts steps that got nothing done (the breaker) and steps refused for good', () => {
    let p = plan(3);
    p = afterStep(p, ['x', 'd']);
    p = afterStep(p, ['p']);
    expect(p.failedSteps).toBe(2);
    p = afterStep(p, ['i', 'x']);
    expect(p.failedSteps).toBe(0);
    expect(afterStep(afterStep(p, ['f']), ['f', 'f']).refusedSteps).toBe(2);
  });

  it('the guard refuses a plan whose states do not match its lines or hold unknown letters', () => {
    expect(isPlan(plan(2))).toBe(true);
    expect(isPlan({ ...plan(2), states: 'p' })).toBe(false);
    expect(isPlan({ ...plan(2), states: 'pq' })).toBe(false);
    expect(isPlan({ ...plan(2), kind: 'other' })).toBe(false);
    expect(isPlan({ ...plan(2), failures: { x: ['1'] } })).toBe(false);
  });
});
