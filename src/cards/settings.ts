// Settings and about: who is signed in, the language in use, and the background tasks installed for this user.
import type { Translate } from '../i18n';
import { action } from './action';
import { historySection, sweepSettingsSection, type SweepForm } from './follow-up';
import { button, esc, header, paragraph } from './ui';

export interface SettingsData {
  email: string;
  triggers: readonly { id: string; handler: string }[];
  /** The follow-up sweep settings (absent: the section is not shown). */
  followUp?: SweepForm;
}

export function buildSettingsCard(t: Translate, data: SettingsData): GoogleAppsScript.Card_Service.Card {
  const about = CardService.newCardSection().addWidget(paragraph(esc(t('settings.about'))));
  // An address Apps Script does not give is left out rather than shown as an empty row (DecoratedText needs text).
  if (data.email)
    about.addWidget(CardService.newDecoratedText().setTopLabel(t('settings.account')).setText(esc(data.email)));
  about
    .addWidget(
      CardService.newDecoratedText()
        .setTopLabel(t('settings.language'))
        .setText(esc(t('settings.language.value'))),
    )
    .addWidget(paragraph(esc(t('settings.privacy'))));
  const tasks = CardService.newCardSection().setHeader(t('settings.triggers'));
  if (data.triggers.length === 0) tasks.addWidget(paragraph(esc(t('settings.triggers.none'))));
  for (const trigger of data.triggers) {
    tasks.addWidget(
      CardService.newDecoratedText()
        .setText(
          esc(
            trigger.handler === 'onJobsTick'
              ? t('settings.triggers.jobs')
              : t('settings.triggers.item', { handler: trigger.handler }),
          ),
        )
        .setWrapText(true)
        .setButton(button(t('settings.triggers.remove'), action('onRemoveTrigger', { id: trigger.id }))),
    );
  }
  const card = CardService.newCardBuilder()
    .setName('settings')
    .setHeader(header(t('settings.title')))
    .addSection(about);
  if (data.followUp) card.addSection(sweepSettingsSection(t, data.followUp));
  return card.addSection(historySection(t)).addSection(tasks).build();
}
