// Cards that carry one message: a joined course (with its link) or an error that names the fix.
import { roleInText, type Translate } from '../i18n';
import type { Role } from '../domain/roles';
import { action } from './action';
import { button, buttons, esc, header, linkButton, paragraph, warningText } from './ui';

/** A joined course; an accepted ownership says "you are now the owner" (the new owner already taught there). */
export function buildAcceptedCard(
  t: Translate,
  course: { name: string; link: string },
  role: Role,
): GoogleAppsScript.Card_Service.Card {
  const owner = role === 'OWNER';
  const body = owner
    ? t('accepted.owner', { course: course.name })
    : t('accepted.body', { course: course.name, role: roleInText(t, role) });
  const section = CardService.newCardSection().addWidget(paragraph(esc(body)));
  if (course.link) section.addWidget(buttons(linkButton(t('accepted.open'), course.link)));
  return CardService.newCardBuilder()
    .setName('accepted')
    .setHeader(header(t(owner ? 'accepted.owner.title' : 'accepted.title', { course: course.name })))
    .addSection(section)
    .build();
}

/** The error card of the funnel: plain language, never a stack trace; "Back" when there is somewhere to go. */
export function buildErrorCard(t: Translate, message: string, canGoBack: boolean): GoogleAppsScript.Card_Service.Card {
  // A warning icon marks it as an error (never a document icon), as in Google's own add-ons.
  const section = CardService.newCardSection().addWidget(warningText(message));
  section.addWidget(
    buttons(
      canGoBack ? button(t('common.back'), action('onBack')) : button(t('home.refresh'), action('onRefreshHome')),
    ),
  );
  return CardService.newCardBuilder()
    .setName('error')
    .setHeader(header(t('err.title')))
    .addSection(section)
    .build();
}
