// The follow-up's own small records in the user's properties, next to the ledger and jobs: the sweep settings (with
// the address and language the digest goes out in, since a trigger run has no event to read them from) and when the
// last digest went out.
import { DEFAULT_SWEEP, type SweepSettings } from '../domain/sweep';

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

const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const record = (x: unknown): Record<string, unknown> =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};

// The saved settings, each field checked: a value that is not what the settings card wrote is dropped (its default
// applies), never acted on. The sweep writes on the user's behalf from these, so a guess is not good enough.
export function loadFollowUp(): FollowUpSettings {
  let r: Record<string, unknown>;
  try {
    r = record(JSON.parse(props().getProperty(SETTINGS) ?? '{}'));
  } catch {
    r = {};
  }
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
