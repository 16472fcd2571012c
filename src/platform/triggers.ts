// The current user's installable triggers (ScriptApp): listed on the settings card, removable there, and the hourly
// trigger that finishes bulk jobs nobody continues.
import type { EntryPoint } from '../entry-points';

export const listTriggers = () =>
  ScriptApp.getProjectTriggers().map((t) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction() }));

/** Removes one trigger by id; true when it existed. */
export function removeTrigger(id: string): boolean {
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return trigger !== undefined;
}

/** Installs one hourly trigger for `handler` unless the user already has one (one per type per user for add-ons). */
export function ensureHourlyTrigger(handler: EntryPoint): void {
  if (ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler)) return;
  // Add-ons may not run time-driven triggers more often than hourly (AS/guides/triggers/installable).
  ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

export function removeTriggersFor(handler: EntryPoint): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
}
