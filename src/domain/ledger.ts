// The invitation ledger: what Classroom does not keep (when, by whom, how, what became of it), as pure data.
// Entries are written ahead of the create ("intended") so a killed execution loses none and reconcile makes none up.
// Classroom's invitation id is the same after a delete and a re-create (platform.md §9), so an entry is the
// add-on's only from its own create and while it watches the invitation without a gap: it never adopts one.
// Reconcile brings one course's entries in line with what Google lists: new invitations are "seen", intents become
// pending or are dropped, vanished invitations become joined (now a member) or declined.
import type { Role } from './roles';
import type { Invitation } from './types';

/** How the add-on created an invitation. */
export const ORIGINS = ['click', 'gmail', 'job', 'resend', 'sweep', 'sheet'] as const;
export type Origin = (typeof ORIGINS)[number];

/** intended: written before the create call; pending: the invitation exists; the rest are settled outcomes. */
export const STATUSES = ['intended', 'pending', 'joined', 'declined', 'withdrawn', 'revoked'] as const;
export type Status = (typeof STATUSES)[number];
export type Outcome = 'joined' | 'declined' | 'withdrawn' | 'revoked';

export interface LedgerEntry {
  status: Status;
  courseId: string;
  role: Role;
  origin?: Origin; // How the add-on created it; absent when the add-on only saw it (Classroom page, a co-teacher)
  at: number; // When it was sent (origin set) or first seen (origin absent), ms since 1970
  by?: string; // The sender's email when not this user; absent means "by me"
  email?: string; // Lower-cased
  userId?: string;
  /** Known while the invitation exists; dropped once settled (Classroom reuses nothing, it only costs space). */
  invitationId?: string;
  reminders: number; // Reminders (resends) so far
  lastReminderAt?: number;
  settledAt?: number; // When the outcome was noticed (for joined: ≈ when they joined)
  // Open entries: when the add-on last saw the invitation exist (its create's answer, a listing). Absent once a gap
  // longer than WATCH_GAP_MS broke the watch: someone may have re-created it meanwhile under the same id.
  observedAt?: number;
}

export type Ledger = readonly LedgerEntry[]; // In any order: nothing here relies on it (the codec keeps it)

/** Who an operation is about: a course and any of the invitation id, user id or email. */
type Target = { courseId: string; invitationId?: string; userId?: string; email?: string };

export const isSettled = (e: LedgerEntry): boolean => e.status !== 'intended' && e.status !== 'pending';

// The longest gap between two sightings that keeps an entry the add-on's. An invitation declined and re-created by
// a co-teacher within the gap looks the same as one that stayed (same id, no time fields): the sweep reconciles
// hourly while on, and a course opened daily also keeps its watch; a longer silence ends it. ASSUMPTION (Google is
// silent on any way to tell a re-create): a day and two hours, the trade between that risk and missed runs.
export const WATCH_GAP_MS = 26 * 3_600_000;

/** Settled entries are forgotten this long after they settled (shown on the settings card). */
export const RETENTION_DAYS = 180;

/** The add-on's own pending invitation, watched without a gap up to `now`: the only kind a sweep may touch. */
export const isWatched = (e: LedgerEntry, now: number): boolean =>
  e.status === 'pending' && e.origin !== undefined && e.observedAt !== undefined && now - e.observedAt <= WATCH_GAP_MS;

/** Whether an entry is about this target (same course and the same invitation, user or email). */
export function matches(e: LedgerEntry, t: Target): boolean {
  if (e.courseId !== t.courseId) return false;
  if (e.invitationId !== undefined && e.invitationId === t.invitationId) return true;
  if (e.userId !== undefined && e.userId === t.userId) return true;
  return e.email !== undefined && t.email !== undefined && e.email.toLowerCase() === t.email.toLowerCase();
}

/** Index of the open (intended or pending) entry for a target, or -1. Classroom keeps one per person and course. */
export const findOpen = (ledger: Ledger, t: Target): number => ledger.findIndex((e) => !isSettled(e) && matches(e, t));

function replaceAt(ledger: Ledger, i: number, e: LedgerEntry | undefined): LedgerEntry[] {
  const out = ledger.slice();
  if (e) out[i] = e;
  else out.splice(i, 1);
  return out;
}

/** A create about to be sent; `by` is the sender's email when not this user. */
export type Intent = Omit<Target, 'invitationId'> & { role: Role; origin: Origin; by?: string };

