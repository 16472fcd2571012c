// The emulated Classroom: users, courses and invitations, with every documented rule of the methods the add-on uses
// (see /work/shared/reference/platform.md §1). Methods throw ApiFailure; the transport turns it into HTTP.
import type { CourseState, Role, SeedCourse, SeedInvitation, SeedUser, WorldSeed } from '../types';
import {
  alreadyExists,
  failedPrecondition,
  invalidArgument,
  notFound,
  permissionDenied,
  unauthenticated,
} from './errors';
import { paginate } from './paging';
import { validateSeed } from './seed-check';

export interface InvitationJson {
  id: string;
  courseId: string;
  userId: string;
  role: Role;
}

export interface CourseJson {
  id: string;
  name: string;
  section?: string;
  ownerId: string;
  courseState: CourseState;
  alternateLink: string;
  /** Returned to the course's teachers only. */
  enrollmentCode?: string;
  creationTime: string;
}

export interface UserProfileJson {
  id: string;
  name: { givenName: string; familyName: string; fullName: string };
  emailAddress: string;
}

/** A course member as `courses.students` / `courses.teachers` return it (Student and Teacher share this shape). */
export interface RosterEntryJson {
  courseId: string;
  userId: string;
  profile: UserProfileJson;
}

export interface ListRosterQuery {
  pageSize?: number;
  pageToken?: string;
}

type RosterKind = 'students' | 'teachers';

export interface CreateInvitationInput {
  userId?: string;
  courseId?: string;
  role?: string;
}

export interface ListInvitationsQuery {
  userId?: string;
  courseId?: string;
  pageSize?: number;
  pageToken?: string;
}

export interface ListCoursesQuery {
  teacherId?: string;
  studentId?: string;
  courseStates?: string[];
  pageSize?: number;
  pageToken?: string;
}

const ROLE_RANK: Record<Role, number> = { STUDENT: 1, TEACHER: 2, OWNER: 3 };
const COURSE_STATES: readonly string[] = ['ACTIVE', 'ARCHIVED', 'PROVISIONED', 'DECLINED', 'SUSPENDED'];
const DEFAULT_MEMBER_LIMIT = 1000;
const DEFAULT_TEACHER_LIMIT = 20;
const INVITATIONS_DEFAULT_PAGE = 500; // documented default for 0/unspecified
const COURSES_DEFAULT_PAGE = 100; // "server chooses": small enough that big worlds really paginate
const ROSTER_DEFAULT_PAGE = 30; // documented default for 0/unspecified
const FIRST_ID = 100000000001;
// A course given without a creationTime is one minute newer than the newest so far.
const BASE_CREATION_MS = Date.UTC(2025, 7, 1);

