// ClassroomWorld: every documented rule of the invitation, course and profile methods.
import { ClassroomWorld } from '@classroom-invitations/emulator';
import { ID, failureOf, smallSeed, summary } from './fixtures';

const world = (): ClassroomWorld => new ClassroomWorld(smallSeed());
const invite = (
  w: ClassroomWorld,
  userId: string,
  role = 'STUDENT',
  actor: string = ID.owner,
  courseId: string = ID.course,
) => w.createInvitation(actor, { userId, courseId, role });

describe('createInvitation', () => {
  it('returns the numeric user id even when given an email in another case', () => {
    const w = world();
    const inv = invite(w, 'NINA.new@SCHOOL.edu');
    expect(inv).toEqual({ id: expect.any(String), courseId: ID.course, userId: ID.newStudent, role: 'STUDENT' });
    expect(w.allInvitations()).toEqual([inv]);
  });

  it('rejects unknown actors as unauthenticated', () => {
    expect(summary(failureOf(() => invite(world(), ID.newStudent, 'STUDENT', 'ghost@school.edu')))).toBe(
      '401 UNAUTHENTICATED',
    );
  });

  it('rejects a bad role or a missing field with INVALID_ARGUMENT, before looking at the course', () => {
    const w = world();
    for (const role of [undefined, 'COURSE_ROLE_UNSPECIFIED', 'PRINCIPAL']) {
      const f = failureOf(() => w.createInvitation(ID.owner, { userId: ID.newStudent, courseId: 'nope', role }));
      expect(summary(f)).toBe('400 INVALID_ARGUMENT');
    }
    expect(summary(failureOf(() => w.createInvitation(ID.owner, { courseId: ID.course, role: 'STUDENT' })))).toBe(
      '400 INVALID_ARGUMENT',
    );
    expect(summary(failureOf(() => w.createInvitation(ID.owner, { userId: ID.newStudent, role: 'STUDENT' })))).toBe(
      '400 INVALID_ARGUMENT',
    );
  });

  it('answers NOT_FOUND for an unknown course, then PERMISSION_DENIED for non-teachers', () => {
    const w = world();
    expect(summary(failureOf(() => invite(w, ID.newStudent, 'STUDENT', ID.owner, '999')))).toBe('404 NOT_FOUND');
    expect(summary(failureOf(() => invite(w, ID.newStudent, 'STUDENT', ID.otherTeacher)))).toBe(
      '403 PERMISSION_DENIED',
    );
    expect(summary(failureOf(() => invite(w, ID.newStudent, 'STUDENT', ID.student)))).toBe('403 PERMISSION_DENIED');
  });

  it('lets co-teachers and admins invite', () => {
    const w = world();
    expect(invite(w, ID.newStudent, 'STUDENT', ID.coTeacher).userId).toBe(ID.newStudent);
    expect(invite(w, ID.partner, 'TEACHER', ID.admin).role).toBe('TEACHER');
  });

  it('answers NOT_FOUND for an invitee who is not a user', () => {
    expect(summary(failureOf(() => invite(world(), 'stranger@school.edu')))).toBe('404 NOT_FOUND');
  });

  it('refuses untrusted domains with the documented reason and accepts trusted partners', () => {
    const w = world();
    const f = failureOf(() => invite(w, 'ulf@spam.example'));
    expect(summary(f)).toBe('403 PERMISSION_DENIED @CannotInviteUserInUntrustedDomain');
    expect(f.message).not.toContain('@');
    expect(invite(w, 'pia@partner.org').userId).toBe(ID.partner);
  });

  it('refuses a domain set as illegal with 403 @UserInIllegalDomain', () => {
    const w = world();
    w.illegalDomains = ['partner.org'];
    expect(summary(failureOf(() => invite(w, ID.partner)))).toBe('403 PERMISSION_DENIED @UserInIllegalDomain');
  });

  it('refuses disabled accounts with a reasonless FAILED_PRECONDITION', () => {
    expect(summary(failureOf(() => invite(world(), ID.disabled)))).toBe('400 FAILED_PRECONDITION');
  });

  it('allows one invitation per user and course, whatever the role', () => {
    const w = world();
    invite(w, ID.newStudent, 'STUDENT');
    expect(summary(failureOf(() => invite(w, ID.newStudent, 'TEACHER')))).toBe('409 ALREADY_EXISTS');
    expect(invite(w, ID.newStudent, 'STUDENT', ID.otherTeacher, ID.otherCourse).courseId).toBe(ID.otherCourse);
  });

  it('refuses a role the user already has or exceeds, but lets a student be invited as teacher', () => {
    const w = world();
    expect(summary(failureOf(() => invite(w, ID.student, 'STUDENT')))).toBe('400 FAILED_PRECONDITION');
    expect(summary(failureOf(() => invite(w, ID.coTeacher, 'TEACHER')))).toBe('400 FAILED_PRECONDITION');
    expect(summary(failureOf(() => invite(w, ID.owner, 'TEACHER', ID.admin)))).toBe('400 FAILED_PRECONDITION');
    expect(summary(failureOf(() => invite(w, ID.owner, 'STUDENT', ID.admin)))).toBe('400 FAILED_PRECONDITION');
    expect(invite(w, ID.student, 'TEACHER').role).toBe('TEACHER');
  });

  it('requires an OWNER invitee to be a co-teacher, and only one pending ownership transfer', () => {
    const w = world();
    expect(summary(failureOf(() => invite(w, ID.student, 'OWNER')))).toBe('400 FAILED_PRECONDITION @IneligibleOwner');
    expect(summary(failureOf(() => invite(w, ID.newStudent, 'OWNER')))).toBe(
      '400 FAILED_PRECONDITION @IneligibleOwner',
    );
    invite(w, ID.coTeacher, 'OWNER');
    const second = w.addUser({ email: 'co2@school.edu', name: { givenName: 'B', familyName: 'C', fullName: 'B C' } });
    w.updateCourse(ID.course, { teachers: [ID.owner, ID.coTeacher, second.id] });
    expect(summary(failureOf(() => invite(w, second.id, 'OWNER')))).toBe(
      '400 FAILED_PRECONDITION @PendingInvitationExists',
    );
  });

  it("gives Google's ids: base64url of courseId|userId, the same again after a delete and a re-create", () => {
    const w = world();
    const first = invite(w, ID.newStudent);
    expect(Buffer.from(first.id, 'base64url').toString('utf8')).toBe(`${ID.course}|${ID.newStudent}`);
    w.deleteInvitation(ID.owner, first.id);
    expect(invite(w, ID.newStudent).id).toBe(first.id);
  });

  it('with the perCreate switch (docs/assumptions.md), a new opaque id every create', () => {
    const w = world();
    w.invitationIds = 'perCreate';
    const first = invite(w, ID.newStudent);
    w.deleteInvitation(ID.owner, first.id);
    const again = invite(w, ID.newStudent);
    expect(again.id).not.toBe(first.id);
    expect(again.id).not.toMatch(/^\d+$/);
  });
});

