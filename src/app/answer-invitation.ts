// Revoke an invitation (a manager), or accept or decline it (the invitee).
import * as classroom from '../classroom/advanced';
import { courseById } from '../classroom/courses';
import { AppError } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { Course } from '../domain/types';
import { noteRevoked } from './follow-up';
import { viewerOf } from './look-up-invitation';

export function revoke(id: string): void {
  classroom.deleteInvitation(id);
  noteRevoked(id); // the ledger says "revoked" rather than the "declined" a later reconcile would guess
}

export function decline(id: string): void {
  classroom.deleteInvitation(id);
}

/** Accepts as the invitee; returns the course joined and the role taken. */
export function accept(id: string): { course: Course; role: Role } {
  const inv = classroom.getInvitation(id);
  // Only the invitee may accept (CR/invitations/accept): say so before making a call bound to fail.
  if (viewerOf(inv) !== 'invitee') throw new AppError('CONFLICT', 'err.accept.denied');
  classroom.acceptInvitation(inv.id);
  return { course: courseById(inv.courseId), role: inv.role };
}
