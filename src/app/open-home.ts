// The homepage, what needs the user first (invitations for them, jobs, transfers, taught courses with pending
// invitations oldest first), in three round trips at most whatever the lengths. Also the course search.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readCourses, readMyLists, readPendingCounts } from '../classroom/lists';
import { cachedCurrentUser, currentUser, rememberCurrentUser, resolveProfiles } from '../classroom/profiles';
import { fetchProfilesLeniently } from '../classroom/rest';
import { isDone, progress } from '../domain/plan';
import { COUNTED, HOME_ROWS, matchesName, SHOWN, type HomeOffsets } from '../domain/list-pages';
import type { Course } from '../domain/types';
import { listPlans, takeNotices } from '../platform/plan-store';
import { isOld } from '../domain/age';
import { entryFor, ledgerOfTaught } from './follow-up';
import { finishInterrupted } from './hourly';
import { listTransfers } from '../platform/follow-up-store';

function slice<T>(all: readonly T[], offset: number, rows: number) {
  const start = offset >= 0 && offset < all.length && offset % rows === 0 ? offset : 0;
  return { items: all.slice(start, start + rows), offset: start, total: all.length };
}

/** Bulk invites, resends and sheet syncs the user approved (role changes and sweeps say their part elsewhere). */
function jobRows() {
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

export function openHome(offsets: HomeOffsets = { forMe: 0, jobs: 0, teaching: 0 }) {
  finishInterrupted(); // a role change interrupted earlier is settled before anything is shown
  // Round trip 1: my profile (unless cached), my courses, my invitations, side by side.
  const cachedMe = cachedCurrentUser();
  const { courses, mine, me: listedMe } = readMyLists(!cachedMe);
  const me = cachedMe ?? listedMe ?? currentUser();
  if (!cachedMe) rememberCurrentUser(me);
  rememberCourses(courses);
  const minePage = slice(mine, offsets.forMe, HOME_ROWS.forMe);

  // Round trip 2: every taught course's pending invitations (first page), and the uncached courses I am invited to.
  const known = cachedCourses(minePage.items.map((i) => i.courseId));
  const unknown = [...new Set(minePage.items.map((i) => i.courseId))].filter((id) => !known.has(id));
  const counted = courses.slice(0, COUNTED);
  const countedIds = counted.map((c) => c.id);
  const counts = readPendingCounts(countedIds, unknown);
  rememberCourses(counts.fetched);
  for (const c of counts.fetched) known.set(c.id, c);

  // Privacy: the records of courses the user no longer teaches are dropped here, where the whole list is known.
  const ledger = ledgerOfTaught(courses.map((c) => c.id));
  const now = Date.now();
  // Courses needing the user (pending, or uncountable now); `more`: past Google's first page; `old`: old among them.
  type Row = { course: Course; pending: number | null; more?: boolean; old?: number; oldestAt: number };
  const rows = counted.flatMap((course, i): Row[] => {
    const listed = counts.pending[i];
    if (!listed) return [{ course, pending: null, oldestAt: Infinity }];
    if (listed.length === 0) return [];
    const entries = listed.flatMap((inv) => entryFor(ledger, inv) ?? []);
    const old = entries.filter((e) => isOld(e, now)).length;
    const oldestAt = Math.min(...entries.map((e) => e.at));
    return [
      { course, pending: listed.length, oldestAt, ...(old ? { old } : {}), ...(counts.more[i] ? { more: true } : {}) },
    ];
  });
  // Oldest pending first (the ledger's sent or seen time; courses it knows nothing of after), then the most pending.
  rows.sort((a, b) => a.oldestAt - b.oldestAt || (b.pending ?? -1) - (a.pending ?? -1));
  const teachingPage = slice(rows, offsets.teaching, HOME_ROWS.teaching);

  // Round trip 3 (only for owners not cached): who teaches each course I am invited to.
  const owners = resolveProfiles([...known.values()].map((c) => c.ownerId).filter(Boolean), fetchProfilesLeniently);
  const forMe = minePage.items.map((inv) => {
    const course = known.get(inv.courseId);
    const teacher = course ? owners.get(course.ownerId)?.name : undefined;
    return { ...inv, invitee: me, ...(course ? { course } : {}), ...(teacher ? { teacher } : {}) };
  });
  const teaching = teachingPage.items.map(({ oldestAt: _, ...row }) => row);
  return {
    me,
    teaching: { ...teachingPage, items: teaching },
    // Taught courses with nothing pending, or beyond the COUNTED first ones: one line on the card.
    idle: courses.length - rows.length,
    uncounted: courses.length - counted.length,
    forMe: { ...minePage, items: forMe },
    jobs: slice(jobRows(), offsets.jobs, HOME_ROWS.jobs),
    // Saved owner transfers, and the time their ages are counted to.
    transfers: listTransfers(),
    now,
    // Role changes settled since the last opening, shown once.
    notices: takeNotices(),
  };
}

// Courses whose name or section holds `query`, SHOWN a page; `all`: every course the user may view, not only taught.
export function findCourses(query: string, all: boolean, offset: number) {
  const matching = readCourses(all).filter((c) => matchesName(c, query));
  const found = slice(matching, offset, SHOWN);
  rememberCourses(found.items);
  return { query, all, found };
}
