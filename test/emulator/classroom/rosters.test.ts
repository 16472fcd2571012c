// Course rosters (courses.students / courses.teachers) through the world, the transport, the advanced service and
// REST/batch, plus getCourse for a user holding a pending invitation.
import {
  buildMultipart,
  ClassroomApi,
  ClassroomWorld,
  handleHttp,
  type HttpRequest,
  makeAdvancedClassroom,
  parseBatchResponse,
  type RosterEntryJson,
  type SeedUser,
  VirtualClock,
} from '@classroom-invitations/emulator';
import { ID, failureOf, smallSeed, summary } from './fixtures';

type Classroom = GoogleAppsScript.Classroom;

const BASE = 'https://classroom.googleapis.com';
const world = (): ClassroomWorld => new ClassroomWorld(smallSeed());

/** Adds `n` new users as students of the Algebra course, returning them in creation order. */
function enrol(w: ClassroomWorld, n: number): SeedUser[] {
  const users = Array.from({ length: n }, (_, i) =>
    w.addUser({ email: `kid${i}@school.edu`, name: { givenName: 'Kid', familyName: `${i}`, fullName: `Kid ${i}` } }),
  );
  const students = [...(w.course(ID.course)?.students ?? []), ...users.map((u) => u.id)];
  w.updateCourse(ID.course, { students });
  return users;
}

/** Every page of a roster list from `start` on, following nextPageToken. */
function allPages(
  list: (pageToken?: string) => { students?: RosterEntryJson[]; nextPageToken?: string },
  start?: string,
) {
  const pages: string[][] = [];
  let token = start;
  do {
    const r = list(token);
    pages.push((r.students ?? []).map((s) => s.userId));
    token = r.nextPageToken;
  } while (token !== undefined);
  return pages;
}

describe('world rosters: shapes and permissions', () => {
  it('returns Student and Teacher JSON with the member profile', () => {
    const w = world();
    expect(w.listStudents(ID.owner, ID.course)).toEqual({
      students: [
        {
          courseId: ID.course,
          userId: ID.student,
          profile: {
            id: ID.student,
            name: { givenName: 'Sam', familyName: 'Student', fullName: 'Sam Student' },
            emailAddress: 'sam@school.edu',
          },
        },
      ],
    });
    const teachers = w.listTeachers(ID.owner, ID.course).teachers ?? [];
    expect(teachers.map((t) => [t.courseId, t.userId, t.profile.emailAddress])).toEqual([
      [ID.course, ID.owner, 'owner@school.edu'],
      [ID.course, ID.coTeacher, 'co@school.edu'],
    ]);
  });

  it('omits the array key of an empty roster', () => {
    const r = world().listStudents(ID.otherTeacher, ID.otherCourse);
    expect(r).toEqual({});
    expect(r).not.toHaveProperty('students');
  });

  it('lets teachers, students and admins of any domain role read, and refuses everyone else', () => {
    const w = world();
    for (const reader of [ID.owner, ID.coTeacher, ID.student, ID.admin]) {
      expect(w.listTeachers(reader, ID.course).teachers).toHaveLength(2);
      expect(w.getStudent(reader, ID.course, ID.student).userId).toBe(ID.student);
    }
    w.createInvitation(ID.owner, { userId: ID.newStudent, courseId: ID.course, role: 'STUDENT' });
    // Holding an invitation is not membership: the roster stays private until it is accepted.
    for (const outsider of [ID.otherTeacher, ID.newStudent]) {
      expect(summary(failureOf(() => w.listStudents(outsider, ID.course)))).toBe('403 PERMISSION_DENIED');
      expect(summary(failureOf(() => w.listTeachers(outsider, ID.course)))).toBe('403 PERMISSION_DENIED');
      expect(summary(failureOf(() => w.getTeacher(outsider, ID.course, ID.owner)))).toBe('403 PERMISSION_DENIED');
    }
  });

  it('answers NOT_FOUND for an unknown course before checking permission', () => {
    const w = world();
    expect(summary(failureOf(() => w.listStudents(ID.otherTeacher, '999')))).toBe('404 NOT_FOUND');
    expect(summary(failureOf(() => w.getTeacher(ID.otherTeacher, '999', ID.owner)))).toBe('404 NOT_FOUND');
  });

  it('applies the same actor rules as every other method', () => {
    const w = world();
    expect(summary(failureOf(() => w.listStudents(ID.apiOff, ID.course)))).toBe(
      '403 PERMISSION_DENIED @ClassroomApiDisabled',
    );
    expect(summary(failureOf(() => w.getTeacher(ID.apiOff, ID.course, ID.owner)))).toBe(
      '403 PERMISSION_DENIED @ClassroomApiDisabled',
    );
    expect(summary(failureOf(() => w.listTeachers('ghost@school.edu', ID.course)))).toBe('401 UNAUTHENTICATED');
  });

  it('gets a member by id, email in any case or "me"', () => {
    const w = world();
    expect(w.getStudent(ID.owner, ID.course, 'SAM@school.EDU').userId).toBe(ID.student);
    expect(w.getStudent(ID.student, ID.course, 'me').profile.id).toBe(ID.student);
    expect(w.getTeacher(ID.coTeacher, ID.course, 'me').userId).toBe(ID.coTeacher);
    expect(w.getTeacher(ID.student, ID.course, 'owner@school.edu').profile.name.fullName).toBe('Olga Owner');
  });

  it('answers NOT_FOUND for a non-member, a member of the other roster, or an unknown user', () => {
    const w = world();
    const misses = [
      () => w.getStudent(ID.owner, ID.course, ID.newStudent),
      () => w.getStudent(ID.owner, ID.course, ID.coTeacher),
      () => w.getTeacher(ID.owner, ID.course, ID.student),
      () => w.getStudent(ID.owner, ID.course, 'ghost@school.edu'),
      () => w.getTeacher(ID.admin, ID.course, 'me'),
    ];
    for (const miss of misses) expect(summary(failureOf(miss))).toBe('404 NOT_FOUND');
  });

  it('follows membership changes made by accepting invitations', () => {
    const w = world();
    const inv = w.createInvitation(ID.owner, { userId: ID.student, courseId: ID.course, role: 'TEACHER' });
    w.acceptInvitation(ID.student, inv.id);
    expect(w.listStudents(ID.owner, ID.course)).toEqual({});
    expect(w.getTeacher(ID.owner, ID.course, ID.student).userId).toBe(ID.student);
    expect(summary(failureOf(() => w.getStudent(ID.owner, ID.course, ID.student)))).toBe('404 NOT_FOUND');
  });
});

