// The universal action: find an invitation by the invitee's email (the primary action: teachers know emails, not
// ids), look one up by its id, or open any course by its id (admins, co-teachers of courses not on the homepage).
import type { Translate } from '../i18n';
import { action, button, buttons, newCard, section, textInput } from './ui';

export function buildLookupCard(t: Translate) {
  const find = action('onFindInvitation').addRequiredWidget('findQuery');
  const lookup = action('onLookup').addRequiredWidget('invitationId');
  const course = action('onOpenCourseById').addRequiredWidget('courseId');
  return newCard('lookup', t('home.lookup'))
    .addSection(
      section(
        t('find.title'),
        textInput('findQuery', t('find.field'), t('find.hint')),
        buttons(button(t('home.find.button'), find, true)),
      ),
    )
    .addSection(
      section(
        '',
        textInput('invitationId', t('lookup.field'), t('lookup.hint')),
        buttons(button(t('lookup.button'), lookup)),
      ),
    )
    .addSection(
      section(
        t('lookup.course.title'),
        textInput('courseId', t('lookup.course.field'), t('lookup.course.hint')),
        buttons(button(t('lookup.course.button'), course)),
      ),
    )
    .build();
}
