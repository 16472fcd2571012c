// The homepage, what needs the user first: invitations addressed to them (course, teacher, role; Accept, and Decline
// after a confirmation), unfinished jobs, transfers, the taught courses with pending invitations (each opens the
// course with its invite form), then one line for the courses with nothing pending and a search by course name;
// someone who teaches nothing (a student, an admin) gets their own words. Every list is paged so
// the card stays under Google's 100 widgets per card (GoogleAppsCardV1Card: the section crossing 100 widgets and
// every section after it are dropped). No card header: the host already shows the add-on's name above the card.
import { roleInText, type Translate } from '../i18n';
import { HOME_ROWS, type HomeOffsets } from '../domain/list-pages';
import type { RoleNotice } from '../domain/notices';
import type { Course, InvitationView, Profile } from '../domain/types';
import { OLD_DAYS } from '../domain/age';
import { COUNTED, SHOWN } from '../domain/list-pages';
import { action } from './action';
import { reasonOf } from './bulk';
import { stateText } from './course';
import { transfersSection } from './transfer';
import type { Transfer } from '../domain/transfer';
import { addPager, button, buttons, esc, header, linkButton, paragraph } from './ui';
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
  /** Taught courses that need the user (pending invitations), oldest first. */
  teaching: Slice<TeachingCourse>;
  /** Taught courses with nothing pending (`uncounted` of them not counted: past the first `counted`): one line. */
  idle?: number;
  uncounted?: number;
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
  return t('home.teaching.pending', { count: pending });
}

/** Previous/Next for one homepage list, the other lists staying where they are. */
function pager(
  t: Translate,
  section: GoogleAppsScript.Card_Service.CardSection,
  list: keyof HomeOffsets,
  slice: Slice<unknown>,
  offsets: HomeOffsets,
): void {
  const page = { offset: slice.offset, shown: slice.items.length, total: slice.total, step: HOME_ROWS[list] };
  addPager(t, section, page, (offset) => action('onRefreshHome', { ...toParams(offsets), [list]: String(offset) }));
}

function toParams(o: HomeOffsets): Record<string, string> {
  return { forMe: String(o.forMe), jobs: String(o.jobs), teaching: String(o.teaching) };
}

function forMeSection(t: Translate, data: HomeData, offsets: HomeOffsets): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.forYou'));
  for (const inv of data.forMe.items) {
    // Students can join only ACTIVE courses (manage-courses guide): a provisioned one must be accepted first.
    const notYet = inv.course?.state === 'PROVISIONED' && inv.role === 'STUDENT';
    const role = [t('home.forYou.role', { role: roleInText(t, inv.role) }), notYet ? t('home.forYou.notYet') : '']
      .filter(Boolean)
      .join(' · ');
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

function courseRow(
  t: Translate,
  course: Course,
  label: string,
  me?: Profile,
): GoogleAppsScript.Card_Service.DecoratedText {
  // The row and its Invite button both open the course, whose first section is the invite form.
  const open = () => action('onOpenCourse', { courseId: course.id });
  const text = CardService.newDecoratedText()
    .setText(esc(courseTitle(course)))
    .setWrapText(true)
    .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.MULTIPLE_PEOPLE))
    .setOnClickAction(open())
    .setButton(button(t('home.teaching.invite'), open()));
  const state = course.state === 'ACTIVE' ? '' : stateText(t, course, course.ownerId === me?.id);
  const line = [state, label].filter(Boolean).join(' · ');
  return line ? text.setBottomLabel(line) : text;
}

/** The search by part of a course's name (accents ignored); `all`: every course the user may view (admins). */
function findWidgets(
  t: Translate,
  section: GoogleAppsScript.Card_Service.CardSection,
  query = '',
  all = false,
  inPlace = false,
): GoogleAppsScript.Card_Service.CardSection {
  const input = CardService.newTextInput()
    .setFieldName('courseQuery')
    .setTitle(t('home.find.field'))
    .setHint(t('home.find.hint'));
  return section
    .addWidget(query ? input.setValue(query) : input)
    .addWidget(
      buttons(
        button(
          t('home.find.button'),
          action('onFindCourse', { ...(all ? { all: '1' } : {}), ...(inPlace ? { replace: '1' } : {}) }),
        ),
      ),
    );
}

