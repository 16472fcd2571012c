// Invites a handful of addresses in one click: every create in one batch round trip, then (only if some answers
// need it) the course's invitations and roster in one more, to tell "already invited as…" and "already in the
// course" apart from a disabled account.
import { classifyCreate, needsCourseState, outcomeOf, type InviteOutcome } from '../domain/invite';
import { MAX_BATCH_PARTS } from '../domain/multipart';
import type { Role } from '../domain/roles';
import { courseStatus } from './course-status';
import { createRequest, sendAll } from './http';

/** One batch request: what a click may send. */
export const MAX_PER_CLICK = MAX_BATCH_PARTS;

export function inviteMany(courseId: string, emails: readonly string[], role: Role): InviteOutcome[] {
  const responses = sendAll(emails.map((userId) => createRequest(courseId, userId, role)));
  const answers = emails.map((_, i) => classifyCreate(responses[i]));
  const course = needsCourseState(answers) ? courseStatus(courseId) : undefined;
  return emails.map((email, i) => outcomeOf(email, role, answers[i] ?? classifyCreate(undefined), course));
}
