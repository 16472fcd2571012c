// The invitation ledger at work: every create the add-on makes is written ahead ("intended") and settled after
// (pending with Classroom's ids, or abandoned when Classroom refused), and a course opened is reconciled with what
// Google lists (seen, confirmed, joined, declined). One place, so no create path can forget it.
import type { RetryPolicy } from '../classroom/create';
import { createForUsers } from '../classroom/follow-up';
import {
  abandonIntent,
  confirmCreated,
  recordIntent,
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
 * lists and drops, after 6 minutes, those it does not, so nothing is lost and nothing made up. "Already exists"
 * and unanswered creates keep their intent for that reconcile to decide; refused ones are abandoned at once.
 */
export function createInvitationsRecorded(
  courseId: string,
  emails: readonly string[],
  role: Role,
  origin: Origin,
  policy?: RetryPolicy,
): CreateAnswer[] {
  return createRecorded(
    emails.map((userId) => ({ courseId, userId, role })),
    origin,
    policy,
  );
}

/** The same for creates across courses and roles (a plan's step); `userId` is an address or a user id. */
export function createRecorded(
  items: readonly { courseId: string; userId: string; role: Role }[],
  origin: Origin,
  policy?: RetryPolicy,
): CreateAnswer[] {
  if (items.length === 0) return [];
  const now = Date.now();
  const intents: Intent[] = items.map(({ courseId, userId, role }) =>
    userId.includes('@') ? { courseId, role, origin, email: userId } : { courseId, role, origin, userId },
  );
  const recorded = tryUpdateLedger(
    (ledger) => intents.reduce((l, intent) => recordIntent(l, intent, now), ledger),
    CLICK_WAIT_MS,
  );
  const answers = createForUsers(items, policy);
  // Unrecorded (the ledger was busy): the next reconcile sees these invitations, as made elsewhere.
  if (!recorded) return answers;
  const after = Date.now();
  tryUpdateLedger(
    (ledger) =>
      intents.reduce((l, intent, i) => {
        const answer = answers[i];
        if (answer?.kind === 'invited' && answer.invitation) return confirmCreated(l, intent, answer.invitation, after);
        if (answer?.kind === 'failed' || answer?.kind === 'precondition') return abandonIntent(l, intent);
        return l;
      }, ledger),
    CLICK_WAIT_MS,
  );
  return answers;
}

/**
 * Brings one course's entries in line with Google's lists (ALL pages of its invitations, with emails where the
 * caller resolved them, and its students and teachers). Saves only when something changed. Returns the course's
 * entries after the change.
 */
export function reconcileCourse(
  courseId: string,
  listed: readonly ListedInvitation[],
  members: readonly Member[],
): LedgerEntry[] {
  const now = Date.now();
  const before = loadLedger();
  const { events } = reconcile(before, courseId, listed, members, now);
  if (events.length === 0) return before.filter((e) => e.courseId === courseId);
  const saved = tryUpdateLedger((l) => reconcile(l, courseId, listed, members, now).ledger, CLICK_WAIT_MS);
  // The ledger busy: show what reconcile found; the next opening saves it.
  return (saved ?? reconcile(before, courseId, listed, members, now).ledger).filter((e) => e.courseId === courseId);
}

/** The open entry of a listed invitation: by invitation id first, then by the invitee. */
export function entryFor(entries: readonly LedgerEntry[], inv: ListedInvitation): LedgerEntry | undefined {
  const open = entries.filter(
    (e) => e.courseId === inv.courseId && (e.status === 'pending' || e.status === 'intended'),
  );
  return (
    open.find((e) => e.invitationId === inv.id) ??
    open.find((e) => e.userId === inv.userId) ??
    (inv.email ? open.find((e) => e.email === inv.email?.toLowerCase()) : undefined)
  );
}

/** The user revoked an invitation: its open entry is settled as 'revoked' (best effort: never fails the revoke). */
export function noteRevoked(invitationId: string): void {
  const entry = loadLedger().find((e) => e.invitationId === invitationId);
  if (!entry) return;
  const target = { courseId: entry.courseId, invitationId };
  tryUpdateLedger((l) => settle(l, target, 'revoked', Date.now()), CLICK_WAIT_MS);
}
