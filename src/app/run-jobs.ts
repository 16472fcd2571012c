// Running bulk jobs (confirm, continue, cancel, close, the hourly tick). Works through them: batches of 50 creates
// over the REST fast path, within the user's one request budget (transport/budget.ts), with a
// checkpoint before each send (addresses in flight) and after it (their outcomes). An execution killed anywhere
// loses nothing: the next run resends what was in flight, and ALREADY_EXISTS then counts as done. Between batches
// that met 429/5xx it backs off; a job whose recent batches all failed pauses (circuit breaker) until the next run,
// and one whose recent sends were all refused for a permanent reason stops, naming it. Every write of a job happens
// under the user lock.
import { budgetWait, CREATES_PER_BATCH, type RetryPolicy } from '../classroom/create';
import { AppError, invalidInput, messageKeyFor } from '../domain/errors';
import {
  afterBatch,
  applyOutcomes,
  commonReason,
  createJob,
  isFinished,
  isRunnable,
  markInFlight,
  nextSlice,
  progress,
  type Job,
  type Outcome,
} from '../domain/job';
import type { CreateAnswer } from '../domain/outcomes';
import { cancelRequested, deleteJob, listJobs, loadJob, newJobId, requestCancel, saveJob } from '../platform/job-store';
import { withUserLock } from '../platform/lock';
import { ensureHourlyTrigger, removeTriggersFor } from '../platform/triggers';
import { BREAKER_BATCHES, pauseBetweenBatches } from '../domain/pacer';
import { readJournal } from '../platform/journal';
import { recoverJournal } from './change-role';
import { hasActiveTransfer, sweepTransfers } from './transfer-ownership';
import { createInvitationsRecorded } from './follow-up';
import type { DigestComposer } from './digest';
import { followUpNeedsTrigger, sweepTick } from './sweep';
import { syncPending, tickSync, type WordsFor } from './sheet-sync';
import { JOURNAL_STEP, recoverJournal as recoverResends, resendStep, resendTargets } from './resend';
import type { JournalItem } from '../platform/follow-up-store';
import { courseById } from '../classroom/courses';

/** A card action must answer within ~30 s; a time-driven run may use 6 minutes. Both keep a margin. */
export const CLICK_BUDGET_MS = 20_000;
export const TRIGGER_BUDGET_MS = 270_000;
/** What one batch may take at worst, so a run never starts one it cannot finish and save. */
const BATCH_ALLOWANCE_MS = 8_000;
/** Failed parts of a job batch get one short retry; what still fails stays pending for the next batch or run. */
const JOB_RETRY: RetryPolicy = { maxTries: 2, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };
/** Batches in a row refused for a permanent reason before the job stops. */
const REFUSED_BATCHES = 2;
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

interface Batch {
  outcomes: Outcome[];
  /** A transient answer of this batch, when some sends met 429/5xx: the pause's reason and the cue to back off. */
  last?: { api: Parameters<typeof messageKeyFor>[0] } | undefined;
}

/** One batch of an invitation job: creates of the addresses, the ledger written ahead. */
function inviteBatch(job: Job, slice: readonly number[]): Batch {
  const answers = createInvitationsRecorded(
    job.courseId,
    slice.map((i) => job.emails[i] ?? ''),
    job.role,
    'job',
    JOB_RETRY,
  );
  const outcomes = slice.map((index, k) => jobOutcome(index, answers[k] ?? { kind: 'retry', api: NO_ANSWER }));
  return { outcomes, last: answers.find((a): a is Extract<CreateAnswer, { kind: 'retry' }> => a.kind === 'retry') };
}

/** One batch of a resend job: journaled deletes and re-creates (app/resend.ts), kill-safe item by item. */
function resendBatch(job: Job, slice: readonly number[]): Batch {
  const items: JournalItem[] = slice.map((i) => {
    const target = job.targets?.[i];
    const email = job.emails[i] ?? '';
    return {
      kind: 'resend',
      origin: 'resend',
      invitationId: target?.invitationId ?? '',
      courseId: job.courseId,
      userId: target?.userId ?? '',
      role: target?.role ?? job.role,
      ...(email.includes('@') ? { email } : {}),
    };
  });
  const answers = resendStep(items);
  const outcomes = slice.map((index, k): Outcome => {
    const a = answers[k] ?? { kind: 'retry' };
    if (a.kind === 'failed') return { index, kind: 'failed', key: a.key };
    return { index, kind: a.kind === 'resent' ? 'invited' : 'retry' };
  });
  return { outcomes, last: outcomes.some((o) => o.kind === 'retry') ? { api: NO_ANSWER } : undefined };
}

