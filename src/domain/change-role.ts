// Changing an invitation's role: Classroom never edits an invitation, so it is delete + create, and when the
// create fails the original is recreated so nobody loses their invitation.
import { isAppError, type AppError } from './errors';
import type { Role } from './roles';
import type { Invitation } from './types';

export type ChangeRoleResult =
  | { kind: 'unchanged' }
  | { kind: 'changed'; invitation: Invitation }
  | { kind: 'restored'; invitation: Invitation; error: AppError }
  | { kind: 'lost'; error: AppError; restoreError: AppError };

export interface ChangeRoleOps {
  remove(id: string): void;
  create(userId: string, courseId: string, role: Role): Invitation;
}

function classroomError(e: unknown): AppError {
  if (isAppError(e) && e.cause.code === 'CLASSROOM_API') return e;
  throw e;
}

export function changeRole(current: Invitation, to: Role, ops: ChangeRoleOps): ChangeRoleResult {
  if (current.role === to) return { kind: 'unchanged' };
  ops.remove(current.id); // a failure here changes nothing: let it reach the error funnel
  try {
    return { kind: 'changed', invitation: ops.create(current.userId, current.courseId, to) };
  } catch (e) {
    const error = classroomError(e);
    try {
      return { kind: 'restored', invitation: ops.create(current.userId, current.courseId, current.role), error };
    } catch (again) {
      return { kind: 'lost', error, restoreError: classroomError(again) };
    }
  }
}
