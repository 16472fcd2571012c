// The universal action: find an invitation by the invitee's email (the primary action: teachers know emails, not
// ids), look one up by its id, or open any course by its id (admins, co-teachers of courses not on the homepage).
import type { Translate } from '../i18n';
import type { TextButton } from './types';
import { action, button, buttons, newCard, section, textInput } from './ui';

function form(title: string, field: string, label: string, hint: string, go: TextButton) {
  return section(title, textInput(field, label, hint), buttons(go));
}

export function buildLookupCard(t: Translate) {
  const find = button(t('home.find.button'), action('onFindInvitation').addRequiredWidget('findQuery'), true);
  const lookup = button(t('lookup.button'), action('onLookup').addRequiredWidget('invitationId'));
  const course = button(t('lookup.course.button'), action('onOpenCourseById').addRequiredWidget('courseId'));
  return newCard('lookup', t('home.lookup'))
    .addSection(form(t('find.title'), 'findQuery', t('find.field'), t('find.hint'), find))
    .addSection(form('', 'invitationId', t('lookup.field'), t('lookup.hint'), lookup))
    .addSection(form(t('lookup.course.title'), 'courseId', t('lookup.course.field'), t('lookup.course.hint'), course))
    .build();
}
