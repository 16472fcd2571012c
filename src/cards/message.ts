// Cards that carry one message: a joined course (with its link), an error or a warning that names the fix, the
// confirmation before anything destructive, and the two steps an ownership needs.
import { roleInText, type Translate } from '../i18n';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';
import type { Action } from './types';
import { action, button, buttons, linkButton, newCard, plain, section, textButton, warningText } from './ui';

/** A joined course; an accepted ownership says "you are now the owner" (the new owner already taught there). */
export function buildAcceptedCard(t: Translate, course: { name: string; link: string }, role: Role) {
  const owner = role === 'OWNER';
  const body = owner
    ? t('accepted.owner', { course: course.name })
    : t('accepted.body', { course: course.name, role: roleInText(t, role) });
  const accepted = section('', plain(body));
  if (course.link) accepted.addWidget(buttons(linkButton(t('accepted.open'), course.link)));
  const title = t(owner ? 'accepted.owner.title' : 'accepted.title', { course: course.name });
  return newCard('accepted', title).addSection(accepted).build();
}

/** A warning (never a document icon, as in Google's own add-ons), then "Back" when there is somewhere to go. */
export function buildWarningCard(t: Translate, name: string, title: string, message: string, canGoBack = true) {
  const back = canGoBack
    ? button(t('common.back'), action('onBack'))
    : button(t('home.refresh'), action('onRefreshHome'));
  const warning = section('', warningText(message), buttons(back));
  return newCard(name, title).addSection(warning).build();
}

/** The error card of the funnel: plain language, never a stack trace. */
export function buildErrorCard(t: Translate, message: string, canGoBack: boolean) {
  return buildWarningCard(t, 'error', t('err.title'), message, canGoBack);
}

/** A confirmation step before anything destructive: the destructive button is a text button, Cancel goes back. */
export function buildConfirmCard(t: Translate, title: string, body: string, confirmText: string, confirm: Action) {
  const cancel = button(t('common.cancel'), action('onBack'));
  const ask = section('', plain(body), buttons(textButton(confirmText, confirm), cancel));
  return newCard('confirm', title).addSection(ask).build();
}

// Ownership needs two steps (Classroom: only a co-teacher can become owner, @IneligibleOwner): the steps on a card
// that stays, with the first step one click away. Nothing was changed.
export function buildIneligibleOwnerCard(t: Translate, data: Invitation, email: string, course: string) {
  const { courseId } = data;
  // The transfer wizard does both steps and follows the acceptance (cards/transfer.ts).
  const actions = [
    button(t('transfer.fromRefusal'), action('onShowTransferStart', { courseId, email })),
    textButton(t('common.back'), action('onBack')),
  ];
  const invite = button(t('owner.twoSteps.invite'), action('onChangeRole', { id: data.id, newRole: 'TEACHER' }), true);
  if (data.role === 'STUDENT') actions.unshift(invite);
  const steps = section(
    '',
    warningText(t('owner.twoSteps.why', { email, role: roleInText(t, data.role) })),
    plain(t('owner.twoSteps.step1', { email })),
    plain(t('owner.twoSteps.step2', { email, course })),
    buttons(...actions),
  );
  return newCard('owner-two-steps', t('owner.twoSteps.title')).addSection(steps).build();
}
