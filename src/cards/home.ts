// The homepage: invitations addressed to the user (course, teacher, role; Accept, and Decline after a confirmation),
// unfinished jobs, and the courses they teach (each opens the course with its invite form). Every list is paged so
// the card stays under Google's 100 widgets per card (GoogleAppsCardV1Card: the section crossing 100 widgets and
// every section after it are dropped). No card header: the host already shows the add-on's name above the card.
import { roleInText, type Translate } from '../i18n';
import { HOME_ROWS, type HomeOffsets } from '../domain/list-pages';
import type { RoleNotice } from '../domain/notices';
import type { Course, InvitationView, Profile } from '../domain/types';
import { OLD_DAYS } from '../domain/age';
import { action } from './action';
import { reasonOf } from './bulk';
import { transfersSection } from './transfer';
import type { Transfer } from '../domain/transfer';
import { button, buttons, esc, paragraph } from './ui';
import { oldLabel } from './follow-up';

export interface TeachingCourse {
  course: Course;
  /** Pending invitations, or null when they could not be counted; `more`: at least this many. */
  pending: number | null;
  more?: boolean;
  /** Of those, how many are a week old or more (from the invitation ledger). */
  old?: number;
}

export interface Slice<T> {
  items: readonly T[];
  offset: number;
  total: number;
}

export interface HomeData {
  me: Profile;
  teaching: Slice<TeachingCourse>;
  forMe: Slice<InvitationView & { teacher?: string }>;
  jobs: Slice<{
    id: string;
    course: string;
    done: number;
    total: number;
    finished?: boolean;
    paused?: string;
    stopped?: string;
  }>;
  /** Saved owner transfers (cards/transfer.ts), and the time their ages are counted to. */
  transfers?: readonly Transfer[];
  now?: number;
  /** Role changes settled after the click that started them (interrupted, or Classroom failing): shown once. */
  notices?: readonly RoleNotice[];
}

/** What became of a role change the user started earlier, naming the person and both roles. */
export function noticeText(t: Translate, n: RoleNotice): string {
  const role = (r: string | undefined) => (r ? roleInText(t, r) : '');
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

function pendingLabel(t: Translate, pending: number | null, more = false): string {
  if (pending === null) return '';
  if (more) return t('home.teaching.pending', { count: `${pending}+` });
  if (pending === 0) return t('home.teaching.pending.none');
  return t('home.teaching.pending', { count: pending });
}

/** "21–40 of 150" and Previous/Next for one list, when it does not fit one page. */
function pager(
  t: Translate,
  section: GoogleAppsScript.Card_Service.CardSection,
  list: keyof HomeOffsets,
  slice: Slice<unknown>,
  offsets: HomeOffsets,
): void {
  const rows = slice.items.length;
  if (slice.total <= rows && slice.offset === 0) return;
  const step = Math.max(rows, 1);
  const go = (offset: number) => action('onRefreshHome', { ...toParams(offsets), [list]: String(offset) });
  section.addWidget(
    paragraph(esc(t('course.pending.range', { from: slice.offset + 1, to: slice.offset + rows, total: slice.total }))),
  );
  const moves: GoogleAppsScript.Card_Service.TextButton[] = [];
  if (slice.offset > 0) moves.push(button(t('course.pending.prev'), go(Math.max(0, slice.offset - HOME_ROWS[list]))));
  if (slice.offset + rows < slice.total) moves.push(button(t('course.pending.next'), go(slice.offset + step)));
  section.addWidget(buttons(...moves));
}

function toParams(o: HomeOffsets): Record<string, string> {
  return { forMe: String(o.forMe), jobs: String(o.jobs), teaching: String(o.teaching) };
}

function forMeSection(t: Translate, data: HomeData, offsets: HomeOffsets): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.forYou'));
  for (const inv of data.forMe.items) {
    const role = t('home.forYou.role', { role: roleInText(t, inv.role) });
    section.addWidget(
      CardService.newDecoratedText()
        .setText(esc(inv.course ? courseTitle(inv.course) : t('invitation.unknownCourse', { id: inv.courseId })))
        .setTopLabel(inv.teacher ? t('home.forYou.teacher', { name: inv.teacher }) : '')
        .setBottomLabel(role)
        .setWrapText(true)
        .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.INVITE))
        .setButton(button(t('invitation.accept'), action('onAcceptInvitation', { id: inv.id }))),
    );
    // Decline asks first (onDeclineInvitation shows a confirmation card).
    section.addWidget(buttons(button(t('invitation.decline'), action('onDeclineInvitation', { id: inv.id }))));
  }
  pager(t, section, 'forMe', data.forMe, offsets);
  return section;
}

