// The job state machine: slices, in-flight checkpoints, resends after a kill, progress and estimate.
import fc from 'fast-check';
import {
  applyOutcomes,
  createJob,
  afterBatch,
  estimateMinutes,
  isDone,
  isExpired,
  DONE_JOB_TTL_MS,
  isFinished,
  isRunnable,
  markInFlight,
  nextSlice,
  progress,
  type Outcome,
} from '../../src/domain/job';

const emails = (n: number) => Array.from({ length: n }, (_, i) => `s${i}@x.org`);
const job = (n: number) => createJob('j', { id: 'c', name: 'C' }, 'STUDENT', emails(n), 0);

describe('job', () => {
  it('slices pending addresses in order, at most the batch size', () => {
    expect(nextSlice(job(120), 50)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('resends what was in flight when an execution died before anything else', () => {
    const j = markInFlight(job(10), [7, 8], 1);
    expect(nextSlice(j, 3)).toEqual([7, 8, 0]);
  });

  it('counts ALREADY_EXISTS on a resend as invited by us, on a first send as already invited', () => {
    let j = markInFlight(job(3), [0, 1], 1);
    j = applyOutcomes(
      j,
      [
        { index: 0, kind: 'alreadyInvited' },
        { index: 1, kind: 'alreadyInvited' },
      ],
      2,
      new Set([0]),
    );
    expect(j.states).toBe('iap');
  });

  it('records failures by reason and puts transient ones back to pending', () => {
    let j = markInFlight(job(3), [0, 1, 2], 1);
    j = applyOutcomes(
      j,
      [
        { index: 0, kind: 'failed', key: 'err.untrustedDomain' },
        { index: 1, kind: 'retry' },
        { index: 2, kind: 'invited' },
      ],
      2,
      new Set(),
    );
    expect(j.states).toBe('fpi');
    expect(j.failures).toEqual({ 'err.untrustedDomain': [0] });
    expect(progress(j)).toMatchObject({ total: 3, done: 2, failed: 1, invited: 1, pending: 1 });
    expect(isFinished(j)).toBe(false);
  });

  it('estimates the time left from the pace so far, and only runs confirmed jobs', () => {
    let j = applyOutcomes(
      job(4),
      [
        { index: 0, kind: 'invited' },
        { index: 1, kind: 'invited' },
      ],
      1,
      new Set(),
    );
    expect(estimateMinutes({ ...j, states: 'pppp' })).toBeNull();
    // 2 left: under a minute at the budget's rate, so the honest floor of 1 minute.
    expect(estimateMinutes(j)).toBe(1);
    j = { ...j, busyMs: 1000 };
    expect(estimateMinutes(j)).toBe(1);
    // 3,000 left at 1,100 a minute: at least 3 minutes, whatever the pace so far.
    expect(estimateMinutes({ ...job(3002), states: 'ii' + 'p'.repeat(3000), busyMs: 10 })).toBe(3);
    expect(isRunnable(j)).toBe(true);
    expect(isRunnable({ ...j, draft: true })).toBe(false);
  });

  it('counts batches that got nothing done, and batches refused for a permanent reason', () => {
    const j = job(4);
    const storm = afterBatch(afterBatch(j, [{ index: 0, kind: 'retry' }]), [{ index: 1, kind: 'retry' }]);
    expect(storm.failedBatches).toBe(2);
    expect(
      afterBatch(storm, [
        { index: 0, kind: 'invited' },
        { index: 1, kind: 'retry' },
      ]).failedBatches,
    ).toBe(0);
    const refused = afterBatch(j, [{ index: 0, kind: 'failed', key: 'err.apiDisabled' }]);
    expect(refused.refusedBatches).toBe(1);
  });

  it('is done when finished or stopped, and expires 7 days after its last change', () => {
    const finished = { ...job(1), states: 'i', updatedAt: 0 };
    expect(isDone(finished)).toBe(true);
    expect(isDone({ ...job(2), stopped: 'err.apiDisabled' })).toBe(true);
    expect(isRunnable({ ...job(2), stopped: 'err.apiDisabled' })).toBe(false);
    expect(isExpired(finished, DONE_JOB_TTL_MS)).toBe(false);
    expect(isExpired(finished, DONE_JOB_TTL_MS + 1)).toBe(true);
    expect(isExpired({ ...job(1), updatedAt: 0 }, DONE_JOB_TTL_MS * 2)).toBe(false);
  });

  it('whatever the answers and kills, every address ends done exactly once', () => {
    const kinds = fc.constantFrom<Outcome['kind']>('invited', 'alreadyInvited', 'alreadyMember', 'retry', 'failed');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(kinds, fc.boolean()), { maxLength: 400 }),
        (n, script) => {
          let j = job(n);
          let step = 0;
          for (let round = 0; round < 500 && !isFinished(j); round++) {
            const slice = nextSlice(j, 7);
            const resent = new Set(slice.filter((i) => j.states[i] === 'x'));
            j = markInFlight(j, slice, round);
            const [kind, killed] = script[step++ % Math.max(script.length, 1)] ?? ['invited', false];
            if (killed) continue; // the execution died after sending: the answers are lost
            const outcomes = slice.map((index): Outcome =>
              kind === 'failed'
                ? { index, kind, key: 'err.unknown' }
                : { index, kind: kind === 'retry' && round > 50 ? 'invited' : kind },
            );
            j = applyOutcomes(j, outcomes, round, resent);
          }
          if (isFinished(j)) {
            const p = progress(j);
            expect(p.done).toBe(n);
            expect(p.invited + p.alreadyInvited + p.alreadyMember + p.failed).toBe(n);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