// Before the create call: a new entry, beside any open one for the same person (that one is settled if the create
// succeeds: Classroom keeps one invitation per person and course). A second intent for the same person is not added.
export function recordIntent(ledger: Ledger, intent: Intent, now: number): LedgerEntry[] {
  if (ledger.some((e) => e.status === 'intended' && matches(e, intent))) return ledger.slice();
  const { courseId, role, origin } = intent;
  const entry: LedgerEntry = { status: 'intended', courseId, role, origin, at: now, reminders: 0 };
  if (intent.email) entry.email = intent.email.toLowerCase();
  if (intent.userId) entry.userId = intent.userId;
  if (intent.by) entry.by = intent.by.toLowerCase();
  return [...ledger, entry];
}

// After the create succeeded: the intended entry becomes pending with the ids Classroom returned, a new age and no
// reminders; any other open entry for the person is settled (its invitation was gone, or this create would have met
// "already exists"). With no intent (a reconcile dropped it meanwhile) a pending entry is added from `intent`. When
// the create answered "already exists", the caller abandons the intent: that invitation is not the add-on's.
export function confirmCreated(ledger: Ledger, intent: Intent, created: Invitation, now: number): LedgerEntry[] {
  const { id: invitationId, userId } = created;
  const t: Target = { ...intent, invitationId, userId };
  const i = ledger.findIndex((e) => e.status === 'intended' && matches(e, intent));
  const base = ledger[i] ?? recordIntent([], intent, now)[0];
  if (!base) return ledger.slice();
  const entry: LedgerEntry = { ...base, status: 'pending', invitationId, userId, observedAt: now };
  const out = ledger.map((e, k) => (k !== i && !isSettled(e) && matches(e, t) ? settled(e, 'declined', now) : e));
  return i >= 0 ? replaceAt(out, i, entry) : [...out, entry];
}

/** The create failed: the intended entry never became an invitation. */
export function abandonIntent(ledger: Ledger, t: Target): LedgerEntry[] {
  const i = ledger.findIndex((e) => e.status === 'intended' && matches(e, t));
  return i >= 0 ? replaceAt(ledger, i, undefined) : ledger.slice();
}

// The SWEEP re-created the invitation as a reminder (Classroom has no resend: delete + create): the one create of
// the add-on that continues its entry, with one more reminder, seen now. A user's own resend is `recordResent`.
export function recordReminder(ledger: Ledger, t: Target, now: number, newInvitationId?: string): LedgerEntry[] {
  const i = findOpen(ledger, t);
  const e = ledger[i];
  if (!e) return ledger.slice();
  const next: LedgerEntry = { ...e, reminders: e.reminders + 1, lastReminderAt: now, observedAt: now };
  if (newInvitationId) next.invitationId = newInvitationId;
  return replaceAt(ledger, i, next);
}

// The USER resent an invitation (delete + create by hand): a new send, so the old entry is settled as revoked and a
// new one starts, sent now, with no reminders ("sent today", not "reminded 1×").
export function recordResent(ledger: Ledger, t: Target, created: Invitation, now: number): LedgerEntry[] {
  const old = ledger[findOpen(ledger, t)];
  const intent: Intent = { courseId: t.courseId, role: created.role, origin: 'resend' };
  if (old?.email) intent.email = old.email;
  return confirmCreated(settle(ledger, t, 'revoked', now), intent, created, now);
}

/** Closes the open entry with an outcome: 'revoked' when the user deleted it, 'withdrawn' when the sweep did. */
export function settle(ledger: Ledger, t: Target, outcome: Outcome, now: number): LedgerEntry[] {
  const i = findOpen(ledger, t);
  const e = ledger[i];
  return e ? replaceAt(ledger, i, settled(e, outcome, now)) : ledger.slice();
}

export function settled(e: LedgerEntry, outcome: Outcome, now: number): LedgerEntry {
  const { invitationId: _dropped, observedAt: _open, ...rest } = e;
  return { ...rest, status: outcome, settledAt: Math.max(now, e.at) };
}