describe('world rosters: pagination', () => {
  it('pages 30 by default, in user creation order, without repeats', () => {
    const w = world();
    const kids = enrol(w, 70);
    const pages = allPages((pageToken) => w.listStudents(ID.owner, ID.course, pageToken ? { pageToken } : {}));
    expect(pages.map((p) => p.length)).toEqual([30, 30, 11]);
    expect(pages.flat()).toEqual([ID.student, ...kids.map((k) => k.id)]);
  });

  it('honours pageSize, with 0 meaning the default', () => {
    const w = world();
    enrol(w, 40);
    expect(w.listStudents(ID.owner, ID.course, { pageSize: 0 }).students).toHaveLength(30);
    const pages = allPages((pageToken) => w.listStudents(ID.owner, ID.course, { pageSize: 15, ...{ pageToken } }));
    expect(pages.map((p) => p.length)).toEqual([15, 15, 11]);
    w.memberPageCap = 500;
    expect(w.listStudents(ID.owner, ID.course, { pageSize: 41 }).nextPageToken).toBeUndefined();
    expect(summary(failureOf(() => w.listStudents(ID.owner, ID.course, { pageSize: -1 })))).toBe(
      '400 INVALID_ARGUMENT',
    );
  });

  it('serves at most 30 members a page by default, whatever pageSize asks (the unkind reading)', () => {
    const w = world();
    enrol(w, 40);
    const first = w.listStudents(ID.owner, ID.course, { pageSize: 500 });
    expect(first.students).toHaveLength(30);
    const pages = allPages((pageToken) => w.listStudents(ID.owner, ID.course, { pageSize: 500, ...{ pageToken } }));
    expect(pages.map((p) => p.length)).toEqual([30, 11]);
    expect(w.listTeachers(ID.owner, ID.course, { pageSize: 1 }).teachers).toHaveLength(1);
  });

  it('neither repeats nor skips when members leave between pages', () => {
    const w = world();
    const kids = enrol(w, 10).map((k) => k.id);
    const first = w.listStudents(ID.owner, ID.course, { pageSize: 4 });
    const seen = (first.students ?? []).map((s) => s.userId);
    // Remove one already returned and one not yet returned.
    const gone = [seen[1], kids[6]];
    w.updateCourse(ID.course, { students: (w.course(ID.course)?.students ?? []).filter((s) => !gone.includes(s)) });
    const rest = allPages(
      (pageToken) => w.listStudents(ID.owner, ID.course, { pageSize: 4, pageToken }),
      first.nextPageToken,
    );
    expect([...seen, ...rest.flat()]).toEqual([ID.student, ...kids].filter((id) => id !== kids[6]));
  });

  it('refuses a page token from another course, roster or reader', () => {
    const w = world();
    enrol(w, 3);
    const token = w.listStudents(ID.owner, ID.course, { pageSize: 1 }).nextPageToken;
    expect(token).toEqual(expect.any(String));
    const pageToken = token ?? '';
    const misuse = [
      () => w.listTeachers(ID.owner, ID.course, { pageSize: 1, pageToken }),
      () => w.listStudents(ID.admin, ID.course, { pageSize: 1, pageToken }),
      () => w.listStudents(ID.owner, ID.archived, { pageSize: 1, pageToken }),
      () => w.listStudents(ID.owner, ID.course, { pageToken: 'garbage' }),
    ];
    for (const call of misuse) expect(summary(failureOf(call))).toBe('400 INVALID_ARGUMENT');
    expect(w.listStudents(ID.owner, ID.course, { pageSize: 1, pageToken }).students).toHaveLength(1);
  });
});

