// Bulk inviting: paste → preview (the dry run, saved as a draft job) → confirm starts the job and works on it at
// once; what does not fit in the click continues on "Continue now" or the hourly trigger.
import { buildBulkCard, buildJobCard, buildPreviewCard } from '../cards/bulk';
import { parseAddresses, type ParsedAddresses } from '../domain/addresses';
import { AppError, invalidInput } from '../domain/errors';
import { createJob, isRunnable, type Job } from '../domain/job';
import { previewInvites } from '../domain/preview';
import { isRole, type Role } from '../domain/roles';
import type { Course } from '../domain/types';
import { courseById } from '../services/course-cache';
import { deleteJob, listJobs, loadJob, newJobId, requestCancel, saveJob } from '../services/job-store';
import { CLICK_BUDGET_MS, runJob } from '../services/job-runner';
import { withUserLock } from '../services/lock';
import { currentUser } from '../services/profiles';
import { courseStatus } from '../services/course-status';
import { ensureHourlyTrigger, removeTriggersFor } from '../services/triggers';
import { domainOf } from '../domain/addresses';
import { courseCard } from './course';
import { requireParam, type Ctx } from './event';
import { push, replace, restart } from './respond';

/** One job's addresses and state must fit the user's 500 KB property store alongside a few others. */
export const MAX_JOB_ADDRESSES = 3000;
export const MAX_OPEN_JOBS = 3;

type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

export function showBulk(ctx: Ctx): ActionResponse {
  const course = courseById(requireParam(ctx, 'courseId'));
  return push(buildBulkCard(ctx.t, course));
}

export function previewBulk(ctx: Ctx): ActionResponse {
  const role = ctx.value('role') || 'STUDENT';
  if (!isRole(role)) throw invalidInput('err.invalidArgument');
  return previewFor(ctx, requireParam(ctx, 'courseId'), role, parseAddresses(ctx.values('bulkEmails').join('\n')));
}

/** Saves a draft job for the addresses to invite and shows what will happen to every entry (the dry run). */
export function previewFor(ctx: Ctx, courseId: string, role: Role, parsed: ParsedAddresses): ActionResponse {
  const course = courseById(courseId);
  if (parsed.valid.length === 0 && parsed.invalid.length === 0) throw invalidInput('invite.none');
  if (parsed.valid.length > MAX_JOB_ADDRESSES) {
    throw invalidInput('bulk.tooMany', { count: String(parsed.valid.length), max: String(MAX_JOB_ADDRESSES) });
  }
  const preview = previewInvites(parsed, courseStatus(course.id), domainOf(currentUser().email));
  const draft = startDraft(course, role, preview.toInvite);
  return push(buildPreviewCard(ctx.t, course, role, preview, draft?.id ?? ''));
}

function startDraft(course: Course, role: Role, emails: readonly string[]): Job | null {
  if (emails.length === 0) return null;
  const jobs = listJobs();
  // Drafts nobody confirmed are replaced, not piled up.
  for (const old of jobs.filter((j) => j.draft)) deleteJob(old.id);
  const open = jobs.filter(isRunnable).length;
  if (open >= MAX_OPEN_JOBS) throw invalidInput('bulk.tooManyJobs', { count: String(open) });
  const job = { ...createJob(newJobId(), course, role, emails, Date.now()), draft: true };
  saveJob(job);
  return job;
}

function requireJob(ctx: Ctx): Job {
  const job = loadJob(requireParam(ctx, 'jobId'));
  if (!job) throw new AppError('CONFLICT', 'job.gone');
  return job;
}

/**
 * Works on the job within the click's budget. The job is read again under the lock: another execution may have
 * moved it on while this one waited. The hourly trigger is there only while work is left.
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

export function syncTrigger(): void {
  if (listJobs().some(isRunnable)) ensureHourlyTrigger('onJobsTick');
  else removeTriggersFor('onJobsTick');
}

export function startBulk(ctx: Ctx): ActionResponse {
  const { draft: _draft, ...job } = requireJob(ctx);
  // The trigger first: a kill between the two then leaves a trigger with nothing to do (it removes itself), never a
  // confirmed job without a trigger to finish it.
  ensureHourlyTrigger('onJobsTick');
  saveJob(job);
  return replace(buildJobCard(ctx.t, workOn(job.id)));
}

export function continueJob(ctx: Ctx): ActionResponse {
  return replace(buildJobCard(ctx.t, workOn(requireJob(ctx).id)));
}

export function showJob(ctx: Ctx): ActionResponse {
  const card = buildJobCard(ctx.t, requireJob(ctx));
  return ctx.params.replace === '1' ? replace(card) : push(card);
}

export function cancelJob(ctx: Ctx): ActionResponse {
  const job = requireJob(ctx);
  requestCancel(job.id);
  // If no run holds the lock, cancel now; otherwise the running execution sees the flag before its next batch.
  withUserLock(() => {
    deleteJob(job.id);
  }, 0);
  syncTrigger();
  return restart(courseCard(ctx, job.courseId), ctx.t('job.cancelled'));
}

/** Closing a finished job: no run touches a finished job, so no lock is needed. */
export function closeJob(ctx: Ctx): ActionResponse {
  const job = requireJob(ctx);
  if (isRunnable(job)) return cancelJob(ctx);
  deleteJob(job.id);
  syncTrigger();
  return restart(courseCard(ctx, job.courseId));
}
