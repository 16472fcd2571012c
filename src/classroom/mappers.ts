// Resource mappers: Classroom's all-optional JSON narrowed to the add-on's plain data; a malformed resource is a
// server bug we refuse to render.
import { AppError } from '../domain/errors';
import { isRole } from '../domain/roles';
import type { Course, CourseState, Invitation, Profile } from '../domain/types';

type Raw = Record<string, unknown> | undefined;

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

const malformed = (what: string) => new AppError('CLASSROOM_API', 'err.unknown', { detail: `malformed ${what}` });

export function toInvitation(raw: Raw): Invitation {
  const [id, courseId, userId, role] = [text(raw?.id), text(raw?.courseId), text(raw?.userId), raw?.role];
  if (!id || !courseId || !userId || !isRole(role)) throw malformed('invitation');
  return { id, courseId, userId, role };
}

export function toCourse(raw: Raw): Course {
  const id = text(raw?.id);
  if (!raw || !id) throw malformed('course');
  const enrollmentCode = text(raw.enrollmentCode);
  return {
    id,
    name: text(raw.name, id),
    section: text(raw.section),
    ownerId: text(raw.ownerId),
    state: text(raw.courseState, 'COURSE_STATE_UNSPECIFIED') as CourseState,
    link: text(raw.alternateLink),
    ...(enrollmentCode ? { enrollmentCode } : {}),
  };
}

export function toProfile(raw: Raw, asked: string): Profile {
  const email = text(raw?.emailAddress, asked.includes('@') ? asked : '');
  return { id: text(raw?.id, asked), email, name: text((raw?.name as Raw)?.fullName, email) };
}
