// Owner transfer views: the start card (pick a co-teacher or type an email), the wizard card (the steps with the
// current one highlighted, what happens next, Cancel) and the one-line status shown on the course card and the
// homepage ("Waiting for Grace to accept the co-teacher invitation · 2 days").
import type { AppError } from '../domain/errors';
import { expiresAt, isFinished, nameOf, statusLine, type Transfer, type TransferStep } from '../domain/transfer';
import type { MessageKey, Translate } from '../i18n';
import { action } from './action';
import { shortDate } from './follow-up';
import { button, buttons, esc, header, paragraph } from './ui';

type Section = GoogleAppsScript.Card_Service.CardSection;

/** The four steps of a transfer, in order; the wizard highlights the current one. */
const STEPS = ['inviteTeacher', 'awaitTeacher', 'inviteOwner', 'awaitOwner'] as const;

export function transferStatus(t: Translate, transfer: Transfer, now: number): string {
  const line = statusLine(transfer, now);
  return t(line.key as MessageKey, line.params);
}

function statusRow(t: Translate, transfer: Transfer, now: number, withCourse: boolean) {
  const text = CardService.newDecoratedText()
    .setText(esc(transferStatus(t, transfer, now)))
    .setWrapText(true)
    .setStartIcon(CardService.newIconImage().setIcon(CardService.Icon.PERSON))
    .setOnClickAction(action('onShowTransfer', { courseId: transfer.courseId }));
  return withCourse ? text.setTopLabel(t('transfer.home.course', { course: transfer.courseName })) : text;
}

export interface CourseTransferData {
  courseId: string;
  offered: boolean;
  transfer?: Transfer;
  now: number;
}

/**
 * The course card's transfer section: the transfer's status (click for the wizard), or "Transfer ownership" for
 * whoever Google lets transfer the course; null when there is nothing to show.
 */
export function transferSection(t: Translate, data: CourseTransferData): Section | null {
  if (!data.transfer && !data.offered) return null;
  const section = CardService.newCardSection().setHeader(t('transfer.section'));
  if (data.transfer) section.addWidget(statusRow(t, data.transfer, data.now, false));
  if (data.offered)
    section.addWidget(buttons(button(t('transfer.offer'), action('onShowTransferStart', { courseId: data.courseId }))));
  return section;
}

/** The homepage's transfer section: one line per saved transfer; null when there is none. */
export function transfersSection(t: Translate, transfers: readonly Transfer[], now: number): Section | null {
  if (transfers.length === 0) return null;
  const section = CardService.newCardSection().setHeader(t('transfer.home'));
  for (const transfer of transfers) section.addWidget(statusRow(t, transfer, now, true));
  return section;
}

/**
 * "Start a transfer" where an OWNER invitation was refused with IneligibleOwner (the person is not a co-teacher
 * yet): opens the start card prefilled. Whoever may not transfer the course is told so there, in plain words.
 */
export function ineligibleOwnerOffer(
  t: Translate,
  courseId: string,
  email: string,
  error: AppError | undefined,
): GoogleAppsScript.Card_Service.TextButton | undefined {
  if (error?.cause.api?.reason !== 'IneligibleOwner') return undefined;
  return button(t('transfer.fromRefusal'), action('onShowTransferStart', { courseId, email }));
}

export interface StartData {
  course: { id: string; name: string };
  coTeachers: readonly { userId: string; email: string; name: string }[];
  /** An email to prefill (from an OWNER invitation refused with IneligibleOwner). */
  email?: string;
}

export function buildTransferStartCard(t: Translate, data: StartData): GoogleAppsScript.Card_Service.Card {
  // Without co-teachers there is nothing to choose: the card asks for the address alone, without "Or".
  const choice = data.coTeachers.length > 0;
  const section = CardService.newCardSection().addWidget(
    paragraph(esc(t(choice ? 'transfer.start.intro' : 'transfer.start.intro.noCoTeacher'))),
  );
  if (choice) {
    const pick = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.RADIO_BUTTON)
      .setFieldName('transferTarget')
      .setTitle(t('transfer.start.coTeachers'));
    for (const c of data.coTeachers.slice(0, 100)) pick.addItem(c.name || c.email, c.userId, false);
    section.addWidget(pick);
  }
  const email = CardService.newTextInput()
    .setFieldName('transferEmail')
    .setTitle(t(choice ? 'transfer.start.email' : 'transfer.start.email.only'))
    .setHint(t('transfer.start.email.hint'));
  section.addWidget(data.email ? email.setValue(data.email) : email);
  section.addWidget(
    buttons(button(t('transfer.start.button'), action('onStartTransfer', { courseId: data.course.id }), true)),
  );
  return CardService.newCardBuilder()
    .setName(`transfer-start-${data.course.id}`)
    .setHeader(header(t('transfer.title'), data.course.name))
    .addSection(section)
    .build();
}

/** The step the wizard highlights: the current one, or where a finished transfer stopped. */
function shownStep(transfer: Transfer): TransferStep {
  if (!isFinished(transfer)) return transfer.step;
  const last = [...transfer.history].reverse().find((h) => !isFinished({ ...transfer, step: h.step }));
  return last?.step ?? 'inviteTeacher';
}

export function buildTransferCard(t: Translate, transfer: Transfer, now: number): GoogleAppsScript.Card_Service.Card {
  const name = nameOf(transfer.target);
  const current = STEPS.indexOf(shownStep(transfer) as (typeof STEPS)[number]);
  const done = transfer.step === 'done';
  const steps = CardService.newCardSection().setHeader(t('transfer.steps'));
  STEPS.forEach((step, i) => {
    const text = t(`transfer.step.${step}`, { name });
    const state = done || i < current ? 'done' : i === current ? 'current' : 'next';
    const mark = state === 'done' ? '✓' : state === 'current' ? '▶' : '○';
    steps.addWidget(paragraph(state === 'current' ? `<b>${mark} ${esc(text)}</b>` : `${mark} ${esc(text)}`));
  });
  const status = CardService.newCardSection()
    .addWidget(paragraph(`<b>${esc(transferStatus(t, transfer, now))}</b>`))
    .addWidget(paragraph(esc(t(`transfer.next.${transfer.step}`, { name }))));
  const id = { courseId: transfer.courseId };
  const actions = isFinished(transfer)
    ? buttons(button(t('transfer.close'), action('onCloseTransfer', id)))
    : buttons(
        button(t('transfer.refresh'), action('onShowTransfer', { ...id, replace: '1' })),
        button(t('transfer.cancel'), action('onCancelTransfer', id)),
      );
  if (!isFinished(transfer))
    status.addWidget(paragraph(esc(t('transfer.expires', { date: shortDate(t, expiresAt(transfer)) }))));
  status.addWidget(actions);
  return CardService.newCardBuilder()
    .setName(`transfer-${transfer.courseId}`)
    .setHeader(header(t('transfer.title'), transfer.courseName))
    .addSection(status)
    .addSection(steps)
    .build();
}
