// Use cases: open the homepage and open a course, on the emulated Classroom: what they show and in how many round
// trips (the reads fan out over the REST fast path).
import { openCourse } from '../../src/app/course-view';
import { openHome } from '../../src/app/open-home';
import { emulator } from './env';

const ADA = 'ada.lovelace@demo-school.edu';
const CHLOE = 'chloe.dubois@demo-school.edu';
const ALGEBRA = '100000000502';

describe('openCourse', () => {
  it('reads the course and its invitations in one round trip, the invitees in one more', () => {
    const emu = emulator();
    const { course, pending } = emu.asUser(ADA, () => openCourse(ALGEBRA));
    expect(course.name).toBe('Algebra I');
    expect(pending.map((p) => p.invitee.email)).toContain(CHLOE);
    expect(pending.every((p) => p.invitee.email !== '')).toBe(true);
    expect(emu.api.roundTrips).toBe(2);
  });

  it('takes the course from the cache the second time, and the names too', () => {
    const emu = emulator();
    emu.asUser(ADA, () => openCourse(ALGEBRA));
    const before = emu.api.requests;
    emu.asUser(ADA, () => openCourse(ALGEBRA));
    // invitations.list, with the students and teachers the ledger's reconcile needs, side by side: one round trip.
    expect(emu.api.requests - before).toBe(3);
    expect(emu.api.log.slice(-3).map((e) => e.method)).toEqual(
      expect.arrayContaining(['invitations.list', 'courses.students.list', 'courses.teachers.list']),
    );
  });
});

describe('openHome', () => {
  it('shows my invitations with their teachers in three round trips, one once courses and teachers are cached', () => {
    const emu = emulator();
    const home = emu.asUser(CHLOE, () => openHome());
    expect(home.me.email).toBe(CHLOE);
    expect(home.forMe.items.map((i) => i.course?.name)).toEqual(expect.arrayContaining(['Algebra I']));
    expect(home.forMe.items.map((i) => i.teacher)).toEqual(expect.arrayContaining(['Ada Lovelace']));
    expect(emu.api.roundTrips).toBe(3);
    emu.asUser(CHLOE, () => openHome());
    expect(emu.api.roundTrips).toBe(3 + 1);
  });

  it('counts the pending invitations of each course taught', () => {
    const emu = emulator();
    const home = emu.asUser(ADA, () => openHome());
    expect(home.teaching.items.map((t) => [t.course.name, t.pending])).toEqual([['Algebra I', 3]]);
  });
});
