// Settings and about (universal action): account, language, background tasks.
import { buildSettingsCard } from '../cards/settings';
import { currentUser } from '../services/profiles';
import { listTriggers, removeTrigger } from '../services/triggers';
import { requireParam, type Ctx } from './event';
import { replace } from './respond';

export function settingsCard(ctx: Ctx): GoogleAppsScript.Card_Service.Card {
  return buildSettingsCard(ctx.t, { email: currentUser().email, triggers: listTriggers() });
}

export function removeTriggerAction(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  removeTrigger(requireParam(ctx, 'id'));
  return replace(settingsCard(ctx), ctx.t('settings.triggers.removed'));
}
