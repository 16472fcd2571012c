// The follow-up's view pieces, added to the course, home, invitation and settings cards: an invitation's age in
// the user's language (Intl.RelativeTimeFormat / DateTimeFormat), the class code and join link, the sweep
// settings form, and the "find an invitation" results.
import type { Translate } from '../i18n';
import type { Age } from '../domain/age';
import { joinLink } from '../domain/class-code';
import { RETENTION_DAYS, type LedgerEntry } from '../domain/ledger';
import { LIMITS, type SweepSettings, type SweepSettingsError } from '../domain/sweep';
import type { Course, InvitationView } from '../domain/types';
import { action } from './action';
import { button, buttons, esc, header, paragraph, warningText } from './ui';

const DAY_MS = 86_400_000;

function intlLocale(t: Translate): string {
  return t('followup.intl');
}

/** "3 Oct" / "3 oct." in the user's language; French writes the first of the month "1er" ("le 1er sept."). */
export function shortDate(t: Translate, at: number): string {
  const parts = new Intl.DateTimeFormat(intlLocale(t), { day: 'numeric', month: 'short' }).formatToParts(new Date(at));
  const french = intlLocale(t).toLowerCase().startsWith('fr');
  return parts.map((p) => (french && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** "sent 12 days ago by you", "sent today by ana@…", "seen since 3 Oct"; with the reminders when there were any. */
export function ageLine(t: Translate, age: Age, reminders = 0): string {
  let line: string;
  if (age.kind === 'seen') line = t('followup.seen', { date: shortDate(t, age.at) });
  else {
    const when = new Intl.RelativeTimeFormat(intlLocale(t), { numeric: 'auto' }).format(-age.days, 'day');
    line = age.by ? t('followup.sent.by', { when, by: age.by }) : t('followup.sent.me', { when });
  }
  return reminders > 0 ? `${line} · ${t('followup.reminded', { count: reminders })}` : line;
}

/** The homepage's "2 older than 7 days" after a course's pending count, or '' when none is that old. */
export function oldLabel(t: Translate, old: number | undefined, days: number): string {
  return old ? t('home.teaching.old', { count: old, days }) : '';
}

/** The class code and the link that opens the join prompt, as selectable text; none when the course has no code. */
export function classCodeSection(t: Translate, course: Course): GoogleAppsScript.Card_Service.CardSection | null {
  const code = course.enrollmentCode?.trim();
  if (!code) return null;
  const section = CardService.newCardSection()
    .setHeader(t('classCode.title'))
    .addWidget(CardService.newDecoratedText().setTopLabel(t('classCode.code')).setText(esc(code)));
  const link = joinLink({ enrollmentCode: code, link: course.link });
  if (link) {
    section.addWidget(
      CardService.newDecoratedText().setTopLabel(t('classCode.link')).setText(esc(link)).setWrapText(true),
    );
  }
  return section.addWidget(paragraph(esc(t('classCode.hint'))));
}

/** "Resend the 4 older than 7 days" on the course card, when some are. */
export function resendOldButton(
  t: Translate,
  courseId: string,
  count: number,
  days: number,
): GoogleAppsScript.Card_Service.ButtonSet | null {
  if (count === 0) return null;
  return buttons(
    button(t('course.resendOld', { count, days }), action('onResendOld', { courseId, days: String(days) })),
  );
}

export interface SweepForm {
  sweep: SweepSettings;
  lastSweep?: { at: number; resent: number; withdrawn: number };
  /** After a refused save: why, and the numbers as typed (shown again, so the user corrects them in place). */
  refused?: { errors: readonly string[]; typed: Record<'remindDays' | 'maxReminders' | 'withdrawDays', string> };
}

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The per-user follow-up settings on the settings card; everything is off by default. */
export function sweepSettingsSection(t: Translate, form: SweepForm): GoogleAppsScript.Card_Service.CardSection {
  const s = form.sweep;
  const typed = form.refused?.typed;
  const digest = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName('digest')
    .setTitle(t('sweep.digest'));
  for (const f of ['off', 'daily', 'weekly'] as const) digest.addItem(t(`sweep.digest.${f}`), f, s.digest === f);
  const section = CardService.newCardSection()
    .setHeader(t('sweep.title'))
    .addWidget(paragraph(esc(t('sweep.about'))));
  // Errors stay on the card, next to the fields, with a warning icon: a toast would vanish and cover Save.
  for (const error of form.refused?.errors ?? []) section.addWidget(warningText(error));
  section
    .addWidget(
      CardService.newTextInput()
        .setFieldName('remindDays')
        .setTitle(t('sweep.remind'))
        .setHint(t('sweep.remind.hint'))
        .setValue(typed?.remindDays ?? num(s.remindAfterDays)),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName('maxReminders')
        .setTitle(t('sweep.max'))
        .setValue(typed?.maxReminders ?? num(s.maxReminders)),
    )
    .addWidget(
      CardService.newTextInput()
        .setFieldName('withdrawDays')
        .setTitle(t('sweep.withdraw'))
        .setHint(t('sweep.withdraw.hint'))
        .setValue(typed?.withdrawDays ?? num(s.withdrawAfterDays)),
    )
    .addWidget(digest)
    .addWidget(buttons(button(t('sweep.save'), action('onSaveSweep'), true)));
  if (form.lastSweep) {
    section.addWidget(
      paragraph(esc(t('sweep.last', { date: shortDate(t, form.lastSweep.at), ...countsOf(form.lastSweep) }))),
    );
  }
  return section;
}

/** What the add-on keeps about the user's invitations, for how long, and the button to forget it. */
export function historySection(t: Translate): GoogleAppsScript.Card_Service.CardSection {
  return CardService.newCardSection()
    .setHeader(t('history.title'))
    .addWidget(paragraph(esc(t('history.kept', { days: RETENTION_DAYS }))))
    .addWidget(buttons(button(t('history.forget'), action('onForgetHistory'))));
}

function countsOf(s: { resent: number; withdrawn: number }) {
  return { resent: s.resent, withdrawn: s.withdrawn };
}

/** Each validation code in plain words, with the bounds it is about. */
export function sweepErrorText(t: Translate, code: SweepSettingsError): string {
  const bounds: Partial<Record<SweepSettingsError, { min: number; max: number }>> = {
    REMIND_DAYS_OUT_OF_RANGE: LIMITS.remindAfterDays,
    MAX_REMINDERS_OUT_OF_RANGE: LIMITS.maxReminders,
    WITHDRAW_DAYS_OUT_OF_RANGE: LIMITS.withdrawAfterDays,
  };
  const b = bounds[code];
  return t(`sweep.err.${code}`, b ? { min: b.min, max: b.max } : {});
}

/** What became of a ledger entry, in words ("Joined on 3 Oct, after 4 days"). */
export function statusLine(t: Translate, e: LedgerEntry): string {
  const date = e.settledAt === undefined ? '' : shortDate(t, e.settledAt);
  switch (e.status) {
    case 'joined':
      return t('status.joined', { date, days: Math.floor(((e.settledAt ?? e.at) - e.at) / DAY_MS) });
    case 'declined':
    case 'withdrawn':
    case 'revoked':
      return t(`status.${e.status}`, { date });
    default:
      return t(`status.${e.status}`);
  }
}

export interface FoundInvitations {
  query: string;
  /** Pending in Classroom now (a live read), with their course when known. */
  live: readonly InvitationView[];
  /** Ledger entries matching the query, each with its course name and age. */
  recorded: readonly { entry: LedgerEntry; courseName: string; age: Age }[];
}

export function buildFindCard(t: Translate, found: FoundInvitations): GoogleAppsScript.Card_Service.Card {
  const card = CardService.newCardBuilder()
    .setName('find')
    .setHeader(header(t('find.results', { query: found.query })));
  if (found.live.length === 0 && found.recorded.length === 0) {
    return card
      .addSection(CardService.newCardSection().addWidget(paragraph(esc(t('find.none', { query: found.query })))))
      .build();
  }
  if (found.live.length > 0) {
    const live = CardService.newCardSection().setHeader(t('find.live'));
    for (const inv of found.live.slice(0, 50)) {
      live.addWidget(
        CardService.newDecoratedText()
          .setTopLabel(t(`role.${inv.role}`))
          .setText(esc(inv.course?.name ?? t('invitation.unknownCourse', { id: inv.courseId })))
          .setBottomLabel(inv.invitee.email || inv.invitee.name)
          .setWrapText(true)
          .setButton(button(t('course.manage'), action('onShowInvitation', { id: inv.id, find: found.query }))),
      );
    }
    card.addSection(live);
  }
  if (found.recorded.length > 0) {
    const recorded = CardService.newCardSection().setHeader(t('find.recorded'));
    for (const { entry, courseName, age } of found.recorded.slice(0, 50)) {
      const text = CardService.newDecoratedText()
        .setTopLabel(`${courseName} · ${t(`role.${entry.role}`)}`)
        .setText(esc(entry.email ?? t('find.someone')))
        .setBottomLabel(
          entry.status === 'pending' || entry.status === 'intended'
            ? ageLine(t, age, entry.reminders)
            : `${statusLine(t, entry)} · ${ageLine(t, age)}`,
        )
        .setWrapText(true);
      recorded.addWidget(
        entry.invitationId
          ? text.setButton(
              button(t('course.manage'), action('onShowInvitation', { id: entry.invitationId, find: found.query })),
            )
          : text,
      );
    }
    card.addSection(recorded);
  }
  return card.build();
}