describe('the apiDisabled actor', () => {
  it('gets ClassroomApiDisabled from every method', () => {
    const w = world();
    const calls: (() => unknown)[] = [
      () => invite(w, ID.newStudent, 'STUDENT', ID.apiOff),
      () => w.getInvitation(ID.apiOff, 'x'),
      () => w.acceptInvitation(ID.apiOff, 'x'),
      () => w.deleteInvitation(ID.apiOff, 'x'),
      () => w.listInvitations(ID.apiOff, { userId: 'me' }),
      () => w.listCourses(ID.apiOff, {}),
      () => w.getCourse(ID.apiOff, ID.course),
      () => w.getUserProfile(ID.apiOff, 'me'),
    ];
    for (const call of calls) {
      expect(summary(failureOf(call))).toBe('403 PERMISSION_DENIED @ClassroomApiDisabled');
    }
  });
});

describe('getInvitation and deleteInvitation', () => {
  it('shows an invitation to its invitee, the course teachers and admins only', () => {
    const w = world();
    const inv = invite(w, ID.newStudent);
    for (const who of [ID.newStudent, 'nina.new@school.edu', ID.owner, ID.coTeacher, ID.admin]) {
      expect(w.getInvitation(who, inv.id)).toEqual(inv);
    }
    expect(summary(failureOf(() => w.getInvitation(ID.otherTeacher, inv.id)))).toBe('403 PERMISSION_DENIED');
    expect(summary(failureOf(() => w.getInvitation(ID.student, inv.id)))).toBe('403 PERMISSION_DENIED');
    expect(summary(failureOf(() => w.getInvitation(ID.owner, 'missing')))).toBe('404 NOT_FOUND');
  });

  it('lets teachers, admins and the invitee delete, and nobody else', () => {
    const w = world();
    for (const who of [ID.coTeacher, ID.admin, ID.newStudent]) {
      const inv = invite(w, ID.newStudent);
      expect(summary(failureOf(() => w.deleteInvitation(ID.otherTeacher, inv.id)))).toBe('403 PERMISSION_DENIED');
      expect(summary(failureOf(() => w.deleteInvitation(ID.student, inv.id)))).toBe('403 PERMISSION_DENIED');
      expect(w.deleteInvitation(who, inv.id)).toEqual({});
      expect(summary(failureOf(() => w.getInvitation(ID.owner, inv.id)))).toBe('404 NOT_FOUND');
      expect(summary(failureOf(() => w.deleteInvitation(who, inv.id)))).toBe('404 NOT_FOUND');
    }
  });

  it('refuses the invitee when the inviteeMayDelete switch is off, and still lets teachers delete', () => {
    const w = world();
    w.inviteeMayDelete = false;
    const inv = invite(w, ID.newStudent);
    expect(summary(failureOf(() => w.deleteInvitation(ID.newStudent, inv.id)))).toBe('403 PERMISSION_DENIED');
    expect(w.deleteInvitation(ID.owner, inv.id)).toEqual({});
  });
});

