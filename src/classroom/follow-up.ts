// The engine's, the follow-up's and the owner transfer's calls to Classroom, batched: creates and deletes (each
// answer read in the add-on's terms: Google's error shapes stay here), the invitations of several courses or people
// side by side (journal recovery), each course's invitations with its students and teachers (the sweep's reconcile),
// one user's invitations across courses (find by email), and a transfer target's place in one course.
import { isTransient } from '../domain/errors';
import type { Member } from '../domain/ledger';
import type { CreateAnswer } from '../domain/outcomes';
import type { TargetMembership, TransferFacts } from '../domain/transfer';
import { isRole, type Role } from '../domain/roles';
import { MAX_BATCH_PARTS, type PartResponse, type RetryPolicy } from '../transport/http';
import type { Course, Invitation } from '../domain/types';
import { fromRestBody, toCourse, toInvitation, toProfile } from './mappers';
import { invitationsQuery, memberQueries, membersOf } from './lists';
import {
  coursePath,
  createRequest,
  deleteRequest,
  invitationsPath,
  profilePath,
  rosterPath,
  TEACHING_COURSES_PATH,
} from './paths';
import { apiFailure, listMany, send, type ListResult } from './rest';

/** A list's invitations; null when it failed. */
const invitationsOf = (r: ListResult | undefined) => (r && !r.error ? r.items.map(toInvitation) : null);

/** invitations.delete for each id, in one batch round trip: 'gone' when it no longer existed. */
export function deleteInvitations(ids: readonly string[]) {
  const responses = send(ids.map(deleteRequest), { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 });
  return responses.map((res) => {
    if (res.status === 0) return 'retry';
    if (res.status >= 200 && res.status < 300) return 'deleted';
    const api = fromRestBody(res.status, res.body);
    if (api.status === 'NOT_FOUND') return 'gone';
    return isTransient(api) ? 'retry' : 'failed';
  });
}

/** Creates that fit one batch request (one round trip). */
export const CREATES_PER_BATCH = MAX_BATCH_PARTS;

