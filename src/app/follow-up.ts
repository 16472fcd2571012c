// The invitation ledger at work, in one place so no create path forgets it: every create is written ahead ("intended")
// and settled after (pending with Classroom's ids, or abandoned when refused or already there); a course opened is
// reconciled with Google's lists. And the digest mailed to the user, in words the caller composes (no catalog here).
import type { RetryPolicy } from '../transport/http';
import { createForUsers } from '../classroom/follow-up';
import { resolveProfiles } from '../classroom/profiles';
import { DAY_MS, oldPending } from '../domain/age';
import { digestDue, digestIsEmpty, digestOf, unnamedIds, type Digest } from '../domain/digest';
import {
  abandonIntent,
  confirmCreated,
  findOpen,
  isSettled,
  reconcile,
  recordIntent,
  retained,
  settle,
  type Intent,
  type Ledger,
  type LedgerEntry,
  type ListedInvitation,
  type Member,
  type Origin,
} from '../domain/ledger';
import type { CreateAnswer } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import type { FollowUpSettings } from '../platform/follow-up-store';
import { loadLedger, tryUpdateLedger } from '../platform/ledger-store';
import { mailMyself } from '../platform/mail';
import { listPlans } from '../platform/plan-store';
import { stateOf, writeOf } from '../domain/plan';

/** How long a click waits for the ledger while a trigger run works (it may hold the user lock for minutes). */
const CLICK_WAIT_MS = 3_000;

// Creates each item (`userId` an address or an id), the ledger saved before and after: a kill between leaves intents
// the next reconcile confirms or drops (after 6 minutes). Refused and "already exists" ones are abandoned at once
// (that invitation predates this create), unless in `resent` (an earlier, killed execution may have created it).
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

// One course's entries brought in line with Google's lists (ALL pages); saved on a change or an hour-old sighting.
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

// Google's listing, plus the invitations a saved plan is replacing or withdrawing: the plan's to settle, not declines.
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
  return entries[findOpen(entries, { ...inv, invitationId: inv.id })];
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

/** Puts a digest into words: the subject and plain-text body, in `locale`, with course names by id. */
export type DigestComposer = (
  locale: string,
  digest: Digest,
  courseNames: ReadonlyMap<string, string>,
) => { subject: string; body: string };

// Sends the digest when it is due and says something. The time is saved (`stamp`) before the mail goes out, so a
// kill in between loses one digest rather than sending it twice; it is put back when the daily quota refused it.
export function sendDigestIfDue(
  settings: FollowUpSettings,
  ledger: Ledger,
  courseNames: ReadonlyMap<string, string>,
  compose: DigestComposer | undefined,
  now: number,
  stamp: (lastDigestAt: number | undefined) => void,
): boolean {
  if (!compose || !settings.email || !digestDue(settings.sweep, settings.lastDigestAt, now)) return false;
  const digest = digestOf(ledger, settings.lastDigestAt ?? now - 7 * DAY_MS, now);
  stamp(now);
  if (digestIsEmpty(digest)) return false;
  // Names from the profiles the cards cached: no request (a trigger's round trips are counted; Google may refuse).
  for (const [id, p] of resolveProfiles(unnamedIds(digest), () => new Map()))
    if (p.name || p.email) digest.names[id] = p.name || p.email;
  const { subject, body } = compose(settings.locale ?? 'en', digest, courseNames);
  if (mailMyself(settings.email, subject, body)) return true;
  stamp(settings.lastDigestAt);
  return false;
}