function isRole(r: unknown): r is Role {
  return r === 'STUDENT' || r === 'TEACHER' || r === 'OWNER';
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Deterministic 7-character code, like Classroom's class codes. */
function enrollmentCodeFor(id: string): string {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  let code = '';
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  for (let i = 0; i < 7; i++) {
    code += alphabet[h % alphabet.length] ?? 'a';
    h = Math.floor(h / alphabet.length) ^ Math.imul(h, 31 + i);
    h >>>= 0;
  }
  return code;
}

function checkPageSize(pageSize: number | undefined): void {
  if (pageSize !== undefined && (!Number.isInteger(pageSize) || pageSize < 0)) {
    throw invalidArgument('Invalid pageSize.');
  }
}

export class ClassroomWorld {
  readonly domain: string;
  readonly trustedDomains: string[];
  readonly untrustedDomains: string[];
  readonly messages: WorldSeed['messages'];
  /**
   * Google behaviours no Google page settles, one switch each (docs/assumptions.md lists them with their sources;
   * the e2e suite runs the journeys with each flipped). Defaults: the documented or most likely reading.
   * - memberPageCap: the largest students/teachers page served. 30 follows a 2017 public report (code-dot-org PR
   *   #17113: larger pageSize values ignored), unverified; 500 honours any pageSize up to 500. The default page,
   *   when pageSize is absent, is 30 either way (discovery document).
   * - inviteeMayDelete: the invitee may delete (decline) their own invitation (unverified; Google lists only
   *   PERMISSION_DENIED "if the requesting user is not permitted to delete the requested invitation").
   * - inviteeMayReadCourse: an invitee may courses.get the course of a pending invitation (unverified).
   * - listByOtherUser: invitations.list with another user's id returns that user's invitations in courses the
   *   caller may view ('filtered', the REST reference's wording) or is refused PERMISSION_DENIED ('refused').
   * - provisionedAccept: a STUDENT invitation in a PROVISIONED course cannot be accepted (manage-courses guide:
   *   students use only ACTIVE courses; the refusal's shape, CourseNotModifiable, is unverified) or is ('allowed').
   */
  memberPageCap: 30 | 500 = 30;
  inviteeMayDelete = true;
  inviteeMayReadCourse = true;
  listByOtherUser: 'filtered' | 'refused' = 'filtered';
  provisionedAccept: 'refusedForStudents' | 'allowed' = 'refusedForStudents';
  /**
   * Domains whose people invitations.create refuses with `@UserInIllegalDomain` (seen from invitations.create in
   * public code handling Classroom errors; the 403 status is unverified, taken from its untrusted-domain sibling).
   */
  illegalDomains: string[] = [];
  private readonly users = new Map<string, SeedUser>();
  private readonly usersByEmail = new Map<string, SeedUser>();
  // Rosters are listed in user creation order: a stable key, so paging survives members joining or leaving.
  private readonly userSeq = new Map<string, number>();
  private readonly courses = new Map<string, SeedCourse>();
  private readonly courseSeq = new Map<string, number>();
  // Map iteration order is insertion order, which is the creation order lists must keep.
  private readonly invitations = new Map<string, SeedInvitation>();
  private readonly invitationSeq = new Map<string, number>();
  /**
   * Who may read whose profile. 'all' (the default): everyone known. 'courses': Google may refuse userProfiles.get
   * (PERMISSION_DENIED) for people the user may not see; this mode refuses everyone outside the user's courses
   * (not a member of a course the user is a member of), invitees included, unless the user is an admin.
   */
  profileVisibility: 'all' | 'courses' = 'all';
  /**
   * How invitation ids are made. 'stable' (the default, as Google's are observed: platform.md §9): base64url of
   * "courseId|userId", so a deleted and re-created invitation gets its old id back. 'perCreate': a new id every
   * create (the assumption that Google might change the format), for the variant runs of docs/assumptions.md.
   */
  invitationIds: 'stable' | 'perCreate' = 'stable';
  private seq = 0;
  private lastCreationMs = BASE_CREATION_MS;
  private nextId: number;

  constructor(seed: WorldSeed) {
    const problems = validateSeed(seed);
    if (problems.length > 0) throw new Error(`Invalid world seed:\n- ${problems.join('\n- ')}`);
    const s = structuredClone(seed);
    this.domain = s.domain;
    this.trustedDomains = s.trustedDomains;
    this.untrustedDomains = s.untrustedDomains.map((d) => d.toLowerCase());
    this.messages = s.messages;
    const numericIds = [...s.users, ...s.courses].map((x) => Number(x.id)).filter((n) => Number.isSafeInteger(n));
    this.nextId = s.nextId ?? Math.max(FIRST_ID, ...numericIds.map((n) => n + 1));
    for (const u of s.users) this.indexUser(u);
    for (const c of s.courses) this.indexCourse(c);
    for (const inv of s.invitations) this.indexInvitation(inv);
  }

  /** Deep copy of the whole state, including the id counter, to persist and restart from. */
  snapshot(): WorldSeed {
    return structuredClone({
      domain: this.domain,
      trustedDomains: this.trustedDomains,
      untrustedDomains: this.untrustedDomains,
      users: [...this.users.values()],
      courses: [...this.courses.values()],
      invitations: [...this.invitations.values()],
      messages: this.messages,
      nextId: this.nextId,
    });
  }

  // ---- API methods (each takes the acting user first) ----

  createInvitation(actor: string, input: CreateInvitationInput): InvitationJson {
    const me = this.actor(actor);
    const { userId, courseId, role } = input;
    if (!isRole(role) || !userId || !courseId) throw invalidArgument();
    const course = this.courses.get(courseId);
    if (!course) throw notFound();
    if (!this.isTeacher(course, me.id) && !me.admin) throw permissionDenied();
    const invitee = this.resolveUser(userId, me);
    if (!invitee) throw notFound();
    if (this.untrustedDomains.includes(domainOf(invitee.email))) {
      throw permissionDenied(
        'CannotInviteUserInUntrustedDomain',
        'The user cannot be invited because their domain is not trusted by the course domain.',
      );
    }
    if (this.illegalDomains.includes(domainOf(invitee.email))) {
      throw permissionDenied('UserInIllegalDomain', 'The user is in a domain that may not join this course.');
    }
    if (invitee.disabled) throw failedPrecondition();
    for (const inv of this.invitations.values()) {
      if (inv.courseId === course.id && inv.userId === invitee.id) throw alreadyExists();
    }
    const current = this.roleIn(course, invitee.id);
    if (current && ROLE_RANK[current] >= ROLE_RANK[role]) throw failedPrecondition();
    if (role === 'OWNER') {
      // Only the course owner hands over ownership (Classroom API guide "User roles": "Only a Course owner can ...
      // change the Course owner"; Classroom Help "Transfer ownership of a class"). ASSUMPTION: Google's exact answer
      // to a co-teacher's OWNER invitation is undocumented; PERMISSION_DENIED as for other refused creates. Admins
      // keep their power (they may set ownerId with courses.patch).
      if (course.ownerId !== me.id && !me.admin) throw permissionDenied();
      if (current !== 'TEACHER') {
        throw failedPrecondition('IneligibleOwner', 'The user must be a co-teacher of the course to become its owner.');
      }
      for (const inv of this.invitations.values()) {
        if (inv.courseId === course.id && inv.role === 'OWNER') {
          throw failedPrecondition(
            'PendingInvitationExists',
            'An ownership transfer is already pending for the course.',
          );
        }
      }
    }
    const inv: SeedInvitation = { id: this.newInvitationId(course.id, invitee.id), courseId, userId: invitee.id, role };
    this.indexInvitation(inv);
    return { ...inv };
  }

  getInvitation(actor: string, id: string): InvitationJson {
    const me = this.actor(actor);
    const inv = this.invitations.get(id);
    if (!inv) throw notFound();
    if (!this.mayView(me, inv)) throw permissionDenied();
    return { ...inv };
  }

  acceptInvitation(actor: string, id: string): Record<string, never> {
    const me = this.actor(actor);
    const inv = this.invitations.get(id);
    if (!inv) throw notFound();
    // Only the invitee may accept: not a teacher, not even an admin.
    if (inv.userId !== me.id) throw permissionDenied();
    const course = this.courses.get(inv.courseId);
    if (!course) throw notFound();
    const provisionedOk = inv.role !== 'STUDENT' || this.provisionedAccept === 'allowed';
    if (course.courseState !== 'ACTIVE' && !(course.courseState === 'PROVISIONED' && provisionedOk)) {
      throw failedPrecondition('CourseNotModifiable', 'The course is not in a state that allows this change.');
    }
    const current = this.roleIn(course, me.id);
    if (inv.role === 'STUDENT' && !current) {
      const members = course.students.length + course.teachers.length;
      if (members >= (course.memberLimit ?? DEFAULT_MEMBER_LIMIT)) {
        throw failedPrecondition('CourseMemberLimitReached', 'The course has reached its member limit.');
      }
    }
    if (inv.role !== 'STUDENT' && !this.isTeacher(course, me.id)) {
      if (course.teachers.length >= (course.teacherLimit ?? DEFAULT_TEACHER_LIMIT)) {
        throw failedPrecondition('CourseTeacherLimitReached', 'The course has reached its teacher limit.');
      }
    }
    if (!current && me.courseLimit !== undefined && this.courseCount(me.id) >= me.courseLimit) {
      throw failedPrecondition(
        'UserGroupsMembershipLimitReached',
        'The user has reached the maximum number of courses they can belong to.',
      );
    }
    this.removeInvitation(inv.id);
    if (inv.role === 'STUDENT') {
      if (!current) course.students.push(me.id);
    } else {
      course.students = course.students.filter((s) => s !== me.id);
      if (!course.teachers.includes(me.id)) course.teachers.push(me.id);
      // UNVERIFIED: Google documents only that the accepter becomes owner; we keep the previous owner as a teacher.
      if (inv.role === 'OWNER') course.ownerId = me.id;
    }
    return {};
  }

  deleteInvitation(actor: string, id: string): Record<string, never> {
    const me = this.actor(actor);
    const inv = this.invitations.get(id);
    if (!inv) throw notFound();
    const course = this.courses.get(inv.courseId);
    // Assumption (switch inviteeMayDelete): the invitee may delete (decline) their own invitation.
    const asInvitee = inv.userId === me.id && this.inviteeMayDelete;
    const allowed = me.admin || asInvitee || (course !== undefined && this.isTeacher(course, me.id));
    if (!allowed) throw permissionDenied();
    this.removeInvitation(id);
    return {};
  }

  listInvitations(actor: string, q: ListInvitationsQuery): { invitations?: InvitationJson[]; nextPageToken?: string } {
    const me = this.actor(actor);
    if (!q.userId && !q.courseId) throw invalidArgument('At least one of userId or courseId must be given.');
    checkPageSize(q.pageSize);
    // Assumption: an unknown user or course in the filter simply matches nothing.
    const user = q.userId ? this.resolveUser(q.userId, me) : undefined;
    const userFilter = q.userId ? (user?.id ?? '\u0000none') : undefined;
    if (this.listByOtherUser === 'refused' && user && user.id !== me.id && !me.admin && !q.courseId) {
      throw permissionDenied();
    }
    const matching = [...this.invitations.values()].filter(
      (inv) =>
        (userFilter === undefined || inv.userId === userFilter) &&
        (q.courseId === undefined || q.courseId === '' || inv.courseId === q.courseId) &&
        this.mayView(me, inv),
    );
    const query = JSON.stringify(['invitations.list', me.id, q.userId ?? '', q.courseId ?? '']);
    const size = q.pageSize || INVITATIONS_DEFAULT_PAGE;
    const { page, nextPageToken } = paginate(
      matching,
      (inv) => [this.invitationSeq.get(inv.id) ?? 0],
      query,
      size,
      q.pageToken,
    );
    return this.listResult(
      'invitations',
      page.map((inv) => ({ ...inv })),
      nextPageToken,
    );
  }

  listCourses(actor: string, q: ListCoursesQuery): { courses?: CourseJson[]; nextPageToken?: string } {
    const me = this.actor(actor);
    if (q.teacherId && q.studentId) {
      throw failedPrecondition('ListCoursesStudentAndTeacherFilter', 'Cannot filter by both studentId and teacherId.');
    }
    checkPageSize(q.pageSize);
    const states = q.courseStates ?? [];
    if (states.some((s) => !COURSE_STATES.includes(s))) throw invalidArgument('Invalid courseStates value.');
    const filterUser = (ref: string | undefined): SeedUser | undefined => {
      if (!ref) return undefined;
      const u = this.resolveUser(ref, me);
      if (!u) throw notFound();
      return u;
    };
    const teacher = filterUser(q.teacherId);
    const student = filterUser(q.studentId);
    const matching = [...this.courses.values()].filter(
      (c) =>
        (me.admin || this.roleIn(c, me.id) !== undefined) &&
        (!teacher || this.isTeacher(c, teacher.id)) &&
        (!student || c.students.includes(student.id)) &&
        (states.length === 0 || states.includes(c.courseState)),
    );
    const keyOf = (c: SeedCourse): number[] => [-Date.parse(c.creationTime ?? ''), -(this.courseSeq.get(c.id) ?? 0)];
    matching.sort((a, b) => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      return (ka[0] ?? 0) - (kb[0] ?? 0) || (ka[1] ?? 0) - (kb[1] ?? 0);
    });
    const query = JSON.stringify(['courses.list', me.id, q.teacherId ?? '', q.studentId ?? '', [...states].sort()]);
    const size = q.pageSize || COURSES_DEFAULT_PAGE;
    const { page, nextPageToken } = paginate(matching, keyOf, query, size, q.pageToken);
    return this.listResult(
      'courses',
      page.map((c) => this.courseJson(c, me)),
      nextPageToken,
    );
  }

  getCourse(actor: string, id: string): CourseJson {
    const me = this.actor(actor);
    const course = this.courses.get(id);
    if (!course) throw notFound();
    // Switch inviteeMayReadCourse: an invitee sees the course of a pending invitation (Classroom shows them its name).
    const invitee = this.inviteeMayReadCourse && this.isInvited(course.id, me.id);
    if (!me.admin && !this.roleIn(course, me.id) && !invitee) throw permissionDenied();
    return this.courseJson(course, me);
  }

  listStudents(
    actor: string,
    courseId: string,
    q: ListRosterQuery = {},
  ): { students?: RosterEntryJson[]; nextPageToken?: string } {
    return this.listRoster(actor, courseId, 'students', q);
  }

  listTeachers(
    actor: string,
    courseId: string,
    q: ListRosterQuery = {},
  ): { teachers?: RosterEntryJson[]; nextPageToken?: string } {
    return this.listRoster(actor, courseId, 'teachers', q);
  }

  getStudent(actor: string, courseId: string, userId: string): RosterEntryJson {
    return this.getRosterEntry(actor, courseId, 'students', userId);
  }

  getTeacher(actor: string, courseId: string, userId: string): RosterEntryJson {
    return this.getRosterEntry(actor, courseId, 'teachers', userId);
  }

  getUserProfile(actor: string, userId: string): UserProfileJson {
    const me = this.actor(actor);
    const u = this.resolveUser(userId, me);
    // Google answers PERMISSION_DENIED, not NOT_FOUND, for a profile that does not exist.
    if (!u) throw permissionDenied();
    if (this.profileVisibility === 'courses' && !me.admin && u.id !== me.id && !this.shareACourse(me.id, u.id)) {
      throw permissionDenied();
    }
    return this.profileJson(u);
  }

  // ---- Inspection and setup helpers (no permission checks; tests, preview and benchmarks) ----

  user(idOrEmail: string): SeedUser | undefined {
    const u = this.users.get(idOrEmail) ?? this.usersByEmail.get(idOrEmail.toLowerCase());
    return u && structuredClone(u);
  }

  course(id: string): SeedCourse | undefined {
    const c = this.courses.get(id);
    return c && structuredClone(c);
  }

  allUsers(): SeedUser[] {
    return structuredClone([...this.users.values()]);
  }

  allCourses(): SeedCourse[] {
    return structuredClone([...this.courses.values()]);
  }

  allInvitations(): SeedInvitation[] {
    return [...this.invitations.values()].map((inv) => ({ ...inv }));
  }

  addUser(u: Omit<SeedUser, 'id'> & { id?: string }): SeedUser {
    const user: SeedUser = { ...structuredClone(u), id: u.id ?? this.newId() };
    if (this.users.has(user.id) || this.usersByEmail.has(user.email.toLowerCase())) {
      throw new Error(`addUser: duplicate user ${user.id} <${user.email}>`);
    }
    this.indexUser(user);
    return structuredClone(user);
  }

  addCourse(c: Omit<SeedCourse, 'id' | 'teachers' | 'students'> & Partial<SeedCourse>): SeedCourse {
    const id = c.id ?? this.newId();
    if (this.courses.has(id)) throw new Error(`addCourse: duplicate course ${id}`);
    if (!this.users.has(c.ownerId)) throw new Error(`addCourse: unknown owner ${c.ownerId}`);
    const teachers = [...(c.teachers ?? [])];
    if (!teachers.includes(c.ownerId)) teachers.unshift(c.ownerId);
    const course: SeedCourse = { ...structuredClone(c), id, teachers, students: [...(c.students ?? [])] };
    this.indexCourse(course);
    return structuredClone(course);
  }

  /** Stores an invitation as is, bypassing every rule (for building test situations). */
  addInvitation(inv: Omit<SeedInvitation, 'id'> & { id?: string }): SeedInvitation {
    const stored: SeedInvitation = { ...inv, id: inv.id ?? this.newInvitationId(inv.courseId, inv.userId) };
    this.indexInvitation(stored);
    return { ...stored };
  }

  updateUser(idOrEmail: string, patch: Partial<Omit<SeedUser, 'id' | 'email'>>): void {
    const u = this.users.get(idOrEmail) ?? this.usersByEmail.get(idOrEmail.toLowerCase());
    if (!u) throw new Error(`updateUser: unknown user ${idOrEmail}`);
    Object.assign(u, structuredClone(patch));
  }

  updateCourse(id: string, patch: Partial<Omit<SeedCourse, 'id'>>): void {
    const c = this.courses.get(id);
    if (!c) throw new Error(`updateCourse: unknown course ${id}`);
    Object.assign(c, structuredClone(patch));
  }

  /** The acting user's id for an id or email, or undefined (used by the transport's call log). */
  userIdOf(idOrEmail: string): string | undefined {
    return (this.users.get(idOrEmail) ?? this.usersByEmail.get(idOrEmail.toLowerCase()))?.id;
  }

  // ---- internals ----

  /** The course, after checking the actor may read its roster: members and admins only. */
  private rosterCourse(me: SeedUser, courseId: string): SeedCourse {
    const course = this.courses.get(courseId);
    if (!course) throw notFound();
    if (!me.admin && !this.roleIn(course, me.id)) throw permissionDenied();
    return course;
  }

  private listRoster<K extends RosterKind>(actor: string, courseId: string, kind: K, q: ListRosterQuery) {
    const me = this.actor(actor);
    const course = this.rosterCourse(me, courseId);
    checkPageSize(q.pageSize);
    const keyOf = (id: string): number[] => [this.userSeq.get(id) ?? 0];
    const members = [...course[kind]].sort((a, b) => (keyOf(a)[0] ?? 0) - (keyOf(b)[0] ?? 0));
    const query = JSON.stringify([`courses.${kind}.list`, me.id, course.id]);
    const size = Math.min(q.pageSize || ROSTER_DEFAULT_PAGE, this.memberPageCap);
    const { page, nextPageToken } = paginate(members, keyOf, query, size, q.pageToken);
    return this.listResult(
      kind,
      page.map((id) => this.rosterEntry(course, id)),
      nextPageToken,
    );
  }

  private getRosterEntry(actor: string, courseId: string, kind: RosterKind, userId: string): RosterEntryJson {
    const me = this.actor(actor);
    const course = this.rosterCourse(me, courseId);
    const u = this.resolveUser(userId, me);
    if (!u || !course[kind].includes(u.id)) throw notFound();
    return this.rosterEntry(course, u.id);
  }

  private rosterEntry(course: SeedCourse, userId: string): RosterEntryJson {
    const u = this.users.get(userId);
    // seed-check guarantees members are users; a member added later through updateCourse may not be.
    const profile: UserProfileJson = u
      ? this.profileJson(u)
      : { id: userId, name: { givenName: '', familyName: '', fullName: '' }, emailAddress: '' };
    return { courseId: course.id, userId, profile };
  }

  private profileJson(u: SeedUser): UserProfileJson {
    return { id: u.id, name: { ...u.name }, emailAddress: u.email };
  }

  private isInvited(courseId: string, userId: string): boolean {
    for (const inv of this.invitations.values()) if (inv.courseId === courseId && inv.userId === userId) return true;
    return false;
  }

  private actor(ref: string): SeedUser {
    const u = this.users.get(ref) ?? this.usersByEmail.get(ref.toLowerCase());
    if (!u) throw unauthenticated();
    if (u.apiDisabled) {
      throw permissionDenied('ClassroomApiDisabled', 'The user is not permitted to access the Classroom API.');
    }
    return u;
  }

  private resolveUser(ref: string, me: SeedUser): SeedUser | undefined {
    if (ref === 'me') return me;
    return this.users.get(ref) ?? this.usersByEmail.get(ref.toLowerCase());
  }

  private roleIn(course: SeedCourse, userId: string): Role | undefined {
    if (course.ownerId === userId) return 'OWNER';
    if (course.teachers.includes(userId)) return 'TEACHER';
    if (course.students.includes(userId)) return 'STUDENT';
    return undefined;
  }

  private shareACourse(a: string, b: string): boolean {
    for (const c of this.courses.values()) if (this.roleIn(c, a) && this.roleIn(c, b)) return true;
    return false;
  }

  private isTeacher(course: SeedCourse, userId: string): boolean {
    return course.ownerId === userId || course.teachers.includes(userId);
  }

  private mayView(me: SeedUser, inv: SeedInvitation): boolean {
    if (me.admin || inv.userId === me.id) return true;
    const course = this.courses.get(inv.courseId);
    return course !== undefined && this.isTeacher(course, me.id);
  }

  private courseCount(userId: string): number {
    let n = 0;
    for (const c of this.courses.values()) if (this.roleIn(c, userId)) n++;
    return n;
  }

  /** A course as `me` reads it: the class code only for its teachers (Course.enrollmentCode reference). */
  private courseJson(c: SeedCourse, me: SeedUser): CourseJson {
    return {
      id: c.id,
      name: c.name,
      ...(c.section !== undefined ? { section: c.section } : {}),
      ownerId: c.ownerId,
      courseState: c.courseState,
      alternateLink: `https://classroom.google.com/c/${Buffer.from(c.id, 'utf8').toString('base64url')}`,
      ...(this.isTeacher(c, me.id) ? { enrollmentCode: enrollmentCodeFor(c.id) } : {}),
      creationTime: c.creationTime ?? '',
    };
  }

  /** Google JSON leaves an empty list's key out entirely. */
  private listResult<K extends string, T>(key: K, items: T[], nextPageToken: string | undefined) {
    const out: Partial<Record<K, T[]>> & { nextPageToken?: string } = {};
    if (items.length > 0) (out as Record<K, T[]>)[key] = items;
    if (nextPageToken) out.nextPageToken = nextPageToken;
    return out;
  }

  /** The next number of the persisted counter (user, course and per-create invitation ids). */
  private takeId(): number {
    const id = this.nextId;
    this.nextId = id + 1;
    return id;
  }

  private newId(): string {
    return String(this.takeId());
  }

  private newInvitationId(courseId: string, userId: string): string {
    const text = this.invitationIds === 'stable' ? `${courseId}|${userId}` : `${courseId}|${userId}|${this.takeId()}`;
    return Buffer.from(text, 'utf8').toString('base64url');
  }

  private indexUser(u: SeedUser): void {
    this.userSeq.set(u.id, ++this.seq);
    this.users.set(u.id, u);
    this.usersByEmail.set(u.email.toLowerCase(), u);
  }

  private indexCourse(c: SeedCourse): void {
    const seq = ++this.seq;
    c.creationTime ??= new Date(this.lastCreationMs + 60_000).toISOString();
    if (Number.isNaN(Date.parse(c.creationTime))) throw new Error(`course ${c.id}: bad creationTime ${c.creationTime}`);
    this.lastCreationMs = Math.max(this.lastCreationMs, Date.parse(c.creationTime));
    this.courses.set(c.id, c);
    this.courseSeq.set(c.id, seq);
  }

  private indexInvitation(inv: SeedInvitation): void {
    if (this.invitations.has(inv.id)) throw new Error(`duplicate invitation id ${inv.id}`);
    this.invitations.set(inv.id, inv);
    this.invitationSeq.set(inv.id, ++this.seq);
  }

  private removeInvitation(id: string): void {
    this.invitations.delete(id);
    this.invitationSeq.delete(id);
  }
}
