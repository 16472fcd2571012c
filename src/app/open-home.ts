// Open the homepage (every host, and Gmail until a message is open): invitations for the user, the courses they
// teach with their pending counts, and unfinished bulk jobs. Two or three round trips whatever the number of courses.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readMyLists, readPendingCounts } from '../classroom/lists';
import { cachedCurrentUser, currentUser, rememberCurrentUser } from '../classroom/profiles';
import { progress } from '../domain/job';
import type { RoleNotice } from '../domain/journal';
import type { Course, InvitationView, Profile } from '../domain/types';
import { takeNotices } from '../platform/journal';
import { listJobs } from '../platform/job-store';
import { recoverJournal } from './change-role';

export interface Home {
  me: Profile;
  teaching: { course: Course; pending: number | null }[];
  forMe: InvitationView[];
  jobs: ({ id: string; course: string } & ReturnType<typeof progress>)[];
  /** Role changes settled since the last opening, shown once. */
  notices: RoleNotice[];
}

export function openHome(): Home {
  recoverJournal(); // a role change interrupted earlier is settled before anything is shown
  // Round trip 1: my profile (unless cached), my courses, my invitations, side by side.
  const cachedMe = cachedCurrentUser();
  const lists = readMyLists(!cachedMe);
  const me = cachedMe ?? lists.me ?? currentUser();
  if (!cachedMe) rememberCurrentUser(me);
  const { courses, mine } = lists;
  rememberCourses(courses);

  // Round trip 2: every course's invitations and the courses I am invited to that are not cached yet.
  const known = cachedCourses(mine.map((i) => i.courseId));
  const unknown = [...new Set(mine.map((i) => i.courseId))].filter((id) => !known.has(id));
  const counts = readPendingCounts(
    courses.map((c) => c.id),
    unknown,
  );
  rememberCourses(counts.fetched);
  for (const c of counts.fetched) known.set(c.id, c);

  const teaching = courses.map((course, i) => ({ course, pending: counts.pending[i] ?? null }));
  const forMe: InvitationView[] = mine.map((inv) => {
    const course = known.get(inv.courseId);
    return { ...inv, invitee: me, ...(course ? { course } : {}) };
  });
  const jobs = listJobs()
    .filter((j) => !j.draft)
    .map((j) => ({ id: j.id, course: j.courseName, ...progress(j) }));
  return { me, teaching, forMe, jobs, notices: takeNotices() };
}
