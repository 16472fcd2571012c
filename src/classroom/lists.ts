// The reads a screen needs, several lists side by side in one round trip per page depth: a course with its
// invitations, the homepage's lists, every course's pending count, a course's roster.
import type { Course, Invitation, Profile } from '../domain/types';
import { toCourse, toInvitation, toProfile } from './mappers';
import { coursePath, invitationsPath, profilePath, rosterPath, TEACHING_COURSES_PATH } from './paths';
import { listMany, listOnePage, type ListQuery } from './rest';
import { apiFailure } from './retry';

/**
 * One list page of a course's pending invitations (from `token`; the first without) and the course itself (read
 * too, unless the caller `known` it already), in one round trip whatever the number of invitations.
 */
export function readCourseInvitations(
  courseId: string,
  known: Course | undefined,
  token = '',
): { course: Course; invitations: Invitation[]; nextPageToken: string } {
  const withCourse = !known;
  const [list, got] = listOnePage([
    { path: invitationsPath({ courseId }), field: 'invitations', token },
    ...(withCourse ? [{ path: coursePath(courseId) }] : []),
  ]);
  if (got?.error) throw apiFailure(got.error, 'course');
  if (list?.error) throw apiFailure(list.error, 'list');
  return {
    course: known ?? toCourse(got?.items[0]),
    invitations: (list?.items ?? []).map((raw) => toInvitation(raw)),
    nextPageToken: list?.nextPageToken ?? '',
  };
}

/** The courses I teach, my invitations and, if asked, my profile (undefined when Google shows none). */
export function readMyLists(withMe: boolean): { courses: Course[]; mine: Invitation[]; me?: Profile } {
  const first: ListQuery[] = [
    { path: TEACHING_COURSES_PATH, field: 'courses' },
    { path: invitationsPath({ userId: 'me' }), field: 'invitations' },
  ];
  const [courseList, mineList, meRaw] = listMany(withMe ? [...first, { path: profilePath('me') }] : first);
  for (const r of [courseList, mineList, meRaw]) if (r?.error) throw apiFailure(r.error, 'courses');
  const me = meRaw?.items[0] ? toProfile(meRaw.items[0], 'me') : undefined;
  return {
    courses: (courseList?.items ?? []).map((raw) => toCourse(raw)),
    mine: (mineList?.items ?? []).map((raw) => toInvitation(raw)),
    ...(me ? { me } : {}),
  };
}

/**
 * Every course's pending invitation count from Google's first list page (null where the list failed; `more` where
 * further pages exist, so 3,000 pending cost one request, not six round trips) and the courses asked for by id.
 */
export function readPendingCounts(
  courseIds: readonly string[],
  fetchCourseIds: readonly string[],
): { pending: (number | null)[]; more: boolean[]; fetched: Course[] } {
  const answers = listOnePage([
    ...courseIds.map((courseId) => ({ path: invitationsPath({ courseId }), field: 'invitations' })),
    ...fetchCourseIds.map((id) => ({ path: coursePath(id) })),
  ]);
  return {
    pending: courseIds.map((_, i) => {
      const r = answers[i];
      return r && !r.error ? r.items.length : null;
    }),
    more: courseIds.map((_, i) => (answers[i]?.nextPageToken ?? '') !== ''),
    fetched: answers.slice(courseIds.length).flatMap((r) => (!r.error && r.items[0] ? [toCourse(r.items[0])] : [])),
  };
}

/** A course's pending invitations and the emails (lower case) of its students and teachers. */
export function readRoster(courseId: string): { invitations: Invitation[]; memberEmails: Set<string> } {
  const [invitations, students, teachers] = listMany([
    { path: invitationsPath({ courseId }), field: 'invitations' },
    { path: rosterPath(courseId, 'students'), field: 'students' },
    { path: rosterPath(courseId, 'teachers'), field: 'teachers' },
  ]);
  for (const r of [invitations, students, teachers]) if (r?.error) throw apiFailure(r.error, 'list');
  const memberEmails = new Set<string>();
  for (const row of [...(students?.items ?? []), ...(teachers?.items ?? [])]) {
    const email = (row.profile as { emailAddress?: string } | undefined)?.emailAddress;
    if (email) memberEmails.add(email.toLowerCase());
  }
  return { invitations: (invitations?.items ?? []).map((raw) => toInvitation(raw)), memberEmails };
}
