// Settings: who is signed in and the background tasks (installable triggers), one of which may be removed.
import { currentUser } from '../classroom/profiles';
import { loadFollowUp } from '../platform/follow-up-store';
import { listTriggers } from '../platform/triggers';

// removeTrigger is false when no trigger of this user has that id (another user's, or none): nothing was removed.
export { removeTrigger } from '../platform/triggers';

export const openSettings = () => ({ email: currentUser().email, triggers: listTriggers(), followUp: loadFollowUp() });
