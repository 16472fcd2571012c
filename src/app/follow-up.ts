// The invitation ledger at work: every create the add-on makes is written ahead ("intended") and settled after
// (pending with Classroom's ids, or abandoned when Classroom refused or already had one), and a course opened is
// reconciled with what Google lists (seen, confirmed, joined, declined). One place, so no create path can forget it.
import type { RetryPolicy } from '../transport/http';
import { createForUsers } from '../classroom/follow-up';
import { oldPending } from '../domain/age';
import {
  abandonIntent,
  confirmCreated,
  findOpen,
  isSettled,
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
import { listPlans } from '../platform/plan-store';
import { stateOf, writeOf } from '../domain/plan';

/** How long a click waits for the ledger while a trigger run works (it may hold the user lock for minutes). */
const CLICK_WAIT_MS = 3_000;

/**
 * invitations.create for each item (`userId` an address or a user id), with the ledger written before (one save for
 * the batch) and after (one more). A kill between the two leaves intents: the next reconcile of the course confirms
 * those Google lists and drops, after 6 minutes, those it does not, so nothing is lost and nothing made up.
 * Unanswered creates keep their intent for that reconcile to decide; refused ones are abandoned at once, and so are
 * "already exists" ones: that invitation was there before this create (maybe a co-teacher's), so it is not the
 * add-on's, unless it is in `resent` (an earlier, killed execution may have created it: its own).
 */
export function createRecorded(
  items: readonly { courseId: string; userId: string; role: Role; unrecorded?: boolean }[],
  origin: Origin,
  policy?: RetryPolicy,
  resent: ReadonlySet<number> = new Set(),
): CreateAnswer[] {
  if (items.length === 0) return [];
  const now = Date.now();
  // `unrecorded`: a resend's or a restore's create continues an entry the caller updates itself (app/resend.ts).
  const intents = items.map(({ courseId, userId, role, unrecorded }): Intent | null =>
    unrecorded ? null : { courseId, role, origin, ...(userId.includes('@') ? { email: userId } : { userId }) },
  );
  const recorded = tryUpdateLedger(
    (ledger) => intents.reduce((l, intent) => (intent ? recordIntent(l, intent, now) : l), ledger),
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
        if (!intent) return l;
        if (answer?.kind === 'invited' && answer.invitation) return confirmCreated(l, intent, answer.invitation, after);
        const theirs = answer?.kind === 'alreadyInvited' && !resent.has(i);
        if (answer?.kind === 'failed' || answer?.kind === 'precondition' || theirs) return abandonIntent(l, intent);
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
export function reconcileCourse(courseId: string, seen: readonly ListedInvitation[], members: readonly Member[]) {
  const now = Date.now();
  const before = loadLedger();
  const listed = withInFlight(before, courseId, seen);
  const { events } = reconcile(before, courseId, listed, members, now);
  const stale = before.some((e) => e.courseId === courseId && now - (e.observedAt ?? now) > REFRESH_MS);
  if (events.length === 0 && !stale) return before.filter((e) => e.courseId === courseId);
  const saved = tryUpdateLedger((l) => reconcile(l, courseId, listed, members, now).ledger, CLICK_WAIT_MS);
  // The ledger busy: show what reconcile found; the next opening saves it.
  return (saved ?? reconcile(before, courseId, listed, members, now).ledger).filter((e) => e.courseId === courseId);
}

/**
 * Google's listing of a course, plus the invitations a saved plan is in the middle of replacing or withdrawing: a
 * killed step's invitation may be missing from the listing for a moment, and is the plan's to finish, not a
 * decline for the ledger to record (the plan settles its entry when it finishes).
 */
export function withInFlight(ledger: readonly LedgerEntry[], courseId: string, listed: readonly ListedInvitation[]) {
  const ids = new Set(listed.map((i) => i.id));
  // Only while its entry is open: once the plan recorded the outcome, a stand-in would read as someone else's.
  const open = new Set(ledger.filter((e) => !isSettled(e) && e.courseId === courseId).map((e) => e.invitationId));
  const extra: ListedInvitation[] = [];
  for (const plan of listPlans())
    plan.lines.forEach((line, i) => {
      const w = 'xd'.includes(stateOf(plan, i)) ? writeOf(plan, line) : null;
      if (!w || w.op === 'create' || w.courseId !== courseId || ids.has(w.invitationId) || !open.has(w.invitationId))
        return;
      ids.add(w.invitationId);
      extra.push({ id: w.invitationId, courseId, userId: w.userId, role: w.op === 'replace' ? w.from : w.role });
    });
  return [...listed, ...extra];
}

/** The open entry of a listed invitation (by its id or its invitee). */
export function entryFor(entries: readonly LedgerEntry[], inv: ListedInvitation): LedgerEntry | undefined {
  const { courseId, userId, email } = inv;
  return entries[findOpen(entries, { courseId, invitationId: inv.id, userId, email })];
}

/** The course's "older than a week" invitations the add-on sent (domain/age.ts `oldPending`): what Resend offers. */
export function oldPendingOf(courseId: string, days?: number): LedgerEntry[] {
  return oldPending(loadLedger(), Date.now(), courseId, days);
}

/** With every taught course read: other courses' entries and settled ones past retention go (saved only if any). */
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
  tryUpdateLedger((l) => settle(l, { courseId: entry.courseId, invitationId }, 'revoked', Date.now()), CLICK_WAIT_MS);
}
