// What happened to each address of an invite: invited, already done, or not invited and why.
import type { Translate } from '../i18n';
import { describe } from '../i18n/errors';
import type { InviteOutcome, InviteStatus } from '../domain/outcomes';
import { action } from './action';
import { ineligibleOwnerOffer } from './transfer';
import type { Card } from './types';
import { button, errorText, esc, header, paragraph } from './ui';

export type { InviteOutcome, InviteStatus };

/** The outcome in words, a failure's error in plain language. */
function outcomeText(t: Translate, o: InviteOutcome): string {
  switch (o.status) {
    case 'invited':
      return t('invite.result.invited', { role: o.role ? t(`role.${o.role}`) : '' });
    case 'alreadyInvited':
      return o.role
        ? t('invite.result.alreadyInvitedAs', { role: t(`role.${o.role}`) })
        : t('invite.result.alreadyInvited');
    case 'alreadyMember':
      return t('invite.result.alreadyMember');
    case 'invalid':
      return t('invite.result.invalid');
    case 'failed':
      return o.error ? describe(t, o.error) : t('invite.result.notSent');
  }
}

function icon(status: InviteStatus): GoogleAppsScript.Card_Service.Icon {
  const { EMAIL, CLOCK, PERSON, DESCRIPTION } = CardService.Icon;
  return { invited: EMAIL, alreadyInvited: CLOCK, alreadyMember: PERSON, invalid: DESCRIPTION, failed: DESCRIPTION }[
    status
  ];
}

export function summarize(outcomes: readonly InviteOutcome[]): { invited: number; skipped: number; failed: number } {
  const count = (...s: InviteStatus[]) => outcomes.filter((o) => s.includes(o.status)).length;
  return {
    invited: count('invited'),
    skipped: count('alreadyInvited', 'alreadyMember'),
    failed: count('invalid', 'failed'),
  };
}

export function buildResultsCard(
  t: Translate,
  courseId: string,
  courseName: string,
  outcomes: readonly InviteOutcome[],
): Card {
  const section = CardService.newCardSection().addWidget(
    paragraph(esc(t('invite.results.summary', summarize(outcomes)))),
  );
  for (const o of outcomes.slice(0, 99)) {
    const bad = o.status === 'invalid' || o.status === 'failed';
    const row = CardService.newDecoratedText()
      .setText(`<b>${esc(o.email)}</b><br>${bad ? errorText(outcomeText(t, o)) : esc(outcomeText(t, o))}`)
      .setWrapText(true)
      .setStartIcon(CardService.newIconImage().setIcon(icon(o.status)));
    const transfer = ineligibleOwnerOffer(t, courseId, o.email, o.error);
    section.addWidget(transfer ? row.setButton(transfer) : row);
  }
  return CardService.newCardBuilder()
    .setName('results')
    .setHeader(header(t('invite.results'), courseName))
    .addSection(section)
    .setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(t('invite.backToCourse'), action('onOpenCourse', { courseId, replace: 'back' }), true),
      ),
    )
    .build();
}
