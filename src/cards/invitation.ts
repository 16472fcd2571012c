// One invitation: course, invitee, role, and only the actions that make sense for the viewer
// (the invitee may accept or decline; teachers and admins may change the role or revoke).
import type { Translate } from '../i18n';
import { ROLES } from '../domain/roles';
import type { InvitationView, Viewer } from '../domain/types';

export type { Viewer };
import type { Age } from '../domain/age';
import { action } from './action';
import { invitationAgeDetail } from './follow-up';
import { button, buttons, esc, header, linkButton, paragraph, roleSelect } from './ui';

export interface InvitationData {
  view: InvitationView;
  viewer: Viewer;
  /** From the invitation ledger: when and by whom (cards/follow-up.ts words it). */
  followUp?: { age: Age; reminders: number };
}

function detail(label: string, html: string, icon: GoogleAppsScript.Card_Service.Icon) {
  return CardService.newDecoratedText()
    .setTopLabel(label)
    .setText(html)
    .setWrapText(true)
    .setStartIcon(CardService.newIconImage().setIcon(icon));
}

function inviteeText(t: Translate, view: InvitationView): string {
  const { name, email } = view.invitee;
  if (!name && !email) return esc(t('invitation.unknownPerson', { id: view.userId }));
  return name && email && name !== email ? `${esc(name)}<br>${esc(email)}` : esc(name || email);
}

export function buildInvitationCard(t: Translate, data: InvitationData): GoogleAppsScript.Card_Service.Card {
  const { view, viewer } = data;
  const courseName = view.course?.name ?? t('invitation.unknownCourse', { id: view.courseId });
  const details = CardService.newCardSection()
    .addWidget(detail(t('invitation.course'), esc(courseName), CardService.Icon.MULTIPLE_PEOPLE))
    .addWidget(detail(t('invitation.invitee'), inviteeText(t, view), CardService.Icon.PERSON))
    .addWidget(detail(t('invitation.role'), esc(t(`role.${view.role}`)), CardService.Icon.STAR))
    .addWidget(detail(t('invitation.id'), esc(view.id), CardService.Icon.TICKET));
  if (data.followUp) details.addWidget(invitationAgeDetail(t, data.followUp.age, data.followUp.reminders));
  const card = CardService.newCardBuilder()
    .setName(`invitation-${view.id}`)
    .setHeader(header(t('invitation.title'), courseName))
    .addSection(details);

  if (viewer === 'invitee') {
    card.addSection(
      CardService.newCardSection().addWidget(
        buttons(
          button(t('invitation.accept'), action('onAcceptInvitation', { id: view.id }), true),
          button(t('invitation.decline'), action('onDeclineInvitation', { id: view.id })),
        ),
      ),
    );
  } else {
    const others = ROLES.filter((r) => r !== view.role);
    card.addSection(
      CardService.newCardSection()
        .setHeader(t('invitation.changeRole'))
        .addWidget(roleSelect(t, 'newRole', others[0] ?? 'STUDENT', others).setTitle(t('invitation.newRole')))
        .addWidget(
          buttons(
            button(t('invitation.changeRole'), action('onChangeRole', { id: view.id })),
            button(t('invitation.revoke'), action('onRevokeInvitation', { id: view.id })),
          ),
        ),
    );
    card.addSection(
      CardService.newCardSection().addWidget(
        buttons(button(t('invitation.resend'), action('onResendInvitation', { id: view.id }))),
      ),
    );
    card.addSection(
      CardService.newCardSection().addWidget(
        paragraph(esc(t('invitation.onlyInvitee', { email: view.invitee.email || view.userId }))),
      ),
    );
  }
  if (view.course?.link) {
    card.addSection(CardService.newCardSection().addWidget(buttons(linkButton(t('course.open'), view.course.link))));
  }
  return card.build();
}

export interface ConfirmData {
  title: string;
  body: string;
  confirmText: string;
  confirm: GoogleAppsScript.Card_Service.Action;
}

/** A confirmation step before anything destructive; Cancel just goes back. */
export function buildConfirmCard(t: Translate, data: ConfirmData): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('confirm')
    .setHeader(header(data.title))
    .addSection(
      CardService.newCardSection()
        .addWidget(paragraph(esc(data.body)))
        .addWidget(buttons(button(data.confirmText, data.confirm, true), button(t('common.cancel'), action('onBack')))),
    )
    .build();
}
