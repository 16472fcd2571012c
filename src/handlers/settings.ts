// Settings and about (universal action): account, language, background tasks.
import { openSettings, removeTrigger as remove } from '../app/settings';
import { replace } from '../cards/navigation';
import { buildSettingsCard } from '../cards/settings';
import type { ActionResponse, Card } from '../cards/types';
import { requireParam, type Ctx } from '../entry/event';

export function settingsUniversal(ctx: Ctx): Card {
  return buildSettingsCard(ctx.t, openSettings());
}

export function removeTrigger(ctx: Ctx): ActionResponse {
  remove(requireParam(ctx, 'id'));
  return replace(buildSettingsCard(ctx.t, openSettings()), ctx.t('settings.triggers.removed'));
}
