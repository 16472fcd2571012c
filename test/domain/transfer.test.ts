// The owner-transfer wizard: who may start it, each step from Classroom's answers, cancel, the status line, and a
// model of Classroom under random kills proving one owner invitation at a time and a transfer that always finishes.
import fc from 'fast-check';
import type { Role } from '../../src/domain/roles';
import type { ApiError } from '../../src/domain/errors';
import {
  INTENT_LEASE_MS,
  TRANSFER_DAYS,
  cancel,
  expiresAt,
  isTransfer,
  observe,
  onCreateResult,
  startTransfer,
  statusLine,
  type TargetMembership,
  type Transfer,
  type TransferCommand,
  type TransferCreateResult,
  type ObservedFacts,
} from '../../src/domain/transfer';

const DAY = 24 * 60 * 60 * 1000;
const course = { id: 'c1', name: 'Biology' };
const grace = { email: 'grace@x.org', userId: 'u1', name: 'Grace' };

function started(membership: TargetMembership = 'none', now = 0): Transfer {
  const r = startTransfer(course, grace, membership, now);
  if (!r.ok) throw new Error('refused');
  return r.transfer;
}

const facts = (over: Partial<ObservedFacts> = {}): ObservedFacts => ({
  targetIsTeacher: false,
  targetIsOwner: false,
  pendingInvitations: [],
  userIsOwner: true,
  ...over,
});
const pending = (role: Role, id = `inv-${role}`) => ({ id, role, userId: 'u1' });
const refused = (status: string, reason?: string): TransferCreateResult => {
  const api: ApiError = { httpCode: 400, status, message: 'm', ...(reason ? { reason } : {}) };
  return { kind: 'failed', api };
};
const creates = (commands: TransferCommand[]) => commands.filter((c) => c.kind === 'createInvitation');

describe('startTransfer', () => {
  it('invites someone outside the course as co-teacher first', () => {
    const r = startTransfer(course, grace, 'none', 5);
    expect(r).toMatchObject({ ok: true, transfer: { step: 'inviteTeacher', startedAt: 5, courseName: 'Biology' } });
    expect(r.ok && r.commands).toEqual([{ kind: 'createInvitation', role: 'TEACHER' }]);
  });

  it('goes straight to the owner invitation for a co-teacher', () => {
    const r = startTransfer(course, grace, 'teacher', 5);
    expect(r.ok && r.transfer.step).toBe('inviteOwner');
    expect(r.ok && r.commands).toEqual([{ kind: 'createInvitation', role: 'OWNER' }]);
  });

  it('is done at once when the target already owns the course', () => {
    const r = startTransfer(course, grace, 'owner', 5);
    expect(r.ok && r.transfer.step).toBe('done');
    expect(r.ok && r.commands).toEqual([]);
  });

  it('refuses a student of the course with the fix in the reason', () => {
    expect(startTransfer(course, grace, 'student', 5)).toEqual({
      ok: false,
      reason: { key: 'transfer.refused.student', params: { name: 'Grace' } },
    });
  });
});