describe('getCourse for invitees', () => {
  it('shows the course of a pending invitation, and only while it is pending', () => {
    const w = world();
    expect(summary(failureOf(() => w.getCourse(ID.newStudent, ID.course)))).toBe('403 PERMISSION_DENIED');
    const inv = w.createInvitation(ID.owner, { userId: ID.newStudent, courseId: ID.course, role: 'STUDENT' });
    expect(w.getCourse(ID.newStudent, ID.course).name).toBe('Algebra');
    // The invitation opens that course only.
    expect(summary(failureOf(() => w.getCourse(ID.newStudent, ID.otherCourse)))).toBe('403 PERMISSION_DENIED');
    w.deleteInvitation(ID.newStudent, inv.id);
    expect(summary(failureOf(() => w.getCourse(ID.newStudent, ID.course)))).toBe('403 PERMISSION_DENIED');
  });

  it('keeps NOT_FOUND for an unknown course and the API-disabled rule', () => {
    const w = world();
    w.addInvitation({ courseId: ID.course, userId: ID.apiOff, role: 'STUDENT' });
    expect(summary(failureOf(() => w.getCourse(ID.newStudent, '999')))).toBe('404 NOT_FOUND');
    expect(summary(failureOf(() => w.getCourse(ID.apiOff, ID.course)))).toBe(
      '403 PERMISSION_DENIED @ClassroomApiDisabled',
    );
  });
});

describe('ClassroomApi roster methods', () => {
  it('dispatches list and get with courseId, id and string query values', () => {
    const w = world();
    enrol(w, 2);
    const api = new ClassroomApi(w, new VirtualClock());
    const page = api.call(ID.owner, 'courses.students.list', { courseId: ID.course, query: { pageSize: '2' } }, 'rest');
    expect(page.status).toBe(200);
    const body = page.body as { students: RosterEntryJson[]; nextPageToken: string };
    expect(body.students).toHaveLength(2);
    const next = api.call(
      ID.owner,
      'courses.students.list',
      { courseId: ID.course, query: { pageSize: 2, pageToken: body.nextPageToken } },
      'rest',
    );
    expect((next.body as { students: RosterEntryJson[] }).students).toHaveLength(1);
    expect(api.call(ID.student, 'courses.teachers.get', { courseId: ID.course, id: 'me' }, 'rest').status).toBe(404);
    expect(api.call(ID.student, 'courses.teachers.get', { courseId: ID.course, id: ID.owner }, 'rest').status).toBe(
      200,
    );
    expect(api.call(ID.owner, 'courses.teachers.list', { courseId: ID.course }, 'rest').body).toMatchObject({
      teachers: [{ userId: ID.owner }, { userId: ID.coTeacher }],
    });
    expect(api.log.map((e) => [e.method, e.status])).toEqual([
      ['courses.students.list', 200],
      ['courses.students.list', 200],
      ['courses.teachers.get', 404],
      ['courses.teachers.get', 200],
      ['courses.teachers.list', 200],
    ]);
    expect(api.log[0]?.args).toEqual({ courseId: ID.course, query: { pageSize: '2' } });
  });

  it('answers NOT_FOUND without a courseId or user id, and INVALID_ARGUMENT for a bad pageSize', () => {
    const api = new ClassroomApi(world(), new VirtualClock());
    expect(api.call(ID.owner, 'courses.students.list', {}, 'rest').status).toBe(404);
    expect(api.call(ID.owner, 'courses.students.get', { courseId: ID.course }, 'rest').status).toBe(404);
    const bad = api.call(ID.owner, 'courses.teachers.list', { courseId: ID.course, query: { pageSize: 'x' } }, 'rest');
    expect(bad.status).toBe(400);
  });
});

