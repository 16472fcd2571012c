// Who may do what to an invitation, checked before any write so a refused click (or a forged event) sends no
// delete: only a teacher of the course changes or revokes; only the invitee declines or accepts; only the course
// owner offers ownership (Classroom's rule: "Only a Course owner can ... change the Course owner", Classroom API
// guide "User roles"; Classroom Help "Transfer ownership of a class").
import * as classroom from '../classroom/rest';
import { courseById } from '../classroom/courses';
import { currentUser } from '../classroom/profiles';
import { AppError } from '../domain/errors';
import { idMatches } from '../domain/invitation-id';
import type { Course, Invitation, Profile } from '../domain/types';

/** The invitation read by its id (the successful get every write needs first), checked against the id itself. */
export function readInvitation(id: string): Invitation {
  const inv = classroom.getInvitation(id);
  if (!idMatches(id, inv)) throw new AppError('BAD_EVENT', 'err.invitationId.mismatch');
  return inv;
}

export const isOwner = (course: Course, me: Profile): boolean => course.ownerId !== '' && course.ownerId === me.id;

/** The owner needs no call (the course is cached); a co-teacher costs one teachers.get. */
export function requireTeacher(courseId: string): { me: Profile; course: Course } {
  const me = currentUser();
  const course = courseById(courseId);
  if (isOwner(course, me) || classroom.isTeacherOf(courseId, me.id)) return { me, course };
  throw new AppError('CONFLICT', 'err.notTeacher');
}

export function requireInvitee(inv: Invitation, key: 'err.accept.denied' | 'err.decline.denied'): Profile {
  const me = currentUser();
  if (me.id !== inv.userId) throw new AppError('CONFLICT', key);
  return me;
}
