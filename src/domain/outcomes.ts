// The one outcome vocabulary for inviting an address (invited, already invited, already a member, invalid, failed),
// decided from Classroom's answer to invitations.create: pure, shared by the invite form, the Gmail card and jobs.
import type { InvalidAddress } from './addresses';
import { AppError, messageKeyFor, type ApiError } from './errors';
import type { CourseMembership } from './preview';
import type { Role } from './roles';
import type { Invitation } from './types';

/** Classroom's answer to one create, in the add-on's terms. */
export type CreateAnswer =
  | { kind: 'invited'; invitation?: Invitation } // Created; `invitation`: Classroom's answer (the ledger keeps its ids)
  | { kind: 'alreadyInvited' } // ALREADY_EXISTS: one invitation per person and course; counts as done
  | { kind: 'precondition' } // FAILED_PRECONDITION, no reason: has this role or a higher one, or a disabled account
  | { kind: 'retry'; api: ApiError } // Transient (429, 5xx) or missing from the batch answer: worth sending again
  | { kind: 'failed'; api: ApiError };

export type InviteStatus = 'invited' | 'alreadyInvited' | 'alreadyMember' | 'invalid' | 'failed';

export interface InviteOutcome {
  email: string;
  status: InviteStatus;
  role?: Role; // Role of the new invitation, or of the one that already existed
  error?: AppError; // The error behind a failure, for the view to put in words
  problem?: InvalidAddress; // Why an 'invalid' entry is not an address
}

/** Whether the answers need the course's roster (existing roles, members) to be told apart. */
export const needsRoster = (answers: readonly CreateAnswer[]): boolean =>
  answers.some((a) => a.kind === 'alreadyInvited' || a.kind === 'precondition');

/** One result line per address, from Classroom's answer and, where needed, the course's state read afterwards. */
export function outcomeOf(email: string, role: Role, answer: CreateAnswer, course?: CourseMembership): InviteOutcome {
  switch (answer.kind) {
    case 'invited':
      return { email, status: 'invited', role };
    case 'alreadyInvited': {
      const existing = course?.invited.get(email);
      return existing ? { email, status: 'alreadyInvited', role: existing } : { email, status: 'alreadyInvited' };
    }
    case 'precondition':
      if (course?.members.has(email)) return { email, status: 'alreadyMember' };
      return { email, status: 'failed', error: new AppError('CLASSROOM_API', 'err.create.disabled', { email }) };
    case 'retry':
    case 'failed': {
      const error = new AppError('CLASSROOM_API', messageKeyFor(answer.api, 'create'), { email }, answer.api);
      return { email, status: 'failed', error };
    }
  }
}

/** Where someone stands in a course before being invited (the Gmail card's people). */
export type PersonStatus = { kind: 'alreadyMember' } | { kind: 'alreadyInvited'; role: Role } | { kind: 'none' };