/** Runs one job until it is finished, cancelled, or the time budget would be passed. Returns null if cancelled. */
export function runJob(start: Job, budgetMs: number, startedAt = Date.now()): Job | null {
  // A new run resumes a paused job: the pause lasts until the next hourly run or Continue now.
  const { paused: _paused, ...resumed } = start;
  let job: Job = { ...resumed, runs: start.runs + 1, failedBatches: 0 };
  while (!isFinished(job)) {
    if (cancelRequested(job.id)) {
      deleteJob(job.id);
      return null;
    }
    const resend = job.kind === 'resend';
    const slice = nextSlice(job, resend ? JOURNAL_STEP : CREATES_PER_BATCH);
    // A resend spends a delete and a create per invitation, and a list when it finishes a killed run's journal.
    const wait = budgetWait(resend ? 2 * slice.length + 1 : slice.length);
    if (Date.now() - startedAt + wait + BATCH_ALLOWANCE_MS > budgetMs) break;
    if (wait > 0) Utilities.sleep(wait); // the user's budget is spent for now: wait here, not in the transport

    const resent = new Set(slice.filter((i) => job.states[i] === 'x'));
    job = markInFlight(job, slice, Date.now());
    saveJob(job); // checkpoint 1: these addresses may have been sent (a failed save throws: nothing is sent)
    const sentAt = Date.now();
    const { outcomes, last } = resend ? resendBatch(job, slice) : inviteBatch(job, slice);
    job = afterBatch(applyOutcomes(job, outcomes, Date.now(), resent), outcomes);
    job = { ...job, busyMs: job.busyMs + (Date.now() - sentAt) };
    if ((job.failedBatches ?? 0) >= BREAKER_BATCHES) {
      job = { ...job, paused: last ? messageKeyFor(last.api, 'create') : 'err.unavailable' };
    } else if ((job.refusedBatches ?? 0) >= REFUSED_BATCHES) {
      const reason = commonReason(outcomes);
      if (reason) job = { ...job, stopped: reason };
    }
    saveJob(job); // checkpoint 2: their outcomes
    if (job.paused || job.stopped) break;
    if (last) {
      // Some sends met 429/5xx: give the service room before the next batch, if the run has time for it.
      const pause = pauseBetweenBatches((job.failedBatches ?? 0) + 1, Math.random());
      if (Date.now() - startedAt + pause + BATCH_ALLOWANCE_MS > budgetMs) break;
      Utilities.sleep(pause);
    }
  }
  return job;
}

/** Runs every unfinished job of the user within the budget; returns the jobs that are still unfinished. */
export function runAllJobs(budgetMs: number): Job[] {
  const startedAt = Date.now();
  const left: Job[] = [];
  let outage = false;
  for (const job of listJobs()) {
    if (!isRunnable(job)) continue;
    if (outage) {
      left.push(job); // Classroom is failing everything: the next run tries again, without spending requests now.
      continue;
    }
    const after = runJob(job, budgetMs, startedAt);
    if (after?.paused) outage = true;
    if (after && isRunnable(after)) left.push(after);
  }
  return left;
}

/** The trigger is there only while work is left (a job, or a role change still journaled). */
export function syncTrigger(): void {
  if (
    listJobs().some(isRunnable) ||
    hasActiveTransfer() ||
    readJournal().length > 0 ||
    followUpNeedsTrigger() ||
    syncPending()
  )
    ensureHourlyTrigger('onJobsTick');
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

/**
 * Confirms a draft and works on it at once, all under the user lock: a Cancel landing first wins (the job stays
 * gone), and a second click on the same Confirm finds the job already confirmed and just shows it.
 */
export function startJob(id: string): Job {
  requireJob(id);
  // The trigger first: a kill between the two then leaves a trigger with nothing to do (it removes itself), never a
  // confirmed job without a trigger to finish it.
  ensureHourlyTrigger('onJobsTick');
  const run = withUserLock(() => {
    const fresh = loadJob(id);
    if (!fresh || cancelRequested(id)) return { after: null };
    if (!fresh.draft) return { after: fresh }; // a second click: the first one confirmed it
    const { draft: _draft, ...job } = fresh;
    saveJob(job);
    return { after: runJob(job, CLICK_BUDGET_MS) };
  });
  syncTrigger();
  if (run === null) return requireJob(id); // the first click is still on it: show it as it stands
  if (!run.after) throw new AppError('CONFLICT', 'job.gone');
  return run.after;
}

/**
 * "Resend the N older than D days" on the course card: a resend job over the course's old pending invitations (per
 * the ledger), started at once within the click; the rest continues on Continue now or the hourly trigger. A resend
 * job of the course still running is shown instead of a second one (it would resend the same invitations). One that
 * resends everything within the click is removed at once (the click says what it did).
 */
export function startResendJob(courseId: string, days: number): Job {
  const course = courseById(courseId);
  ensureHourlyTrigger('onJobsTick');
  const run = withUserLock(() => {
    const running = listJobs().find((j) => j.kind === 'resend' && j.courseId === courseId && isRunnable(j));
    if (running) return { after: running };
    recoverResends(); // a killed resend finished first, so the ledger says what is still old
    const { emails, targets } = resendTargets(courseId, days);
    const job: Job = {
      ...createJob(newJobId(), course, targets[0]?.role ?? 'STUDENT', emails, Date.now()),
      kind: 'resend',
      targets,
    };
    saveJob(job);
    const after = runJob(job, CLICK_BUDGET_MS);
    // All resent within the click: the click says so, and no finished job is left to close.
    if (after && isFinished(after) && progress(after).failed === 0) deleteJob(after.id);
    return { after };
  });
  syncTrigger();
  if (run === null) throw invalidInput('job.busy');
  if (!run.after) throw new AppError('CONFLICT', 'job.gone');
  return run.after;
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

/** Closes a finished job under the lock; an unfinished one is cancelled. */
export function closeJob(id: string): { job: Job; cancelled: boolean } {
  const job = requireJob(id);
  if (isRunnable(job)) return { job: cancelJob(id), cancelled: true };
  const done = withUserLock(() => {
    deleteJob(job.id);
    return true;
  });
  if (done === null) throw invalidInput('job.busy');
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
export function jobsTick(words: WordsFor, composeDigest?: DigestComposer): TickReport {
  const startedAt = Date.now();
  recoverJournal(); // interrupted role changes are settled by the hourly run too
  const left = withUserLock(() => {
    sweepTransfers(); // owner transfers waiting on a person: the same hourly run observes them
    return runAllJobs(TRIGGER_BUDGET_MS).length + tickSync(words, TRIGGER_BUDGET_MS, startedAt);
  });
  sweepTick(composeDigest); // the follow-up sweep (app/sweep.ts): reminders, withdrawals, digest, when turned on
  syncTrigger();
  return left === null ? { skipped: true, left: listJobs().filter(isRunnable).length } : { skipped: false, left };
}
