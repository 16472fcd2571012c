// The sheet sync as data the views show: the sheet card's state, the preview summarised per course with the people
// it offers to withdraw (small enough for the cache), a sync plan's counts, and the status column's words (in the
// language the user started the sync in: a time-driven run has no user locale of its own). Pure.
import { wordsFor } from '../i18n';
import type { Plan } from './plan';
import type { InvalidRow } from './sheet-roster';
import type { PreviewGroup, SyncPlan } from './sheet-plan';

export type SheetView =
  | { kind: 'notSheets' }
  | { kind: 'noAccess' }
  | { kind: 'noHeader'; title: string; sheetName: string; missing: ('course' | 'email')[] }
  | {
      kind: 'roster';
      title: string;
      sheetName: string;
      rows: number;
      valid: number;
      invalid: InvalidRow[];
      job: Plan | null;
    };

const SAMPLE_ROWS = 5; // Row numbers shown per group of a course in the preview ("rows 2, 5, 9, …")

const SAMPLED = ['toInvite', 'roleChanges', 'toWithdraw', 'invalid'] as const;
type Counts = Record<PreviewGroup | 'notInSheet', number>;
type Samples = Record<(typeof SAMPLED)[number], number[]>;

/** The preview as the card shows it (small enough for the cache, so its pages need no Classroom call). */
export type SyncPreview = ReturnType<typeof summarise>;

export function summarise(
  sheet: { spreadsheetId: string; sheetId: number; title: string; sheetName: string },
  plan: SyncPlan,
  names: Map<string, string>,
) {
  const offered = plan.courses.filter((c) => c.notInSheet.length > 0);
  return {
    spreadsheetId: sheet.spreadsheetId,
    sheetId: sheet.sheetId,
    title: sheet.title,
    sheetName: sheet.sheetName,
    notInSheet: Object.fromEntries(offered.map((c) => [c.courseId, c.notInSheet])), // offered for withdrawal by name
    counts: plan.counts,
    changes: plan.changes,
    // Per course: how many rows fall in each group, with the first row numbers of the groups to act on.
    courses: plan.courses.map(({ courseId, refs, ...groups }) => ({
      id: courseId,
      name: names.get(courseId) ?? refs[0] ?? courseId,
      counts: Object.fromEntries(Object.entries(groups).map(([group, list]) => [group, list.length])) as Counts,
      sample: Object.fromEntries(SAMPLED.map((group) => [group, groups[group].slice(0, SAMPLE_ROWS)])) as Samples,
    })),
    unresolved: plan.unresolved.map((u) => ({
      ref: u.ref,
      reason: u.reason,
      count: u.rows.length,
      sample: u.rows.slice(0, SAMPLE_ROWS),
    })),
  };
}

// A sync plan's outcomes so far, per kind of write (item lines: "12" invite, "12c" role change, "12w"/"w3" withdraw).
export function syncCounts(plan: Plan) {
  const out = { invited: 0, roleChanged: 0, withdrawn: 0, unchanged: 0, failed: 0 };
  plan.lines.forEach((line, i) => {
    const state = plan.states[i] ?? 'p';
    if (state === 'i') {
      if (line.endsWith('c')) out.roleChanged++;
      else if (line.includes('w')) out.withdrawn++;
      else out.invited++;
    } else if ('am'.includes(state)) out.unchanged++;
    else if ('frs'.includes(state)) out.failed++;
  });
  return out;
}

/** What happened to one row; the status column says it in plain language. */
export type RowOutcomeCode =
  'invited' | 'roleChanged' | 'withdrawn' | 'alreadyInvited' | 'member' | 'nothingToWithdraw' | 'invalid' | 'failed';

/** A row's status: its outcome, or `x:<reason>` for a row not synced for that row reason. */
export type RowStatus = RowOutcomeCode | `x:${string}`;

// Plain-language status text of a cell, e.g. "Invited · 2026-12-01 12:03 Europe/Paris": the outcome, why (a message
// key or an error key, translated first; the row reason of `x:`), and the time of the outcome as the caller wrote it.
export function statusText(status: RowStatus, locale: string, at: string, detail?: string): string {
  const t = wordsFor(locale);
  const [code, why] = status.startsWith('x:') ? ['invalid', `sync.reason.${status.slice(2)}`] : [status, detail];
  return t(`sync.status.${code}`, { detail: why ? t(why) : '', at });
}

/** The status column's label in `locale` (the sheet's header finds it again in English or French). */
export function statusHeader(locale: string): string {
  return wordsFor(locale)('sync.statusHeader');
}
