// The reads a screen needs, several lists side by side in one round trip per page depth: a course with its
// invitations, the homepage's lists, every course's pending count, a course's roster, a Gmail message's people.
import type { Member } from '../domain/ledger';
import type { Course, Invitation, Profile } from '../domain/types';
import { toCourse, toInvitation, toProfile } from './mappers';
import {
  coursePath,
  coursesOfPath,
  invitationsPath,
  profilePath,
  rosterPath,
  TEACHING_COURSES_PATH,
  VIEWABLE_COURSES_PATH,
} from './paths';
import { apiFailure, listMany, type ListQuery, type ListResult } from './rest';

export const invitationsQuery = (courseId: string) => ({ path: invitationsPath({ courseId }), field: 'invitations' });

export const memberQueries = (courseId: string): ListQuery[] =>
  (['students', 'teachers'] as const).map((list) => ({ path: rosterPath(courseId, list), field: list }));

/** Students or teachers rows as members (user id, lower-case email where the profile shows one). */
export function membersOf(rows: readonly Record<string, unknown>[] | undefined): Member[] {
  return (rows ?? []).map((row) => {
    const email = (row.profile as { emailAddress?: string } | undefined)?.emailAddress;
    const userId = typeof row.userId === 'string' ? row.userId : undefined;
    return { ...(userId ? { userId } : {}), ...(email ? { email: email.toLowerCase() } : {}) };
  });
}

export const emailsOf = (rows: readonly Record<string, unknown>[] | undefined): string[] =>
  membersOf(rows).flatMap((m) => m.email ?? []);

// One list page of a course's pending invitations (from `token`; the first without) and the course itself (read
// too, unless the caller `known` it already), and with `withMembers` its students and teachers in the same round
// trip (the ledger's reconcile needs them), whatever the number of invitations. `members` is given only when it is
// the whole roster and the invitations are the whole list: a partial view must never settle anyone as declined.
export function readCourseInvitations(courseId: string, known: Course | undefined, token = '', withMembers = false) {
  const queries = [
    { ...invitationsQuery(courseId), token },
    ...(known ? [] : [{ path: coursePath(courseId) }]),
    ...(withMembers ? memberQueries(courseId) : []),
  ];
  const answers = listMany(queries, true);
  const list = answers[0];
  const got = known ? undefined : answers[1];
  const roster = answers.slice(known ? 1 : 2);
  if (got?.error) throw apiFailure(got.error, 'course');
  if (list?.error) throw apiFailure(list.error, 'list');
  const nextPageToken = list?.nextPageToken ?? '';
  const whole = token === '' && nextPageToken === '' && roster.every((r) => !r.error && !r.nextPageToken);
  return {
    course: known ?? toCourse(got?.items[0]),
    invitations: (list?.items ?? []).map(toInvitation),
    nextPageToken,
    ...(withMembers && whole ? { members: roster.flatMap((r) => membersOf(r.items)) } : {}),
  };
}

/** The courses I teach, my invitations and, if asked, my profile (undefined when Google shows none). */
export function readMyLists(withMe: boolean): { courses: Course[]; mine: Invitation[]; me?: Profile } {
  const [courseList, mineList, meRaw] = listMany([
    { path: TEACHING_COURSES_PATH, field: 'courses' },
    { path: invitationsPath({ userId: 'me' }), field: 'invitations' },
    ...(withMe ? [{ path: profilePath('me') }] : []),
  ]);
  for (const r of [courseList, mineList, meRaw]) if (r?.error) throw apiFailure(r.error, 'courses');
  const me = meRaw?.items[0] ? toProfile(meRaw.items[0], 'me') : undefined;
  return {
    courses: (courseList?.items ?? []).map(toCourse),
    mine: (mineList?.items ?? []).map(toInvitation),
    ...(me ? { me } : {}),
  };
}

/** The courses the user teaches or, with `all`, every course they may view (an admin: the domain's). */
export function readCourses(all: boolean): Course[] {
  const [list] = listMany([{ path: all ? VIEWABLE_COURSES_PATH : TEACHING_COURSES_PATH, field: 'courses' }]);
  if (list?.error) throw apiFailure(list.error, 'courses');
  return (list?.items ?? []).map(toCourse);
}