describe('acceptInvitation', () => {
  it('only the invitee may accept: not the teacher, not an admin', () => {
    const w = world();
    const inv = invite(w, ID.newStudent);
    for (const who of [ID.owner, ID.admin]) {
      expect(summary(failureOf(() => w.acceptInvitation(who, inv.id)))).toBe('403 PERMISSION_DENIED');
    }
    expect(w.allInvitations()).toHaveLength(1);
    expect(summary(failureOf(() => w.acceptInvitation(ID.newStudent, 'missing')))).toBe('404 NOT_FOUND');
  });

  it('a student invitation adds the student and deletes the invitation', () => {
    const w = world();
    const inv = invite(w, ID.newStudent);
    expect(w.acceptInvitation('nina.new@school.edu', inv.id)).toEqual({});
    expect(w.course(ID.course)?.students).toContain(ID.newStudent);
    expect(w.allInvitations()).toEqual([]);
    expect(w.listCourses(ID.newStudent, {}).courses?.map((c) => c.id)).toEqual([ID.course]);
  });

  it('a teacher invitation promotes a student out of the student list', () => {
    const w = world();
    w.acceptInvitation(ID.student, invite(w, ID.student, 'TEACHER').id);
    const c = w.course(ID.course)!;
    expect(c.teachers).toContain(ID.student);
    expect(c.students).not.toContain(ID.student);
  });

  it('an owner invitation transfers ownership and keeps the previous owner as a teacher', () => {
    const w = world();
    w.acceptInvitation(ID.coTeacher, invite(w, ID.coTeacher, 'OWNER').id);
    const c = w.course(ID.course)!;
    expect(c.ownerId).toBe(ID.coTeacher);
    expect(c.teachers).toEqual(expect.arrayContaining([ID.owner, ID.coTeacher]));
    expect(w.getCourse(ID.owner, ID.course).ownerId).toBe(ID.coTeacher);
  });

  it('fails with CourseNotModifiable unless the course is ACTIVE or PROVISIONED', () => {
    const w = world();
    const inv = invite(w, ID.newStudent, 'STUDENT', ID.owner, ID.archived);
    expect(summary(failureOf(() => w.acceptInvitation(ID.newStudent, inv.id)))).toBe(
      '400 FAILED_PRECONDITION @CourseNotModifiable',
    );
    expect(w.allInvitations()).toHaveLength(1);
    // A student cannot join a PROVISIONED course (manage-courses guide) unless the switch allows it.
    const early = invite(w, ID.newStudent, 'STUDENT', ID.owner, ID.provisioned);
    expect(summary(failureOf(() => w.acceptInvitation(ID.newStudent, early.id)))).toBe(
      '400 FAILED_PRECONDITION @CourseNotModifiable',
    );
    w.provisionedAccept = 'allowed';
    w.acceptInvitation(ID.newStudent, early.id);
    expect(w.course(ID.provisioned)?.students).toEqual([ID.newStudent]);
  });

  it('lets a teacher accept in a PROVISIONED course either way', () => {
    const w = world();
    w.acceptInvitation(ID.partner, invite(w, ID.partner, 'TEACHER', ID.owner, ID.provisioned).id);
    expect(w.course(ID.provisioned)?.teachers).toContain(ID.partner);
  });

  it('enforces the member limit for students only', () => {
    const w = world();
    w.updateCourse(ID.course, { memberLimit: 3 }); // owner + co-teacher + student
    const asStudent = invite(w, ID.newStudent);
    expect(summary(failureOf(() => w.acceptInvitation(ID.newStudent, asStudent.id)))).toBe(
      '400 FAILED_PRECONDITION @CourseMemberLimitReached',
    );
    w.acceptInvitation(ID.student, invite(w, ID.student, 'TEACHER').id); // a promotion adds no member
    expect(w.course(ID.course)?.teachers).toContain(ID.student);
  });

  it('enforces the teacher limit for new teachers only', () => {
    const w = world();
    w.updateCourse(ID.course, { teacherLimit: 2 });
    const inv = invite(w, ID.partner, 'TEACHER');
    expect(summary(failureOf(() => w.acceptInvitation(ID.partner, inv.id)))).toBe(
      '400 FAILED_PRECONDITION @CourseTeacherLimitReached',
    );
    w.acceptInvitation(ID.coTeacher, invite(w, ID.coTeacher, 'OWNER').id); // already a teacher
    expect(w.course(ID.course)?.ownerId).toBe(ID.coTeacher);
  });

  it("enforces the user's own course limit", () => {
    const w = world();
    w.updateUser(ID.student, { courseLimit: 1 });
    const inv = invite(w, ID.student, 'STUDENT', ID.otherTeacher, ID.otherCourse);
    expect(summary(failureOf(() => w.acceptInvitation(ID.student, inv.id)))).toBe(
      '400 FAILED_PRECONDITION @UserGroupsMembershipLimitReached',
    );
  });
});

