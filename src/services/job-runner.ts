// Works through bulk jobs: batches of 50 creates over the REST fast path, paced under the per-user quota, with a
// checkpoint before each send (addresses in flight) and after it (their outcomes). An execution killed anywhere
// loses nothing: the next run resends what was in flight, and ALREADY_EXISTS then counts as done.
import { messageKeyFor } from '../domain/errors';
import { classifyCreate } from '../domain/invite';
import { applyOutcomes, isFinished, isRunnable, markInFlight, nextSlice, type Job, type Outcome } from '../domain/job';
import { MAX_BATCH_PARTS } from '../domain/multipart';
import { record, waitBefore } from '../domain/pacer';
import type { RetryPolicy } from '../domain/backoff';
import { createRequest, sendAll, type PartResponse } from './http';
import { cancelRequested, deleteJob, listJobs, saveJob } from './job-store';

/** A card action must answer within ~30 s; a time-driven run may use 6 minutes. Both keep a margin. */
export const CLICK_BUDGET_MS = 20_000;
export const TRIGGER_BUDGET_MS = 270_000;
/** What one batch may take at worst, so a run never starts one it cannot finish and save. */
const BATCH_ALLOWANCE_MS = 8_000;
/** Failed parts of a job batch get a short retry; what still fails stays pending for the next batch or run. */
const JOB_RETRY: RetryPolicy = { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };

/**
 * A job's outcome for one address. The preview left members out, so a reasonless refusal here is someone who joined
 * meanwhile or a disabled account: reported with the message that names both, without a roster read per batch.
 */
export function jobOutcome(index: number, res: PartResponse | undefined): Outcome {
  const answer = classifyCreate(res);
  switch (answer.kind) {
    case 'invited':
    case 'already':
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
    const slice = nextSlice(job, MAX_BATCH_PARTS);
    const wait = waitBefore(job.sendLog, Date.now(), slice.length);
    if (Date.now() - startedAt + wait + BATCH_ALLOWANCE_MS > budgetMs) break;
    if (wait > 0) Utilities.sleep(wait);

    const resent = new Set(slice.filter((i) => job.states[i] === 'x'));
    job = markInFlight(job, slice, Date.now());
    saveJob(job); // checkpoint 1: these addresses may have been sent
    const sentAt = Date.now();
    const responses = sendAll(
      slice.map((i) => createRequest(job.courseId, job.emails[i] ?? '', job.role)),
      JOB_RETRY,
    );
    const outcomes = slice.map((index, k) => jobOutcome(index, responses[k]));
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
