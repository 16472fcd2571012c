// The follow-up settings on the settings card: read them, and save them once valid, with the trigger installed
// while any of them is on (the handler then asks the hourly orchestrator whether it is still needed).
import { validateSweep, sweepEnabled, type SweepSettings, type SweepSettingsError } from '../domain/sweep';
import { loadFollowUp, saveFollowUp, type FollowUpSettings } from '../platform/follow-up-store';
import { ensureHourlyTrigger } from '../platform/triggers';
import { keepTrigger } from './pending';

export function readFollowUp(): FollowUpSettings {
  return loadFollowUp();
}

/** Saves valid settings (with the address and language the digest goes out in); returns the errors otherwise. */
export function saveSweepSettings(sweep: SweepSettings, email: string, locale: string): SweepSettingsError[] {
  const errors = validateSweep(sweep);
  if (errors.length > 0) return errors;
  const before = loadFollowUp();
  // The trigger first: a kill between the two leaves a trigger that removes itself, never settings without one.
  if (sweepEnabled(sweep)) ensureHourlyTrigger('onJobsTick');
  saveFollowUp({ ...before, sweep, email, locale });
  keepTrigger();
  return [];
}
