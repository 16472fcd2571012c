// Revoke (a teacher), accept or decline (the invitee); a delete follows a get and a check: forged ids write nothing.
import * as classroom from '../classroom/rest';
import { courseById } from '../classroom/courses';
import { AppError, isAppError } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { Course, Invitation } from '../domain/types';
import { noteRevoked } from './follow-up';
import { readInvitation, requireInvitee, requireTeacher } from './permissions';

/** Returns the invitation removed (its course is the card to go back to). */
export function revoke(id: string): Invitation {
  const inv = readInvitation(id);
  requireTeacher(inv.courseId);
  classroom.deleteInvitation(inv.id);
  noteRevoked(inv.id); // the ledger says "revoked" rather than the "declined" a later reconcile would guess
  return inv;
}

export function decline(id: string): Invitation {
  const inv = readInvitation(id);
  requireInvitee(inv, 'err.decline.denied');
  try {
    classroom.deleteInvitation(inv.id);
  } catch (e) {
    // Whether Google lets the invitee delete it is unverified (docs/assumptions.md): if not, say where declining works.
    if (isAppError(e) && e.cause.api?.status === 'PERMISSION_DENIED')
      throw new AppError('CONFLICT', 'err.decline.inClassroom');
    throw e;
  }
  return inv;
}

/** Accepts as the invitee; returns the course joined and the role taken. */
export function accept(id: string): { course: Course; role: Role } {
  const inv = readInvitation(id);
  // Only the invitee may accept (CR/invitations/accept): say so before making a call bound to fail.
  requireInvitee(inv, 'err.accept.denied');
  classroom.acceptInvitation(inv.id);
  return { course: courseById(inv.courseId), role: inv.role };
}
