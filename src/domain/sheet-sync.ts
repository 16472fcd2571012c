// The sheet sync as data the views show: the sheet card's state, the preview summarised per course with the people
// it offers to withdraw (small enough for the cache), and the sync job's facts beside its checkpoint. Pure.
import type { Role } from './roles';
import type { InvalidRow } from './sheet-roster';
import { isFinished, type SyncCheckpoint } from './sheet-job';
import type { ApprovedWithdrawal, SheetChange, SyncPlan } from './sheet-plan';

export interface SyncJob {
  checkpoint: SyncCheckpoint;
  title: string;
  sheetName: string;
  /** Approved withdrawals done so far (an index into the approval's list); they come after the rows. */
  withdrawn: number;
  /** Approved withdrawals in all. */
  toWithdraw: number;
  /** Rows whose role change began (the delete may have been sent): compact ranges. */
  intents: string;
  /** Set when the sheet no longer matches the preview: what changed. The job waits for a new preview. */
  paused?: SheetChange[];
  runs: number;
  /** Batches taken from the retry list; past a bound, what still fails transiently is answered as failed. */
  retryBatches: number;
  startedAt: number;
  /** Requests sent so far, for the progress card and the benchmark. */
  requests: number;
  /** Pending invitations not in the sheet withdrawn so far (the user's choice, after the rows). */
  notInSheetWithdrawn: number;
  /** The language and time zone of the status column (time-driven runs have neither). */
  locale: string;
  timeZone: string;
}

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
      job: SyncJob | null;
    };

/** Row numbers shown per group of a course in the preview ("rows 2, 5, 9, …"). */
const SAMPLE_ROWS = 5;

/** One course of the preview: how many rows fall in each group, with the first row numbers of the groups to act on. */
interface CourseSummary {
  id: string;
  name: string;
  counts: Record<
    | 'toInvite'
    | 'alreadyInvited'
    | 'roleChanges'
    | 'members'
    | 'toWithdraw'
    | 'nothingToWithdraw'
    | 'invalid'
    | 'notInSheet',
    number
  >;
  sample: Record<'toInvite' | 'roleChanges' | 'toWithdraw' | 'invalid', number[]>;
}

/** The preview as the card shows it (small enough for the cache, so its pages need no Classroom call). */
export interface SyncPreview {
  spreadsheetId: string;
  sheetId: number;
  title: string;
  sheetName: string;
  /** Per course id: the pending invitations no row names, offered for withdrawal by name. */
  notInSheet: Record<string, { email: string; role: Role; invitationId: string }[]>;
  counts: SyncPlan['counts'];
  changes: number;
  courses: CourseSummary[];
  unresolved: { ref: string; reason: string; count: number; sample: number[] }[];
}

export function summarise(
  sheet: { spreadsheetId: string; sheetId: number; title: string; sheetName: string },
  plan: SyncPlan,
  names: Map<string, string>,
): SyncPreview {
  const notInSheet: SyncPreview['notInSheet'] = {};
  for (const c of plan.courses) if (c.notInSheet.length > 0) notInSheet[c.courseId] = c.notInSheet;
  return {
    spreadsheetId: sheet.spreadsheetId,
    sheetId: sheet.sheetId,
    title: sheet.title,
    sheetName: sheet.sheetName,
    notInSheet,
    counts: plan.counts,
    changes: plan.changes,
    courses: plan.courses.map((c) => ({
      id: c.courseId,
      name: names.get(c.courseId) ?? c.refs[0] ?? c.courseId,
      counts: {
        toInvite: c.toInvite.length,
        alreadyInvited: c.alreadyInvited.length,
        roleChanges: c.roleChanges.length,
        members: c.members.length,
        toWithdraw: c.toWithdraw.length,
        nothingToWithdraw: c.nothingToWithdraw.length,
        invalid: c.invalid.length,
        notInSheet: c.notInSheet.length,
      },
      sample: {
        toInvite: c.toInvite.slice(0, SAMPLE_ROWS),
        roleChanges: c.roleChanges.slice(0, SAMPLE_ROWS),
        toWithdraw: c.toWithdraw.slice(0, SAMPLE_ROWS),
        invalid: c.invalid.slice(0, SAMPLE_ROWS),
      },
    })),
    unresolved: plan.unresolved.map((u) => ({
      ref: u.ref,
      reason: u.reason,
      count: u.rows.length,
      sample: u.rows.slice(0, SAMPLE_ROWS),
    })),
  };
}

/** The approved withdrawals of the courses the user ticked. */
export function withdrawalsOf(preview: SyncPreview, courseIds: readonly string[]): ApprovedWithdrawal[] {
  return courseIds.flatMap((courseId) => (preview.notInSheet[courseId] ?? []).map((p) => ({ courseId, ...p })));
}

/** The job has nothing left: every row answered and every approved withdrawal done. */
export function syncDone(job: SyncJob): boolean {
  return isFinished(job.checkpoint) && job.withdrawn >= job.toWithdraw;
}

/** Rows answered so far and rows to answer in all (blank rows included: the job walks over them). */
export function syncProgress(job: SyncJob): { done: number; total: number } {
  const cp = job.checkpoint;
  const total = Math.max(0, cp.lastRow - cp.firstRow + 1);
  const counted = Object.values(cp.counts).reduce((sum: number, n) => sum + n, 0);
  const done = isFinished(cp) ? total : Math.min(total, counted);
  return { done, total };
}
