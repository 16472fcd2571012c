// One invitation: course, invitee, role, its history, and only the actions that make sense for the viewer (the
// invitee accepts or declines; teachers change the role, resend or revoke; the course owner may offer ownership).
// Revoke, destructive, stands alone and is never the filled button; the raw id comes last, small and grey.
import type { Translate } from '../i18n';
import { ROLES } from '../domain/roles';
import type { InvitationView, Viewer } from '../domain/types';
import type { Age } from '../domain/age';
import * as ui from './ui';
import { ageLine } from './follow-up';

export interface InvitationData {
  view: InvitationView;
  viewer: Viewer;
  /** Whether OWNER is among the role choices (only the course owner may offer ownership). */
  mayOfferOwner?: boolean;
  /** From the invitation ledger: when and by whom (cards/follow-up.ts words it). */
  followUp?: { age: Age; reminders: number };
  // The card it was opened from (Find results, a person's Gmail card): its actions pass it on, so the stack after
  // a change is read again as the user reached it.
  via?: { find?: string; person?: string };
}

function inviteeText(t: Translate, view: InvitationView) {
  const { name, email } = view.invitee;
  if (!name && !email) return ui.esc(t('invitation.unknownPerson', { id: view.userId }));
  return name && email && name !== email ? `${ui.esc(name)}<br>${ui.esc(email)}` : ui.esc(name || email);
}

export function buildInvitationCard(t: Translate, data: InvitationData) {
  const { view } = data;
  const params = { id: view.id, ...data.via };
  const courseName = view.course?.name ?? t('invitation.unknownCourse', { id: view.courseId });
  const { MULTIPLE_PEOPLE, PERSON, STAR, CLOCK } = CardService.Icon;
  const detail = (label: string, html: string, of: GoogleAppsScript.Card_Service.Icon) =>
    ui.row(html, { top: label, icon: ui.icon(of) });
  const details = ui.section(
    '',
    detail(t('gmail.course'), ui.esc(courseName), MULTIPLE_PEOPLE),
    detail(t('invitation.invitee'), inviteeText(t, view), PERSON),
    detail(t('role.label'), ui.esc(t(`role.${view.role}`)), STAR),
  );
  // "Invitation: sent today by you" (the line says sent or first seen: the label does not repeat it).
  const history = data.followUp;
  if (history)
    details.addWidget(detail(t('invitation.history'), ui.esc(ageLine(t, history.age, history.reminders)), CLOCK));
  const card = ui.newCard(`invitation-${view.id}`, t('invitation.title'), courseName).addSection(details);

  if (data.viewer === 'invitee') {
    const accept = ui.button(t('invitation.accept'), ui.action('onAcceptInvitation', { id: view.id }), true);
    const decline = ui.textButton(t('invitation.decline'), ui.action('onDeclineInvitation', { id: view.id }));
    card.addSection(ui.section('', ui.buttons(accept, decline)));
  } else {
    // The roles a manager may switch this invitation to.
    const others = ROLES.filter((r) => r !== view.role && (r !== 'OWNER' || data.mayOfferOwner === true));
    const [first] = others;
    if (first) {
      const select = ui.roleSelect(t, 'newRole', first, others).setTitle(t('invitation.newRole'));
      const change = ui.buttons(ui.button(t('invitation.changeRole'), ui.action('onChangeRole', params)));
      card.addSection(ui.section(t('invitation.changeRole'), select, change));
    }
    const onlyInvitee = ui.plain(t('invitation.onlyInvitee', { email: view.invitee.email || view.userId }));
    const resend = ui.buttons(ui.button(t('invitation.resend'), ui.action('onResendInvitation', params)));
    card.addSection(ui.section('', resend, onlyInvitee));
    // Revoke on its own, confirmed first (onRevokeInvitation shows a confirmation card).
    const revoke = ui.textButton(t('invitation.revoke'), ui.action('onRevokeInvitation', params));
    card.addSection(ui.section('', ui.buttons(revoke)));
  }
  const footer = ui.section('');
  if (view.course?.link) footer.addWidget(ui.buttons(ui.linkButton(t('course.open'), view.course.link)));
  footer.addWidget(ui.paragraph(`<font color="#5f6368">${ui.esc(t('invitation.idLine', { id: view.id }))}</font>`));
  return card.addSection(footer).build();
}
