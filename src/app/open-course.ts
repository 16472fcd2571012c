// Open a course: the course and its pending invitations in one round trip (the course from cache when it can), then
// the invitees' names in batches: two round trips for 200 invitations instead of 202. The course's students and
// teachers come in the first round trip too, so the invitation ledger is reconciled at no extra round trip.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readCourseInvitations } from '../classroom/lists';
import { resolveProfiles } from '../classroom/profiles';
import { fetchProfilesBatched } from '../classroom/rest';
import { ageOf, daysSince, OLD_DAYS, type Age } from '../domain/age';
import type { LedgerEntry } from '../domain/ledger';
import type { Course, InvitationView } from '../domain/types';
import { entryFor, reconcileCourse } from './follow-up';
import { recoverIfJournaled } from './resend';

export interface OpenedCourse {
  course: Course;
  pending: InvitationView[];
  /** The course's ledger entries after reconcile. */
  ledger: LedgerEntry[];
  /** Age and reminders of each pending invitation the ledger knows, by invitation id. */
  ages: Map<string, { age: Age; reminders: number }>;
  /** The add-on's pending invitations not sent or reminded for OLD_DAYS days (what "Resend" would resend). */
  old: { count: number; days: number };
}

export function openCourse(courseId: string): OpenedCourse {
  recoverIfJournaled(); // a resend killed between its delete and its create is finished before the course shows
  const cached = cachedCourses([courseId]).get(courseId);
  const read = readCourseInvitations(courseId, cached, true);
  const { course } = read;
  if (!cached) rememberCourses([course]);
  const people = resolveProfiles(
    read.invitations.map((i) => i.userId),
    fetchProfilesBatched,
  );
  const listed = read.invitations.map((inv) => ({ ...inv, email: people.get(inv.userId)?.email || undefined }));
  const ledger = read.members ? reconcileCourse(courseId, listed, read.members) : [];
  const pending = listed.map((inv) => {
    const invitee = people.get(inv.userId) ?? { id: inv.userId, email: '', name: '' };
    // Google hides some profiles; the ledger still knows the address the add-on invited.
    const email = invitee.email || entryFor(ledger, inv)?.email || '';
    const { email: _listedEmail, ...plain } = inv;
    return { ...plain, invitee: { ...invitee, email } };
  });
  // Oldest first (by the ledger's sent or seen time), then by name.
  const at = (v: InvitationView) => entryFor(ledger, v)?.at ?? Number.MAX_SAFE_INTEGER;
  pending.sort(
    (a, b) => at(a) - at(b) || (a.invitee.name || a.invitee.email).localeCompare(b.invitee.name || b.invitee.email),
  );
  const now = Date.now();
  const ages = new Map<string, { age: Age; reminders: number }>();
  let old = 0;
  for (const inv of pending) {
    const e = entryFor(ledger, inv);
    if (!e) continue;
    ages.set(inv.id, { age: ageOf(e, now), reminders: e.reminders });
    if (e.origin !== undefined && e.status === 'pending' && daysSince(e.lastReminderAt ?? e.at, now) >= OLD_DAYS) old++;
  }
  return { course, pending, ledger, ages, old: { count: old, days: OLD_DAYS } };
}
