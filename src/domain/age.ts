// How old open invitations are, as data for views: "sent 12 days ago by you" or "seen since 3 Oct" (the views
// word it with Intl.RelativeTimeFormat / DateTimeFormat), pending sorted oldest first, and counts per course.
import { isSeen, type Ledger, type LedgerEntry } from './ledger';

export const DAY_MS = 86_400_000;

/** "Older than a week": the threshold the homepage and the course card count and offer to resend. */
export const OLD_DAYS = 7;

export type Age =
  /** The add-on sent it: `by` absent means the user did. */
  | { kind: 'sent'; at: number; days: number; by?: string }
  /** The add-on only saw it (Classroom page, a co-teacher): it exists since at most `at`. */
  | { kind: 'seen'; at: number; days: number };

/** Whole days elapsed since `at` (0 on the day itself, never negative). */
export function daysSince(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/** Age of an entry since it was sent or first seen; the last reminder does not make it younger. */
export function ageOf(e: LedgerEntry, now: number): Age {
  const days = daysSince(e.at, now);
  if (isSeen(e)) return { kind: 'seen', at: e.at, days };
  return e.by === undefined ? { kind: 'sent', at: e.at, days } : { kind: 'sent', at: e.at, days, by: e.by };
}

/** Pending entries (intended ones are not invitations yet), oldest first; `courseId` narrows to one course. */
export function pendingOldestFirst(ledger: Ledger, courseId?: string): LedgerEntry[] {
  return ledger
    .filter((e) => e.status === 'pending' && (courseId === undefined || e.courseId === courseId))
    .sort((a, b) => a.at - b.at);
}

/**
 * The add-on's own pending invitations not sent or reminded for `days` whole days, oldest first: the one count of
 * the homepage, the course card, its resend offer and the digest ("N older than 7 days"). Only what "Resend" can
 * act on: sent by the add-on (never one it only saw), still pending, with Classroom's ids known.
 */
export function oldPending(ledger: Ledger, now: number, courseId?: string, days = OLD_DAYS): LedgerEntry[] {
  return pendingOldestFirst(ledger, courseId).filter(
    (e) => !isSeen(e) && e.invitationId && e.userId && daysSince(e.lastReminderAt ?? e.at, now) >= days,
  );
}

export interface CoursePending {
  courseId: string;
  pending: number;
  /** The add-on's, not sent or reminded for at least `olderThanDays` whole days (`oldPending`). */
  old: number;
  /** Sent or seen time of the oldest pending entry. */
  oldestAt: number;
}

/** Per course with anything pending, in the order of their oldest pending entry. */
export function pendingByCourse(ledger: Ledger, now: number, olderThanDays: number): CoursePending[] {
  const old = new Set(oldPending(ledger, now, undefined, olderThanDays));
  const byCourse = new Map<string, CoursePending>();
  for (const e of pendingOldestFirst(ledger)) {
    let c = byCourse.get(e.courseId);
    if (!c) {
      c = { courseId: e.courseId, pending: 0, old: 0, oldestAt: e.at };
      byCourse.set(e.courseId, c);
    }
    c.pending++;
    if (old.has(e)) c.old++;
  }
  return [...byCourse.values()];
}
