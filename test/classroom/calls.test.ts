// The Classroom gateway's single calls and lists over REST: typed results, every page, bounded retries of transient
// failures, failures normalised with the message that fixes them; and the profile cache.
import { isAppError } from '../../src/domain/errors';
import { courseById } from '../../src/classroom/courses';
import { createForUsers } from '../../src/classroom/follow-up';
import { invitationsQuery } from '../../src/classroom/lists';
import * as classroom from '../../src/classroom/rest';
import { resolveProfiles } from '../../src/classroom/profiles';
import { emulator } from '../app/env';

const ADA = 'ada.lovelace@demo-school.edu';
const ALGEBRA = '100000000502';

function caught(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('gateway', () => {
  it('lists every page of a course with 1,200 invitations', () => {
    const emu = emulator({ latencyMs: 0 });
    for (let i = 0; i < 1200; i++) {
      const id = String(800000000000 + i);
      emu.world.addUser({
        id,
        email: `k${i}@demo-school.edu`,
        name: { givenName: 'K', familyName: String(i), fullName: `K ${i}` },
      });
      emu.world.addInvitation({ id: `k${i}`, courseId: ALGEBRA, userId: id, role: 'STUDENT' });
    }
    const [all] = emu.asUser(ADA, () => classroom.listMany([invitationsQuery(ALGEBRA)]));
    expect(all!.items).toHaveLength(1203);
    expect(new Set(all!.items.map((i) => i.id)).size).toBe(1203);
    expect(emu.api.log.filter((e) => e.method === 'invitations.list')).toHaveLength(3);
  });

  it('creates with an email and gets back the numeric id', () => {
    const emu = emulator();
    const [answer] = emu.asUser(ADA, () =>
      createForUsers([{ courseId: ALGEBRA, userId: 'mia.davis@demo-school.edu', role: 'STUDENT' }]),
    );
    expect(answer).toMatchObject({ kind: 'invited', invitation: { courseId: ALGEBRA, userId: '100000000107' } });
  });

  it('retries a transient failure with backoff and succeeds', () => {
    const emu = emulator({ faults: { rate: 1, seed: 1, statuses: [503] } });
    emu.api.onCall = () => {
      emu.api.setFaults(null);
    }; // only the first call fails
    const before = emu.clock.now();
    const course = emu.asUser(ADA, () => courseById(ALGEBRA));
    expect(course.name).toBe('Algebra I');
    expect(emu.api.log.map((e) => e.status)).toEqual([503, 200]);
    expect(emu.clock.now() - before).toBeGreaterThanOrEqual(2 * 150 + 250); // two round trips and a backoff
  });

  it('stops retrying within its bounds and says Classroom is unavailable', () => {
    const emu = emulator({ faults: { rate: 1, seed: 1, statuses: [500] } });
    const e = caught(() => emu.asUser(ADA, () => classroom.getInvitation('x')));
    expect(isAppError(e) && e.cause.key).toBe('err.unavailable');
    expect(emu.api.requests).toBe(5);
  });

  it('normalises a documented failure to the message key that names the fix', () => {
    const emu = emulator();
    const e = caught(() => emu.asUser(ADA, () => classroom.getInvitation('no-such-invitation')));
    expect(isAppError(e) && e.cause).toMatchObject({ code: 'CLASSROOM_API', key: 'err.invitation.notFound' });
    const [owner] = emu.asUser(ADA, () =>
      createForUsers([{ courseId: ALGEBRA, userId: 'marie.curie@demo-school.edu', role: 'OWNER' }]),
    );
    expect(owner).toMatchObject({ kind: 'failed', api: { reason: 'IneligibleOwner' } });
    expect(emu.api.requests).toBe(2); // no retry of a permanent failure
  });

  it('remove is delete: the invitation is gone', () => {
    const emu = emulator();
    const inv = emu.world.allInvitations().find((i) => i.courseId === ALGEBRA)!;
    emu.asUser(ADA, () => {
      classroom.deleteInvitation(inv.id);
    });
    expect(emu.world.allInvitations().some((i) => i.id === inv.id)).toBe(false);
  });
});

describe('profiles', () => {
  it('a second render pays no profile lookup: names come from the user cache', () => {
    const emu = emulator();
    const ids = ['100000000111', '100000000112', '100000000011'];
    const first = emu.asUser(ADA, () => resolveProfiles(ids));
    expect([...first.values()].map((p) => p.email)).toEqual([
      'chloe.dubois@demo-school.edu',
      'yuki.tanaka@demo-school.edu',
      'alan.turing@demo-school.edu',
    ]);
    const calls = emu.api.requests;
    emu.asUser(ADA, () => resolveProfiles(ids));
    expect(emu.api.requests).toBe(calls);
  });

  it('an unknown profile (403 from Google) becomes a placeholder, not an error', () => {
    const emu = emulator();
    const out = emu.asUser(ADA, () => resolveProfiles(['999']));
    expect(out.get('999')).toEqual({ id: '999', email: '', name: '' });
  });
});