// What the user may keep: settled entries younger than RETENTION_DAYS, and only entries of `taught` courses when
// that list is known (the homepage reads every course the user teaches).
export function retained(ledger: Ledger, now: number, taught?: ReadonlySet<string>): LedgerEntry[] {
  const limit = now - RETENTION_DAYS * 86_400_000;
  return ledger.filter(
    (e) => (!isSettled(e) || (e.settledAt ?? e.at) >= limit) && (taught === undefined || taught.has(e.courseId)),
  );
}

/** Entries whose email contains `query` (case-insensitive), across courses; prefix matches first, then newest. */
export function findByEmail(ledger: Ledger, query: string): LedgerEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits = ledger.filter((e) => e.email?.includes(q));
  const rank = (e: LedgerEntry) => (e.email?.startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => rank(a) - rank(b) || b.at - a.at);
}

/** A listed invitation, with the invitee's email when the caller resolved it. */
export type ListedInvitation = Invitation & { email?: string };

/** A course member (student or teacher) by user id and/or email. */
export type Member = { userId?: string; email?: string };

type ReconcileEvent = { kind: 'seen' | 'confirmed' | 'joined' | 'disappeared' | 'dropped'; entry: LedgerEntry };

// An intent younger than this may be a create still running elsewhere (runs last 6 min at most): kept unless listed.
export const INTENT_GRACE_MS = 6 * 60_000;

// `listed`: every invitation Google lists for `courseId` (all pages); `members`: the course's students and teachers.
// Entries of other courses are untouched. A listed invitation is the add-on's only while its entry has watched it
// without a gap and with the same role; anything else is "seen". Events carry the entry as it is after the change ('dropped': as it was).
export function reconcile(
  ledger: Ledger,
  courseId: string,
  listed: readonly ListedInvitation[],
  members: readonly Member[],
  now: number,
  intentGraceMs = INTENT_GRACE_MS,
) {
  const out: (LedgerEntry | undefined)[] = ledger.slice();
  const events: ReconcileEvent[] = [];
  const matched = new Set<number>();
  // Open entries of this course by position: only they can match (a ledger holds many courses).
  const open = ledger.flatMap((e, i) => (e.courseId === courseId && !isSettled(e) ? [i] : []));
  for (const inv of listed) {
    if (inv.courseId !== courseId) continue;
    const target = { courseId, invitationId: inv.id, userId: inv.userId, email: inv.email };
    const at = open.find((i) => !matched.has(i) && matches(out[i] as LedgerEntry, target)) ?? -1;
    const e = out[at];
    // Another role under the same id is another invitation (someone else's create, or a role change).
    if (e && (e.status === 'intended' || e.role === inv.role || e.origin === undefined)) {
      const next: LedgerEntry = { ...e, status: 'pending', invitationId: inv.id, userId: inv.userId, role: inv.role };
      if (!next.email && inv.email) next.email = inv.email.toLowerCase();
      // An intent listed is the add-on's own create; a pending entry keeps its watch only without a long gap (an
      // entry it only saw has no watch to keep).
      const watched = e.status === 'intended' || (e.observedAt !== undefined && now - e.observedAt <= WATCH_GAP_MS);
      if (watched && e.origin !== undefined) next.observedAt = now;
      else delete next.observedAt;
      out[at] = next;
      matched.add(at);
      if (e.status === 'intended') events.push({ kind: 'confirmed', entry: next });
    } else {
      if (e) {
        out[at] = settled(e, 'declined', now);
        events.push({ kind: 'disappeared', entry: out[at] });
        matched.add(at);
      }
      const { role, userId, id: invitationId } = inv;
      const seen: LedgerEntry = { status: 'pending', courseId, role, at: now, reminders: 0, userId, invitationId };
      if (inv.email) seen.email = inv.email.toLowerCase();
      matched.add(out.length);
      out.push(seen);
      events.push({ kind: 'seen', entry: seen });
    }
  }
  for (const i of open) {
    const e = out[i];
    if (!e || matched.has(i)) continue;
    if (members.some((m) => matches(e, { ...m, courseId }))) {
      out[i] = settled(e, 'joined', now);
      events.push({ kind: 'joined', entry: out[i] });
    } else if (e.status === 'intended') {
      if (now - e.at < intentGraceMs) continue;
      out[i] = undefined;
      events.push({ kind: 'dropped', entry: e });
    } else {
      out[i] = settled(e, 'declined', now);
      events.push({ kind: 'disappeared', entry: out[i] });
    }
  }
  return { ledger: out.filter((e): e is LedgerEntry => e !== undefined), events };
}