describe('listInvitations', () => {
  it('needs a user or a course', () => {
    expect(summary(failureOf(() => world().listInvitations(ID.owner, {})))).toBe('400 INVALID_ARGUMENT');
  });

  it("accepts an id, an email or 'me' for the user, and omits the key when empty", () => {
    const w = world();
    expect(w.listInvitations(ID.newStudent, { userId: 'me' })).toEqual({});
    const inv = invite(w, ID.newStudent);
    for (const userId of ['me', ID.newStudent, 'nina.new@school.edu']) {
      expect(w.listInvitations(ID.newStudent, { userId })).toEqual({ invitations: [inv] });
    }
  });

  it('returns only what the actor may view', () => {
    const w = world();
    const mine = invite(w, ID.newStudent);
    const theirs = invite(w, ID.newStudent, 'STUDENT', ID.otherTeacher, ID.otherCourse);
    expect(w.listInvitations(ID.otherTeacher, { userId: ID.newStudent }).invitations).toEqual([theirs]);
    expect(w.listInvitations(ID.admin, { userId: ID.newStudent }).invitations).toEqual([mine, theirs]);
    expect(w.listInvitations(ID.student, { courseId: ID.course })).toEqual({});
    expect(w.listInvitations(ID.owner, { courseId: ID.course, userId: ID.newStudent }).invitations).toEqual([mine]);
  });

  it("refuses a list by another user's id alone when listByOtherUser is 'refused', but not with a course", () => {
    const w = world();
    const mine = invite(w, ID.newStudent);
    w.listByOtherUser = 'refused';
    expect(summary(failureOf(() => w.listInvitations(ID.owner, { userId: ID.newStudent })))).toBe(
      '403 PERMISSION_DENIED',
    );
    expect(w.listInvitations(ID.owner, { courseId: ID.course, userId: ID.newStudent }).invitations).toEqual([mine]);
    expect(w.listInvitations(ID.newStudent, { userId: 'me' }).invitations).toEqual([mine]);
    expect(w.listInvitations(ID.admin, { userId: ID.newStudent }).invitations).toEqual([mine]);
  });

  it('pages 500 at a time by default, in creation order, with tokens tied to the query', () => {
    const w = world();
    const created: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const u = w.addUser({
        email: `s${i}@school.edu`,
        name: { givenName: 'S', familyName: `${i}`, fullName: `S ${i}` },
      });
      created.push(invite(w, u.id).id);
    }
    const first = w.listInvitations(ID.owner, { courseId: ID.course });
    expect(first.invitations).toHaveLength(500);
    expect(first.nextPageToken).toEqual(expect.any(String));
    expect(
      summary(failureOf(() => w.listInvitations(ID.owner, { userId: 'me', pageToken: first.nextPageToken! }))),
    ).toBe('400 INVALID_ARGUMENT');
    // Deleting items already seen must not make the next page skip any.
    w.deleteInvitation(ID.owner, created[0]!);
    const seen = [...first.invitations!.map((i) => i.id)];
    let token = first.nextPageToken;
    while (token) {
      const page = w.listInvitations(ID.owner, { courseId: ID.course, pageToken: token });
      seen.push(...page.invitations!.map((i) => i.id));
      token = page.nextPageToken;
    }
    expect(seen).toEqual(created);
    const small = w.listInvitations(ID.owner, { courseId: ID.course, pageSize: 7 });
    expect(small.invitations).toHaveLength(7);
  });
});

