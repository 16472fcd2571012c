// What inviting an address led to, decided from Classroom's answer to invitations.create: pure, shared by the invite
// form, the Gmail card and bulk jobs.
import { fromRestBody } from './api-error';
import { AppError, isTransient, messageKeyFor, type ApiError } from './errors';
import type { CourseState } from './preview';
import type { Role } from './roles';

/** Classroom's answer to one create, in the add-on's terms. */
export type CreateAnswer =
  | { kind: 'invited' }
  /** ALREADY_EXISTS: one invitation per person and course; counts as done. */
  | { kind: 'already' }
  /** FAILED_PRECONDITION without a reason: already has this role or a higher one, or the account is disabled. */
  | { kind: 'precondition' }
  /** Transient (429, 5xx) or missing from the batch answer: worth sending again. */
  | { kind: 'retry'; api: ApiError }
  | { kind: 'failed'; api: ApiError };

export function classifyCreate(res: { status: number; body: unknown } | undefined): CreateAnswer {
  if (!res || res.status === 0)
    return { kind: 'retry', api: { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' } };
  if (res.status >= 200 && res.status < 300) return { kind: 'invited' };
  const api = fromRestBody(res.status, res.body);
  if (api.status === 'ALREADY_EXISTS') return { kind: 'already' };
  if (isTransient(api)) return { kind: 'retry', api };
  if (api.status === 'FAILED_PRECONDITION' && !api.reason) return { kind: 'precondition' };
  return { kind: 'failed', api };
}

export type InviteStatus = 'invited' | 'alreadyInvited' | 'alreadyMember' | 'invalid' | 'failed';

export interface InviteOutcome {
  email: string;
  status: InviteStatus;
  /** Role of the new invitation, or of the one that already existed. */
  role?: Role;
  /** The error behind a failure, for the view to put in words. */
  error?: AppError;
}

/** Whether the answers need the course's state (existing roles, members) to be told apart. */
export function needsCourseState(answers: readonly CreateAnswer[]): boolean {
  return answers.some((a) => a.kind === 'already' || a.kind === 'precondition');
}

/** One result line per address, from Classroom's answer and, where needed, the course's state read afterwards. */
export function outcomeOf(email: string, role: Role, answer: CreateAnswer, course?: CourseState): InviteOutcome {
  switch (answer.kind) {
    case 'invited':
      return { email, status: 'invited', role };
    case 'already': {
      const existing = course?.invited.get(email);
      return existing ? { email, status: 'alreadyInvited', role: existing } : { email, status: 'alreadyInvited' };
    }
    case 'precondition':
      if (course?.members.has(email)) return { email, status: 'alreadyMember' };
      return { email, status: 'failed', error: new AppError('CLASSROOM_API', 'err.create.disabled', { email }) };
    case 'retry':
    case 'failed':
      return {
        email,
        status: 'failed',
        error: new AppError('CLASSROOM_API', messageKeyFor(answer.api, 'create'), { email }, answer.api),
      };
  }
}
