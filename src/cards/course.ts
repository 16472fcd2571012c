// One course: the invite form (addresses + role), one card page of its pending invitations (Manage on each,
// Previous/Next between pages), the owner transfer, and the class code with the link that opens the join prompt.
import type { Translate } from '../i18n';
import { encodeCursor, type CardPage, type Cursor } from '../domain/list-pages';
import type { Course, InvitationView } from '../domain/types';
import type { Age } from '../domain/age';
import { joinLink } from '../domain/class-code';
import { transferSection, type CourseTransferData } from './transfer';
import { ageLine } from './follow-up';
import * as ui from './ui';

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

/** "Algebra I · Period 2": the name and the section when there is one. */
export function courseTitle(course: Course) {
  return course.section ? `${course.name} · ${course.section}` : course.name;
}

/** The course's state in words; a provisioned course says who must accept it: "you" to its owner. */
export function stateText(t: Translate, course: Course, mine: boolean) {
  return course.state === 'PROVISIONED' && mine ? t('state.PROVISIONED.mine') : t(`state.${course.state}`);
}

// Said before the click (Google: students can use only ACTIVE courses, and a PROVISIONED one must be accepted by
// its owner first, manage-courses guide; invitations.create answers CourseNotModifiable for an archived course).
function stateWarning(t: Translate, data: CourseData) {
  if (data.course.state === 'ARCHIVED') return t('course.archived.warn');
  if (data.course.state !== 'PROVISIONED') return '';
  return t(data.mayOfferOwner ? 'course.provisioned.mine' : 'course.provisioned.warn');
}

function inviteSection(t: Translate, data: CourseData) {
  const id = data.course.id;
  const invite = ui.section(t('course.invite'));
  const warning = stateWarning(t, data);
  if (warning) invite.addWidget(ui.warningText(warning));
  // Archived: Classroom refuses every invitation, so no form to fill in vain.
  if (data.course.state === 'ARCHIVED') return invite;
  const send = ui.action('onInvite', { courseId: id }).addRequiredWidget('emails');
  const bulk = ui.button(t('course.bulk'), ui.action('onShowBulk', { courseId: id }));
  return invite
    .addWidget(ui.textInput('emails', t('course.invite.field'), t('course.invite.hint')).setMultiline(true))
    .addWidget(ui.roleSelect(t, 'role', 'STUDENT', data.mayOfferOwner === false ? ['STUDENT', 'TEACHER'] : undefined))
    .addWidget(ui.buttons(ui.button(t('course.invite.button'), send, true), bulk));
}

/** Numbers as the reader writes them (3,000 / 3 000). */
function num(t: Translate, n: number) {
  return n.toLocaleString(t('format.locale'));
}

function pendingSection(t: Translate, data: CourseData) {
  const { pending, page } = data;
  const total = page.more ? `${num(t, page.total)}+` : num(t, page.total);
  const list = ui.section(t('course.pending', { count: total }));
  if (pending.length === 0) return list.addWidget(ui.plain(t('course.pending.none')));
  if (page.more || page.from > 1 || page.to < page.total) {
    list.addWidget(ui.plain(t('course.pending.range', { from: num(t, page.from), to: num(t, page.to), total })));
  }
  for (const inv of pending) {
    const who = inv.invitee.name || inv.invitee.email || t('invitation.unknownPerson', { id: inv.userId });
    const a = data.ages?.get(inv.id);
    const email = inv.invitee.email;
    const bottom = a ? [email, ageLine(t, a.age, a.reminders)].filter(Boolean).join(' · ') : email;
    const manage = ui.button(t('course.manage'), ui.action('onShowInvitation', { id: inv.id }));
    list.addWidget(ui.row(ui.esc(who), { top: t(`role.${inv.role}`), bottom, button: manage }));
  }
  // "Resend the 4 older than 7 days", when some are.
  const old = page.from === 1 && data.old && data.old.count > 0 ? data.old : null;
  if (old) {
    const resend = ui.action('onResendOld', { courseId: data.course.id, days: String(old.days) });
    list.addWidget(ui.buttons(ui.button(t('course.resendOld', { count: old.count, days: old.days }), resend)));
  }
  const go = (cursor: Cursor | null) =>
    cursor && ui.action('onOpenCourse', { courseId: data.course.id, cursor: encodeCursor(cursor), replace: '1' });
  const moves = ui.moves(t, go(page.prev), go(page.next));
  return moves ? list.addWidget(moves) : list;
}

/** The class code and the link that opens the join prompt, as selectable text; none when the course has no code. */
function classCodeSection(t: Translate, course: Course) {
  const code = course.enrollmentCode?.trim();
  if (!code) return null;
  const codes = ui.section(t('classCode.title'), ui.row(ui.esc(code), { top: t('classCode.code'), wrap: false }));
  const link = joinLink({ enrollmentCode: code, link: course.link });
  if (link) codes.addWidget(ui.row(ui.esc(link), { top: t('classCode.link') }));
  return codes.addWidget(ui.plain(t('classCode.hint')));
}

export function buildCourseCard(t: Translate, data: CourseData) {
  const { course } = data;
  const subtitle = [course.section, stateText(t, course, data.mayOfferOwner === true)].filter(Boolean).join(' · ');
  const card = ui
    .newCard(`course-${course.id}`, course.name, subtitle)
    .addSection(inviteSection(t, data))
    .addSection(pendingSection(t, data));
  const transfer = data.transfer && transferSection(t, data.transfer);
  if (transfer) card.addSection(transfer);
  const code = classCodeSection(t, course);
  if (code) card.addSection(code);
  if (course.link) card.addSection(ui.section('', ui.buttons(ui.linkButton(t('course.open'), course.link))));
  return card.build();
}
