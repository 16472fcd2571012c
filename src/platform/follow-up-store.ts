// The follow-up's own small records in the user's properties, next to the ledger and jobs: the sweep settings (with
// the address and language the digest goes out in, since a trigger run has no event to read them from), when the
// last digest went out, and the resend/withdraw journal that makes a delete + create survive a kill.
import { DEFAULT_SWEEP, type SweepSettings } from '../domain/sweep';
import type { Role } from '../domain/roles';

const SETTINGS = 'followup';
const JOURNAL = 'followup:journal';

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

/**
 * One invitation a delete + create (resend) or a delete (withdraw) is about, written before the delete. A run that
 * finds it left over finishes or forgets it by what Classroom lists (app/resend.ts: recoverJournal).
 */
export interface JournalItem {
  kind: 'resend' | 'withdraw';
  /** 'sweep' when the hourly sweep decided it, 'resend' when the user asked. */
  origin: 'sweep' | 'resend';
  invitationId: string;
  courseId: string;
  userId: string;
  role: Role;
  email?: string;
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

export function loadJournal(): JournalItem[] {
  const items = parse<unknown>(props().getProperty(JOURNAL), []);
  return Array.isArray(items) ? (items as JournalItem[]) : [];
}

export function saveJournal(items: readonly JournalItem[]): void {
  if (items.length === 0) props().deleteProperty(JOURNAL);
  else props().setProperty(JOURNAL, JSON.stringify(items));
}
