// Use cases on one invitation: change its role, accept it, on the emulated Classroom.
import { accept } from '../../src/app/answer-invitation';
import { changeRole } from '../../src/app/change-role';
import { lookUpInvitation } from '../../src/app/look-up-invitation';
import { isAppError } from '../../src/domain/errors';
import { emulator } from './env';

const ADA = 'ada.lovelace@demo-school.edu';
const CHLOE = 'chloe.dubois@demo-school.edu';
const ALGEBRA = '100000000502';

const chloesInvitation = (emu: ReturnType<typeof emulator>) =>
  emu.world.allInvitations().find((i) => i.courseId === ALGEBRA && i.userId === '100000000111')!;

describe('invitation use cases', () => {
  it('shows who reads it: the manager, or the invitee', () => {
    const emu = emulator();
    const inv = chloesInvitation(emu);
    expect(emu.asUser(ADA, () => lookUpInvitation(inv.id)).viewer).toBe('manager');
    const mine = emu.asUser(CHLOE, () => lookUpInvitation(inv.id));
    expect(mine.viewer).toBe('invitee');
    expect(mine.view.course?.name).toBe('Algebra I');
  });

  it('changes a role by delete + create, naming the invitee by email', () => {
    const emu = emulator();
    const inv = chloesInvitation(emu);
    const change = emu.asUser(ADA, () => changeRole(inv.id, 'TEACHER'));
    expect(change.email).toBe(CHLOE);
    expect(change.result.kind).toBe('changed');
    const now = emu.world.allInvitations().filter((i) => i.courseId === ALGEBRA);
    expect(now.filter((i) => i.userId === inv.userId).map((i) => i.role)).toEqual(['TEACHER']);
  });

  it('lets only the invitee accept, before any write', () => {
    const emu = emulator();
    const inv = chloesInvitation(emu);
    let denied: unknown;
    try {
      emu.asUser(ADA, () => accept(inv.id));
    } catch (e) {
      denied = e;
    }
    expect(isAppError(denied) && denied.cause.key).toBe('err.accept.denied');
    expect(emu.api.log.some((e) => e.method === 'invitations.accept')).toBe(false);
    const joined = emu.asUser(CHLOE, () => accept(inv.id));
    expect(joined).toMatchObject({ course: { name: 'Algebra I' }, role: 'STUDENT' });
  });
});
