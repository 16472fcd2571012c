// How old open invitations are, as data for views: "sent 12 days ago by you" or "seen since 3 Oct" (the views
// word it with Intl.RelativeTimeFormat / DateTimeFormat), pending sorted oldest first, and what counts as old.
import type { Ledger, LedgerEntry } from './ledger';

export const DAY_MS = 86_400_000;

/** "Older than a week": the threshold the homepage and the course card count and offer to resend. */
export const OLD_DAYS = 7;

// sent: the add-on sent it (`by` absent: the user did); seen: it only saw it (Classroom page, a co-teacher), so it
// exists since at most `at`.
export type Age = { kind: 'sent'; at: number; days: number; by?: string } | { kind: 'seen'; at: number; days: number };

/** Whole days elapsed since `at` (0 on the day itself, never negative). */
export const daysSince = (at: number, now: number): number => Math.max(0, Math.floor((now - at) / DAY_MS));

/** Age of an entry since it was sent or first seen; the last reminder does not make it younger. */
export function ageOf(e: LedgerEntry, now: number): Age {
  const days = daysSince(e.at, now);
  if (e.origin === undefined) return { kind: 'seen', at: e.at, days };
  return e.by === undefined ? { kind: 'sent', at: e.at, days } : { kind: 'sent', at: e.at, days, by: e.by };
}

// "Old": an invitation the add-on sent, still pending, not sent or reminded for `days` days (a resend makes it fresh
// again). The one rule behind the homepage's "N older than 7 days", the course card's Resend button and what that
// button resends, so the figures shown always agree.
export const isOld = (e: LedgerEntry, now: number, days = OLD_DAYS): boolean =>
  e.origin !== undefined &&
  e.status === 'pending' &&
  !!e.invitationId &&
  !!e.userId &&
  now - (e.lastReminderAt ?? e.at) >= days * DAY_MS;

/** Pending entries (intended ones are not invitations yet), oldest first; `courseId` narrows to one course. */
export const pendingOldestFirst = (ledger: Ledger, courseId?: string): LedgerEntry[] =>
  ledger
    .filter((e) => e.status === 'pending' && (courseId === undefined || e.courseId === courseId))
    .sort((a, b) => a.at - b.at);

/** The add-on's own old invitations (`isOld`), oldest first: what "Resend the N older than 7 days" resends. */
export const oldPending = (ledger: Ledger, now: number, courseId?: string, days = OLD_DAYS): LedgerEntry[] =>
  pendingOldestFirst(ledger, courseId).filter((e) => isOld(e, now, days));
