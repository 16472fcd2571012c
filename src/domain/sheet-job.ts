// The sheet sync's status column: what happened to each row, worded in the language the user started the sync in
// (a time-driven run has no user locale of its own), with the time in the user's time zone.
import { wordsFor } from '../i18n';

/** What happened to one row; the status column says it in plain language. */
export type RowOutcomeCode =
  'invited' | 'roleChanged' | 'withdrawn' | 'alreadyInvited' | 'member' | 'nothingToWithdraw' | 'invalid' | 'failed';

/** A status cell as data: the code, why (a message key), and the ISO time of the outcome. */
interface StatusCell {
  code: RowOutcomeCode;
  detail?: string;
  at: string;
}

/**
 * Plain-language status text, e.g. "Invited · 2026-12-01 12:03 Europe/Paris". `detail` is itself a message key (a
 * row reason or an error key) and is translated first.
 */
export function statusText(cell: StatusCell, locale: string, formatTime: (iso: string) => string): string {
  const t = wordsFor(locale);
  const detail = cell.detail === undefined ? '' : t(cell.detail);
  return t(`sync.status.${cell.code}`, { detail, at: formatTime(cell.at) });
}

/** The status column's label in `locale` (the sheet's header finds it again in English or French). */
export function statusHeader(locale: string): string {
  return wordsFor(locale)('sync.statusHeader');
}
