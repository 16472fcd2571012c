// Bulk inviting: paste → preview (the dry run, saved as a draft job) → confirm starts the job and works on it at
// once; what does not fit in the click continues on "Continue now" or the hourly trigger.
import { courseToInvite, previewList } from '../app/preview-list';
import { cancelJob as cancel, closeJob as close, continueJob as go, requireJob, startJob } from '../app/jobs';
import { buildJobCard } from '../cards/bulk';
import { buildBulkCard, buildPreviewCard } from '../cards/preview';
import { courseStack, push, replace, show } from '../cards/navigation';
import { openStackAfter } from '../app/course-view';
import type { Card } from '../cards/types';
import { parseAddresses } from '../domain/addresses';
import { isFinished, type Plan } from '../domain/plan';
import { requireParam, requireRole, type Ctx } from '../entry/event';

export function showBulk(ctx: Ctx) {
  return push(buildBulkCard(ctx.t, courseToInvite(requireParam(ctx, 'courseId'))));
}

export function previewBulk(ctx: Ctx) {
  const role = requireRole(ctx, 'role', 'STUDENT');
  const courseId = requireParam(ctx, 'courseId');
  const parsed = parseAddresses(ctx.values('bulkEmails').join('\n'));
  return push(buildPreviewCard(ctx.t, previewList(courseId, role, parsed)));
}

/** After a job changed a course, the cards below are read again: Back shows the new counts. */
function afterJob(ctx: Ctx, courseId: string, top: Card[], notification?: string) {
  return courseStack(ctx.t, openStackAfter(courseId, {}, ctx.gmail), top, notification);
}

/** The job card in place while work is left; once finished, over a freshly read course and homepage. */
function jobCard(ctx: Ctx, job: Plan) {
  const card = buildJobCard(ctx.t, job);
  return isFinished(job) ? afterJob(ctx, job.courseId, [card]) : replace(card);
}

export function startBulk(ctx: Ctx) {
  return jobCard(ctx, startJob(requireParam(ctx, 'jobId')));
}

export function continueJob(ctx: Ctx) {
  return jobCard(ctx, go(requireParam(ctx, 'jobId'), ctx.params.resume === '1'));
}

export function showJob(ctx: Ctx) {
  return show(buildJobCard(ctx.t, requireJob(requireParam(ctx, 'jobId'))), ctx.params.replace === '1');
}

export function cancelJob(ctx: Ctx) {
  const job = cancel(requireParam(ctx, 'jobId'));
  return afterJob(ctx, job.courseId, [], ctx.t('job.cancelled'));
}

/** Closing a finished job; an unfinished one is cancelled. */
export function closeJob(ctx: Ctx) {
  const { job, cancelled } = close(requireParam(ctx, 'jobId'));
  return afterJob(ctx, job.courseId, [], cancelled ? ctx.t('job.cancelled') : undefined);
}
