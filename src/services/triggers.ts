// The current user's installable triggers (ScriptApp): listed on the settings card, removable there.
export interface TriggerInfo {
  id: string;
  handler: string;
}

export function listTriggers(): TriggerInfo[] {
  return ScriptApp.getProjectTriggers().map((t) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction() }));
}

/** Removes one trigger by id; true when it existed. */
export function removeTrigger(id: string): boolean {
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return trigger !== undefined;
}
