// The homepage, what needs the user first: invitations addressed to them (Accept; Decline after a confirmation),
// unfinished jobs, transfers, the taught courses with pending invitations, one line for the rest and a search by
// name; someone who teaches nothing gets their own words. Every list is paged: Google drops the section crossing 100
// widgets and every one after it (GoogleAppsCardV1Card). No card header: the host shows the add-on's name above it.
import { roleInText, type Translate } from '../i18n';
import { COUNTED, HOME_ROWS, SHOWN, type HomeOffsets } from '../domain/list-pages';
import type { RoleNotice } from '../domain/notices';
import type { Course, InvitationView, Profile } from '../domain/types';
import { OLD_DAYS } from '../domain/age';
import { reasonOf } from './bulk';
import { courseTitle, stateText } from './course';
import { transfersSection } from './transfer';
import type { Transfer } from '../domain/transfer';
import type { Section } from './types';
import * as ui from './ui';

type Slice<T> = { items: readonly T[]; offset: number; total: number };

type JobState = { finished?: boolean; paused?: string; stopped?: string };

export interface HomeData {
  me: Profile;
  // Taught courses that need the user (pending invitations), oldest first; `pending` null when not counted,
  // `more`: at least that many; `old`: how many are a week old or more (from the invitation ledger).
  teaching: Slice<{ course: Course; pending: number | null; more?: boolean; old?: number }>;
  /** Taught courses with nothing pending (`uncounted` of them not counted: past the first `counted`): one line. */
  idle?: number;
  uncounted?: number;
  forMe: Slice<InvitationView & { teacher?: string }>;
  jobs: Slice<{ id: string; course: string; done: number; total: number } & JobState>;
  /** Saved owner transfers (cards/transfer.ts), and the time their ages are counted to. */
  transfers?: readonly Transfer[];
  now?: number;
  /** Role changes settled after the click that started them (interrupted, or Classroom failing): shown once. */
  notices?: readonly RoleNotice[];
}

/** What became of a role change the user started earlier, naming the person and both roles. */
function noticeText(t: Translate, n: RoleNotice) {
  const role = (r: string | undefined) => (r ? roleInText(t, r) : '');
  const params = { email: n.email, from: role(n.from), to: role(n.to), role: role(n.role) };
  const reason = n.reason ? t(n.reason as 'err.unavailable', { email: n.email }) : '';
  if (n.outcome === 'failed') return t('notice.roleFailed', { ...params, reason });
  return t(`notice.${n.outcome}` as 'notice.finished', params);
}

/** Previous/Next for one homepage list, the other lists staying where they are. */
function pager(t: Translate, to: Section, list: keyof HomeOffsets, slice: Slice<unknown>, offsets: HomeOffsets) {
  const page = { offset: slice.offset, shown: slice.items.length, total: slice.total, step: HOME_ROWS[list] };
  const params = { forMe: String(offsets.forMe), jobs: String(offsets.jobs), teaching: String(offsets.teaching) };
  return ui.addPager(t, to, page, (offset) => ui.action('onRefreshHome', { ...params, [list]: String(offset) }));
}

function forMeSection(t: Translate, data: HomeData, offsets: HomeOffsets) {
  const forMe = ui.section(t('home.forYou'));
  for (const inv of data.forMe.items) {
    // Students can join only ACTIVE courses (manage-courses guide): a provisioned one must be accepted first.
    const notYet = inv.course?.state === 'PROVISIONED' && inv.role === 'STUDENT';
    const invited = t('invite.result.invited', { role: roleInText(t, inv.role) });
    const role = notYet ? `${invited} · ${t('home.forYou.notYet')}` : invited;
    const title = inv.course ? courseTitle(inv.course) : t('invitation.unknownCourse', { id: inv.courseId });
    const accept = ui.button(t('invitation.accept'), ui.action('onAcceptInvitation', { id: inv.id }));
    const teacher = inv.teacher ? t('home.forYou.teacher', { name: inv.teacher }) : '';
    const mark = ui.icon(CardService.Icon.INVITE);
    forMe.addWidget(ui.row(ui.esc(title), { top: teacher, bottom: role, icon: mark, button: accept }));
    // Decline asks first (onDeclineInvitation shows a confirmation card).
    forMe.addWidget(ui.buttons(ui.button(t('invitation.decline'), ui.action('onDeclineInvitation', { id: inv.id }))));
  }
  return pager(t, forMe, 'forMe', data.forMe, offsets);
}

/** A job's state in words on its homepage line: running, paused and why, stopped and why, done. */
function jobState(t: Translate, job: JobState) {
  if (job.stopped) return t('home.jobs.stopped', { reason: reasonOf(t, job.stopped) });
  if (job.finished) return t('home.jobs.done');
  if (job.paused) return t('home.jobs.paused', { reason: reasonOf(t, job.paused) });
  return t('home.jobs.running');
}

function jobsSection(t: Translate, data: HomeData, offsets: HomeOffsets) {
  const jobs = ui.section(t('home.jobs'));
  for (const job of data.jobs.items) {
    const text = ui.esc(t('home.jobs.item', { course: job.course, done: job.done, total: job.total }));
    const done = ui.material('check_circle').setAltText(t('job.finished'));
    const mark = job.finished ? done : ui.icon(CardService.Icon.CLOCK);
    const onClick = ui.action('onShowJob', { jobId: job.id });
    jobs.addWidget(ui.row(text, { bottom: jobState(t, job), icon: mark, onClick }));
  }
  return pager(t, jobs, 'jobs', data.jobs, offsets);
}

