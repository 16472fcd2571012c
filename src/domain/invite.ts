// What inviting one address led to, decided from the API's answer: pure, with the calls passed in.
import { AppError, isAppError } from './errors';
import type { Role } from './roles';
import type { Invitation } from './types';

export type InviteStatus = 'invited' | 'alreadyInvited' | 'alreadyMember' | 'invalid' | 'failed';

export interface InviteOutcome {
  email: string;
  status: InviteStatus;
  /** Role of the new invitation, or of the one that already existed. */
  role?: Role;
  /** The error behind a failure, for the view to put in words. */
  error?: AppError;
}

export interface InviteOps {
  create(email: string, role: Role): Invitation;
  /** The invitation this person already has in the course, if any (asked only after ALREADY_EXISTS). */
  existing(email: string): Invitation | undefined;
  /** Whether the person is already a member (asked only after a reasonless FAILED_PRECONDITION). */
  isMember(email: string): boolean;
}

/** Classifies one create; rethrows what is not a Classroom answer (bugs, a killed execution). */
export function inviteOne(email: string, role: Role, ops: InviteOps): InviteOutcome {
  try {
    const created = ops.create(email, role);
    return { email, status: 'invited', role: created.role };
  } catch (e) {
    if (!isAppError(e) || e.cause.code !== 'CLASSROOM_API') throw e;
    const api = e.cause.api;
    if (api?.status === 'ALREADY_EXISTS') {
      const role = ops.existing(email)?.role;
      return role ? { email, status: 'alreadyInvited', role } : { email, status: 'alreadyInvited' };
    }
    // "already has this role or a greater one" and "account disabled" share this answer (CR/invitations/create).
    if (api?.status === 'FAILED_PRECONDITION' && !api.reason) {
      if (ops.isMember(email)) return { email, status: 'alreadyMember' };
      // Not in the course: the other documented cause is a disabled account.
      return { email, status: 'failed', error: new AppError('CLASSROOM_API', 'err.create.disabled', { email }, api) };
    }
    return { email, status: 'failed', error: e };
  }
}
