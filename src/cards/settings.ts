// Settings and about: who is signed in, the language in use, the follow-up sweep (everything off by default), what
// the add-on keeps about the user's invitations, and the background tasks installed for this user.
import type { Translate } from '../i18n';
import { RETENTION_DAYS } from '../domain/ledger';
import { LIMITS, type SweepSettings, type SweepSettingsError } from '../domain/sweep';
import { shortDate } from './follow-up';
import { action, button, buttons, esc, newCard, plain, row, section, selection, textInput, warningText } from './ui';

interface SweepForm {
  sweep: SweepSettings;
  lastSweep?: { at: number; resent: number; withdrawn: number };
  /** After a refused save: why, and the numbers as typed (shown again, so the user corrects them in place). */
  refused?: { errors: readonly string[]; typed: Record<'remindDays' | 'maxReminders' | 'withdrawDays', string> };
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

function sweepSection(t: Translate, form: SweepForm) {
  const s = form.sweep;
  const typed = form.refused?.typed;
  const digest = selection('digest', t('sweep.digest'));
  for (const f of ['off', 'daily', 'weekly'] as const) digest.addItem(t(`sweep.digest.${f}`), f, s.digest === f);
  const sweep = section(t('sweep.title'), plain(t('sweep.about')));
  // Errors stay on the card, next to the fields, with a warning icon: a toast would vanish and cover Save.
  for (const error of form.refused?.errors ?? []) sweep.addWidget(warningText(error));
  const remind = typed?.remindDays ?? num(s.remindAfterDays);
  const withdraw = typed?.withdrawDays ?? num(s.withdrawAfterDays);
  sweep
    .addWidget(textInput('remindDays', t('sweep.remind'), t('sweep.remind.hint'), remind))
    .addWidget(textInput('maxReminders', t('sweep.max'), '', typed?.maxReminders ?? num(s.maxReminders)))
    .addWidget(textInput('withdrawDays', t('sweep.withdraw'), t('sweep.withdraw.hint'), withdraw))
    .addWidget(digest)
    .addWidget(buttons(button(t('sweep.save'), action('onSaveSweep'), true)));
  const last = form.lastSweep;
  return last ? sweep.addWidget(plain(t('sweep.last', { ...last, date: shortDate(t, last.at) }))) : sweep;
}

/** Each validation code in plain words, with the bounds it is about. */
export function sweepErrorText(t: Translate, code: SweepSettingsError) {
  const bounds: Partial<Record<SweepSettingsError, { min: number; max: number }>> = {
    REMIND_DAYS_OUT_OF_RANGE: LIMITS.remindAfterDays,
    MAX_REMINDERS_OUT_OF_RANGE: LIMITS.maxReminders,
    WITHDRAW_DAYS_OUT_OF_RANGE: LIMITS.withdrawAfterDays,
  };
  const b = bounds[code];
  return t(`sweep.err.${code}`, b ? { min: b.min, max: b.max } : {});
}

export function buildSettingsCard(
  t: Translate,
  data: { email: string; triggers: readonly { id: string; handler: string }[]; followUp?: SweepForm },
) {
  const about = section('', plain(t('settings.about')));
  // An address Apps Script does not give is left out rather than shown as an empty row (DecoratedText needs text).
  if (data.email) about.addWidget(row(esc(data.email), { top: t('settings.account'), wrap: false }));
  about
    .addWidget(row(esc(t('settings.language.value')), { top: t('settings.language'), wrap: false }))
    .addWidget(plain(t('settings.privacy')));
  const tasks = section(t('settings.triggers'));
  if (data.triggers.length === 0) tasks.addWidget(plain(t('settings.triggers.none')));
  for (const trigger of data.triggers) {
    const name =
      trigger.handler === 'onJobsTick'
        ? t('settings.triggers.jobs')
        : t('settings.triggers.item', { handler: trigger.handler });
    const remove = button(t('settings.triggers.remove'), action('onRemoveTrigger', { id: trigger.id }));
    tasks.addWidget(row(esc(name), { button: remove }));
  }
  const card = newCard('settings', t('settings.title')).addSection(about);
  if (data.followUp) card.addSection(sweepSection(t, data.followUp));
  // What the add-on keeps about the user's invitations, for how long, and the button to forget it.
  const forget = buttons(button(t('history.forget'), action('onForgetHistory')));
  const history = section(t('history.title'), plain(t('history.kept', { days: RETENTION_DAYS })), forget);
  return card.addSection(history).addSection(tasks).build();
}
