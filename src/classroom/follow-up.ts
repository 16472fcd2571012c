// The follow-up's calls to Classroom, batched: deletes and re-creates by user id (resend, withdraw), the
// invitations of several courses side by side (journal recovery), each course's invitations with its students and
// teachers (the sweep's reconcile), and one user's invitations across courses (find by email).
import { isTransient } from '../domain/errors';
import type { Member } from '../domain/ledger-reconcile';
import type { CreateAnswer } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import type { RetryPolicy } from '../transport/backoff';
import type { Course, Invitation } from '../domain/types';
import { fromRestBody } from './api-error';
import { classifyCreate } from './create';
import { toCourse, toInvitation } from './mappers';
import { invitationsQuery, memberQueries, membersOf } from './lists';
import { coursePath, createRequest, deleteRequest, invitationsPath, TEACHING_COURSES_PATH } from './paths';
import { apiFailure, listMany, send, type ListResult } from './rest';

/** A list's invitations; null when it failed. */
const invitationsOf = (r: ListResult | undefined) => (r && !r.error ? r.items.map(toInvitation) : null);

export type DeleteAnswer = 'deleted' | 'gone' | 'retry' | 'failed';

/** invitations.delete for each id, in one batch round trip: 'gone' when it no longer existed. */
export function deleteInvitations(ids: readonly string[]): DeleteAnswer[] {
  const responses = send(
    ids.map((id) => deleteRequest(id)),
    { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 },
  );
  return ids.map((_, i) => {
    const res = responses[i];
    if (!res || res.status === 0) return 'retry';
    if (res.status >= 200 && res.status < 300) return 'deleted';
    const api = fromRestBody(res.status, res.body);
    if (api.status === 'NOT_FOUND') return 'gone';
    return isTransient(api) ? 'retry' : 'failed';
  });
}

/** invitations.create for each item (by address or user id, any course and role), in one batch round trip. */
export function createForUsers(
  items: readonly { courseId: string; userId: string; role: Role }[],
  policy?: RetryPolicy,
): CreateAnswer[] {
  const responses = send(
    items.map((i) => createRequest(i.courseId, i.userId, i.role)),
    policy,
  );
  return items.map((_, i) => classifyCreate(responses[i]));
}

/** Every invitation of each course (all pages), side by side; null where the list failed. */
export function invitationsOfCourses(courseIds: readonly string[]): Map<string, Invitation[] | null> {
  const answers = listMany(courseIds.map(invitationsQuery));
  return new Map(courseIds.map((id, i) => [id, invitationsOf(answers[i])]));
}

/** How `invitationsOfPairs` keys its answers: a course and a person (as given, lower-cased). */
export const pairKey = (p: { courseId: string; userId: string }) => `${p.courseId}|${p.userId.toLowerCase()}`;

/**
 * Each person's invitations in a course (invitations.list with courseId and userId: documented for both readings of
 * list-by-user, platform.md §9), side by side in one round trip, keyed `courseId|userId` (lower-cased as given);
 * null where the list failed.
 */
export function invitationsOfPairs(
  pairs: readonly { courseId: string; userId: string }[],
): Map<string, Invitation[] | null> {
  const keys = [...new Set(pairs.map(pairKey))];
  const answers = listMany(
    keys.map((k) => {
      const [courseId = '', userId = ''] = k.split('|');
      return { path: invitationsPath({ courseId, userId }), field: 'invitations' };
    }),
  );
  return new Map(keys.map((k, i) => [k, invitationsOf(answers[i])]));
}

export interface CourseLists {
  invitations: Invitation[];
  members: Member[];
}

/**
 * Each course's invitations, students and teachers, and the courses of `fetchCourseIds` (names for the digest), all
 * in one round trip per page depth; null where one of a course's lists failed.
 */
export function courseStates(
  courseIds: readonly string[],
  fetchCourseIds: readonly string[] = [],
): { states: Map<string, CourseLists | null>; courses: Course[] } {
  const answers = listMany([
    ...courseIds.flatMap((courseId) => [invitationsQuery(courseId), ...memberQueries(courseId)]),
    ...fetchCourseIds.map((id) => ({ path: coursePath(id) })),
  ]);
  const states = new Map<string, CourseLists | null>();
  courseIds.forEach((id, i) => {
    const [inv, students, teachers] = answers.slice(i * 3, i * 3 + 3);
    if (!inv || !students || !teachers || inv.error || students.error || teachers.error) states.set(id, null);
    else
      states.set(id, {
        invitations: inv.items.map(toInvitation),
        members: [...membersOf(students.items), ...membersOf(teachers.items)],
      });
  });
  const courses = answers.slice(courseIds.length * 3).flatMap((r) => (r.items[0] ? [toCourse(r.items[0])] : []));
  return { states, courses };
}

/** One person's invitations across the courses the user can see (invitations.list?userId=<email>): one call. */
export function invitationsOfUser(email: string): Invitation[] {
  const [r] = listMany([{ path: invitationsPath({ userId: email }), field: 'invitations' }]);
  if (!r) return [];
  if (r.error) {
    // An address Google does not know lists nothing rather than failing the search.
    if (r.error.status === 'NOT_FOUND' || r.error.status === 'INVALID_ARGUMENT') return [];
    if (r.error.status === 'PERMISSION_DENIED') return invitationsOfUserByCourse(email);
    throw apiFailure(r.error, 'list');
  }
  return r.items.map(toInvitation);
}

/**
 * When Google refuses a list by another user's id alone (whether it does is unverified: docs/assumptions.md), each
 * course I teach is asked for that user: courseId and userId together work in both readings (platform.md §9).
 */
function invitationsOfUserByCourse(email: string): Invitation[] {
  const [courses] = listMany([{ path: TEACHING_COURSES_PATH, field: 'courses' }]);
  if (!courses || courses.error)
    throw apiFailure(courses?.error ?? { httpCode: 0, status: 'UNKNOWN', message: '' }, 'list');
  const answers = listMany(
    courses.items.map((c) => ({
      path: invitationsPath({ courseId: String(c.id), userId: email }),
      field: 'invitations',
    })),
  );
  return answers.flatMap((a) => invitationsOf(a) ?? []);
}
