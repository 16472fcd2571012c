// Running bulk jobs (confirm, continue, cancel, close, the hourly tick). Works through them: batches of 50 creates over the REST fast path, paced under the per-user quota, with a
// checkpoint before each send (addresses in flight) and after it (their outcomes). An execution killed anywhere
// loses nothing: the next run resends what was in flight, and ALREADY_EXISTS then counts as done.
import { createInvitations, CREATES_PER_BATCH, type RetryPolicy } from '../classroom/create';
import { AppError, invalidInput, messageKeyFor } from '../domain/errors';
import { applyOutcomes, isFinished, isRunnable, markInFlight, nextSlice, type Job, type Outcome } from '../domain/job';
import type { CreateAnswer } from '../domain/outcomes';
import { cancelRequested, deleteJob, listJobs, loadJob, requestCancel, saveJob } from '../platform/job-store';
import { withUserLock } from '../platform/lock';
import { ensureHourlyTrigger, removeTriggersFor } from '../platform/triggers';
import { record, waitBefore } from '../domain/pacer';
import { syncPending, tickSync, type WordsFor } from './roster-sync';

/** A card action must answer within ~30 s; a time-driven run may use 6 minutes. Both keep a margin. */
export const CLICK_BUDGET_MS = 20_000;
export const TRIGGER_BUDGET_MS = 270_000;
/** What one batch may take at worst, so a run never starts one it cannot finish and save. */
const BATCH_ALLOWANCE_MS = 8_000;
/** Failed parts of a job batch get a short retry; what still fails stays pending for the next batch or run. */
const JOB_RETRY: RetryPolicy = { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };
const NO_ANSWER = { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' };

/**
 * A job's outcome for one address. The preview left members out, so a reasonless refusal here is someone who joined
 * meanwhile or a disabled account: reported with the message that names both, without a roster read per batch.
 */
export function jobOutcome(index: number, answer: CreateAnswer): Outcome {
  switch (answer.kind) {
    case 'invited':
    case 'alreadyInvited':
    case 'retry':
      return { index, kind: answer.kind };
    case 'precondition':
      return { index, kind: 'failed', key: 'err.create.alreadyMemberOrDisabled' };
    case 'failed':
      return { index, kind: 'failed', key: messageKeyFor(answer.api, 'create') };
  }
}

/** Runs one job until it is finished, cancelled, or the time budget would be passed. Returns null if cancelled. */
export function runJob(start: Job, budgetMs: number, startedAt = Date.now()): Job | null {
  let job: Job = { ...start, runs: start.runs + 1 };
  while (!isFinished(job)) {
    if (cancelRequested(job.id)) {
      deleteJob(job.id);
      return null;
    }
    const slice = nextSlice(job, CREATES_PER_BATCH);
    const wait = waitBefore(job.sendLog, Date.now(), slice.length);
    if (Date.now() - startedAt + wait + BATCH_ALLOWANCE_MS > budgetMs) break;
    if (wait > 0) Utilities.sleep(wait);

    const resent = new Set(slice.filter((i) => job.states[i] === 'x'));
    job = markInFlight(job, slice, Date.now());
    saveJob(job); // checkpoint 1: these addresses may have been sent
    const sentAt = Date.now();
    const answers = createInvitations(
      job.courseId,
      slice.map((i) => job.emails[i] ?? ''),
      job.role,
      JOB_RETRY,
    );
    const outcomes = slice.map((index, k) => jobOutcome(index, answers[k] ?? { kind: 'retry', api: NO_ANSWER }));
    job = applyOutcomes(job, outcomes, Date.now(), resent);
    job = { ...job, sendLog: record(job.sendLog, sentAt, slice.length), busyMs: job.busyMs + (Date.now() - sentAt) };
    saveJob(job); // checkpoint 2: their outcomes
  }
  return job;
}

/** Runs every unfinished job of the user within the budget; returns the jobs that are still unfinished. */
export function runAllJobs(budgetMs: number): Job[] {
  const startedAt = Date.now();
  const left: Job[] = [];
  for (const job of listJobs()) {
    if (!isRunnable(job)) continue;
    const after = runJob(job, budgetMs, startedAt);
    if (after && !isFinished(after)) left.push(after);
  }
  return left;
}

/** The trigger is there only while work is left. */
export function syncTrigger(): void {
  if (listJobs().some(isRunnable) || syncPending()) ensureHourlyTrigger('onJobsTick');
  else removeTriggersFor('onJobsTick');
}

export function requireJob(id: string): Job {
  const job = loadJob(id);
  if (!job) throw new AppError('CONFLICT', 'job.gone');
  return job;
}

/**
 * Works on the job within the click's budget. The job is read again under the lock: another execution may have
 * moved it on while this one waited.
 */
function workOn(id: string): Job {
  const run = withUserLock(() => {
    const fresh = loadJob(id);
    return { after: fresh && runJob(fresh, CLICK_BUDGET_MS) };
  });
  if (run === null) throw invalidInput('job.busy');
  syncTrigger();
  if (!run.after) throw new AppError('CONFLICT', 'job.gone'); // cancelled or closed meanwhile
  return run.after;
}

/** Confirms a draft and works on it at once. */
export function startJob(id: string): Job {
  const { draft: _draft, ...job } = requireJob(id);
  // The trigger first: a kill between the two then leaves a trigger with nothing to do (it removes itself), never a
  // confirmed job without a trigger to finish it.
  ensureHourlyTrigger('onJobsTick');
  saveJob(job);
  return workOn(job.id);
}

/** "Continue now": more of the job within this click. */
export function continueJob(id: string): Job {
  return workOn(requireJob(id).id);
}

/** Cancels a job; returns it as it was (its course is where the user goes next). */
export function cancelJob(id: string): Job {
  const job = requireJob(id);
  requestCancel(job.id);
  // If no run holds the lock, cancel now; otherwise the running execution sees the flag before its next batch.
  withUserLock(() => {
    deleteJob(job.id);
  }, 0);
  syncTrigger();
  return job;
}

/** Closes a finished job (no run touches a finished job, so no lock is needed); an unfinished one is cancelled. */
export function closeJob(id: string): { job: Job; cancelled: boolean } {
  const job = requireJob(id);
  if (isRunnable(job)) return { job: cancelJob(id), cancelled: true };
  deleteJob(job.id);
  syncTrigger();
  return { job, cancelled: false };
}

export interface TickReport {
  skipped: boolean;
  left: number;
}

/**
 * The hourly time-driven trigger: finishes the user's jobs nobody continues, then removes itself when no job is
 * left. A run that finds the lock taken skips: another execution is already on it.
 */
export function jobsTick(words: WordsFor): TickReport {
  const startedAt = Date.now();
  const left = withUserLock(() => runAllJobs(TRIGGER_BUDGET_MS).length + tickSync(words, TRIGGER_BUDGET_MS, startedAt));
  syncTrigger();
  return left === null ? { skipped: true, left: listJobs().filter(isRunnable).length } : { skipped: false, left };
}
