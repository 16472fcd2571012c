// The demo school world loads, is consistent, and has the variety the preview and the scenarios rely on.
import { ClassroomWorld, demoSchool, validateSeed } from '@classroom-invitations/emulator';
import { failureOf, summary } from './fixtures';

const seed = demoSchool();
const domainOf = (email: string) => email.split('@')[1];
const userByName = (name: string) => seed.users.find((u) => u.name.fullName === name)!;
const courseByName = (name: string) => seed.courses.find((c) => c.name === name)!;

describe('demo-school.json', () => {
  it('is a consistent WorldSeed', () => {
    expect(validateSeed(seed)).toEqual([]);
    expect(seed.domain).toBe('demo-school.edu');
    expect(seed.trustedDomains).toEqual(['partner-college.org']);
    expect(seed.untrustedDomains).toEqual(['freemail.example']);
    const ids = [...seed.users, ...seed.courses].map((x) => x.id);
    expect(ids.every((id) => /^\d{12}$/.test(id))).toBe(true);
    expect(seed.nextId).toBeGreaterThan(Math.max(...ids.map(Number)));
  });

  it('has every kind of user, each labelled', () => {
    const users = seed.users;
    expect(users.length).toBeGreaterThanOrEqual(22);
    expect(users.every((u) => typeof u.kind === 'string' && u.kind.length > 0)).toBe(true);
    expect(users.filter((u) => u.admin).length).toBeGreaterThanOrEqual(1);
    expect(users.filter((u) => u.disabled)).toHaveLength(1);
    expect(users.filter((u) => u.apiDisabled)).toHaveLength(1);
    expect(users.filter((u) => domainOf(u.email) === 'partner-college.org')).toHaveLength(2);
    expect(users.filter((u) => domainOf(u.email) === 'freemail.example')).toHaveLength(2);
    for (const name of ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Marie Curie']) {
      expect(userByName(name).kind).toBe('Teacher');
    }
    expect(users.filter((u) => u.kind === 'Student').length).toBeGreaterThanOrEqual(12);
    expect(users.some((u) => /<b>/.test(u.name.fullName))).toBe(true);
  });

  it('has courses in every interesting state, one of them full', () => {
    const states = seed.courses.map((c) => c.courseState);
    expect(states).toEqual(expect.arrayContaining(['ACTIVE', 'PROVISIONED', 'ARCHIVED']));
    expect(courseByName('Algebra I').section).toBe('Period 2');
    for (const name of ['Biology', 'World History', 'Computer Science']) {
      expect(courseByName(name).courseState).toBe('ACTIVE');
    }
    const full = seed.courses.filter((c) => c.memberLimit !== undefined);
    expect(full.some((c) => c.students.length + c.teachers.length === c.memberLimit)).toBe(true);
  });

  it('has pending invitations of every role, including a transfer to an existing co-teacher', () => {
    expect(new Set(seed.invitations.map((i) => i.role))).toEqual(new Set(['STUDENT', 'TEACHER', 'OWNER']));
    const owner = seed.invitations.find((i) => i.role === 'OWNER')!;
    const course = seed.courses.find((c) => c.id === owner.courseId)!;
    expect(course.teachers).toContain(owner.userId);
    expect(course.ownerId).not.toBe(owner.userId);
  });

  it('behaves as the scenarios expect once loaded', () => {
    const w = new ClassroomWorld(seed);
    const students = seed.users.filter((u) => u.kind === 'Student').map((u) => u.id);
    const acceptable = w
      .allInvitations()
      .filter(
        (i) => students.includes(i.userId) && ['ACTIVE', 'PROVISIONED'].includes(w.course(i.courseId)!.courseState),
      );
    expect(acceptable.length).toBeGreaterThanOrEqual(2);
    const [inv] = acceptable;
    w.acceptInvitation(inv!.userId, inv!.id);
    expect(w.course(inv!.courseId)!.students).toContain(inv!.userId);
    // The full course refuses its pending student.
    const full = seed.courses.find((c) => c.memberLimit !== undefined)!;
    const waiting = w.allInvitations().find((i) => i.courseId === full.id && i.role === 'STUDENT')!;
    expect(summary(failureOf(() => w.acceptInvitation(waiting.userId, waiting.id)))).toBe(
      '400 FAILED_PRECONDITION @CourseMemberLimitReached',
    );
    const ada = userByName('Ada Lovelace');
    const untrusted = seed.users.find((u) => domainOf(u.email) === 'freemail.example')!;
    expect(
      summary(
        failureOf(() =>
          w.createInvitation(ada.id, {
            userId: untrusted.email,
            courseId: courseByName('Algebra I').id,
            role: 'STUDENT',
          }),
        ),
      ),
    ).toBe('403 PERMISSION_DENIED @CannotInviteUserInUntrustedDomain');
    const apiOff = seed.users.find((u) => u.apiDisabled)!;
    expect(summary(failureOf(() => w.listCourses(apiOff.id, {})))).toBe('403 PERMISSION_DENIED @ClassroomApiDisabled');
  });

  it('has Gmail messages to teachers from students, parents and colleagues, one with a class roster', () => {
    const teachers = new Set(seed.users.filter((u) => u.kind === 'Teacher').map((u) => u.email));
    expect(seed.messages.length).toBeGreaterThanOrEqual(8);
    expect(seed.messages.every((m) => teachers.has(m.owner))).toBe(true);
    const senderDomains = new Set(seed.messages.map((m) => /@([^>\s]+)>?$/.exec(m.from)?.[1]));
    expect(senderDomains).toEqual(new Set(['demo-school.edu', 'partner-college.org', 'freemail.example']));
    const all = seed.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]);
    expect(all.some((a) => /^[^<]+ <[^>]+@[^>]+>$/.test(a))).toBe(true);
    expect(all.some((a) => /^[^<\s]+@[^>\s]+$/.test(a))).toBe(true);
    expect(seed.messages.some((m) => m.to.length + m.cc.length >= 10)).toBe(true);
    expect(new Set(seed.messages.map((m) => m.id)).size).toBe(seed.messages.length);
  });
});
