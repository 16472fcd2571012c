// Bulk inviting: paste → preview (the dry run, saved as a draft job) → confirm starts the job and works on it at
// once; what does not fit in the click continues on "Continue now" or the hourly trigger.
import { openCourse } from '../app/open-course';
import { courseToInvite, previewList } from '../app/preview-list';
import { cancelJob as cancel, closeJob as close, continueJob as go, requireJob, startJob } from '../app/run-jobs';
import { buildJobCard } from '../cards/bulk';
import { buildBulkCard, buildPreviewCard } from '../cards/preview';
import { buildCourseCard } from '../cards/course';
import { push, replace, restart } from '../cards/navigation';
import type { ActionResponse } from '../cards/types';
import { parseAddresses } from '../domain/addresses';
import { requireParam, requireRole, type Ctx } from '../entry/event';

export function showBulk(ctx: Ctx): ActionResponse {
  return push(buildBulkCard(ctx.t, courseToInvite(requireParam(ctx, 'courseId'))));
}

export function previewBulk(ctx: Ctx): ActionResponse {
  const role = requireRole(ctx, 'role', 'STUDENT');
  const courseId = requireParam(ctx, 'courseId');
  const list = previewList(courseId, role, parseAddresses(ctx.values('bulkEmails').join('\n')));
  return push(buildPreviewCard(ctx.t, list.course, list.role, list.preview, list.draftId));
}

export function startBulk(ctx: Ctx): ActionResponse {
  return replace(buildJobCard(ctx.t, startJob(requireParam(ctx, 'jobId'))));
}

export function continueJob(ctx: Ctx): ActionResponse {
  return replace(buildJobCard(ctx.t, go(requireParam(ctx, 'jobId'))));
}

export function showJob(ctx: Ctx): ActionResponse {
  const card = buildJobCard(ctx.t, requireJob(requireParam(ctx, 'jobId')));
  return ctx.params.replace === '1' ? replace(card) : push(card);
}

export function cancelJob(ctx: Ctx): ActionResponse {
  const job = cancel(requireParam(ctx, 'jobId'));
  return restart(buildCourseCard(ctx.t, { ...openCourse(job.courseId), offset: 0 }), ctx.t('job.cancelled'));
}

/** Closing a finished job; an unfinished one is cancelled. */
export function closeJob(ctx: Ctx): ActionResponse {
  const { job, cancelled } = close(requireParam(ctx, 'jobId'));
  const course = buildCourseCard(ctx.t, { ...openCourse(job.courseId), offset: 0 });
  return cancelled ? restart(course, ctx.t('job.cancelled')) : restart(course);
}
