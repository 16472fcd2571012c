// The Classroom reads and deletes of an owner transfer: the target's place in one course read cheaply (their
// pending invitations there and the teachers list, side by side in one round trip), and our pending invitations
// withdrawn. Its creates go through the step engine (app/transfer-ownership.ts).
import type { TargetMembership, TransferFacts } from '../domain/transfer';
import { fromRestBody, toCourse, toInvitation, toProfile } from './mappers';
import { coursePath, deleteRequest, invitationsPath, profilePath, rosterPath } from './paths';
import { apiFailure, listMany, send } from './rest';

type Raw = Record<string, unknown>;

export interface Teacher {
  userId: string;
  email: string;
  name: string;
}

function toTeacher(raw: Raw): Teacher {
  const profile = (raw.profile ?? {}) as { emailAddress?: string; name?: { fullName?: string } };
  const userId = typeof raw.userId === 'string' ? raw.userId : '';
  const email = profile.emailAddress ?? '';
  return { userId, email, name: profile.name?.fullName ?? email };
}

/**
 * Where `target` (an email or a user id) stands in the course, in one round trip: the course, its teachers, the
 * target's invitations there and, at the start (`withStudent`), whether they are a student (courses.students.get:
 * 404 if not) and their profile (their name for the wizard).
 */
export function readTargetPlace(courseId: string, target: string, withStudent = false) {
  const [got, teacherList, invitationList, student, profile] = listMany([
    { path: coursePath(courseId) },
    { path: rosterPath(courseId, 'teachers'), field: 'teachers' },
    { path: invitationsPath({ courseId, userId: target }), field: 'invitations' },
    ...(withStudent ? [{ path: rosterPath(courseId, 'students', target) }, { path: profilePath(target) }] : []),
  ]);
  if (got?.error) throw apiFailure(got.error, 'course');
  if (teacherList?.error) throw apiFailure(teacherList.error, 'list');
  // Listing the invitations of someone without any answers NOT_FOUND in some cases: that is no invitation.
  if (invitationList?.error && invitationList.error.status !== 'NOT_FOUND')
    throw apiFailure(invitationList.error, 'list');
  const course = toCourse(got?.items[0]);
  const teachers = (teacherList?.items ?? []).map(toTeacher);
  const pending = (invitationList?.error ? [] : (invitationList?.items ?? [])).map(toInvitation);
  const key = target.toLowerCase();
  const asTeacher = teachers.find((x) => x.userId === target || x.email.toLowerCase() === key);
  const person = profile && !profile.error && profile.items[0] ? toProfile(profile.items[0], target) : undefined;
  const userId = asTeacher?.userId || pending[0]?.userId || person?.id;
  const targetIsOwner = userId !== undefined && userId === course.ownerId;
  const isStudent = withStudent && student !== undefined && !student.error;
  const membership: TargetMembership = targetIsOwner ? 'owner' : asTeacher ? 'teacher' : isStudent ? 'student' : 'none';
  return {
    course,
    teachers,
    pending,
    facts: {
      targetIsTeacher: asTeacher !== undefined,
      targetIsOwner,
      pendingInvitations: pending.map((i) => ({ id: i.id, role: i.role, userId: i.userId })),
    } satisfies TransferFacts,
    membership,
    // The target as Classroom knows them (id, name), when they are a teacher, invited or a known profile.
    ...(userId ? { userId } : {}),
    ...(asTeacher?.name || person?.name ? { name: asTeacher?.name || person?.name } : {}),
  };
}

/** Deletes invitations by id; one already gone (accepted, declined, deleted) is not an error. */
export function deleteInvitations(ids: readonly string[]): void {
  const failed = send(ids.map(deleteRequest)).find((r) => (r.status < 200 || r.status >= 300) && r.status !== 404);
  if (failed) throw apiFailure(fromRestBody(failed.status, failed.body), 'delete');
}
