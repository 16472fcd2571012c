// The roster sync as data the views show: the Roster card's state, the preview summarised per course (small enough
// for the cache), and the sync job's facts beside its checkpoint. Pure.
import type { SendLog } from './pacer';
import type { InvalidRow } from './sheet-roster';
import { isFinished, type SyncCheckpoint } from './sheet-job';
import type { SyncPlan } from './sheet-plan';

export interface SyncJob {
  checkpoint: SyncCheckpoint;
  /** The sheet's columns (0-based) as recognised when the job started. */
  columns: { course: number; email: number; role: number | null; action: number | null; status: number };
  title: string;
  /** Courses whose pending invitations not in the sheet the user chose to withdraw (after the rows). */
  withdraw: string[];
  /** Rows whose role change began (the delete may have been sent): compact ranges. */
  intents: string;
  sendLog: SendLog;
  runs: number;
  /** Batches taken from the retry list; past a bound, what still fails transiently is answered as failed. */
  retryBatches: number;
  startedAt: number;
  /** Requests sent so far, for the progress card and the benchmark. */
  requests: number;
  /** Pending invitations not in the sheet withdrawn so far (the user's choice, after the rows). */
  notInSheetWithdrawn: number;
  /** The language of the status column (time-driven runs have no user locale). */
  locale: string;
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
export interface CourseSummary {
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
  title: string;
  sheetName: string;
  counts: SyncPlan['counts'];
  changes: number;
  courses: CourseSummary[];
  unresolved: { ref: string; reason: string; count: number; sample: number[] }[];
}

export function summarise(title: string, sheetName: string, plan: SyncPlan, names: Map<string, string>): SyncPreview {
  return {
    title,
    sheetName,
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

/** The job has nothing left: every row answered and every chosen withdrawal done. */
export function syncDone(job: SyncJob): boolean {
  return isFinished(job.checkpoint) && job.withdraw.length === 0;
}

/** Rows answered so far and rows to answer in all (blank rows included: the job walks over them). */
export function syncProgress(job: SyncJob): { done: number; total: number } {
  const cp = job.checkpoint;
  const total = Math.max(0, cp.lastRow - cp.firstRow + 1);
  const counted = Object.values(cp.counts).reduce((sum: number, n) => sum + n, 0);
  const done = isFinished(cp) ? total : Math.min(total, counted);
  return { done, total };
}