describe('listCourses and getCourse', () => {
  it('refuses both a teacher and a student filter', () => {
    const f = failureOf(() => world().listCourses(ID.admin, { teacherId: 'me', studentId: ID.student }));
    expect(summary(f)).toBe('400 FAILED_PRECONDITION @ListCoursesStudentAndTeacherFilter');
  });

  it('answers NOT_FOUND for an unknown user in the query', () => {
    expect(summary(failureOf(() => world().listCourses(ID.owner, { teacherId: 'ghost@school.edu' })))).toBe(
      '404 NOT_FOUND',
    );
  });

  it('shows admins every course and others their own, newest first', () => {
    const w = world();
    const ids = (r: { courses?: { id: string }[] }) => (r.courses ?? []).map((c) => c.id);
    expect(ids(w.listCourses(ID.admin, {}))).toEqual([ID.provisioned, ID.otherCourse, ID.course, ID.archived]);
    expect(ids(w.listCourses(ID.owner, {}))).toEqual([ID.provisioned, ID.course, ID.archived]);
    expect(ids(w.listCourses(ID.student, { studentId: 'me' }))).toEqual([ID.course]);
    expect(ids(w.listCourses(ID.coTeacher, { teacherId: 'co@school.edu' }))).toEqual([ID.course]);
    expect(ids(w.listCourses(ID.owner, { teacherId: 'me', courseStates: ['ACTIVE', 'PROVISIONED'] }))).toEqual([
      ID.provisioned,
      ID.course,
    ]);
    expect(w.listCourses(ID.newStudent, {})).toEqual({});
  });

  it('returns Course JSON with a base64url alternate link and an enrollment code', () => {
    const w = world();
    const c = w.getCourse(ID.student, ID.course);
    expect(c).toEqual({
      id: ID.course,
      name: 'Algebra',
      section: 'P2',
      ownerId: ID.owner,
      courseState: 'ACTIVE',
      alternateLink: `https://classroom.google.com/c/${Buffer.from(ID.course).toString('base64url')}`,
      creationTime: '2025-09-01T00:00:00Z',
    });
    // The class code goes to the course's teachers only (Course.enrollmentCode reference).
    expect(w.getCourse(ID.owner, ID.course).enrollmentCode).toMatch(/^[a-z0-9]{6,8}$/);
    expect(w.getCourse(ID.admin, ID.course)).not.toHaveProperty('enrollmentCode');
    expect(w.getCourse(ID.otherTeacher, ID.otherCourse)).not.toHaveProperty('section');
    expect(summary(failureOf(() => w.getCourse(ID.otherTeacher, ID.course)))).toBe('403 PERMISSION_DENIED');
    expect(w.getCourse(ID.admin, ID.course).id).toBe(ID.course);
    expect(summary(failureOf(() => w.getCourse(ID.owner, '42')))).toBe('404 NOT_FOUND');
  });

  it('lets an invitee read the course of a pending invitation unless inviteeMayReadCourse is off', () => {
    const w = world();
    invite(w, ID.newStudent);
    expect(w.getCourse(ID.newStudent, ID.course).name).toBe('Algebra');
    w.inviteeMayReadCourse = false;
    expect(summary(failureOf(() => w.getCourse(ID.newStudent, ID.course)))).toBe('403 PERMISSION_DENIED');
  });

  it('lets the server choose 100 per page, and the pages cover every course once', () => {
    const w = world();
    for (let i = 0; i < 250; i++) w.addCourse({ name: `C${i}`, ownerId: ID.owner, courseState: 'ACTIVE' });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = w.listCourses(ID.owner, token ? { pageToken: token } : {});
      expect(r.courses!.length).toBeLessThanOrEqual(100);
      seen.push(...r.courses!.map((c) => c.id));
      token = r.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(253);
    expect(seen[0]).toBe(w.allCourses().at(-1)!.id); // the last added is the newest
  });
});

