// Look an invitation up by its id (universal action and homepage footer).
import type { Translate } from '../i18n';
import { action } from './action';
import { button, buttons, header } from './ui';

export function buildLookupCard(t: Translate): GoogleAppsScript.Card_Service.Card {
  const input = CardService.newTextInput()
    .setFieldName('invitationId')
    .setTitle(t('lookup.field'))
    .setHint(t('lookup.hint'));
  return CardService.newCardBuilder()
    .setName('lookup')
    .setHeader(header(t('lookup.title')))
    .addSection(
      CardService.newCardSection()
        .addWidget(input)
        .addWidget(buttons(button(t('lookup.button'), action('onLookup').addRequiredWidget('invitationId'), true))),
    )
    .build();
}
