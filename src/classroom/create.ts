// invitations.create for many addresses at once (one batch round trip per 50), each answer read in the add-on's
// terms: Google's error shapes stay here.
import { isTransient } from '../domain/errors';
import type { CreateAnswer } from '../domain/outcomes';
import { isRole, type Role } from '../domain/roles';
import type { RetryPolicy } from '../transport/backoff';
import { MAX_BATCH_PARTS } from '../transport/multipart';
import { fromRestBody } from './api-error';
import { createRequest } from './paths';
import { send } from './rest';

export type { RetryPolicy };
/** How long until a batch fits the user's request budget (jobs decide whether it fits their run). */
export { budgetWait } from '../transport/budget';

/** Creates that fit one batch request (one round trip). */
export const CREATES_PER_BATCH = MAX_BATCH_PARTS;

export function classifyCreate(res: { status: number; body: unknown } | undefined): CreateAnswer {
  if (!res || res.status === 0)
    return { kind: 'retry', api: { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' } };
  if (res.status >= 200 && res.status < 300) {
    const body = res.body as { id?: string; courseId?: string; userId?: string; role?: string } | undefined;
    // The created invitation for the ledger; an answer without one still counts as invited.
    return body?.id && body.userId && body.courseId && isRole(body.role)
      ? { kind: 'invited', invitation: { id: body.id, courseId: body.courseId, userId: body.userId, role: body.role } }
      : { kind: 'invited' };
  }
  const api = fromRestBody(res.status, res.body);
  if (api.status === 'ALREADY_EXISTS') return { kind: 'alreadyInvited' };
  if (isTransient(api)) return { kind: 'retry', api };
  if (api.status === 'FAILED_PRECONDITION' && !api.reason) return { kind: 'precondition' };
  return { kind: 'failed', api };
}

/** One create per address, in order, sent together; one answer each. */
export function createInvitations(
  courseId: string,
  emails: readonly string[],
  role: Role,
  policy?: RetryPolicy,
): CreateAnswer[] {
  const responses = send(
    emails.map((userId) => createRequest(courseId, userId, role)),
    policy,
  );
  return emails.map((_, i) => classifyCreate(responses[i]));
}