describe('Classroom.Courses.Students / Teachers (advanced service)', () => {
  function setup(actor: string = ID.owner) {
    const w = world();
    const api = new ClassroomApi(w, new VirtualClock());
    return { w, api, Classroom: makeAdvancedClassroom(api, actor) as Classroom };
  }

  it('lists and gets with Apps Script argument order, one round trip each', () => {
    const { api, w, Classroom } = setup();
    enrol(w, 2);
    const first = Classroom.Courses.Students.list(ID.course, { pageSize: 2 });
    expect(first.students?.map((s) => s.userId)).toHaveLength(2);
    const rest = Classroom.Courses.Students.list(ID.course, { pageSize: 2, pageToken: first.nextPageToken });
    expect(rest.students).toHaveLength(1);
    expect(rest.nextPageToken).toBeUndefined();
    expect(Classroom.Courses.Students.get(ID.course, 'sam@school.edu').profile?.id).toBe(ID.student);
    expect(Classroom.Courses.Teachers.list(ID.course).teachers?.map((t) => t.userId)).toEqual([ID.owner, ID.coTeacher]);
    expect(Classroom.Courses.Teachers.get(ID.course, 'me').userId).toBe(ID.owner);
    expect(api.log.map((e) => [e.method, e.via, e.roundTrip])).toEqual([
      ['courses.students.list', 'advanced', 1],
      ['courses.students.list', 'advanced', 2],
      ['courses.students.get', 'advanced', 3],
      ['courses.teachers.list', 'advanced', 4],
      ['courses.teachers.get', 'advanced', 5],
    ]);
  });

  it('throws GoogleJsonResponseException for API errors', () => {
    const { Classroom } = setup(ID.otherTeacher);
    expect(() => Classroom.Courses.Teachers.list(ID.course)).toThrow(
      'API call to classroom.courses.teachers.list failed with error: The caller does not have permission',
    );
    let caught: unknown;
    try {
      Classroom.Courses.Students.get(ID.otherCourse, ID.student);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ name: 'GoogleJsonResponseException', details: { code: 404 } });
  });

  it('checks arity and argument types without calling the API', () => {
    const { api, Classroom } = setup();
    const loose = Classroom.Courses as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>;
    for (const kind of ['Students', 'Teachers']) {
      const roster = loose[kind]!;
      expect(() => roster.list!()).toThrow(/^Invalid number of arguments provided/);
      expect(() => roster.list!(ID.course, {}, {})).toThrow(/^Invalid number of arguments provided/);
      expect(() => roster.list!(42)).toThrow(/Invalid argument/);
      expect(() => roster.list!(ID.course, 'pageSize=1')).toThrow(/Invalid argument/);
      expect(() => roster.get!(ID.course)).toThrow(/^Invalid number of arguments provided/);
      expect(() => roster.get!(ID.course, 42)).toThrow(/Invalid argument/);
    }
    expect(api.requests).toBe(0);
    expect(api.roundTrips).toBe(0);
  });
});

