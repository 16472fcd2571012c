// Resource mappers: Classroom's all-optional JSON narrowed to the add-on's plain data; a malformed resource is a
// server bug we refuse to render.
import { AppError } from '../domain/errors';
import { isRole } from '../domain/roles';
import type { Course, CourseState, Invitation, Profile } from '../domain/types';

type Schema = GoogleAppsScript.Classroom.Schema.Invitation;
type CourseSchema = GoogleAppsScript.Classroom.Schema.Course;

/** Narrows the API's all-optional Invitation; a malformed one is a server bug we refuse to render. */
export function toInvitation(raw: Schema | undefined): Invitation {
  const { id, courseId, userId, role } = raw ?? {};
  if (!id || !courseId || !userId || !isRole(role)) {
    throw new AppError('CLASSROOM_API', 'err.unknown', { detail: 'malformed invitation' });
  }
  return { id, courseId, userId, role };
}

export function toCourse(raw: CourseSchema | undefined): Course {
  const id = raw?.id;
  if (!id) throw new AppError('CLASSROOM_API', 'err.unknown', { detail: 'malformed course' });
  return {
    id,
    name: raw.name ?? id,
    section: raw.section ?? '',
    ownerId: raw.ownerId ?? '',
    state: (raw.courseState ?? 'COURSE_STATE_UNSPECIFIED') as CourseState,
    link: raw.alternateLink ?? '',
    ...(raw.enrollmentCode ? { enrollmentCode: raw.enrollmentCode } : {}),
  };
}

export function toProfile(raw: GoogleAppsScript.Classroom.Schema.UserProfile | undefined, asked: string): Profile {
  const id = raw?.id ?? asked;
  const email = raw?.emailAddress ?? (asked.includes('@') ? asked : '');
  return { id, email, name: raw?.name?.fullName ?? email };
}
