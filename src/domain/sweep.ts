// The follow-up sweep's settings and its decisions: which pending invitations to remind (resend) and which to
// withdraw, from the ledger alone. Everything is off until the user turns it on.
import { daysSince } from './age';
import type { Ledger, LedgerEntry } from './ledger';

export type DigestFrequency = 'off' | 'daily' | 'weekly';

export interface SweepSettings {
  /** Remind when the last send or reminder is at least this many days old; undefined = no reminders. */
  remindAfterDays?: number;
  /** At most this many reminders per invitation. */
  maxReminders: number;
  /** Withdraw (delete) invitations pending at least this many days; undefined = never. */
  withdrawAfterDays?: number;
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

function inRange(n: number, limit: { min: number; max: number }): boolean {
  return Number.isInteger(n) && n >= limit.min && n <= limit.max;
}

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
export function sweepEnabled(s: SweepSettings): boolean {
  return s.remindAfterDays !== undefined || s.withdrawAfterDays !== undefined || s.digest !== 'off';
}

export interface DueActions {
  remind: LedgerEntry[];
  withdraw: LedgerEntry[];
}

/**
 * What one sweep should do. Only pending invitations the add-on sent count: intended ones are not invitations
 * yet, settled ones are gone, and ones it only saw (Classroom page, a co-teacher) are not its to resend or delete.
 * Withdrawal wins over a reminder, so no entry is in both lists; a reminder needs the last send or reminder to be
 * at least `remindAfterDays` old and fewer than `maxReminders` so far. Invalid settings decide nothing.
 */
export function dueActions(ledger: Ledger, s: SweepSettings, now: number): DueActions {
  const out: DueActions = { remind: [], withdraw: [] };
  if (validateSweep(s).length > 0) return out;
  const seen = new Set<string>();
  for (const e of ledger) {
    if (e.status !== 'pending' || e.origin === undefined) continue;
    const id = `${e.courseId}\u0000${e.userId ?? ''}\u0000${e.email ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (s.withdrawAfterDays !== undefined && daysSince(e.at, now) >= s.withdrawAfterDays) out.withdraw.push(e);
    else if (
      s.remindAfterDays !== undefined &&
      e.reminders < s.maxReminders &&
      daysSince(e.lastReminderAt ?? e.at, now) >= s.remindAfterDays
    ) {
      out.remind.push(e);
    }
  }
  return out;
}
