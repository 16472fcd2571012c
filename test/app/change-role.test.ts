// The role change (a one-item plan on the step engine) and the checks before any delete, on the emulated Classroom.
import { revoke, decline } from '../../src/app/answer-invitation';
import { changeRole, settleChange } from '../../src/app/change-role';
import { isAppError } from '../../src/domain/errors';
import { listPlans, takeNotices } from '../../src/platform/plan-store';
import { emulator } from './env';

const ADA = 'ada.lovelace@demo-school.edu';
const CHLOE = 'chloe.dubois@demo-school.edu';
const GRACE = 'grace.hopper@demo-school.edu';
const ALGEBRA = '100000000502';

type Emu = ReturnType<typeof emulator>;
const chloesInvitation = (emu: Emu) =>
  emu.world.allInvitations().find((i) => i.courseId === ALGEBRA && i.userId === '100000000111')!;
const chloeRoles = (emu: Emu) =>
  emu.world
    .allInvitations()
    .filter((i) => i.courseId === ALGEBRA && i.userId === '100000000111')
    .map((i) => i.role);
const deletes = (emu: Emu) => emu.api.log.filter((e) => e.method === 'invitations.delete').length;

/** The saved role changes: the journal a later execution finishes. */
const readJournal = () => listPlans().filter((p) => p.kind === 'role');

/** A fresh copy of the use cases, as the next execution (the homepage) loads them, finishes what the click left. */
function nextExecutionRecovers(emu: Emu, user: string): void {
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fresh = require('../../src/app/hourly') as typeof import('../../src/app/hourly');
    emu.asUser(user, () => {
      fresh.finishInterrupted();
    });
  });
}

function keyOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (e) {
    return isAppError(e) ? e.cause.key : String(e);
  }
  return undefined;
}

describe('journaled role change', () => {
  it('saves the change before the delete and removes it once the answer is built', () => {
    const emu = emulator({ latencyMs: 0 });
    const inv = chloesInvitation(emu);
    const change = emu.asUser(ADA, () => changeRole(inv.id, 'TEACHER'));
    expect(change.result.kind).toBe('changed');
    const journal = emu.asUser(ADA, readJournal);
    expect(journal).toMatchObject([{ courseId: ALGEBRA, role: 'TEACHER', states: 'i', extra: { email: CHLOE } }]);
    expect(journal?.[0]?.lines[0]).toContain('"from":"STUDENT"');
    emu.asUser(ADA, () => {
      settleChange(change);
    });
    expect(emu.asUser(ADA, readJournal)).toEqual([]);
    expect(chloeRoles(emu)).toEqual(['TEACHER']);
  });

  it('a 429 storm after the delete: pending, journaled, then finished by the next execution with a notice', () => {
    const emu = emulator({ latencyMs: 0 });
    const inv = chloesInvitation(emu);
    emu.api.onCall = (e) => {
      if (e.method === 'invitations.delete') emu.api.setFaults({ rate: 1, seed: 3, statuses: [429] });
    };
    const change = emu.asUser(ADA, () => changeRole(inv.id, 'TEACHER'));
    expect(change.result.kind).toBe('pending');
    emu.asUser(ADA, () => {
      settleChange(change);
    });
    expect(emu.asUser(ADA, readJournal)).toHaveLength(1);
    expect(chloeRoles(emu)).toEqual([]);
    emu.api.onCall = undefined;
    emu.api.setFaults(null);
    nextExecutionRecovers(emu, ADA);
    expect(chloeRoles(emu)).toEqual(['TEACHER']);
    expect(emu.asUser(ADA, readJournal)).toEqual([]);
    expect(emu.asUser(ADA, takeNotices)).toMatchObject([
      { outcome: 'finished', email: CHLOE, from: 'STUDENT', to: 'TEACHER' },
    ]);
    expect(emu.asUser(ADA, takeNotices)).toEqual([]);
  });

  it('recovery during a storm leaves the intent for later and sends no create twice', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const emu = emulator({ latencyMs: 0 });
    const inv = chloesInvitation(emu);
    emu.api.onCall = (e) => {
      if (e.method === 'invitations.delete') emu.api.setFaults({ rate: 1, seed: 3, statuses: [503] });
    };
    emu.asUser(ADA, () => changeRole(inv.id, 'TEACHER'));
    nextExecutionRecovers(emu, ADA);
    expect(emu.asUser(ADA, readJournal)).toHaveLength(1);
    emu.api.onCall = undefined;
    emu.api.setFaults(null);
    nextExecutionRecovers(emu, ADA);
    nextExecutionRecovers(emu, ADA);
    expect(chloeRoles(emu)).toEqual(['TEACHER']);
  });
});

describe('who may delete', () => {
  it('the invitee may not change or revoke; a stranger may not either; no delete is sent', () => {
    const emu = emulator({ latencyMs: 0 });
    const inv = chloesInvitation(emu);
    expect(keyOf(() => emu.asUser(CHLOE, () => changeRole(inv.id, 'TEACHER')))).toBe('err.notTeacher');
    expect(keyOf(() => emu.asUser(CHLOE, () => revoke(inv.id)))).toBe('err.notTeacher');
    expect(keyOf(() => emu.asUser(GRACE, () => revoke(inv.id)))).toBe('err.get.denied');
    expect(keyOf(() => emu.asUser(ADA, () => decline(inv.id)))).toBe('err.decline.denied');
    expect(deletes(emu)).toBe(0);
    expect(keyOf(() => emu.asUser(CHLOE, () => decline(inv.id)))).toBeUndefined();
    expect(deletes(emu)).toBe(1);
  });

  it('a co-teacher may not offer ownership: refused before the delete', () => {
    const emu = emulator({ latencyMs: 0 });
    const liam = emu.world.allInvitations().find((i) => i.courseId === '100000000503')!;
    expect(keyOf(() => emu.asUser(GRACE, () => changeRole(liam.id, 'OWNER')))).toBe('err.ownerOnly');
    expect(deletes(emu)).toBe(0);
  });

  it('Owner for someone not yet a co-teacher is refused before the delete, with the two steps to show', () => {
    const emu = emulator({ latencyMs: 0 });
    const inv = chloesInvitation(emu);
    expect(emu.asUser(ADA, () => changeRole(inv.id, 'OWNER')).result.kind).toBe('ineligibleOwner');
    expect(deletes(emu)).toBe(0);
  });
});