describe('roster REST endpoints', () => {
  const auth = (user: string) => ({ Authorization: `Bearer emu-token:${user}` });

  function send(api: ClassroomApi, method: string, path: string, user: string = ID.owner) {
    const res = handleHttp(api, { url: BASE + path, method, headers: auth(user) }, 'rest', api.beginRoundTrip());
    return { status: res.status, body: JSON.parse(res.body) as Record<string, any> };
  }

  it('routes list (with paging) and get (with an encoded email) for both rosters', () => {
    const w = world();
    enrol(w, 2);
    const api = new ClassroomApi(w, new VirtualClock());
    const first = send(api, 'GET', `/v1/courses/${ID.course}/students?pageSize=2`);
    expect(first.body.students).toHaveLength(2);
    const token = encodeURIComponent(first.body.nextPageToken as string);
    expect(
      send(api, 'GET', `/v1/courses/${ID.course}/students?pageSize=2&pageToken=${token}`).body.students,
    ).toHaveLength(1);
    const sam = send(api, 'GET', `/v1/courses/${ID.course}/students/${encodeURIComponent('sam@school.edu')}`);
    expect(sam.body).toMatchObject({ courseId: ID.course, userId: ID.student });
    expect(send(api, 'GET', `/v1/courses/${ID.course}/teachers`, ID.student).body.teachers).toHaveLength(2);
    expect(send(api, 'GET', `/v1/courses/${ID.course}/teachers/me`, ID.coTeacher).body.userId).toBe(ID.coTeacher);
    expect(send(api, 'GET', `/v1/courses/${ID.course}/teachers/${ID.student}`).status).toBe(404);
    expect(send(api, 'GET', `/v1/courses/${ID.course}/students`, ID.otherTeacher).status).toBe(403);
    expect(api.log.map((e) => e.method)).toEqual([
      'courses.students.list',
      'courses.students.list',
      'courses.students.get',
      'courses.teachers.list',
      'courses.teachers.get',
      'courses.teachers.get',
      'courses.students.list',
    ]);
    expect(api.log[2]?.args).toEqual({ courseId: ID.course, id: 'sam@school.edu' });
  });

  it('answers 404 for other verbs and deeper paths, and 400 for a malformed escape, without calling', () => {
    const api = new ClassroomApi(world(), new VirtualClock());
    expect(send(api, 'POST', `/v1/courses/${ID.course}/students`).status).toBe(404);
    expect(send(api, 'DELETE', `/v1/courses/${ID.course}/teachers/${ID.coTeacher}`).status).toBe(404);
    expect(send(api, 'GET', `/v1/courses/${ID.course}/students/${ID.student}/extra`).status).toBe(404);
    expect(send(api, 'GET', `/v1/courses/${ID.course}/guardians`).status).toBe(404);
    expect(send(api, 'GET', `/v1/courses/${ID.course}/students/%E0%A4%A`).status).toBe(400);
    expect(api.requests).toBe(0);
  });

  it('serves roster parts inside a batch, in one round trip', () => {
    const api = new ClassroomApi(world(), new VirtualClock());
    const paths = [
      `/v1/courses/${ID.course}/students`,
      `/v1/courses/${ID.course}/teachers/${encodeURIComponent('co@school.edu')}`,
      `/v1/courses/${ID.otherCourse}/teachers`,
      `/v1/courses/${ID.course}/students/${ID.newStudent}`,
    ];
    const boundary = 'b0undary';
    const payload = buildMultipart(
      paths.map((p, i) => ({
        headers: { 'content-type': 'application/http', 'content-id': `<part${i}>` },
        body: `GET ${p} HTTP/1.1\r\n\r\n`,
      })),
      boundary,
    );
    const req: HttpRequest = {
      url: `${BASE}/batch`,
      method: 'POST',
      headers: auth(ID.owner),
      contentType: `multipart/mixed; boundary=${boundary}`,
      payload,
    };
    const rt = api.beginRoundTrip();
    const replies = parseBatchResponse(handleHttp(api, req, 'rest', rt));
    expect(replies.map((r) => [r.contentId, r.status])).toEqual([
      ['<response-part0>', 200],
      ['<response-part1>', 200],
      ['<response-part2>', 403],
      ['<response-part3>', 404],
    ]);
    expect(replies[0]?.body).toMatchObject({ students: [{ userId: ID.student }] });
    expect(replies[1]?.body).toMatchObject({ userId: ID.coTeacher, profile: { emailAddress: 'co@school.edu' } });
    expect(api.log.map((e) => [e.method, e.via, e.roundTrip])).toEqual([
      ['courses.students.list', 'batch', rt],
      ['courses.teachers.get', 'batch', rt],
      ['courses.teachers.list', 'batch', rt],
      ['courses.students.get', 'batch', rt],
    ]);
  });
});
