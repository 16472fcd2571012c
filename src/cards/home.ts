// The homepage: invitations addressed to the user (with Accept) and the courses they teach.
import type { Translate } from '../i18n';
import type { Course, InvitationView, Profile } from '../domain/types';
import { OLD_DAYS } from '../domain/age';
import { action } from './action';
import { oldLabel } from './follow-up';
import { button, esc, header, paragraph } from './ui';

export interface TeachingCourse {
  course: Course;
  /** Pending invitations, or null when they could not be counted. */
  pending: number | null;
  /** Of those, how many are a week old or more (from the invitation ledger). */
  old?: number;
}

export interface HomeData {
  me: Profile;
  teaching: readonly TeachingCourse[];
  forMe: readonly InvitationView[];
  jobs: readonly { id: string; course: string; done: number; total: number }[];
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
  for (const { course, pending, old } of teaching.slice(0, 100)) {
    const text = CardService.newDecoratedText()
      .setText(esc(courseTitle(course)))
      .setWrapText(true)
      .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.MULTIPLE_PEOPLE))
      .setOnClickAction(action('onOpenCourse', { courseId: course.id }));
    const counts = [pendingLabel(t, pending), pending ? oldLabel(t, old, OLD_DAYS) : ''].filter(Boolean).join(', ');
    const label = [course.state === 'ACTIVE' ? '' : t(`state.${course.state}`), counts].filter(Boolean).join(' · ');
    section.addWidget(label ? text.setBottomLabel(label) : text);
  }
  return section;
}

export function buildHomeCard(t: Translate, data: HomeData): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('home')
    .setHeader(header(t('app.name'), t('home.signedInAs', { email: data.me.email })));
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
