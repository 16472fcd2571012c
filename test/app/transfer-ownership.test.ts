// The owner-transfer use case on the emulated Classroom: what it refuses before sending anything (in the words the
// user reads), what it sends, how cheaply it observes, and Classroom's documented preconditions put in plain words.
import {
  cancelOwnershipTransfer,
  openTransfer,
  startOwnershipTransfer,
  sweepTransfers,
} from '../../src/app/transfer-ownership';
import { isAppError } from '../../src/domain/errors';
import { onCreateResult, startTransfer, statusLine, type Transfer } from '../../src/domain/transfer';
import { translator, type MessageKey } from '../../src/i18n';
import { emulator } from './env';

const t = translator('en');
const ADA = 'ada.lovelace@demo-school.edu';
const ALAN = 'alan.turing@demo-school.edu';
const GRACE = 'grace.hopper@demo-school.edu';
const ELENA = 'elena.petrova@partner-college.org';
const LIAM = 'liam.chen@demo-school.edu'; // a student of Algebra I
const CHLOE = 'chloe.dubois@demo-school.edu'; // invited to Algebra I as a student
const ALGEBRA = '100000000502';
const CS = '100000000505'; // Alan owns it; Grace co-teaches it and has a pending OWNER invitation
const STATISTICS = '100000000506'; // Grace owns it; Elena co-teaches it
const HOUR = 3_600_000;

/** The words the user reads for a refusal thrown by the use case. */
function refusal(work: () => unknown): string {
  try {
    work();
  } catch (e) {
    if (isAppError(e)) return t(e.cause.key, e.cause.params);
    throw e;
  }
  throw new Error('not refused');
}

function status(tr: Transfer, now: number): string {
  const line = statusLine(tr, now);
  return t(line.key as MessageKey, line.params);
}

describe('starting a transfer', () => {
  it.each([
    ['a student of the class', LIAM, t('transfer.refused.student', { name: 'Liam Chen' })],
    [
      'someone with a pending student invitation',
      CHLOE,
      t('transfer.failed.studentInvitation', { name: 'Chloé Dubois' }),
    ],
    ['the owner herself', ADA, t('transfer.self')],
    ['something that is no address', 'grace@', t('transfer.start.invalid')],
  ])('refuses %s in plain words and sends nothing', (_, target, words) => {
    const emu = emulator();
    expect(refusal(() => emu.asUser(ADA, () => startOwnershipTransfer(ALGEBRA, target)))).toBe(words);
    expect(emu.api.log.filter((e) => e.method.startsWith('invitations.create'))).toEqual([]);
  });

  it('refuses a co-teacher who does not own the course', () => {
    const emu = emulator();
    expect(refusal(() => emu.asUser(GRACE, () => startOwnershipTransfer(CS, ADA)))).toBe(t('transfer.notOwner'));
  });

  it('refuses a second transfer of the same course while one is active', () => {
    const emu = emulator();
    emu.asUser(ADA, () => startOwnershipTransfer(ALGEBRA, GRACE));
    expect(refusal(() => emu.asUser(ADA, () => startOwnershipTransfer(ALGEBRA, ALAN)))).toBe(t('transfer.active'));
  });

  it('reads the target in one round trip and sends the first invitation in one more; observing costs one', () => {
    const emu = emulator();
    emu.asUser(ADA, () => startOwnershipTransfer(ALGEBRA, GRACE));
    expect(emu.api.roundTrips).toBeLessThanOrEqual(3); // + Ada's own profile, not cached yet
    const before = emu.api.roundTrips;
    emu.asUser(ADA, () => openTransfer(ALGEBRA));
    expect(emu.api.roundTrips - before).toBe(1); // the target's invitations, the teachers, the course: side by side
  });

  it('goes straight to the OWNER invitation for a co-teacher', () => {
    const emu = emulator();
    const tr = emu.asUser(GRACE, () => startOwnershipTransfer(STATISTICS, ELENA));
    expect(tr.step).toBe('awaitOwner');
    expect(status(tr, emu.clock.now())).toBe(t('transfer.status.awaitOwner.today', { name: 'Elena Petrova' }));
    const created = emu.api.log.filter((e) => e.method === 'invitations.create' && e.status === 200);
    expect(created.map((e) => (e.args as { body: { role: string } }).body.role)).toEqual(['OWNER']);
  });
});

describe("Classroom's preconditions, in plain words", () => {
  it('PendingInvitationExists: another ownership transfer is pending for the class', () => {
    const emu = emulator();
    emu.asUser(ALAN, () => startOwnershipTransfer(CS, ADA));
    const ada = emu.world.user(ADA)!.id;
    const invitation = emu.world.allInvitations().find((i) => i.courseId === CS && i.userId === ada)!;
    emu.asUser(ADA, () => emu.world.acceptInvitation(ADA, invitation.id));
    emu.clock.advance(HOUR);
    const tr = emu.asUser(ALAN, () => openTransfer(CS));
    expect(tr.step).toBe('failed');
    expect(status(tr, emu.clock.now())).toBe(t('transfer.failed.otherTransferPending', { name: 'Ada Lovelace' }));
  });

  it.each([
    ['IneligibleOwner', 'err.ineligibleOwner'],
    ['CourseNotModifiable', 'err.courseNotModifiable'],
    ['InactiveCourseOwner', 'err.inactiveOwner'],
  ] as const)('a TEACHER create refused with %s stops the wizard with its own explanation', (reason, key) => {
    const now = 1_000;
    const started = startTransfer({ id: ALGEBRA, name: 'Algebra I' }, { email: GRACE }, 'none', now);
    if (!started.ok) throw new Error('not started');
    const api = { httpCode: 400, status: 'FAILED_PRECONDITION', reason, message: 'x' };
    const { transfer } = onCreateResult(started.transfer, 'TEACHER', { kind: 'failed', api }, now);
    expect(status(transfer, now)).toBe(t(key, { email: GRACE }));
  });
});

describe('cancel and the hourly sweep', () => {
  it('cancelling withdraws the pending invitation; the sweep then leaves the transfer alone', () => {
    const emu = emulator();
    emu.asUser(ADA, () => startOwnershipTransfer(ALGEBRA, GRACE));
    const tr = emu.asUser(ADA, () => cancelOwnershipTransfer(ALGEBRA));
    expect(tr.step).toBe('cancelled');
    const grace = emu.world.user(GRACE)!.id;
    expect(emu.world.allInvitations().filter((i) => i.userId === grace && i.courseId === ALGEBRA)).toEqual([]);
    const calls = emu.api.log.length;
    emu.asUser(ADA, sweepTransfers);
    expect(emu.api.log.length).toBe(calls);
  });
});
