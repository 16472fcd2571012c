// Find an invitation by the invitee's email (the filled primary action: teachers know emails, not ids), look one up
// by its id, or open any course by its id (admins and co-teachers of courses not listed on the homepage): the
// universal action.
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
        .setHeader(t('find.title'))
        .addWidget(
          CardService.newTextInput().setFieldName('findQuery').setTitle(t('find.field')).setHint(t('find.hint')),
        )
        .addWidget(buttons(button(t('find.button'), action('onFindInvitation').addRequiredWidget('findQuery'), true))),
    )
    .addSection(
      CardService.newCardSection()
        .addWidget(input)
        .addWidget(buttons(button(t('lookup.button'), action('onLookup').addRequiredWidget('invitationId')))),
    )
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