function courseRow(t: Translate, course: Course, label: string, me?: Profile) {
  // The row and its Invite button both open the course, whose first section is the invite form.
  const open = () => ui.action('onOpenCourse', { courseId: course.id });
  const state = course.state === 'ACTIVE' ? '' : stateText(t, course, course.ownerId === me?.id);
  return ui.row(ui.esc(courseTitle(course)), {
    bottom: [state, label].filter(Boolean).join(' · '),
    icon: ui.icon(CardService.Icon.MULTIPLE_PEOPLE),
    onClick: open(),
    button: ui.button(t('course.invite.button'), open()),
  });
}

/** The search by part of a course's name (accents ignored); `all`: every course the user may view (admins). */
function findWidgets(t: Translate, to: Section, query = '', all = false, inPlace = false) {
  const params = { ...(all ? { all: '1' } : {}), ...(inPlace ? { replace: '1' } : {}) };
  return to
    .addWidget(ui.textInput('courseQuery', t('home.find.field'), t('home.find.hint'), query))
    .addWidget(ui.buttons(ui.button(t('home.find.button'), ui.action('onFindCourse', params))));
}

function idleLine(t: Translate, data: HomeData) {
  const count = data.idle ?? 0;
  if (data.uncounted) return t('home.idle.uncounted', { count, counted: COUNTED });
  return t(data.teaching.total > 0 ? 'home.idle' : 'home.idle.all', { count });
}

function teachingSection(t: Translate, data: HomeData, offsets: HomeOffsets) {
  const teaching = ui.section(t('home.teaching'));
  for (const { course, pending, more, old } of data.teaching.items) {
    const count = pending === null ? '' : t('home.teaching.pending', { count: more ? `${pending}+` : pending });
    const oldCount = pending && old ? t('home.teaching.old', { count: old, days: OLD_DAYS }) : '';
    teaching.addWidget(courseRow(t, course, [count, oldCount].filter(Boolean).join(', '), data.me));
  }
  pager(t, teaching, 'teaching', data.teaching, offsets);
  // The courses with nothing pending: one line, opening the searchable list of every course taught.
  if (data.idle) {
    const show = () => ui.action('onFindCourse', { show: '1' });
    const button = ui.button(t('home.idle.show'), show());
    teaching.addWidget(ui.row(ui.esc(idleLine(t, data)), { onClick: show(), button }));
  }
  return findWidgets(t, teaching);
}

/** Someone who teaches nothing: their invitations are above; else nothing to accept, and how staff find a course. */
function nothingTaughtSections(t: Translate, data: HomeData) {
  const staff = findWidgets(t, ui.section(t('home.staff'), ui.plain(t('home.staff.text'))), '', true);
  if (data.forMe.total > 0) return [staff];
  const open = ui.buttons(ui.linkButton(t('home.nothing.open'), 'https://classroom.google.com/'));
  return [ui.section(t('home.nothing'), ui.plain(t('home.nothing.text')), open), staff];
}

/** The courses found by name (or every course taught), SHOWN a card, with the search to refine it. */
export function buildFoundCoursesCard(t: Translate, data: { query: string; all: boolean; found: Slice<Course> }) {
  const { found, query, all } = data;
  const list = ui.section(t('home.found.count', { count: found.total }));
  if (found.total === 0) list.addWidget(ui.plain(t('home.found.none', { query })));
  for (const course of found.items) list.addWidget(courseRow(t, course, ''));
  const page = { offset: found.offset, shown: found.items.length, total: found.total, step: SHOWN };
  ui.addPager(t, list, page, (offset) =>
    ui.action('onFindCourse', { query, offset: String(offset), replace: '1', ...(all ? { all: '1' } : {}) }),
  );
  const search = findWidgets(t, ui.section(''), query, all, true);
  // Admins reach courses they do not teach by searching every course they may view (Google shows them all).
  const everyCourse = ui.buttons(ui.button(t('home.find.all'), ui.action('onFindCourse', { all: '1', replace: '1' })));
  if (!all) search.addWidget(ui.plain(t('home.find.adminHint'))).addWidget(everyCourse);
  const card = ui.newCard('courses', t(all ? 'home.found.all' : 'home.found'));
  return card.addSection(list).addSection(search).build();
}

export function buildHomeCard(
  t: Translate,
  data: HomeData,
  offsets: HomeOffsets = { forMe: data.forMe.offset, jobs: data.jobs.offset, teaching: data.teaching.offset },
) {
  const card = CardService.newCardBuilder().setName('home');
  if (data.notices && data.notices.length > 0) {
    const notices = ui.section(t('notice.header'));
    for (const n of data.notices) {
      const mark = n.outcome === 'finished' ? ui.icon(CardService.Icon.INVITE) : ui.material('warning');
      notices.addWidget(ui.row(ui.esc(noticeText(t, n)), { icon: mark }));
    }
    card.addSection(notices);
  }
  if (data.forMe.total > 0) card.addSection(forMeSection(t, data, offsets));
  if (data.jobs.total > 0) card.addSection(jobsSection(t, data, offsets));
  const transfers = transfersSection(t, data.transfers ?? [], data.now ?? 0);
  if (transfers) card.addSection(transfers);
  // Someone who teaches (anything pending or not) sees their courses; anyone else their own words.
  if (data.teaching.total > 0 || (data.idle ?? 0) > 0) card.addSection(teachingSection(t, data, offsets));
  else for (const s of nothingTaughtSections(t, data)) card.addSection(s);
  // Who is signed in, on its own line so it never breaks mid-domain (left out, not left empty, when Apps Script gives
  // no address: Session reference); Refresh is a plain button here, not the card's primary action.
  const signedIn = ui.section('');
  if (data.me.email) signedIn.addWidget(ui.row(ui.esc(data.me.email), { top: t('home.signedInAs'), wrap: false }));
  card.addSection(signedIn.addWidget(ui.buttons(ui.button(t('home.refresh'), ui.action('onRefreshHome')))));
  return card.build();
}
