// The Classroom side of a sheet sync: the courses the sheet may name (taught ones listed and cached, aliases asked
// for directly), each course's pending invitations, members and teachers read side by side once (the preview's
// snapshot), and whether the invitations a sync withdraws are still pending. Its writes go through the step engine.
import { isRole, type Role } from '../domain/roles';
import { ALIAS, type CourseCandidate } from '../domain/sheet-roster';
import type { CourseSyncState } from '../domain/sheet-plan';
import { getCachedMany, putCachedMany, shaped } from '../platform/cache';
import { fromRestBody, toCourse, toInvitation } from './mappers';
import { emailsOf, invitationsQuery, memberQueries, readCourses } from './lists';
import { coursePath, invitationPath } from './paths';
import { resolveProfiles } from './profiles';
import { apiFailure, listMany, send } from './rest';

const TAUGHT_KEY = 'sync:taught';
/** A course's pending invitees by user id: one cache entry per course, so 200 courses stay within the cache. */
const whoKey = (courseId: string) => `sync:who:${courseId}`;

const isCandidate = shaped<CourseCandidate>({ id: 'string', name: 'string', teaching: 'boolean' });
const areCandidates = (v: unknown): v is CourseCandidate[] => Array.isArray(v) && v.every(isCandidate);
const isEmailMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && Object.values(v).every((email) => typeof email === 'string');

function taughtCourses(): CourseCandidate[] {
  const cached = getCachedMany([TAUGHT_KEY], areCandidates).get(TAUGHT_KEY);
  if (cached) return cached;
  const taught = readCourses(false).map(({ id, name }) => ({ id, name, teaching: true }));
  putCachedMany(new Map([[TAUGHT_KEY, taught]]), 600);
  return taught;
}

// The courses a sheet may name: the ones the user teaches (listed once, cached), then, side by side, any alias or
// id-like ref that is not one of them, asked for directly: a course the user can see but does not teach is named as
// such, one Google does not show is not found.
export function syncCandidates(refs: readonly string[]): CourseCandidate[] {
  const taught = taughtCourses();
  const taughtIds = new Set(taught.map((c) => c.id));
  const ask = [...new Set(refs.map((r) => r.trim()))].filter(
    (r) => ALIAS.test(r) || (/^\d+$/.test(r) && !taughtIds.has(r)),
  );
  if (ask.length === 0) return taught;
  const answers = listMany(ask.map((ref) => ({ path: coursePath(ref) })));
  const more = answers.flatMap((answer, i): CourseCandidate[] => {
    const ref = ask[i] ?? '';
    if (answer.error) return []; // not found or not visible: resolves as not found
    const { id, name } = toCourse(answer.items[0]);
    return [{ id, name, aliases: ALIAS.test(ref) ? [ref.toLowerCase()] : [], teaching: taughtIds.has(id) }];
  });
  return [...taught, ...more];
}

/** Each course's pending invitations (by invitee email, lower case) and members, every list side by side. */
export function readSyncStates(courseIds: readonly string[]): Record<string, CourseSyncState> {
  const answers = listMany(courseIds.flatMap((courseId) => [invitationsQuery(courseId), ...memberQueries(courseId)]));
  for (const a of answers) if (a.error) throw apiFailure(a.error, 'list');
  const invitations = courseIds.map((_, i) => (answers[i * 3]?.items ?? []).map(toInvitation));
  // Who is behind each pending invitation: the course's own map first (kept up to date by this sync's creates),
  // then the profile cache, then userProfiles.get in batches for the rest.
  const known = getCachedMany(courseIds.map(whoKey), isEmailMap);
  const unknown = invitations.flat().filter((inv) => !known.get(whoKey(inv.courseId))?.[inv.userId]);
  const people = resolveProfiles(unknown.map((inv) => inv.userId));
  const maps = new Map<string, Record<string, string>>();
  const out: Record<string, CourseSyncState> = {};
  courseIds.forEach((courseId, i) => {
    const before = known.get(whoKey(courseId)) ?? {};
    const who: Record<string, string> = {};
    const pending: CourseSyncState['pending'] = {};
    for (const inv of invitations[i] ?? []) {
      const email = before[inv.userId] ?? people.get(inv.userId)?.email.toLowerCase();
      if (!email) continue;
      who[inv.userId] = email;
      pending[email] = { role: inv.role, invitationId: inv.id };
    }
    maps.set(whoKey(courseId), who);
    const teachers = emailsOf(answers[i * 3 + 2]?.items);
    out[courseId] = { pending, members: [...emailsOf(answers[i * 3 + 1]?.items), ...teachers], teachers };
  });
  putCachedMany(maps);
  return out;
}

/** Each invitation's role while pending, null once gone, 'unknown' without an answer (the write waits): batched. */
export function pendingRoles(invitationIds: readonly string[]): (Role | null | 'unknown')[] {
  return send(invitationIds.map((id) => ({ method: 'GET', path: invitationPath(id) }))).map((res) => {
    if (res.status >= 200 && res.status < 300) {
      const role = (res.body as { role?: unknown } | undefined)?.role;
      return isRole(role) ? role : 'unknown';
    }
    return fromRestBody(res.status, res.body).status === 'NOT_FOUND' ? null : 'unknown';
  });
}
