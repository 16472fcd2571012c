// Open the homepage (every host, and Gmail until a message is open): invitations for the user (with each course's
// teacher), the courses they teach with their pending counts, and unfinished bulk jobs, each list paged. Three round
// trips at most whatever the lengths: my lists; the shown courses' first invitation page and unknown courses; the
// teachers of the shown invitations (names cached, so usually none).
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readMyLists, readPendingCounts } from '../classroom/lists';
import { cachedCurrentUser, currentUser, rememberCurrentUser, resolveProfiles } from '../classroom/profiles';
import { fetchProfilesLeniently } from '../classroom/rest';
import { isDone, progress, type Plan } from '../domain/plan';
import { HOME_ROWS, type HomeOffsets } from '../domain/list-pages';
import type { RoleNotice } from '../domain/notices';
import type { Course, InvitationView, Profile } from '../domain/types';
import { takeNotices } from '../platform/notices';
import { listPlans } from '../platform/plan-store';
import { loadLedger } from '../platform/ledger-store';
import { OLD_DAYS, pendingByCourse } from '../domain/age';
import { finishInterrupted } from './hourly';
import { listTransfers } from '../platform/transfer-store';
import type { Transfer } from '../domain/transfer';

export type { HomeOffsets };
export const HOME_START: HomeOffsets = { forMe: 0, jobs: 0, teaching: 0 };

export interface Slice<T> {
  items: T[];
  offset: number;
  total: number;
}

export interface Home {
  me: Profile;
  /** `more`: the count stops at Google's first list page (e.g. 500+). */
  /** `old`: pending for a week or more, per the invitation ledger (no extra request). */
  teaching: Slice<{ course: Course; pending: number | null; more?: boolean; old?: number }>;
  forMe: Slice<InvitationView & { teacher?: string }>;
  jobs: Slice<JobRow>;
  /** Saved owner transfers, and the time their ages are counted to. */
  transfers: Transfer[];
  now: number;
  /** Role changes settled since the last opening, shown once. */
  notices: RoleNotice[];
}

function slice<T>(all: readonly T[], offset: number, rows: number): Slice<T> {
  const start = offset >= 0 && offset < all.length && offset % rows === 0 ? offset : 0;
  return { items: all.slice(start, start + rows), offset: start, total: all.length };
}

/** A job's line on the homepage: what it does, how far, and its state in words (running, paused, stopped, done). */
export type JobRow = { id: string; kind: Plan['kind']; course: string; finished: boolean } & ReturnType<
  typeof progress
> &
  Pick<Plan, 'paused' | 'pausedAt' | 'stopped'>;

/** The jobs a user sees: bulk invites, resends and sheet syncs they approved (role changes and sweeps say their part elsewhere). */
export function jobRows(): JobRow[] {
  return listPlans()
    .filter((j) => j.approvedAt !== undefined && ['invite', 'resend', 'sync'].includes(j.kind))
    .map((j) => ({
      id: j.id,
      kind: j.kind,
      course: j.title,
      ...progress(j),
      finished: isDone(j),
      ...(j.paused ? { paused: j.paused, pausedAt: j.pausedAt ?? j.updatedAt } : {}),
      ...(j.stopped ? { stopped: j.stopped } : {}),
    }));
}

export function openHome(offsets: HomeOffsets = HOME_START): Home {
  finishInterrupted(); // a role change interrupted earlier is settled before anything is shown
  // Round trip 1: my profile (unless cached), my courses, my invitations, side by side.
  const cachedMe = cachedCurrentUser();
  const lists = readMyLists(!cachedMe);
  const me = cachedMe ?? lists.me ?? currentUser();
  if (!cachedMe) rememberCurrentUser(me);
  const { courses, mine } = lists;
  rememberCourses(courses);
  const teachingPage = slice(courses, offsets.teaching, HOME_ROWS.teaching);
  const minePage = slice(mine, offsets.forMe, HOME_ROWS.forMe);

  // Round trip 2: the shown courses' pending counts and the courses I am invited to that are not cached yet.
  const known = cachedCourses(minePage.items.map((i) => i.courseId));
  const unknown = [...new Set(minePage.items.map((i) => i.courseId))].filter((id) => !known.has(id));
  const counts = readPendingCounts(
    teachingPage.items.map((c) => c.id),
    unknown,
  );
  rememberCourses(counts.fetched);
  for (const c of counts.fetched) known.set(c.id, c);

  const old = new Map(pendingByCourse(loadLedger(), Date.now(), OLD_DAYS).map((c) => [c.courseId, c.old]));
  // Round trip 3 (only for owners not cached): who teaches each course I am invited to.
  const owners = resolveProfiles([...known.values()].map((c) => c.ownerId).filter(Boolean), fetchProfilesLeniently);
  const forMe = minePage.items.map((inv) => {
    const course = known.get(inv.courseId);
    const teacher = course ? owners.get(course.ownerId)?.name : undefined;
    return { ...inv, invitee: me, ...(course ? { course } : {}), ...(teacher ? { teacher } : {}) };
  });
  const teaching = teachingPage.items.map((course, i) => ({
    course,
    pending: counts.pending[i] ?? null,
    ...(counts.more[i] ? { more: true } : {}),
    ...(old.get(course.id) ? { old: old.get(course.id) } : {}),
  }));
  const jobs = jobRows();
  return {
    me,
    teaching: { ...teachingPage, items: teaching },
    forMe: { ...minePage, items: forMe },
    jobs: slice(jobs, offsets.jobs, HOME_ROWS.jobs),
    transfers: listTransfers(),
    now: Date.now(),
    notices: takeNotices(),
  };
}