/** A job's state in words on its homepage line: running, paused and why, stopped and why, done. */
function jobState(t: Translate, job: HomeData['jobs']['items'][number]): string {
  if (job.stopped) return t('home.jobs.stopped', { reason: reasonOf(t, job.stopped) });
  if (job.finished) return t('home.jobs.done');
  if (job.paused) return t('home.jobs.paused', { reason: reasonOf(t, job.paused) });
  return t('home.jobs.running');
}

function jobsSection(t: Translate, data: HomeData, offsets: HomeOffsets): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.jobs'));
  for (const job of data.jobs.items) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(esc(t('home.jobs.item', { course: job.course, done: job.done, total: job.total })))
        .setBottomLabel(jobState(t, job))
        .setWrapText(true)
        .setStartIcon(
          job.finished
            ? CardService.newIconImage()
                .setMaterialIcon(CardService.newMaterialIcon().setName('check_circle'))
                .setAltText(t('job.finished'))
            : CardService.newIconImage().setIcon(CardService.Icon.CLOCK),
        )
        .setOnClickAction(action('onShowJob', { jobId: job.id })),
    );
  }
  pager(t, section, 'jobs', data.jobs, offsets);
  return section;
}

function teachingSection(
  t: Translate,
  data: HomeData,
  offsets: HomeOffsets,
): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.teaching'));
  if (data.teaching.total === 0) section.addWidget(paragraph(esc(t('home.teaching.none'))));
  for (const { course, pending, more, old } of data.teaching.items) {
    // The row and its Invite button both open the course, whose first section is the invite form.
    const open = () => action('onOpenCourse', { courseId: course.id });
    const text = CardService.newDecoratedText()
      .setText(esc(courseTitle(course)))
      .setWrapText(true)
      .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.MULTIPLE_PEOPLE))
      .setOnClickAction(open())
      .setButton(button(t('home.teaching.invite'), open()));
    const counts = [pendingLabel(t, pending, more), pending ? oldLabel(t, old, OLD_DAYS) : '']
      .filter(Boolean)
      .join(', ');
    const label = [course.state === 'ACTIVE' ? '' : t(`state.${course.state}`), counts].filter(Boolean).join(' · ');
    section.addWidget(label ? text.setBottomLabel(label) : text);
  }
  pager(t, section, 'teaching', data.teaching, offsets);
  return section;
}

export function buildHomeCard(
  t: Translate,
  data: HomeData,
  offsets: HomeOffsets = { forMe: data.forMe.offset, jobs: data.jobs.offset, teaching: data.teaching.offset },
): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder().setName('home');
  if (data.notices && data.notices.length > 0) card.addSection(noticesSection(t, data.notices));
  if (data.forMe.total > 0) card.addSection(forMeSection(t, data, offsets));
  if (data.jobs.total > 0) card.addSection(jobsSection(t, data, offsets));
  const transfers = transfersSection(t, data.transfers ?? [], data.now ?? 0);
  if (transfers) card.addSection(transfers);
  // Students see their invitations; the teaching section only when it has courses or nothing else would show.
  if (data.teaching.total > 0 || data.forMe.total === 0) card.addSection(teachingSection(t, data, offsets));
  // Who is signed in, the address on its own line so it never breaks mid-domain; Refresh is a plain button here,
  // not the card's primary action.
  card.addSection(
    CardService.newCardSection()
      .addWidget(CardService.newDecoratedText().setTopLabel(t('home.signedInAs')).setText(esc(data.me.email)))
      .addWidget(buttons(button(t('home.refresh'), action('onRefreshHome')))),
  );
  return card.build();
}
