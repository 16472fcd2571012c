// The follow-up's own small records in the user's properties, next to the ledger and jobs: the sweep settings (with
// the address and language the digest goes out in, since a trigger run has no event to read them from), when the
// last digest went out, and the owner transfers: one small JSON value per course (at most one transfer per course),
// rewritten at every step, a few hundred bytes each, far under the 9 KB value limit.
import { DEFAULT_SWEEP, type SweepSettings } from '../domain/sweep';
import { isFinished, isTransfer, type Transfer } from '../domain/transfer';

const SETTINGS = 'followup';

export interface FollowUpSettings {
  sweep: SweepSettings;
  email?: string; // The user's own address: the digest's only recipient
  locale?: string; // 'en' | 'fr': the digest's language
  lastDigestAt?: number;
  // What the last sweep that acted did, for the settings card.
  lastSweep?: { at: number; resent: number; withdrawn: number };
}

const props = () => PropertiesService.getUserProperties();

// A stored JSON value; a damaged one is treated as absent (null) rather than guessed at.
function readJson(text: string | null | undefined): unknown {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
}

const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const record = (x: unknown): Record<string, unknown> =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};

// The saved settings, each field checked: a value that is not what the settings card wrote is dropped (its default
// applies), never acted on. The sweep writes on the user's behalf from these, so a guess is not good enough.
export function loadFollowUp(): FollowUpSettings {
  const r = record(readJson(props().getProperty(SETTINGS)));
  const w = record(r.sweep);
  const last = record(r.lastSweep);
  return {
    sweep: {
      maxReminders: num(w.maxReminders) ? w.maxReminders : DEFAULT_SWEEP.maxReminders,
      digest: w.digest === 'daily' || w.digest === 'weekly' ? w.digest : 'off',
      ...(num(w.remindAfterDays) ? { remindAfterDays: w.remindAfterDays } : {}),
      ...(num(w.withdrawAfterDays) ? { withdrawAfterDays: w.withdrawAfterDays } : {}),
    },
    ...(typeof r.email === 'string' ? { email: r.email } : {}),
    ...(r.locale === 'en' || r.locale === 'fr' ? { locale: r.locale } : {}),
    ...(num(r.lastDigestAt) ? { lastDigestAt: r.lastDigestAt } : {}),
    ...(num(last.at) && num(last.resent) && num(last.withdrawn)
      ? { lastSweep: { at: last.at, resent: last.resent, withdrawn: last.withdrawn } }
      : {}),
  };
}

export function saveFollowUp(settings: FollowUpSettings): void {
  props().setProperty(SETTINGS, JSON.stringify(settings));
}

const TRANSFER_PREFIX = 'transfer:';

function parse(text: string | null | undefined): Transfer | null {
  const t = readJson(text);
  return isTransfer(t) ? t : null;
}

export const loadTransfer = (courseId: string): Transfer | null =>
  parse(props().getProperty(TRANSFER_PREFIX + courseId));

export function listTransfers(): Transfer[] {
  const all = props().getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(TRANSFER_PREFIX))
    .sort()
    .flatMap((k) => parse(all[k]) ?? []);
}

/** True while a transfer waits on Google or on a person: the hourly trigger must then exist. */
export const hasActiveTransfer = (): boolean => listTransfers().some((t) => !isFinished(t));

export function saveTransfer(t: Transfer): void {
  props().setProperty(TRANSFER_PREFIX + t.courseId, JSON.stringify(t));
}

export function deleteTransfer(courseId: string): void {
  props().deleteProperty(TRANSFER_PREFIX + courseId);
}
