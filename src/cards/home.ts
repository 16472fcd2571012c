// The homepage: invitations addressed to the user (with Accept) and the courses they teach.
import type { Translate } from '../i18n';
import type { RoleNotice } from '../domain/journal';
import type { Course, InvitationView, Profile } from '../domain/types';
import { action } from './action';
import { button, esc, header, paragraph } from './ui';

export interface TeachingCourse {
  course: Course;
  /** Pending invitations, or null when they could not be counted. */
  pending: number | null;
}

export interface HomeData {
  me: Profile;
  teaching: readonly TeachingCourse[];
  forMe: readonly InvitationView[];
  jobs: readonly { id: string; course: string; done: number; total: number }[];
  /** Role changes settled after the click that started them (interrupted, or Classroom failing): shown once. */
  notices?: readonly RoleNotice[];
}

/** What became of a role change the user started earlier, naming the person and both roles. */
export function noticeText(t: Translate, n: RoleNotice): string {
  const role = (r: string | undefined) => (r ? t(`role.${r}` as 'role.STUDENT') : '');
  const params = { email: n.email, from: role(n.from), to: role(n.to), role: role(n.role) };
  if (n.outcome === 'failed')
    return t('notice.roleFailed', {
      ...params,
      reason: n.reason ? t(n.reason as 'err.unavailable', { email: n.email }) : '',
    });
  return t(`notice.${n.outcome}` as 'notice.finished', params);
}

function noticesSection(t: Translate, notices: readonly RoleNotice[]): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('notice.header'));
  for (const n of notices) {
    const text = CardService.newDecoratedText()
      .setText(esc(noticeText(t, n)))
      .setWrapText(true);
    const icon = n.outcome === 'finished' ? CardService.newIconImage().setIcon(CardService.Icon.INVITE) : undefined;
    section.addWidget(
      text.setStartIcon(
        icon ?? CardService.newIconImage().setMaterialIcon(CardService.newMaterialIcon().setName('warning')),
      ),
    );
  }
  return section;
}

function courseTitle(course: Course): string {
  return course.section ? `${course.name} · ${course.section}` : course.name;
}

function pendingLabel(t: Translate, pending: number | null): string {
  if (pending === null) return '';
  if (pending === 0) return t('home.teaching.pending.none');
  return pending === 1 ? t('home.teaching.pending.one') : t('home.teaching.pending', { count: pending });
}

function forMeSection(t: Translate, forMe: readonly InvitationView[]): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.forYou'));
  for (const inv of forMe) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(esc(inv.course ? courseTitle(inv.course) : t('invitation.unknownCourse', { id: inv.courseId })))
        .setBottomLabel(t('home.forYou.role', { role: t(`role.${inv.role}`) }))
        .setWrapText(true)
        .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.INVITE))
        .setButton(button(t('invitation.accept'), action('onAcceptInvitation', { id: inv.id }), true)),
    );
  }
  return section;
}

function teachingSection(t: Translate, teaching: readonly TeachingCourse[]): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.teaching'));
  if (teaching.length === 0) section.addWidget(paragraph(esc(t('home.teaching.none'))));
  // A section holds at most 100 widgets; nobody teaches more active courses than that in practice.
  for (const { course, pending } of teaching.slice(0, 100)) {
    const text = CardService.newDecoratedText()
      .setText(esc(courseTitle(course)))
      .setWrapText(true)
      .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.MULTIPLE_PEOPLE))
      .setOnClickAction(action('onOpenCourse', { courseId: course.id }));
    const label = [course.state === 'ACTIVE' ? '' : t(`state.${course.state}`), pendingLabel(t, pending)]
      .filter(Boolean)
      .join(' · ');
    section.addWidget(label ? text.setBottomLabel(label) : text);
  }
  return section;
}

export function buildHomeCard(t: Translate, data: HomeData): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('home')
    .setHeader(header(t('app.name'), t('home.signedInAs', { email: data.me.email })));
  if (data.notices && data.notices.length > 0) card.addSection(noticesSection(t, data.notices));
  if (data.forMe.length > 0) card.addSection(forMeSection(t, data.forMe));
  if (data.jobs.length > 0) {
    const jobs = CardService.newCardSection().setHeader(t('home.jobs'));
    for (const job of data.jobs) {
      jobs.addWidget(
        CardService.newDecoratedText()
          .setText(esc(t('home.jobs.item', job)))
          .setWrapText(true)
          .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.CLOCK))
          .setOnClickAction(action('onShowJob', { jobId: job.id })),
      );
    }
    card.addSection(jobs);
  }
  // Students see their invitations; the teaching section only when it has courses or nothing else would show.
  if (data.teaching.length > 0 || data.forMe.length === 0) card.addSection(teachingSection(t, data.teaching));
  return card
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(button(t('home.refresh'), action('onRefreshHome'), true))
        .setSecondaryButton(button(t('home.lookup'), action('onShowLookup'))),
    )
    .build();
}
