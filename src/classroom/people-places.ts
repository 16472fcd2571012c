// Where the people of an email stand across every course the user teaches, in ONE round trip whatever the number of
// courses: for each person, invitations.list?userId=<email> (their invitations in the courses the user can see),
// courses.list?studentId=<email> and courses.list?teacherId=<email> (the courses they are in), sent side by side
// with the user's teaching courses (and their profile when not cached) in one fetchAll.
//
// Why this plan: the roster plan (students + teachers of each course, then match emails) costs 2 lists per course
// (60 for 30 courses) plus every further page of big rosters, and rosters show an email only with the
// profile.emails scope and Google's profile visibility; the per-person plan costs 3 lists per person, each one page
// (a person is in far fewer than 500 of the user's courses), answers by email directly, and does not grow with
// course sizes. 30 people × 30 courses: 2 + 3 × 31 requests (the user's own 3 too, on a cold cache) in 1 round trip
// (page follow-ups only past 500 courses), well under the budget's reservation cap (transport/budget.ts,
// MAX_RESERVATION = 550), against 122 sequential calls when each course is opened in turn (npm run bench). People are
// capped by the caller (app/gmail-context.ts PEOPLE_PAGE = 40 a card: at most 125 requests).
import type { Course, Invitation, Profile } from '../domain/types';
import { toCourse, toInvitation, toProfile } from './mappers';
import { coursesOfPath, invitationsPath, profilePath, TEACHING_COURSES_PATH } from './paths';
import { apiFailure, listMany, type ListQuery } from './rest';

export interface PersonPlaces {
  /** Their pending invitations in courses the user can see. */
  invitations: Invitation[];
  /** Ids of the courses (visible to the user) where they are a student, a teacher. */
  studentOf: string[];
  teacherOf: string[];
  /** Google knows no such user (NOT_FOUND): not a Workspace account Classroom can see, e.g. a parent's address. */
  unknown: boolean;
  /** A lookup failed otherwise (quota, outage): their line says so instead of a wrong "in none". */
  failed: boolean;
}

export function readPeoplePlaces(
  emails: readonly string[],
  withMe: boolean,
): { courses: Course[]; me?: Profile; places: Map<string, PersonPlaces> } {
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
  const rest = answers.slice(head.length);
  const places = new Map<string, PersonPlaces>();
  emails.forEach((email, i) => {
    const [inv, asStudent, asTeacher] = [rest[3 * i], rest[3 * i + 1], rest[3 * i + 2]];
    const parts = [inv, asStudent, asTeacher];
    const notFound = parts.some((p) => p?.error?.httpCode === 404);
    const failed = !notFound && parts.some((p) => p?.error !== undefined);
    const ids = (r: typeof inv): string[] => (r?.error ? [] : r?.items.map((raw) => toCourse(raw).id)) ?? [];
    places.set(email, {
      invitations: inv?.error ? [] : (inv?.items ?? []).map(toInvitation),
      studentOf: ids(asStudent),
      teacherOf: ids(asTeacher),
      unknown: notFound,
      failed,
    });
  });
  const me = withMe && meRaw?.items[0] ? toProfile(meRaw.items[0], 'me') : undefined;
  return { courses: (courseList?.items ?? []).map(toCourse), ...(me ? { me } : {}), places };
}
