// One course: the invite form (addresses + role) and one card page of its pending invitations (Manage on each,
// Previous/Next between pages).
import type { Translate } from '../i18n';
import { encodeCursor, type CardPage, type Cursor } from '../domain/list-pages';
import type { Course, InvitationView } from '../domain/types';
import type { Age } from '../domain/age';
import { action } from './action';
import { transferSection, type CourseTransferData } from './transfer';
import { ageLine, classCodeSection, resendOldButton } from './follow-up';
import { button, buttons, esc, header, linkButton, paragraph, roleSelect, warningText } from './ui';

export interface CourseData {
  course: Course;
  /** The pending invitations shown on this card page. */
  pending: readonly InvitationView[];
  page: CardPage;
  /** The owner transfer of this course, or the offer to start one (cards/transfer.ts). */
  transfer?: CourseTransferData;
  /** Owner among the roles of the invite form: only for the course owner (Google's rule, app/permissions.ts). */
  mayOfferOwner?: boolean;
  /** From the invitation ledger (cards/follow-up.ts words them): each shown invitation's age, by id. */
  ages?: ReadonlyMap<string, { age: Age; reminders: number }>;
  /** The add-on's invitations pending for `days` days or more (a "Resend" button when any). */
  old?: { count: number; days: number };
}

/** The course's state in words; a provisioned course says who must accept it: "you" to its owner. */
export function stateText(t: Translate, course: Course, mine: boolean): string {
  return course.state === 'PROVISIONED' && mine ? t('state.PROVISIONED.mine') : t(`state.${course.state}`);
}

export function courseSubtitle(t: Translate, course: Course, mine = false): string {
  return [course.section, stateText(t, course, mine)].filter(Boolean).join(' · ');
}

/**
 * Said before the click (Google: students can use only ACTIVE courses, and a PROVISIONED one must be accepted by
 * its owner first, manage-courses guide; invitations.create answers CourseNotModifiable for an archived course).
 */
function stateWarning(t: Translate, data: CourseData): string {
  if (data.course.state === 'ARCHIVED') return t('course.archived.warn');
  if (data.course.state !== 'PROVISIONED') return '';
  return t(data.mayOfferOwner ? 'course.provisioned.mine' : 'course.provisioned.warn');
}

function inviteSection(t: Translate, data: CourseData): GoogleAppsScript.Card_Service.CardSection {
  const id = data.course.id;
  const input = CardService.newTextInput()
    .setFieldName('emails')
    .setTitle(t('course.invite.field'))
    .setHint(t('course.invite.hint'))
    .setMultiline(true);
  const section = CardService.newCardSection().setHeader(t('course.invite'));
  const warning = stateWarning(t, data);
  if (warning) section.addWidget(warningText(warning));
  // Archived: Classroom refuses every invitation, so no form to fill in vain.
  if (data.course.state === 'ARCHIVED') return section;
  return section
    .addWidget(input)
    .addWidget(roleSelect(t, 'role', 'STUDENT', data.mayOfferOwner === false ? ['STUDENT', 'TEACHER'] : undefined))
    .addWidget(
      buttons(
        button(t('course.invite.button'), action('onInvite', { courseId: id }).addRequiredWidget('emails'), true),
        button(t('course.bulk'), action('onShowBulk', { courseId: id })),
      ),
    );
}

/** Numbers as the reader writes them (3,000 / 3 000). */
export function num(t: Translate, n: number): string {
  return n.toLocaleString(t('format.locale'));
}

function withAge(t: Translate, email: string, a: { age: Age; reminders: number } | undefined): string {
  return a ? [email, ageLine(t, a.age, a.reminders)].filter(Boolean).join(' · ') : email;
}

function pendingSection(t: Translate, data: CourseData): GoogleAppsScript.Card_Service.CardSection {
  const { pending, page } = data;
  const total = page.more ? `${num(t, page.total)}+` : num(t, page.total);
  const section = CardService.newCardSection().setHeader(t('course.pending', { count: total }));
  if (pending.length === 0) return section.addWidget(paragraph(esc(t('course.pending.none'))));
  if (page.more || page.from > 1 || page.to < page.total) {
    section.addWidget(
      paragraph(esc(t('course.pending.range', { from: num(t, page.from), to: num(t, page.to), total }))),
    );
  }
  for (const inv of pending) {
    const who = inv.invitee.name || inv.invitee.email || t('invitation.unknownPerson', { id: inv.userId });
    section.addWidget(
      CardService.newDecoratedText()
        .setTopLabel(t(`role.${inv.role}`))
        .setText(esc(who))
        .setBottomLabel(withAge(t, inv.invitee.email, data.ages?.get(inv.id)))
        .setWrapText(true)
        .setButton(button(t('course.manage'), action('onShowInvitation', { id: inv.id }))),
    );
  }
  const resend = data.old && page.from === 1 ? resendOldButton(t, data.course.id, data.old.count, data.old.days) : null;
  if (resend) section.addWidget(resend);
  const moves: GoogleAppsScript.Card_Service.TextButton[] = [];
  const go = (cursor: Cursor) =>
    action('onOpenCourse', { courseId: data.course.id, cursor: encodeCursor(cursor), replace: '1' });
  if (page.prev) moves.push(button(t('course.pending.prev'), go(page.prev)));
  if (page.next) moves.push(button(t('course.pending.next'), go(page.next)));
  if (moves.length > 0) section.addWidget(buttons(...moves));
  return section;
}

export function buildCourseCard(t: Translate, data: CourseData): GoogleAppsScript.Card_Service.Card {
  const { course } = data;
  const card = CardService.newCardBuilder()
    .setName(`course-${course.id}`)
    .setHeader(header(course.name, courseSubtitle(t, course, data.mayOfferOwner === true)))
    .addSection(inviteSection(t, data))
    .addSection(pendingSection(t, data));
  const transfer = data.transfer && transferSection(t, data.transfer);
  if (transfer) card.addSection(transfer);
  const code = classCodeSection(t, course);
  if (code) card.addSection(code);
  if (course.link) {
    card.addSection(CardService.newCardSection().addWidget(buttons(linkButton(t('course.open'), course.link))));
  }
  return card.build();
}
