// An invitations.create answer read in the add-on's terms (Google's error shapes stay here), and the batch size of
// creates; the creates themselves go out in batches through classroom/follow-up.ts.
import { isTransient } from '../domain/errors';
import type { CreateAnswer } from '../domain/outcomes';
import { isRole } from '../domain/roles';
import type { RetryPolicy } from '../transport/backoff';
import { MAX_BATCH_PARTS } from '../transport/multipart';
import { fromRestBody } from './api-error';

export type { RetryPolicy };

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
