// The follow-up's own small records in the user's properties, next to the ledger and jobs: the sweep settings (with
// the address and language the digest goes out in, since a trigger run has no event to read them from) and when the
// last digest went out.
import { DEFAULT_SWEEP, type SweepSettings } from '../domain/sweep';

const SETTINGS = 'followup';

export interface FollowUpSettings {
  sweep: SweepSettings;
  /** The user's own address: the digest's only recipient. */
  email?: string;
  /** 'en' | 'fr': the digest's language. */
  locale?: string;
  lastDigestAt?: number;
  /** What the last sweep that acted did, for the settings card. */
  lastSweep?: { at: number; resent: number; withdrawn: number };
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

function parse<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function loadFollowUp(): FollowUpSettings {
  const saved = parse<Partial<FollowUpSettings>>(props().getProperty(SETTINGS), {});
  return { ...saved, sweep: { ...DEFAULT_SWEEP, ...saved.sweep } };
}

export function saveFollowUp(settings: FollowUpSettings): void {
  props().setProperty(SETTINGS, JSON.stringify(settings));
}
