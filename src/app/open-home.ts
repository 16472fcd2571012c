// Open the homepage (every host, and Gmail until a message is open): invitations for the user, the courses they
// teach with their pending counts, and unfinished bulk jobs. Two or three round trips whatever the number of courses.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readMyLists, readPendingCounts } from '../classroom/lists';
import { cachedCurrentUser, currentUser, rememberCurrentUser } from '../classroom/profiles';
import { progress } from '../domain/job';
import type { Course, InvitationView, Profile } from '../domain/types';
import { OLD_DAYS, pendingByCourse } from '../domain/age';
import { listJobs } from '../platform/job-store';
import { loadLedger } from '../platform/ledger-store';

export interface Home {
  me: Profile;
  /** `old`: pending for a week or more, per the invitation ledger (no extra request). */
  teaching: { course: Course; pending: number | null; old?: number }[];
  forMe: InvitationView[];
  jobs: ({ id: string; course: string } & ReturnType<typeof progress>)[];
}

export function openHome(): Home {
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

  const old = new Map(pendingByCourse(loadLedger(), Date.now(), OLD_DAYS).map((c) => [c.courseId, c.old]));
  const teaching = courses.map((course, i) => ({
    course,
    pending: counts.pending[i] ?? null,
    ...(old.get(course.id) ? { old: old.get(course.id) } : {}),
  }));
  const forMe: InvitationView[] = mine.map((inv) => {
    const course = known.get(inv.courseId);
    return { ...inv, invitee: me, ...(course ? { course } : {}) };
  });
  const jobs = listJobs()
    .filter((j) => !j.draft)
    .map((j) => ({ id: j.id, course: j.courseName, ...progress(j) }));
  return { me, teaching, forMe, jobs };
}
