// Settings and about (universal action): account, language, background tasks.
import { openSettings, removeTrigger as remove } from '../app/settings';
import { replace } from '../cards/navigation';
import { buildSettingsCard } from '../cards/settings';
import { requireParam, type Ctx } from '../entry/event';

export function settingsUniversal(ctx: Ctx) {
  return buildSettingsCard(ctx.t, openSettings());
}

export function removeTrigger(ctx: Ctx) {
  const removed = remove(requireParam(ctx, 'id'));
  const note = removed ? ctx.t('settings.triggers.removed') : ctx.t('settings.triggers.notFound');
  return replace(buildSettingsCard(ctx.t, openSettings()), note);
}
