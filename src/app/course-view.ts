// A course's card page: a list page of invitations, the course and roster in one round trip, then the shown invitees'
// profiles (3,000 pending cost what 20 rows cost); rows oldest first by the ledger. And the cards under a change.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readCourseInvitations } from '../classroom/lists';
import { cachedCurrentUser, resolveProfiles } from '../classroom/profiles';
import { fetchProfilesLeniently } from '../classroom/rest';
import { ageOf, isOld, OLD_DAYS, type Age } from '../domain/age';
import type { LedgerEntry, ListedInvitation } from '../domain/ledger';
import { cardPage, FIRST, pageToken, SHOWN, type Cursor } from '../domain/list-pages';
import type { Invitation } from '../domain/types';
import { loadLedger } from '../platform/ledger-store';
import { findInvitations } from './find-invitation';
import { entryFor, reconcileCourse } from './follow-up';
import { messageContext } from './gmail-context';
import { finishInterrupted } from './hourly';
import { openHome } from './open-home';
import { isOwner } from './permissions';
import { transferOnCourse } from './transfer-ownership';

// The listed invitations, with the emails intents (left by killed creates) name them by, so reconcile confirms those.
function withIntendedEmails(ledger: readonly LedgerEntry[], listed: readonly Invitation[]): ListedInvitation[] {
  const emails = ledger.flatMap((e) => (e.status === 'intended' && !e.userId && e.email ? [e.email] : []));
  if (emails.length === 0) return [...listed];
  const people = resolveProfiles(emails, fetchProfilesLeniently);
  const emailOf = new Map(emails.map((email) => [people.get(email)?.id ?? '', email]));
  return listed.map((inv) => {
    const email = emailOf.get(inv.userId);
    return email ? { ...inv, email } : inv;
  });
}

export function openCourse(courseId: string, cursor: Cursor = FIRST) {
  finishInterrupted(); // a resend or role change a kill cut short is finished before the ledger is reconciled
  const cached = cachedCourses([courseId]).get(courseId);
  // The roster (for the ledger's reconcile) is read on opening the course, not on every Previous/Next.
  const read = readCourseInvitations(courseId, cached, pageToken(cursor), cursor === FIRST);
  const { course } = read;
  if (!cached) rememberCourses([course]);
  const before = loadLedger().filter((e) => e.courseId === courseId);
  const ledger = read.members
    ? reconcileCourse(courseId, withIntendedEmails(before, read.invitations), read.members)
    : before;
  // Oldest first (by the ledger's sent or seen time), then Google's order: the same order on every card page.
  const at = (inv: (typeof read.invitations)[number]) => entryFor(ledger, inv)?.at ?? Number.MAX_SAFE_INTEGER;
  const ordered = read.invitations.map((inv, i) => ({ inv, i })).sort((a, b) => at(a.inv) - at(b.inv) || a.i - b.i);
  const page = cardPage(cursor, ordered.length, read.nextPageToken);
  const shown = ordered.slice(page.at, page.at + SHOWN).map((x) => x.inv);
  const ids = shown.map((i) => i.userId);
  const people = resolveProfiles(ids, fetchProfilesLeniently);
  const now = Date.now();
  const ages = new Map<string, { age: Age; reminders: number }>();
  const pending = shown.map((inv) => {
    const invitee = people.get(inv.userId) ?? { id: inv.userId, email: '', name: '' };
    const entry = entryFor(ledger, inv);
    if (entry) ages.set(inv.id, { age: ageOf(entry, now), reminders: entry.reminders });
    // Google hides some profiles; the ledger still knows the address the add-on invited.
    return { ...inv, invitee: { ...invitee, email: invitee.email || entry?.email || '' } };
  });
  const old = ledger.filter((e) => isOld(e, now)).length;
  // From the cache only (the homepage puts the user there): no extra round trip; unknown means not offered.
  const me = cachedCurrentUser();
  return {
    course,
    pending, // the pending invitations shown on this card page, with their invitees
    page,
    mayOfferOwner: me !== undefined && isOwner(course, me), // only the course owner (app/permissions.ts)
    ledger, // the course's entries (after reconcile when the whole list was read)
    ages, // age and reminders of each shown invitation the ledger knows, by invitation id
    old: { count: old, days: OLD_DAYS }, // the add-on's pending invitations "Resend" would resend
  };
}

export function openCourseView(courseId: string, cursor?: Cursor) {
  const opened = openCourse(courseId, cursor);
  return { ...opened, transfer: transferOnCourse(opened.course) };
}

/** Where a change was made from, carried in the actions' parameters: the Find results, or a person's Gmail card. */
export type Via = { find?: string; person?: string };

// Every card under a change, read again: the homepage (or the Gmail card), then Find's results, the person or course.
export function openStackAfter(courseId: string, via: Via, gmail?: { messageId: string; accessToken: string }) {
  const root = gmail ? messageContext(gmail.messageId, gmail.accessToken) : null;
  const base = { home: gmail ? null : openHome(), gmail: root };
  if (via.find) return { ...base, find: findInvitations(via.find) };
  const person = gmail && via.person ? messageContext(gmail.messageId, gmail.accessToken, courseId, via.person) : null;
  if (person) return { ...base, person };
  return { ...base, course: openCourseView(courseId) };
}