describe('getUserProfile', () => {
  it("resolves 'me', an email or an id, and answers 403 for unknown profiles", () => {
    const w = world();
    const expected = {
      id: ID.newStudent,
      name: { givenName: 'Nina', familyName: 'New', fullName: 'Nina New' },
      emailAddress: 'Nina.New@school.edu',
    };
    expect(w.getUserProfile(ID.newStudent, 'me')).toEqual(expected);
    expect(w.getUserProfile(ID.owner, 'nina.new@school.edu')).toEqual(expected);
    expect(w.getUserProfile(ID.owner, ID.newStudent)).toEqual(expected);
    expect(summary(failureOf(() => w.getUserProfile(ID.owner, 'nobody@school.edu')))).toBe('403 PERMISSION_DENIED');
  });

  it("in 'courses' mode refuses people outside the user's courses, invitees included, but not to admins", () => {
    const w = world();
    w.profileVisibility = 'courses';
    invite(w, ID.newStudent);
    expect(summary(failureOf(() => w.getUserProfile(ID.owner, ID.newStudent)))).toBe('403 PERMISSION_DENIED');
    expect(w.getUserProfile(ID.owner, ID.student).id).toBe(ID.student); // a student of the owner's course
    expect(w.getUserProfile(ID.newStudent, 'me').id).toBe(ID.newStudent);
    expect(w.getUserProfile(ID.admin, ID.newStudent).id).toBe(ID.newStudent);
  });
});

describe('snapshot and ids', () => {
  it('is a deep copy that restarts the same world without reusing ids', () => {
    const w = world();
    const inv = invite(w, ID.newStudent);
    const snap = w.snapshot();
    snap.courses[0]!.students.push('tampered');
    expect(w.course(ID.course)?.students).not.toContain('tampered');
    const restarted = new ClassroomWorld(w.snapshot());
    expect(restarted.allInvitations()).toEqual([inv]);
    // The id counter is persisted: with new ids per create, one deleted before the restart is never reused.
    restarted.invitationIds = 'perCreate';
    restarted.deleteInvitation(ID.owner, inv.id);
    const again = new ClassroomWorld(restarted.snapshot());
    again.invitationIds = 'perCreate';
    expect(invite(again, ID.newStudent).id).not.toBe(inv.id);
    const fresh = again.addUser({ email: 'a@school.edu', name: { givenName: 'A', familyName: 'A', fullName: 'A A' } });
    expect(fresh.id).toMatch(/^\d+$/);
    expect(smallSeed().users.map((u) => u.id)).not.toContain(fresh.id);
  });

  it('refuses an inconsistent seed', () => {
    const seed = smallSeed();
    seed.courses[0]!.students.push('999');
    expect(() => new ClassroomWorld(seed)).toThrow(/member 999 is not a user/);
  });
});
