// The follow-up digest as data: what is still pending per course (with ages), who joined, and what the sweep
// resent or withdrew since the last digest; plus when the next digest is due.
import { DAY_MS, ageOf, pendingOldestFirst, type Age } from './age';
import type { Ledger, LedgerEntry } from './ledger';
import type { DigestFrequency, SweepSettings } from './sweep';

const within = (t: number | undefined, since: number, now: number): t is number =>
  t !== undefined && t > since && t <= now;

export type Digest = ReturnType<typeof digestOf>;

export function digestOf(ledger: Ledger, since: number, now: number) {
  // Each course's pending invitations, oldest first, each with its age.
  const byCourse = new Map<string, { courseId: string; pending: { entry: LedgerEntry; age: Age }[] }>();
  for (const entry of pendingOldestFirst(ledger)) {
    const c = byCourse.get(entry.courseId) ?? { courseId: entry.courseId, pending: [] };
    byCourse.set(entry.courseId, c);
    c.pending.push({ entry, age: ageOf(entry, now) });
  }
  // Settled as joined in (since, now], with how long they took.
  const joined = ledger.flatMap((e) =>
    e.status === 'joined' && within(e.settledAt, since, now) ? [{ entry: e, afterMs: e.settledAt - e.at }] : [],
  );
  joined.sort((a, b) => (a.entry.settledAt ?? 0) - (b.entry.settledAt ?? 0));
  // Reminded by the sweep or by hand (the ledger keeps the last reminder's time); withdrawn by the sweep.
  const reminded = ledger.filter((e) => e.reminders > 0 && within(e.lastReminderAt, since, now));
  const withdrawn = ledger.filter((e) => e.status === 'withdrawn' && within(e.settledAt, since, now));
  // Names by user id for entries without an email (Google's profile, where it shows one), filled by the caller.
  const names: Record<string, string> = {};
  return { since, now, pending: [...byCourse.values()], joined, reminded, withdrawn, names };
}

/** The user ids the digest names without an email: the ones to look up (Google may hide some profiles). */
export function unnamedIds(d: Digest): string[] {
  const all = [...d.pending.flatMap((c) => c.pending.map((p) => p.entry)), ...d.joined.map((j) => j.entry)];
  all.push(...d.reminded, ...d.withdrawn);
  return [...new Set(all.filter((e) => !e.email && e.userId).map((e) => e.userId as string))];
}

const PERIOD_MS: Record<Exclude<DigestFrequency, 'off'>, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };

// Whether a digest is due: never when off; the first one when none was sent; then once a period has passed, with an
// hour of slack because time-driven triggers fire within a window, not on the minute.
export function digestDue(settings: Pick<SweepSettings, 'digest'>, lastDigestAt: number | undefined, now: number) {
  if (settings.digest === 'off') return false;
  if (lastDigestAt === undefined) return true;
  return now - lastDigestAt >= PERIOD_MS[settings.digest] - 3_600_000;
}

/** Whether a digest has anything worth sending. */
export const digestIsEmpty = (d: Digest): boolean =>
  d.pending.length === 0 && d.joined.length === 0 && d.reminded.length === 0 && d.withdrawn.length === 0;
