// Preview a list (a bulk invite's dry run): what will happen to every entry, the addresses saved as a draft job.
import { courseById } from '../classroom/courses';
import { currentUser } from '../classroom/profiles';
import { courseMembership } from '../classroom/membership';
import { domainOf, type ParsedAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import { isRunnable, newPlan, type Plan } from '../domain/plan';
import { previewInvites, toSend } from '../domain/preview';
import type { Role } from '../domain/roles';
import type { Course } from '../domain/types';
import { deletePlan, listPlans, newPlanId, savePlan } from '../platform/plan-store';

const MAX_JOB_ADDRESSES = 3000; // A job's addresses and state fit the user's 500 KB property store with others
const MAX_OPEN_JOBS = 3;

/** The course a list is pasted for (the bulk form's header). */
export { courseById as courseToInvite } from '../classroom/courses';

export function previewList(courseId: string, role: Role, parsed: ParsedAddresses) {
  const course = courseById(courseId);
  if (parsed.valid.length === 0 && parsed.invalid.length === 0) throw invalidInput('invite.none');
  if (parsed.valid.length > MAX_JOB_ADDRESSES)
    throw invalidInput('bulk.tooMany', { count: parsed.valid.length, max: MAX_JOB_ADDRESSES });
  const emails = parsed.valid.map((a) => a.email);
  const roster = courseMembership(course.id, emails);
  const preview = previewInvites(parsed, roster, domainOf(currentUser().email));
  // The draft job to start, holding every address to send, inside the school and outside ('' when none).
  const draft = startDraft(course, role, toSend(preview));
  return { course, role, preview, draftId: draft?.id ?? '' };
}

/** The preview's addresses as a plan not yet approved: "Start" approves exactly these. */
function startDraft(course: Course, role: Role, emails: readonly string[]): Plan | null {
  if (emails.length === 0) return null;
  const jobs = listPlans();
  // Drafts nobody confirmed are replaced, not piled up.
  for (const old of jobs.filter((j) => j.approvedAt === undefined && j.kind === 'invite')) deletePlan(old.id);
  const open = jobs.filter((j) => isRunnable(j) && (j.kind === 'invite' || j.kind === 'resend')).length;
  if (open >= MAX_OPEN_JOBS) throw invalidInput('bulk.tooManyJobs', { count: open });
  const job = newPlan(newPlanId(), 'invite', course, role, emails, Date.now());
  savePlan(job);
  return job;
}