// Every course's pending invitations from Google's first list page (null: failed; `more`: further pages exist, so
// 3,000 pending cost one request, not six round trips) and the courses asked for by id.
export function readPendingCounts(courseIds: readonly string[], fetchCourseIds: readonly string[]) {
  const queries = [...courseIds.map(invitationsQuery), ...fetchCourseIds.map((id) => ({ path: coursePath(id) }))];
  const answers = listMany(queries, true);
  const lists = answers.slice(0, courseIds.length);
  return {
    pending: lists.map((r) => (r.error ? null : r.items.map(toInvitation))),
    more: lists.map((r) => r.nextPageToken !== ''),
    fetched: answers.slice(courseIds.length).flatMap((r) => (!r.error && r.items[0] ? [toCourse(r.items[0])] : [])),
  };
}

/** A course's pending invitations and the emails (lower case) of its students and teachers. */
export function readRoster(courseId: string): { invitations: Invitation[]; memberEmails: Set<string> } {
  const [invitations, students, teachers] = listMany([invitationsQuery(courseId), ...memberQueries(courseId)]);
  for (const r of [invitations, students, teachers]) if (r?.error) throw apiFailure(r.error, 'list');
  return {
    invitations: (invitations?.items ?? []).map(toInvitation),
    memberEmails: new Set([...emailsOf(students?.items), ...emailsOf(teachers?.items)]),
  };
}

// Where the people of an email stand across the courses the user teaches, in ONE round trip whatever their number:
// per person invitations.list?userId=<email> (their invitations in courses the user can see), courses.list?studentId=
// and ?teacherId=<email> (the courses they are in), beside the teaching courses (and profile when not cached). Why
// not the rosters: 2 lists per course plus further pages, and an email only with profile.emails and Google's profile
// visibility; this costs 3 one-page lists per person, answers by email, and does not grow with course sizes. 30 people
// × 30 courses: 2 + 3 × 31 requests in 1 round trip, under the budget's reservation cap (MAX_RESERVATION = 550),
// against 122 sequential calls course by course (npm run bench). The caller caps people (app/gmail-context.ts
// PEOPLE_PAGE = 40 a card: at most 125 requests).
export function readPeoplePlaces(emails: readonly string[], withMe: boolean) {
  const head: ListQuery[] = [
    { path: TEACHING_COURSES_PATH, field: 'courses' },
    ...(withMe ? [{ path: profilePath('me') }] : []),
  ];
  const perPerson = emails.flatMap((email): ListQuery[] => [
    { path: invitationsPath({ userId: email }), field: 'invitations' },
    { path: coursesOfPath('studentId', email), field: 'courses' },
    { path: coursesOfPath('teacherId', email), field: 'courses' },
  ]);
  const answers = listMany([...head, ...perPerson]);
  const [courseList, meRaw] = answers;
  if (courseList?.error) throw apiFailure(courseList.error, 'courses');
  if (withMe && meRaw?.error) throw apiFailure(meRaw.error, 'profile');
  const ids = (r: ListResult | undefined) => (r?.error ? [] : (r?.items ?? []).map((raw) => toCourse(raw).id));
  const places = emails.map((email, i) => {
    const [inv, asStudent, asTeacher] = answers.slice(head.length + 3 * i, head.length + 3 * i + 3);
    const notFound = [inv, asStudent, asTeacher].some((p) => p?.error?.httpCode === 404);
    const place = {
      // Their pending invitations in courses the user can see, and the ones they are a student or a teacher in.
      invitations: inv?.error ? [] : (inv?.items ?? []).map(toInvitation),
      studentOf: ids(asStudent),
      teacherOf: ids(asTeacher),
      // Google knows no such user (NOT_FOUND): not a Workspace account Classroom can see, e.g. a parent's address.
      unknown: notFound,
      // A lookup failed otherwise (quota, outage): their line says so instead of a wrong "in none".
      failed: !notFound && [inv, asStudent, asTeacher].some((p) => p?.error !== undefined),
    };
    return [email, place] as const;
  });
  const me = withMe && meRaw?.items[0] ? toProfile(meRaw.items[0], 'me') : undefined;
  return { courses: (courseList?.items ?? []).map(toCourse), ...(me ? { me } : {}), places: new Map(places) };
}
