// The invitation ledger at work: every create the add-on makes is written ahead ("intended") and settled after
// (pending with Classroom's ids, or abandoned when Classroom refused or already had one), and a course opened is
// reconciled with what Google lists (seen, confirmed, joined, declined). One place, so no create path can forget it.
import { createInvitations, type RetryPolicy } from '../classroom/create';
import { oldPending } from '../domain/age';
import {
  abandonIntent,
  confirmCreated,
  findOpen,
  recordIntent,
  retained,
  settle,
  type Intent,
  type LedgerEntry,
  type Origin,
} from '../domain/ledger';
import { reconcile, type ListedInvitation, type Member } from '../domain/ledger-reconcile';
import type { CreateAnswer } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import { loadLedger, tryUpdateLedger } from '../platform/ledger-store';

/** How long a click waits for the ledger while a trigger run works (it may hold the user lock for minutes). */
const CLICK_WAIT_MS = 3_000;

/**
 * invitations.create for `emails` in one batch, with the ledger written before (one save for the whole batch) and
 * after (one more). A kill between the two leaves intents: the next reconcile of the course confirms those Google
 * lists and drops, after 6 minutes, those it does not, so nothing is lost and nothing made up. Unanswered creates
 * keep their intent for that reconcile to decide; refused ones are abandoned at once, and so are "already exists"
 * ones: that invitation was there before this create (maybe a co-teacher's), so it is not the add-on's.
 */
export function createInvitationsRecorded(
  courseId: string,
  emails: readonly string[],
  role: Role,
  origin: Origin,
  policy?: RetryPolicy,
): CreateAnswer[] {
  if (emails.length === 0) return [];
  const now = Date.now();
  const intents: Intent[] = emails.map((email) => ({ courseId, role, origin, email }));
  const recorded = tryUpdateLedger(
    (ledger) => intents.reduce((l, intent) => recordIntent(l, intent, now), ledger),
    CLICK_WAIT_MS,
  );
  const answers = createInvitations(courseId, emails, role, policy);
  // Unrecorded (the ledger was busy): the next reconcile sees these invitations, as made elsewhere.
  if (!recorded) return answers;
  const after = Date.now();
  tryUpdateLedger(
    (ledger) =>
      intents.reduce((l, intent, i) => {
        const answer = answers[i];
        if (answer?.kind === 'invited' && answer.invitation) return confirmCreated(l, intent, answer.invitation, after);
        if (answer?.kind === 'failed' || answer?.kind === 'precondition' || answer?.kind === 'alreadyInvited')
          return abandonIntent(l, intent);
        return l;
      }, ledger),
    CLICK_WAIT_MS,
  );
  return answers;
}

/** A sighting younger than this is not worth a save of its own (the watch allows a day's gap: ledger.ts). */
const REFRESH_MS = 3_600_000;

/**
 * Brings one course's entries in line with Google's lists (ALL pages of its invitations, with emails where the
 * caller resolved them, and its students and teachers). Saves when something changed, or to renew the watch of an
 * entry last seen over an hour ago. Returns the course's entries after the change.
 */
export function reconcileCourse(
  courseId: string,
  listed: readonly ListedInvitation[],
  members: readonly Member[],
): LedgerEntry[] {
  const now = Date.now();
  const before = loadLedger();
  const { events } = reconcile(before, courseId, listed, members, now);
  const stale = before.some(
    (e) => e.courseId === courseId && e.observedAt !== undefined && now - e.observedAt > REFRESH_MS,
  );
  if (events.length === 0 && !stale) return before.filter((e) => e.courseId === courseId);
  const saved = tryUpdateLedger((l) => reconcile(l, courseId, listed, members, now).ledger, CLICK_WAIT_MS);
  // The ledger busy: show what reconcile found; the next opening saves it.
  return (saved ?? reconcile(before, courseId, listed, members, now).ledger).filter((e) => e.courseId === courseId);
}

/** The open entry of a listed invitation (by its id or its invitee). */
export function entryFor(entries: readonly LedgerEntry[], inv: ListedInvitation): LedgerEntry | undefined {
  return entries[
    findOpen(entries, { courseId: inv.courseId, invitationId: inv.id, userId: inv.userId, email: inv.email })
  ];
}

/** The course's "older than a week" invitations the add-on sent (domain/age.ts `oldPending`): what Resend offers. */
export function oldPendingOf(courseId: string, days?: number): LedgerEntry[] {
  return oldPending(loadLedger(), Date.now(), courseId, days);
}

/**
 * The homepage read every course the user teaches: entries of any other course (left, removed, archived) go, and
 * settled ones past the retention, saved only when that drops something. Returns the ledger kept.
 */
export function ledgerOfTaught(taught: readonly string[]): LedgerEntry[] {
  const keep = new Set(taught);
  const ledger = loadLedger();
  const kept = retained(ledger, Date.now(), keep);
  if (kept.length < ledger.length) tryUpdateLedger((l) => retained(l, Date.now(), keep), CLICK_WAIT_MS);
  return kept;
}

/** The user revoked an invitation: its open entry is settled as 'revoked' (best effort: never fails the revoke). */
export function noteRevoked(invitationId: string): void {
  const entry = loadLedger().find((e) => e.invitationId === invitationId);
  if (!entry) return;
  const target = { courseId: entry.courseId, invitationId };
  tryUpdateLedger((l) => settle(l, target, 'revoked', Date.now()), CLICK_WAIT_MS);
}
