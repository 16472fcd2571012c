// Settings: who is signed in and the background tasks (installable triggers), one of which may be removed.
import { currentUser } from '../classroom/profiles';
import { loadFollowUp, type FollowUpSettings } from '../platform/follow-up-store';
import { listTriggers, removeTrigger as remove, type TriggerInfo } from '../platform/triggers';

export function openSettings(): { email: string; triggers: TriggerInfo[]; followUp: FollowUpSettings } {
  return { email: currentUser().email, triggers: listTriggers(), followUp: loadFollowUp() };
}

/** False when no trigger of this user has that id (another user's, or none): nothing was removed. */
export function removeTrigger(id: string): boolean {
  return remove(id);
}
