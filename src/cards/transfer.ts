// Owner transfer views: the start card (a co-teacher or an email), the wizard (the steps, the current one
// highlighted, what happens next, Cancel) and the status line of the course card and the homepage.
import { expiresAt, isFinished, nameOf, statusLine, type Transfer } from '../domain/transfer';
import type { MessageKey, Translate } from '../i18n';
import { shortDate } from './follow-up';
import * as ui from './ui';

/** The four steps of a transfer, in order; the wizard highlights the current one. */
const STEPS = ['inviteTeacher', 'awaitTeacher', 'inviteOwner', 'awaitOwner'] as const;

function transferStatus(t: Translate, transfer: Transfer, now: number) {
  const line = statusLine(transfer, now);
  return t(line.key as MessageKey, line.params);
}

function statusRow(t: Translate, transfer: Transfer, now: number, withCourse: boolean) {
  return ui.row(ui.esc(transferStatus(t, transfer, now)), {
    icon: ui.icon(CardService.Icon.PERSON),
    onClick: ui.action('onShowTransfer', { courseId: transfer.courseId }),
    ...(withCourse ? { top: t('transfer.home.course', { course: transfer.courseName }) } : {}),
  });
}

export type CourseTransferData = { courseId: string; offered: boolean; transfer?: Transfer; now: number };

// The course card's transfer section: the transfer's status (click for the wizard), or "Transfer ownership" for
// whoever Google lets transfer the course; null when there is nothing to show.
export function transferSection(t: Translate, data: CourseTransferData) {
  if (!data.transfer && !data.offered) return null;
  const transfer = ui.section(t('transfer.section'));
  if (data.transfer) transfer.addWidget(statusRow(t, data.transfer, data.now, false));
  const offer = ui.button(t('transfer.offer'), ui.action('onShowTransferStart', { courseId: data.courseId }));
  return data.offered ? transfer.addWidget(ui.buttons(offer)) : transfer;
}

/** The homepage's transfer section: one line per saved transfer; null when there is none. */
export function transfersSection(t: Translate, transfers: readonly Transfer[], now: number) {
  if (transfers.length === 0) return null;
  return ui.section(t('transfer.home'), ...transfers.map((transfer) => statusRow(t, transfer, now, true)));
}

interface StartData {
  course: { id: string; name: string };
  coTeachers: readonly { userId: string; email: string; name: string }[];
  /** An address to prefill (from an OWNER invitation refused with IneligibleOwner). */
  email?: string;
}

export function buildTransferStartCard(t: Translate, data: StartData) {
  // Without co-teachers there is nothing to choose: the card asks for the address alone, without "Or".
  const choice = data.coTeachers.length > 0;
  const start = ui.section('', ui.plain(t(choice ? 'transfer.start.intro' : 'transfer.start.intro.noCoTeacher')));
  if (choice) {
    const { RADIO_BUTTON } = CardService.SelectionInputType;
    const pick = ui.selection('transferTarget', t('transfer.start.coTeachers'), RADIO_BUTTON);
    for (const c of data.coTeachers.slice(0, 100)) pick.addItem(c.name || c.email, c.userId, false);
    start.addWidget(pick);
  }
  const title = t(choice ? 'transfer.start.email' : 'transfer.start.email.only');
  const go = ui.action('onStartTransfer', { courseId: data.course.id });
  start
    .addWidget(ui.textInput('transferEmail', title, t('transfer.start.email.hint'), data.email))
    .addWidget(ui.buttons(ui.button(t('transfer.start.button'), go, true)));
  const card = ui.newCard(`transfer-start-${data.course.id}`, t('transfer.offer'), data.course.name);
  return card.addSection(start).build();
}

/** The step the wizard highlights: the current one, or where a finished transfer stopped. */
function shownStep(transfer: Transfer) {
  if (!isFinished(transfer)) return transfer.step;
  const last = [...transfer.history].reverse().find((h) => !isFinished({ ...transfer, step: h.step }));
  return last?.step ?? 'inviteTeacher';
}

export function buildTransferCard(t: Translate, transfer: Transfer, now: number) {
  const name = nameOf(transfer.target);
  const current = STEPS.indexOf(shownStep(transfer) as (typeof STEPS)[number]);
  const done = transfer.step === 'done';
  const steps = ui.section(t('transfer.steps'));
  STEPS.forEach((step, i) => {
    const text = ui.esc(t(`transfer.step.${step}`, { name }));
    if (i === current && !done) steps.addWidget(ui.paragraph(`<b>▶ ${text}</b>`));
    else steps.addWidget(ui.paragraph(`${done || i < current ? '✓' : '○'} ${text}`));
  });
  const next = ui.plain(t(`transfer.next.${transfer.step}`, { name }));
  const status = ui.section('', ui.bold(transferStatus(t, transfer, now)), next);
  const id = { courseId: transfer.courseId };
  if (isFinished(transfer))
    status.addWidget(ui.buttons(ui.button(t('transfer.close'), ui.action('onCloseTransfer', id))));
  else {
    status.addWidget(ui.plain(t('transfer.expires', { date: shortDate(t, expiresAt(transfer)) })));
    const refresh = ui.button(t('transfer.refresh'), ui.action('onShowTransfer', { ...id, replace: '1' }));
    status.addWidget(ui.buttons(refresh, ui.button(t('transfer.cancel'), ui.action('onCancelTransfer', id))));
  }
  const card = ui.newCard(`transfer-${transfer.courseId}`, t('transfer.offer'), transfer.courseName);
  return card.addSection(status).addSection(steps).build();
}
