// Homepage (every host, and Gmail until a message is open): invitations for the user, the courses they teach with
// their pending counts, and unfinished bulk jobs. Reads fan out over the REST fast path: two or three round trips
// whatever the number of courses.
import { buildHomeCard, type HomeData } from '../cards/home';
import { progress } from '../domain/job';
import type { Course, InvitationView } from '../domain/types';
import { TEACHING_STATES, toCourse, toInvitation, toProfile } from '../services/classroom';
import { query } from '../services/http';
import { cachedCourses, rememberCourses } from '../services/course-cache';
import { listJobs } from '../services/job-store';
import { cachedCurrentUser, currentUser, rememberCurrentUser } from '../services/profiles';
import { invitationsPath, listMany, type ListQuery } from '../services/reads';
import { apiFailure } from '../services/retry';
import type { Ctx } from './event';
import { toHome } from './respond';

const TEACHING = `/v1/courses${query({ teacherId: 'me', courseStates: TEACHING_STATES })}`;

export function loadHome(): HomeData {
  // Round trip 1: my profile (unless cached), my courses, my invitations, side by side.
  const cachedMe = cachedCurrentUser();
  const first: ListQuery[] = [
    { path: TEACHING, field: 'courses' },
    { path: invitationsPath({ userId: 'me' }), field: 'invitations' },
  ];
  const [courseList, mineList, meRaw] = listMany(cachedMe ? first : [...first, { path: '/v1/userProfiles/me' }]);
  for (const r of [courseList, mineList, meRaw]) if (r?.error) throw apiFailure(r.error, 'courses');
  const me = cachedMe ?? (meRaw?.items[0] ? toProfile(meRaw.items[0], 'me') : currentUser());
  if (!cachedMe) rememberCurrentUser(me);
  const courses = (courseList?.items ?? []).map((raw) => toCourse(raw));
  rememberCourses(courses);
  const mine = (mineList?.items ?? []).map((raw) => toInvitation(raw));

  // Round trip 2: every course's invitations and the courses I am invited to that are not cached yet.
  const known = cachedCourses(mine.map((i) => i.courseId));
  const unknown = [...new Set(mine.map((i) => i.courseId))].filter((id) => !known.has(id));
  const second = listMany([
    ...courses.map((c) => ({ path: invitationsPath({ courseId: c.id }), field: 'invitations' })),
    ...unknown.map((id) => ({ path: `/v1/courses/${encodeURIComponent(id)}` })),
  ]);
  const fetched: Course[] = second.slice(courses.length).flatMap((r) => (r.items[0] ? [toCourse(r.items[0])] : []));
  rememberCourses(fetched);
  for (const c of fetched) known.set(c.id, c);

  const teaching = courses.map((course, i) => {
    const r = second[i];
    return { course, pending: r && !r.error ? r.items.length : null };
  });
  const forMe: InvitationView[] = mine.map((inv) => {
    const course = known.get(inv.courseId);
    return { ...inv, invitee: me, ...(course ? { course } : {}) };
  });
  const jobs = listJobs()
    .filter((j) => !j.draft)
    .map((j) => ({ id: j.id, course: j.courseName, ...progress(j) }));
  return { me, teaching, forMe, jobs };
}

export function homeCard(ctx: Ctx): GoogleAppsScript.Card_Service.Card {
  return buildHomeCard(ctx.t, loadHome());
}

export function refreshHome(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  return toHome(homeCard(ctx));
}
