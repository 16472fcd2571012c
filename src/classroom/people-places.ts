// Where the people of an email stand across every course the user teaches, in ONE round trip whatever the number of
// courses: for each person, invitations.list?userId=<email> (their invitations in the courses the user can see),
// courses.list?studentId=<email> and courses.list?teacherId=<email> (the courses they are in), sent side by side
// with the user's teaching courses (and their profile when not cached) in one fetchAll.
//
// Why: the roster plan (each course's students and teachers, then match emails) costs 2 lists per course plus every
// further page, and rosters show an email only with profile.emails and Google's profile visibility; this plan costs
// 3 one-page lists per person, answers by email directly, and does not grow with course sizes. 30 people × 30
// courses: 2 + 3 × 31 requests in 1 round trip, under the budget's reservation cap (MAX_RESERVATION = 550), against
// 122 sequential calls when each course is opened in turn (npm run bench). The caller caps people
// (app/gmail-context.ts PEOPLE_PAGE = 40 a card: at most 125 requests).
import { toCourse, toInvitation, toProfile } from './mappers';
import { coursesOfPath, invitationsPath, profilePath, TEACHING_COURSES_PATH } from './paths';
import { apiFailure, listMany, type ListQuery, type ListResult } from './rest';

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