export function classifyCreate(res: PartResponse | undefined): CreateAnswer {
  if (!res || res.status === 0)
    return { kind: 'retry', api: { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' } };
  if (res.status >= 200 && res.status < 300) {
    const body = res.body as { id?: string; courseId?: string; userId?: string; role?: string } | undefined;
    // The created invitation for the ledger; an answer without one still counts as invited.
    return body?.id && body.userId && body.courseId && isRole(body.role)
      ? { kind: 'invited', invitation: { id: body.id, courseId: body.courseId, userId: body.userId, role: body.role } }
      : { kind: 'invited' };
  }
  const api = fromRestBody(res.status, res.body);
  if (api.status === 'ALREADY_EXISTS') return { kind: 'alreadyInvited' };
  if (isTransient(api)) return { kind: 'retry', api };
  if (api.status === 'FAILED_PRECONDITION' && !api.reason) return { kind: 'precondition' };
  return { kind: 'failed', api };
}

/** invitations.create for each item (by address or user id, any course and role), in one batch round trip. */
export function createForUsers(
  items: readonly { courseId: string; userId: string; role: Role }[],
  policy?: RetryPolicy,
): CreateAnswer[] {
  const requests = items.map((i) => createRequest(i.courseId, i.userId, i.role));
  return send(requests, policy).map(classifyCreate);
}

/** Every invitation of each course (all pages), side by side; null where the list failed. */
export function invitationsOfCourses(courseIds: readonly string[]): Map<string, Invitation[] | null> {
  const answers = listMany(courseIds.map(invitationsQuery));
  return new Map(courseIds.map((id, i) => [id, invitationsOf(answers[i])]));
}

/** How `invitationsOfPairs` keys its answers: a course and a person (as given, lower-cased). */
export const pairKey = (p: { courseId: string; userId: string }) => `${p.courseId}|${p.userId.toLowerCase()}`;

// Each person's invitations in a course (invitations.list with courseId and userId: documented for both readings of
// list-by-user, platform.md §9), side by side in one round trip, keyed `courseId|userId` (lower-cased as given);
// null where the list failed.
export function invitationsOfPairs(pairs: readonly { courseId: string; userId: string }[]) {
  const unique = new Map(pairs.map((p) => [pairKey(p), { courseId: p.courseId, userId: p.userId.toLowerCase() }]));
  const answers = listMany([...unique.values()].map((p) => ({ path: invitationsPath(p), field: 'invitations' })));
  return new Map([...unique.keys()].map((k, i) => [k, invitationsOf(answers[i])]));
}

/** Each course's invitations and members, and the courses of `fetchCourseIds` (the digest's names); null: failed. */
export function courseStates(
  courseIds: readonly string[],
  fetchCourseIds: readonly string[] = [],
): { states: Map<string, { invitations: Invitation[]; members: Member[] } | null>; courses: Course[] } {
  const answers = listMany([
    ...courseIds.flatMap((courseId) => [invitationsQuery(courseId), ...memberQueries(courseId)]),
    ...fetchCourseIds.map((id) => ({ path: coursePath(id) })),
  ]);
  const states = courseIds.map((id, i) => {
    const lists = answers.slice(i * 3, i * 3 + 3);
    if (lists.some((r) => r.error)) return [id, null] as const;
    const [inv, ...members] = lists;
    return [
      id,
      { invitations: (inv?.items ?? []).map(toInvitation), members: members.flatMap((r) => membersOf(r.items)) },
    ] as const;
  });
  const courses = answers.slice(courseIds.length * 3).flatMap((r) => (r.items[0] ? [toCourse(r.items[0])] : []));
  return { states: new Map(states), courses };
}

/** One person's invitations across the courses the user can see (invitations.list?userId=<email>): one call. */
export function invitationsOfUser(email: string): Invitation[] {
  const [r] = listMany([{ path: invitationsPath({ userId: email }), field: 'invitations' }]);
  if (r?.error) {
    // An address Google does not know lists nothing rather than failing the search.
    if (r.error.status === 'NOT_FOUND' || r.error.status === 'INVALID_ARGUMENT') return [];
    if (r.error.status === 'PERMISSION_DENIED') return invitationsOfUserByCourse(email);
    throw apiFailure(r.error, 'list');
  }
  return (r?.items ?? []).map(toInvitation);
}

// When Google refuses a list by another user's id alone (whether it does is unverified: docs/assumptions.md), each
// course I teach is asked for that user: courseId and userId together work in both readings (platform.md §9).
function invitationsOfUserByCourse(email: string): Invitation[] {
  const [courses] = listMany([{ path: TEACHING_COURSES_PATH, field: 'courses' }]);
  if (courses?.error) throw apiFailure(courses.error, 'list');
  const queries = (courses?.items ?? []).map((c) => invitationsPath({ courseId: String(c.id), userId: email }));
  return listMany(queries.map((path) => ({ path, field: 'invitations' }))).flatMap((a) => invitationsOf(a) ?? []);
}

// A teachers row: their user id, and the name and email of their profile.
function toTeacher(row: Record<string, unknown>) {
  const { email, name } = toProfile(row.profile as Record<string, unknown> | undefined, '');
  return { userId: typeof row.userId === 'string' ? row.userId : '', email, name };
}

// Where `target` (an email or a user id) stands in the course, in one round trip: the course, its teachers, the
// target's invitations there and, at the start (`withStudent`), whether they are a student (courses.students.get:
// 404 if not) and their profile (their name for the wizard).
export function readTargetPlace(courseId: string, target: string, withStudent = false) {
  const [got, teacherList, invitationList, student, profile] = listMany([
    { path: coursePath(courseId) },
    { path: rosterPath(courseId, 'teachers'), field: 'teachers' },
    { path: invitationsPath({ courseId, userId: target }), field: 'invitations' },
    ...(withStudent ? [{ path: rosterPath(courseId, 'students', target) }, { path: profilePath(target) }] : []),
  ]);
  if (got?.error) throw apiFailure(got.error, 'course');
  if (teacherList?.error) throw apiFailure(teacherList.error, 'list');
  // Listing the invitations of someone without any answers NOT_FOUND in some cases: that is no invitation.
  if (invitationList?.error && invitationList.error.status !== 'NOT_FOUND')
    throw apiFailure(invitationList.error, 'list');
  const course = toCourse(got?.items[0]);
  const teachers = (teacherList?.items ?? []).map(toTeacher);
  const pending = (invitationList?.error ? [] : (invitationList?.items ?? [])).map(toInvitation);
  const key = target.toLowerCase();
  const asTeacher = teachers.find((x) => x.userId === target || x.email.toLowerCase() === key);
  const person = profile && !profile.error && profile.items[0] ? toProfile(profile.items[0], target) : undefined;
  const userId = asTeacher?.userId || pending[0]?.userId || person?.id;
  const targetIsOwner = userId !== undefined && userId === course.ownerId;
  const isStudent = withStudent && student !== undefined && !student.error;
  const membership: TargetMembership = targetIsOwner ? 'owner' : asTeacher ? 'teacher' : isStudent ? 'student' : 'none';
  return {
    course,
    teachers,
    pending,
    facts: {
      targetIsTeacher: asTeacher !== undefined,
      targetIsOwner,
      pendingInvitations: pending.map((i) => ({ id: i.id, role: i.role, userId: i.userId })),
    } satisfies TransferFacts,
    membership,
    // The target as Classroom knows them (id, name), when they are a teacher, invited or a known profile.
    ...(userId ? { userId } : {}),
    ...(asTeacher?.name || person?.name ? { name: asTeacher?.name || person?.name } : {}),
  };
}

/** The transfer's deletes by id: one already gone (accepted, declined, deleted) is not an error, others throw. */
export function deleteInvitationsOrThrow(ids: readonly string[]): void {
  const failed = send(ids.map(deleteRequest)).find((r) => (r.status < 200 || r.status >= 300) && r.status !== 404);
  if (failed) throw apiFailure(fromRestBody(failed.status, failed.body), 'delete');
}