describe('the wizard, step by step', () => {
  it('walks from the co-teacher invitation to ownership and records each step', () => {
    let t = onCreateResult(started(), 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 1).transfer;
    expect(t).toMatchObject({ step: 'awaitTeacher', teacherInvitationId: 'T1' });

    let move = observe(t, facts({ pendingInvitations: [pending('TEACHER', 'T1')] }), 2 * DAY);
    expect(move.commands).toEqual([]);
    expect(move.transfer.step).toBe('awaitTeacher');

    move = observe(move.transfer, facts({ targetIsTeacher: true }), 3 * DAY);
    expect(move.transfer.step).toBe('inviteOwner');
    expect(move.commands).toEqual([{ kind: 'createInvitation', role: 'OWNER' }]);

    t = onCreateResult(move.transfer, 'OWNER', { kind: 'invited', invitationId: 'O1' }, 3 * DAY).transfer;
    expect(t).toMatchObject({ step: 'awaitOwner', ownerInvitationId: 'O1' });

    t = observe(t, facts({ targetIsTeacher: true, targetIsOwner: true }), 4 * DAY).transfer;
    expect(t.step).toBe('done');
    expect(t.history.map((h) => h.step)).toEqual([
      'inviteTeacher',
      'awaitTeacher',
      'inviteOwner',
      'awaitOwner',
      'done',
    ]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('sends no second create when the same facts are observed twice', () => {
    const f = facts({ targetIsTeacher: true });
    const awaiting = onCreateResult(started(), 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 0).transfer;
    const first = observe(awaiting, f, 10);
    const second = observe(first.transfer, f, 10);
    expect(creates(first.commands)).toHaveLength(1);
    expect(second.commands).toEqual([]);
    expect(second.transfer).toEqual(first.transfer);
  });

  it('after a kill between the intent and the create, sends the create again once the lease is over', () => {
    const intent = started('teacher', 0);
    expect(observe(intent, facts({ targetIsTeacher: true }), INTENT_LEASE_MS - 1).commands).toEqual([]);
    const resent = observe(intent, facts({ targetIsTeacher: true }), INTENT_LEASE_MS);
    expect(resent.commands).toEqual([{ kind: 'createInvitation', role: 'OWNER' }]);
    expect(observe(resent.transfer, facts({ targetIsTeacher: true }), INTENT_LEASE_MS + 1).commands).toEqual([]);
  });

  it('after a kill between the create and its result, adopts the owner invitation instead of sending another', () => {
    const move = observe(
      started('teacher', 0),
      facts({ targetIsTeacher: true, pendingInvitations: [pending('OWNER')] }),
      1,
    );
    expect(move.commands).toEqual([]);
    expect(move.transfer).toMatchObject({ step: 'awaitOwner', ownerInvitationId: 'inv-OWNER' });
  });
});

describe('onCreateResult', () => {
  it('takes ALREADY_EXISTS as sent and learns the id from the next observation', () => {
    const t = onCreateResult(started(), 'TEACHER', { kind: 'alreadyInvited' }, 1).transfer;
    expect(t.step).toBe('awaitTeacher');
    expect(observe(t, facts({ pendingInvitations: [pending('TEACHER', 'T9')] }), 2).transfer.teacherInvitationId).toBe(
      'T9',
    );
  });

  it('goes back to the co-teacher step on IneligibleOwner and re-invites if nothing is pending', () => {
    const t = onCreateResult(
      started('teacher'),
      'OWNER',
      refused('FAILED_PRECONDITION', 'IneligibleOwner'),
      1,
    ).transfer;
    expect(t.step).toBe('awaitTeacher');
    expect(observe(t, facts(), 2).commands).toEqual([{ kind: 'createInvitation', role: 'TEACHER' }]);
  });

  it.each(['PendingInvitationExists', 'OwnershipTransferInProgress'])(
    'on %s waits for our owner invitation, or stops when the pending transfer is someone else’s',
    (reason) => {
      const ours = { ...started('teacher'), ownerInvitationId: 'O1' };
      expect(onCreateResult(ours, 'OWNER', refused('FAILED_PRECONDITION', reason), 1).transfer.step).toBe('awaitOwner');
      const other = onCreateResult(started('teacher'), 'OWNER', refused('FAILED_PRECONDITION', reason), 1).transfer;
      expect(other).toMatchObject({ step: 'failed', error: { key: 'transfer.failed.otherTransferPending' } });
    },
  );

  it('sends again at the next observation after a transient failure', () => {
    const api: ApiError = { httpCode: 503, status: 'UNAVAILABLE', message: 'm' };
    const t = onCreateResult(started(), 'TEACHER', { kind: 'retry', api }, 1).transfer;
    expect(t.step).toBe('inviteTeacher');
    expect(observe(t, facts(), 2).commands).toEqual([{ kind: 'createInvitation', role: 'TEACHER' }]);
  });

  it('stops with a reason the user can act on', () => {
    expect(onCreateResult(started(), 'TEACHER', { kind: 'precondition' }, 1).transfer.error?.key).toBe(
      'transfer.failed.notEligible',
    );
    const t = onCreateResult(started(), 'TEACHER', refused('FAILED_PRECONDITION', 'CourseNotModifiable'), 1).transfer;
    expect(t).toMatchObject({ step: 'failed', error: { key: 'err.courseNotModifiable' } });
  });

  it('withdraws an invitation whose create answered after the transfer was cancelled', () => {
    const cancelled = cancel(started(), 1).transfer;
    const late = onCreateResult(cancelled, 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 2);
    expect(late.transfer.step).toBe('cancelled');
    expect(late.commands).toEqual([{ kind: 'deleteInvitation', id: 'T1' }]);
  });

  it('ignores a result for a step the transfer has left', () => {
    const awaiting = onCreateResult(started(), 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 1).transfer;
    expect(onCreateResult(awaiting, 'TEACHER', { kind: 'invited', invitationId: 'T2' }, 2).transfer).toBe(awaiting);
  });
});

describe('observe stops the transfer when Classroom says it cannot go on', () => {
  it('when the co-teacher invitation was declined or deleted', () => {
    const t = onCreateResult(started(), 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 1).transfer;
    expect(observe(t, facts(), 2)).toEqual({
      transfer: expect.objectContaining({
        step: 'failed',
        error: { key: 'transfer.failed.teacherInvitationGone', params: { name: 'Grace' } },
      }),
      commands: [],
    });
  });

  it('when the owner invitation was declined or deleted', () => {
    const t = onCreateResult(started('teacher'), 'OWNER', { kind: 'invited', invitationId: 'O1' }, 1).transfer;
    const move = observe(t, facts({ targetIsTeacher: true }), 2);
    expect(move.transfer.error?.key).toBe('transfer.failed.ownerInvitationGone');
    expect(move.commands).toEqual([]);
  });

  it('when a student invitation for the target blocks ours', () => {
    const move = observe(started(), facts({ pendingInvitations: [pending('STUDENT')] }), 1);
    expect(move.transfer.error?.key).toBe('transfer.failed.studentInvitation');
    expect(move.commands).toEqual([]);
  });

  it('when the target stopped co-teaching before the owner invitation', () => {
    const t = onCreateResult(started('teacher'), 'OWNER', { kind: 'invited', invitationId: 'O1' }, 1).transfer;
    expect(observe(t, facts(), 2).transfer.error?.key).toBe('transfer.failed.notTeacher');
  });
});

describe('cancel', () => {
  it('deletes our pending invitation and nothing else', () => {
    const t = onCreateResult(started(), 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 1).transfer;
    expect(cancel(t, 2)).toEqual({
      transfer: expect.objectContaining({ step: 'cancelled' }),
      commands: [{ kind: 'deleteInvitation', id: 'T1' }],
    });
  });

  it('looks up an owner invitation whose create may have landed unseen', () => {
    expect(cancel(started('teacher'), 2).commands).toEqual([{ kind: 'deletePendingInvitation', role: 'OWNER' }]);
  });

  it('leaves a finished transfer as it is', () => {
    const done = started('owner');
    expect(cancel(done, 2)).toEqual({ transfer: done, commands: [] });
  });
});

describe('statusLine', () => {
  const awaiting = onCreateResult(started(), 'TEACHER', { kind: 'invited', invitationId: 'T1' }, 0).transfer;

  it.each([
    [0, 'transfer.status.awaitTeacher.today', { name: 'Grace', days: 0 }],
    [1.5 * DAY, 'transfer.status.awaitTeacher.one', { name: 'Grace', days: 1 }],
    [2 * DAY, 'transfer.status.awaitTeacher', { name: 'Grace', days: 2 }],
  ])('after %d ms waiting: %s', (now, key, params) => {
    expect(statusLine(awaiting, now)).toEqual({ key, params });
  });

  it('names the target by email without a name, and shows why a transfer stopped', () => {
    const r = startTransfer(course, { email: 'ada@x.org' }, 'none', 0);
    expect(r.ok && statusLine(r.transfer, 0)).toEqual({
      key: 'transfer.status.inviteTeacher',
      params: { name: 'ada@x.org' },
    });
    const failed = observe(started(), facts({ pendingInvitations: [pending('STUDENT')] }), 1).transfer;
    expect(statusLine(failed, 1)).toEqual({ key: 'transfer.failed.studentInvitation', params: { name: 'Grace' } });
  });
});

describe('an approval that does not outlive its reasons', () => {
  it('expires 30 days after it started: stops with the reason, and asks for no create and no delete', () => {
    const t = observe(started(), facts({ pendingInvitations: [pending('TEACHER')] }), DAY).transfer;
    expect(expiresAt(t)).toBe(TRANSFER_DAYS * DAY);
    // Grace accepts the co-teacher invitation on the last day, but the hourly run only sees it once expired.
    const late = observe(t, facts({ targetIsTeacher: true }), TRANSFER_DAYS * DAY);
    expect(late.commands).toEqual([]);
    expect(late.transfer.step).toBe('failed');
    expect(statusLine(late.transfer, TRANSFER_DAYS * DAY)).toEqual({
      key: 'transfer.failed.expired',
      params: { name: 'Grace', days: TRANSFER_DAYS },
    });
    // A minute earlier the OWNER invitation would have gone out.
    expect(creates(observe(t, facts({ targetIsTeacher: true }), TRANSFER_DAYS * DAY - 60_000).commands)).toEqual([
      { kind: 'createInvitation', role: 'OWNER' },
    ]);
  });

  it('is done, not expired, when the target became the owner meanwhile', () => {
    expect(observe(started(), facts({ targetIsOwner: true }), 90 * DAY).transfer.step).toBe('done');
  });

  it('stops before the OWNER invitation when the user no longer owns the course', () => {
    const t = observe(started(), facts({ pendingInvitations: [pending('TEACHER')] }), DAY).transfer;
    const move = observe(t, facts({ targetIsTeacher: true, userIsOwner: false }), 2 * DAY);
    expect(move.commands).toEqual([]);
    expect(move.transfer).toMatchObject({ step: 'failed', error: { key: 'transfer.failed.notOwner' } });
  });

  it('reads back only what it wrote: a stored transfer is checked field by field', () => {
    const t = observe(started(), facts({ pendingInvitations: [pending('TEACHER')] }), DAY).transfer;
    const stored: unknown = JSON.parse(JSON.stringify(t));
    expect(isTransfer(stored)).toBe(true);
    const failed = observe(t, facts({ targetIsTeacher: true, userIsOwner: false }), 2 * DAY).transfer;
    expect(isTransfer(JSON.parse(JSON.stringify(failed)))).toBe(true);
    for (const damaged of [
      null,
      [],
      { ...t, step: 'flying' },
      { ...t, startedAt: 'yesterday' },
      { ...t, target: { name: 'Grace' } },
      { ...t, history: [{ step: 'done' }] },
      { ...t, error: { key: 'x' } },
      { ...t, teacherInvitationId: 42 },
    ]) {
      expect(isTransfer(damaged)).toBe(false);
    }
  });
});

// A small Classroom: the target's membership and pending invitations in the course, answering creates as the
// reference says (one invitation per person and course; OWNER only for a co-teacher).
interface World {
  teacher: boolean;
  owner: boolean;
  invitations: Map<string, Role>;
  nextId: number;
  now: number;
}

const factsOf = (w: World): ObservedFacts => ({
  userIsOwner: true,
  targetIsTeacher: w.teacher,
  targetIsOwner: w.owner,
  pendingInvitations: [...w.invitations].map(([id, role]) => ({ id, role, userId: 'u1' })),
});

function create(w: World, role: 'TEACHER' | 'OWNER', transient: boolean): TransferCreateResult {
  if (transient) return { kind: 'retry', api: { httpCode: 503, status: 'UNAVAILABLE', message: 'm' } };
  if (w.invitations.size > 0) return { kind: 'alreadyInvited' };
  if (w.owner || (role === 'TEACHER' && w.teacher)) return { kind: 'precondition' };
  if (role === 'OWNER' && !w.teacher) return refused('FAILED_PRECONDITION', 'IneligibleOwner');
  const id = `i${w.nextId++}`;
  w.invitations.set(id, role);
  return { kind: 'invited', invitationId: id };
}

function accept(w: World): void {
  for (const [id, role] of w.invitations) {
    w.invitations.delete(id);
    if (role === 'OWNER') w.owner = true;
    else w.teacher = true;
  }
}

type Kill = 'none' | 'beforeCreate' | 'afterCreate';

/** Saves the state, then runs its commands as the caller would, possibly dying on the way. */
function run(w: World, move: { transfer: Transfer; commands: TransferCommand[] }, kill: Kill, transient: boolean) {
  let t = move.transfer;
  for (const c of move.commands) {
    if (c.kind !== 'createInvitation') continue;
    const sameRolePending = [...w.invitations.values()].includes(c.role);
    if (sameRolePending) throw new Error(`second ${c.role} create while one is pending`);
    if (kill === 'beforeCreate') return t;
    const result = create(w, c.role, transient);
    if (kill === 'afterCreate') return t;
    t = onCreateResult(t, c.role, result, w.now).transfer;
  }
  return t;
}

const action = fc.oneof(
  fc.record({
    kind: fc.constant('observe' as const),
    dt: fc.integer({ min: 0, max: 2 * INTENT_LEASE_MS }),
    kill: fc.constantFrom<Kill>('none', 'none', 'beforeCreate', 'afterCreate'),
    transient: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('accept' as const) }),
);

describe('on a model of Classroom with kills at any point', () => {
  it('never sends a second invitation of a role while one is pending, and always ends with the target as owner', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TargetMembership>('none', 'teacher'),
        fc.constantFrom<Kill>('none', 'beforeCreate', 'afterCreate'),
        fc.array(action, { maxLength: 40 }),
        (membership, startKill, actions) => {
          const w: World = {
            teacher: membership === 'teacher',
            owner: false,
            invitations: new Map(),
            nextId: 1,
            now: 0,
          };
          const start = startTransfer(course, grace, membership, 0);
          if (!start.ok) throw new Error('refused');
          let t = run(w, start, startKill, false);
          for (const a of actions) {
            if (a.kind === 'accept') {
              accept(w);
              continue;
            }
            w.now += a.dt;
            const move = observe(t, factsOf(w), w.now);
            // Idempotent: the same facts at the same time change nothing more and send nothing.
            const again = observe(move.transfer, factsOf(w), w.now);
            expect(again.commands).toEqual([]);
            expect(again.transfer).toEqual(move.transfer);
            t = run(w, move, a.kill, a.transient);
            expect(t.step).not.toBe('failed');
          }
          // From here on nobody dies and the target accepts whatever arrives.
          for (let round = 0; round < 6 && t.step !== 'done'; round++) {
            w.now += INTENT_LEASE_MS;
            t = run(w, observe(t, factsOf(w), w.now), 'none', false);
            accept(w);
          }
          t = observe(t, factsOf(w), w.now + 1).transfer;
          expect(t.step).toBe('done');
          expect(w.owner).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
