// Look an invitation up by its id, or open any course by its id (admins and co-teachers of courses not listed on
// the homepage): the universal action and the homepage footer.
import type { Translate } from '../i18n';
import { action } from './action';
import { findSection } from './follow-up';
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
    .addSection(findSection(t))
    .addSection(
      CardService.newCardSection()
        .setHeader(t('lookup.course.title'))
        .addWidget(
          CardService.newTextInput()
            .setFieldName('courseId')
            .setTitle(t('lookup.course.field'))
            .setHint(t('lookup.course.hint')),
        )
        .addWidget(
          buttons(button(t('lookup.course.button'), action('onOpenCourseById').addRequiredWidget('courseId'))),
        ),
    )
    .build();
}
