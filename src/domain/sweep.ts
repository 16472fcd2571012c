// The follow-up sweep's settings and its decisions: which pending invitations to remind (resend) and which to
// withdraw, from the ledger alone. Everything is off until the user turns it on.
import { daysSince } from './age';
import { isWatched, type Ledger, type LedgerEntry } from './ledger';
import type { Invitation } from './types';

export type DigestFrequency = 'off' | 'daily' | 'weekly';

export interface SweepSettings {
  /** Remind when the last send or reminder is at least this many days old; undefined = no reminders. */
  remindAfterDays?: number;
  maxReminders: number; // At most this many reminders per invitation
  withdrawAfterDays?: number; // Withdraw (delete) invitations pending at least this many days; undefined = never
  digest: DigestFrequency;
}

export const DEFAULT_SWEEP: SweepSettings = { maxReminders: 1, digest: 'off' };

export const LIMITS = {
  remindAfterDays: { min: 1, max: 60 },
  maxReminders: { min: 1, max: 5 },
  withdrawAfterDays: { min: 2, max: 365 },
} as const;

export type SweepSettingsError =
  | 'REMIND_DAYS_OUT_OF_RANGE'
  | 'MAX_REMINDERS_OUT_OF_RANGE'
  | 'WITHDRAW_DAYS_OUT_OF_RANGE'
  | 'REMIND_NOT_BEFORE_WITHDRAW'
  | 'BAD_DIGEST';

const inRange = (n: number, limit: { min: number; max: number }) =>
  Number.isInteger(n) && n >= limit.min && n <= limit.max;

/** Error codes for the views (empty when valid). Bounds are in LIMITS; reminders must come before withdrawal. */
export function validateSweep(s: SweepSettings): SweepSettingsError[] {
  const errors: SweepSettingsError[] = [];
  const remind = s.remindAfterDays;
  const withdraw = s.withdrawAfterDays;
  if (remind !== undefined && !inRange(remind, LIMITS.remindAfterDays)) errors.push('REMIND_DAYS_OUT_OF_RANGE');
  if (!inRange(s.maxReminders, LIMITS.maxReminders)) errors.push('MAX_REMINDERS_OUT_OF_RANGE');
  if (withdraw !== undefined && !inRange(withdraw, LIMITS.withdrawAfterDays)) errors.push('WITHDRAW_DAYS_OUT_OF_RANGE');
  if (remind !== undefined && withdraw !== undefined && remind >= withdraw) errors.push('REMIND_NOT_BEFORE_WITHDRAW');
  if (!['off', 'daily', 'weekly'].includes(s.digest)) errors.push('BAD_DIGEST');
  return errors;
}

/** Whether the sweep has anything to do at all (a trigger is needed). */
export const sweepEnabled = (s: SweepSettings): boolean =>
  s.remindAfterDays !== undefined || s.withdrawAfterDays !== undefined || s.digest !== 'off';

type DueActions = Record<'remind' | 'withdraw', LedgerEntry[]>;

// What one sweep should do. Only the add-on's own pending invitations, watched without a gap since its create,
// count (ledger.ts `isWatched`): intended ones are not invitations yet, settled ones are gone, and ones it only saw
// or lost sight of (a co-teacher's re-create keeps the id) are not its to resend or delete. The age counts from the
// add-on's create, a reminder's from the last reminder. Withdrawal wins over a reminder, so no entry is in both
// lists; a reminder needs fewer than `maxReminders` so far. Invalid settings decide nothing.
export function dueActions(ledger: Ledger, s: SweepSettings, now: number): DueActions {
  const out: DueActions = { remind: [], withdraw: [] };
  if (validateSweep(s).length > 0) return out;
  const seen = new Set<string>();
  for (const e of ledger) {
    const id = `${e.courseId}\u0000${e.userId ?? ''}\u0000${e.email ?? ''}`;
    if (!isWatched(e, now) || seen.has(id)) continue;
    seen.add(id);
    const remindDue = s.remindAfterDays !== undefined && daysSince(e.lastReminderAt ?? e.at, now) >= s.remindAfterDays;
    if (s.withdrawAfterDays !== undefined && daysSince(e.at, now) >= s.withdrawAfterDays) out.withdraw.push(e);
    else if (remindDue && e.reminders < s.maxReminders) out.remind.push(e);
  }
  return out;
}

// The check right before one write of the sweep (or a resend runner acting for it): with the settings re-read
// under the lock, the entry as the ledger holds it now, and Classroom's listing of the course read just before,
// the action is still due (so still turned on, the entry still pending, the add-on's and watched) and the
// invitation is still listed under the entry's id, for the same person and role.
export function stillApproved(
  kind: keyof DueActions,
  entry: LedgerEntry | undefined,
  s: SweepSettings,
  now: number,
  listedNow: readonly Invitation[],
): boolean {
  if (!entry || !dueActions([entry], s, now)[kind].includes(entry)) return false;
  const sameInvitation = (inv: Invitation) => inv.id === entry.invitationId && inv.courseId === entry.courseId;
  return listedNow.some((inv) => sameInvitation(inv) && inv.userId === entry.userId && inv.role === entry.role);
}