function idleLine(t: Translate, data: HomeData): string {
  const count = data.idle ?? 0;
  if (data.uncounted) return t('home.idle.uncounted', { count, counted: COUNTED });
  return t(data.teaching.total > 0 ? 'home.idle' : 'home.idle.all', { count });
}

function teachingSection(
  t: Translate,
  data: HomeData,
  offsets: HomeOffsets,
): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection().setHeader(t('home.teaching'));
  for (const { course, pending, more, old } of data.teaching.items) {
    const counts = [pendingLabel(t, pending, more), pending ? oldLabel(t, old, OLD_DAYS) : '']
      .filter(Boolean)
      .join(', ');
    section.addWidget(courseRow(t, course, counts, data.me));
  }
  pager(t, section, 'teaching', data.teaching, offsets);
  // The courses with nothing pending: one line, opening the searchable list of every course taught.
  if (data.idle) {
    section.addWidget(
      CardService.newDecoratedText()
        .setText(esc(idleLine(t, data)))
        .setWrapText(true)
        .setOnClickAction(action('onFindCourse', { show: '1' }))
        .setButton(button(t('home.idle.show'), action('onFindCourse', { show: '1' }))),
    );
  }
  return findWidgets(t, section);
}

/** Someone who teaches nothing: their invitations are above; else nothing to accept, and how staff find a course. */
function nothingTaughtSections(t: Translate, data: HomeData): GoogleAppsScript.Card_Service.CardSection[] {
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  if (data.forMe.total === 0) {
    sections.push(
      CardService.newCardSection()
        .setHeader(t('home.nothing'))
        .addWidget(paragraph(esc(t('home.nothing.text'))))
        .addWidget(buttons(linkButton(t('home.nothing.open'), 'https://classroom.google.com/'))),
    );
  }
  const staff = CardService.newCardSection()
    .setHeader(t('home.staff'))
    .addWidget(paragraph(esc(t('home.staff.text'))));
  sections.push(findWidgets(t, staff, '', true));
  return sections;
}

export interface FoundData {
  query: string;
  all: boolean;
  found: Slice<Course>;
}

/** The courses found by name (or every course taught), SHOWN a card, with the search to refine it. */
export function buildFoundCoursesCard(t: Translate, data: FoundData): GoogleAppsScript.Card_Service.Card {
  const { found, query, all } = data;
  const title = t(all ? 'home.found.all' : 'home.found');
  const section = CardService.newCardSection().setHeader(t('home.found.count', { count: found.total }));
  if (found.total === 0) section.addWidget(paragraph(esc(t('home.found.none', { query }))));
  for (const course of found.items) section.addWidget(courseRow(t, course, ''));
  const page = { offset: found.offset, shown: found.items.length, total: found.total, step: SHOWN };
  addPager(t, section, page, (offset) =>
    action('onFindCourse', { query, offset: String(offset), replace: '1', ...(all ? { all: '1' } : {}) }),
  );
  const card = CardService.newCardBuilder().setName('courses').setHeader(header(title)).addSection(section);
  const search = findWidgets(t, CardService.newCardSection(), query, all, true);
  // Admins reach courses they do not teach by searching every course they may view (Google shows them all).
  if (!all) {
    search.addWidget(paragraph(esc(t('home.find.adminHint'))));
    search.addWidget(buttons(button(t('home.find.all'), action('onFindCourse', { all: '1', replace: '1' }))));
  }
  return card.addSection(search).build();
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
  // Someone who teaches (anything pending or not) sees their courses; anyone else their own words.
  if (data.teaching.total > 0 || (data.idle ?? 0) > 0) card.addSection(teachingSection(t, data, offsets));
  else for (const section of nothingTaughtSections(t, data)) card.addSection(section);
  // Who is signed in, the address on its own line so it never breaks mid-domain; Refresh is a plain button here,
  // not the card's primary action.
  // Apps Script may not give the user's address (Session reference): then the row is left out, not left empty.
  const signedIn = CardService.newCardSection();
  if (data.me.email)
    signedIn.addWidget(CardService.newDecoratedText().setTopLabel(t('home.signedInAs')).setText(esc(data.me.email)));
  card.addSection(signedIn.addWidget(buttons(button(t('home.refresh'), action('onRefreshHome')))));
  return card.build();
}
