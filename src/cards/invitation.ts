// One invitation: course, invitee, role, its history, and only the actions that make sense for the viewer (the
// invitee may accept or decline; teachers change the role, resend or revoke, the course owner may also offer
// ownership). Revoke, destructive, stands alone after the others and is never the filled primary button; the raw id
// comes last, small and grey.
import { roleInText, type Translate } from '../i18n';
import { ROLES, type Role } from '../domain/roles';
import type { InvitationView, Viewer } from '../domain/types';

export type { Viewer };
import type { Age } from '../domain/age';
import { action } from './action';
import { button, buttons, esc, header, linkButton, paragraph, roleSelect, textButton, warningText } from './ui';
import { ageLine } from './follow-up';

export interface InvitationData {
  view: InvitationView;
  viewer: Viewer;
  /** Whether OWNER is among the role choices (only the course owner may offer ownership). */
  mayOfferOwner?: boolean;
  /** From the invitation ledger: when and by whom (cards/follow-up.ts words it). */
  followUp?: { age: Age; reminders: number };
  /** The card it was opened from (Find results, a person's Gmail card): its actions pass it on, so the stack after
   * a change is read again as the user reached it. */
  via?: { find?: string; person?: string };
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

/** The roles a manager may switch this invitation to. */
export function roleChoices(current: Role, mayOfferOwner: boolean): Role[] {
  return ROLES.filter((r) => r !== current && (r !== 'OWNER' || mayOfferOwner));
}

export function buildInvitationCard(t: Translate, data: InvitationData): GoogleAppsScript.Card_Service.Card {
  const { view, viewer } = data;
  const params = { id: view.id, ...data.via };
  const courseName = view.course?.name ?? t('invitation.unknownCourse', { id: view.courseId });
  const details = CardService.newCardSection()
    .addWidget(detail(t('invitation.course'), esc(courseName), CardService.Icon.MULTIPLE_PEOPLE))
    .addWidget(detail(t('invitation.invitee'), inviteeText(t, view), CardService.Icon.PERSON))
    .addWidget(detail(t('invitation.role'), esc(t(`role.${view.role}`)), CardService.Icon.STAR));
  // "Invitation: sent today by you" (the line says sent or first seen: the label does not repeat it).
  if (data.followUp)
    details.addWidget(
      detail(
        t('invitation.history'),
        esc(ageLine(t, data.followUp.age, data.followUp.reminders)),
        CardService.Icon.CLOCK,
      ),
    );
  const card = CardService.newCardBuilder()
    .setName(`invitation-${view.id}`)
    .setHeader(header(t('invitation.title'), courseName))
    .addSection(details);

  if (viewer === 'invitee') {
    card.addSection(
      CardService.newCardSection().addWidget(
        buttons(
          button(t('invitation.accept'), action('onAcceptInvitation', { id: view.id }), true),
          textButton(t('invitation.decline'), action('onDeclineInvitation', { id: view.id })),
        ),
      ),
    );
  } else {
    const others = roleChoices(view.role, data.mayOfferOwner === true);
    const section = CardService.newCardSection().setHeader(t('invitation.changeRole'));
    const [first] = others;
    if (first)
      section
        .addWidget(roleSelect(t, 'newRole', first, others).setTitle(t('invitation.newRole')))
        .addWidget(buttons(button(t('invitation.changeRole'), action('onChangeRole', params))));
    if (first) card.addSection(section);
    card.addSection(
      CardService.newCardSection()
        .addWidget(buttons(button(t('invitation.resend'), action('onResendInvitation', params))))
        .addWidget(paragraph(esc(t('invitation.onlyInvitee', { email: view.invitee.email || view.userId })))),
    );
    // Revoke on its own, confirmed first (onRevokeInvitation shows a confirmation card).
    card.addSection(
      CardService.newCardSection().addWidget(
        buttons(textButton(t('invitation.revoke'), action('onRevokeInvitation', params))),
      ),
    );
  }
  const footer = CardService.newCardSection();
  if (view.course?.link) footer.addWidget(buttons(linkButton(t('course.open'), view.course.link)));
  footer.addWidget(paragraph(`<font color="#5f6368">${esc(t('invitation.idLine', { id: view.id }))}</font>`));
  card.addSection(footer);
  return card.build();
}

export interface ConfirmData {
  title: string;
  body: string;
  confirmText: string;
  confirm: GoogleAppsScript.Card_Service.Action;
}

/** A confirmation step before anything destructive: the destructive button is a text button, Cancel goes back. */
export function buildConfirmCard(t: Translate, data: ConfirmData): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('confirm')
    .setHeader(header(data.title))
    .addSection(
      CardService.newCardSection()
        .addWidget(paragraph(esc(data.body)))
        .addWidget(buttons(textButton(data.confirmText, data.confirm), button(t('common.cancel'), action('onBack')))),
    )
    .build();
}

/**
 * Ownership needs two steps (Classroom: only a co-teacher can become owner, @IneligibleOwner): the steps on a card
 * that stays, with the first step one click away. Nothing was changed.
 */
export function buildIneligibleOwnerCard(
  t: Translate,
  data: { id: string; email: string; course: string; courseId: string; role: Role },
): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection()
    .addWidget(warningText(t('owner.twoSteps.why', { email: data.email, role: roleInText(t, data.role) })))
    .addWidget(paragraph(esc(t('owner.twoSteps.step1', { email: data.email }))))
    .addWidget(paragraph(esc(t('owner.twoSteps.step2', { email: data.email, course: data.course }))));
  const actions = [textButton(t('common.back'), action('onBack'))];
  // The transfer wizard does both steps and follows the acceptance (cards/transfer.ts).
  actions.unshift(
    button(t('transfer.fromRefusal'), action('onShowTransferStart', { courseId: data.courseId, email: data.email })),
  );
  if (data.role === 'STUDENT')
    actions.unshift(
      button(t('owner.twoSteps.invite'), action('onChangeRole', { id: data.id, newRole: 'TEACHER' }), true),
    );
  return CardService.newCardBuilder()
    .setName('owner-two-steps')
    .setHeader(header(t('owner.twoSteps.title')))
    .addSection(section.addWidget(buttons(...actions)))
    .build();
}

/** A role-change outcome that needs more than a line (restored, saved for later, lost): a card, not a toast. */
export function buildRoleOutcomeCard(
  t: Translate,
  data: { title: string; body: string; warning: boolean },
): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection()
    .addWidget(data.warning ? warningText(data.body) : paragraph(esc(data.body)))
    .addWidget(buttons(button(t('common.back'), action('onBack'))));
  return CardService.newCardBuilder().setName('role-outcome').setHeader(header(data.title)).addSection(section).build();
}
