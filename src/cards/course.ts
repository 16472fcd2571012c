// One course: the invite form (addresses + role) and its pending invitations, with Manage on each.
import type { Translate } from '../i18n';
import type { Course, InvitationView } from '../domain/types';
import type { Age } from '../domain/age';
import { action } from './action';
import { ageLine, classCodeSection, resendOldButton } from './follow-up';
import { button, buttons, esc, header, linkButton, paragraph, roleSelect } from './ui';

/** Pending invitations shown per card; the rest behind "Show more" (a section holds at most 100 widgets). */
export const PAGE = 40;

export interface CourseData {
  course: Course;
  pending: readonly InvitationView[];
  /** Index of the first pending invitation shown. */
  offset: number;
  /** From the invitation ledger (cards/follow-up.ts words them): each pending invitation's age, by id. */
  ages?: ReadonlyMap<string, { age: Age; reminders: number }>;
  /** The add-on's invitations pending for `days` days or more (a "Resend" button when any). */
  old?: { count: number; days: number };
}

export function courseSubtitle(t: Translate, course: Course): string {
  return [course.section, t(`state.${course.state}`)].filter(Boolean).join(' · ');
}

function inviteSection(t: Translate, data: CourseData): GoogleAppsScript.Card_Service.CardSection {
  const id = data.course.id;
  const input = CardService.newTextInput()
    .setFieldName('emails')
    .setTitle(t('course.invite.field'))
    .setHint(t('course.invite.hint'))
    .setMultiline(true);
  return CardService.newCardSection()
    .setHeader(t('course.invite'))
    .addWidget(input)
    .addWidget(roleSelect(t, 'role', 'STUDENT'))
    .addWidget(
      buttons(
        button(t('course.invite.button'), action('onInvite', { courseId: id }).addRequiredWidget('emails'), true),
        button(t('course.bulk'), action('onShowBulk', { courseId: id })),
      ),
    );
}

function withAge(t: Translate, email: string, a: { age: Age; reminders: number } | undefined): string {
  return a ? [email, ageLine(t, a.age, a.reminders)].filter(Boolean).join(' · ') : email;
}

function pendingSection(t: Translate, data: CourseData): GoogleAppsScript.Card_Service.CardSection {
  const { pending, offset } = data;
  const section = CardService.newCardSection().setHeader(t('course.pending', { count: pending.length }));
  if (pending.length === 0) return section.addWidget(paragraph(esc(t('course.pending.none'))));
  for (const inv of pending.slice(offset, offset + PAGE)) {
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
  const resend = data.old && offset === 0 ? resendOldButton(t, data.course.id, data.old.count, data.old.days) : null;
  if (resend) section.addWidget(resend);
  const rest = pending.length - (offset + PAGE);
  if (rest > 0) {
    section.addWidget(
      buttons(
        button(
          t('course.pending.more', { count: Math.min(rest, PAGE) }),
          action('onOpenCourse', { courseId: data.course.id, offset: String(offset + PAGE), replace: '1' }),
        ),
      ),
    );
  }
  return section;
}

export function buildCourseCard(t: Translate, data: CourseData): GoogleAppsScript.Card_Service.Card {
  const { course } = data;
  const card = CardService.newCardBuilder()
    .setName(`course-${course.id}`)
    .setHeader(header(course.name, courseSubtitle(t, course)))
    .addSection(inviteSection(t, data))
    .addSection(pendingSection(t, data));
  const code = classCodeSection(t, course);
  if (code) card.addSection(code);
  if (course.link) {
    card.addSection(CardService.newCardSection().addWidget(buttons(linkButton(t('course.open'), course.link))));
  }
  return card.build();
}
