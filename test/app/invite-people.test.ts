// Use case: invite people from the course form or Gmail, on the emulated Classroom (the real src/, Node's realm).
import { invitePeople, MAX_PER_CLICK } from '../../src/app/invite-people';
import { parseAddresses } from '../../src/domain/addresses';
import { emulator } from './env';

const ADA = 'ada.lovelace@demo-school.edu';
const ALGEBRA = '100000000502';
const MIA = 'mia.davis@demo-school.edu'; // not in Algebra I
const LIAM = 'liam.chen@demo-school.edu'; // a student of Algebra I
const CHLOE = 'chloe.dubois@demo-school.edu'; // invited to Algebra I as a student

describe('invitePeople', () => {
  it('invites a handful in one round trip and reads the roster only when an answer needs it', () => {
    const emu = emulator();
    const result = emu.asUser(ADA, () => invitePeople(ALGEBRA, 'STUDENT', parseAddresses(`${MIA}, not-an-address`)));
    expect(result.kind).toBe('results');
    if (result.kind !== 'results') return;
    expect(result.course.name).toBe('Algebra I');
    expect(result.outcomes).toEqual([
      { email: MIA, status: 'invited', role: 'STUDENT' },
      { email: 'not-an-address', status: 'invalid', problem: { text: 'not-an-address', reason: 'noAt' } },
    ]);
    expect(emu.api.log.filter((e) => e.method === 'invitations.create')).toHaveLength(1);
    expect(emu.api.log.some((e) => e.method === 'courses.students.list')).toBe(false);
  });

  it('tells "already invited as…" and "already in the course" apart with one more round trip', () => {
    const emu = emulator();
    const result = emu.asUser(ADA, () => invitePeople(ALGEBRA, 'STUDENT', parseAddresses(`${CHLOE} ${LIAM}`)));
    if (result.kind !== 'results') throw new Error('expected results');
    expect(result.outcomes.map((o) => [o.email, o.status, o.role])).toEqual([
      [CHLOE, 'alreadyInvited', 'STUDENT'],
      [LIAM, 'alreadyMember', undefined],
    ]);
    expect(emu.api.log.some((e) => e.method === 'courses.students.get')).toBe(true);
  });

  it('leaves invalid entries out when asked (Gmail)', () => {
    const emu = emulator();
    const result = emu.asUser(ADA, () =>
      invitePeople(ALGEBRA, 'STUDENT', parseAddresses(`${MIA}, not-an-address`), false),
    );
    if (result.kind !== 'results') throw new Error('expected results');
    expect(result.outcomes.map((o) => o.email)).toEqual([MIA]);
  });

  it('sends more than one batch through the list preview, inviting nobody yet', () => {
    const emu = emulator();
    const many = Array.from({ length: MAX_PER_CLICK + 1 }, (_, i) => `p${i}@demo-school.edu`).join(' ');
    const result = emu.asUser(ADA, () => invitePeople(ALGEBRA, 'STUDENT', parseAddresses(many)));
    expect(result.kind).toBe('preview');
    if (result.kind !== 'preview') return;
    expect(result.preview.toInvite).toHaveLength(MAX_PER_CLICK + 1);
    expect(result.draftId).not.toBe('');
    expect(emu.api.log.some((e) => e.method === 'invitations.create')).toBe(false);
  });
});
