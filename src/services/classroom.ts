// The Classroom gateway: typed calls to the advanced service with pagination, absent arrays read as empty,
// bounded retries, and every failure normalised to an AppError carrying the ApiError.
import { AppError } from '../domain/errors';
import { isRole } from '../domain/roles';
import type { Course, CourseState, Invitation, Profile } from '../domain/types';
import type { Role } from '../domain/roles';
import { withRetry } from './retry';

type Schema = GoogleAppsScript.Classroom.Schema.Invitation;
type CourseSchema = GoogleAppsScript.Classroom.Schema.Course;

/** The page size Google documents as the default and the one we ask for explicitly. */
export const PAGE_SIZE = 500;

function service(): GoogleAppsScript.Classroom {
  // The global exists only when appsscript.json enables the advanced service.
  if (typeof Classroom === 'undefined') {
    throw new Error('The Classroom advanced service is not enabled in appsscript.json', {
      cause: { code: 'MISSING_SERVICE' },
    });
  }
  return Classroom;
}

const invitations = () => service().Invitations;
const courses = () => service().Courses;
const userProfiles = () => service().UserProfiles;

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
  };
}

export function toProfile(raw: GoogleAppsScript.Classroom.Schema.UserProfile | undefined, asked: string): Profile {
  const id = raw?.id ?? asked;
  const email = raw?.emailAddress ?? (asked.includes('@') ? asked : '');
  return { id, email, name: raw?.name?.fullName ?? email };
}

export function createInvitation(userId: string, courseId: string, role: Role): Invitation {
  return toInvitation(withRetry('create', () => invitations().create({ userId, courseId, role }), { email: userId }));
}

export function getInvitation(id: string): Invitation {
  return toInvitation(withRetry('get', () => invitations().get(id)));
}

export function acceptInvitation(id: string): void {
  withRetry('accept', () => {
    invitations().accept(id);
  });
}

export function deleteInvitation(id: string): void {
  withRetry('delete', () => {
    invitations().remove(id);
  });
}

/** States of the courses a teacher can still invite people to. */
export const TEACHING_STATES = ['ACTIVE', 'PROVISIONED'] as const;

/** Every page of a list call: `page` fetches one page for a token (none for the first); absent arrays read as empty. */
function allPages<T>(page: (pageToken?: string) => { items?: T[]; nextPageToken?: string | null }): T[] {
  const out: T[] = [];
  let pageToken: string | undefined;
  do {
    const answer = page(pageToken);
    out.push(...(answer.items ?? []));
    pageToken = answer.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

const withToken = (pageToken?: string) => (pageToken ? { pageToken } : {});

/** Every page of invitations.list for a course or a user ('me' for the current user). */
export function listInvitations(query: { courseId?: string; userId?: string }): Invitation[] {
  return allPages((token) => {
    const page = withRetry('list', () => invitations().list({ ...query, pageSize: PAGE_SIZE, ...withToken(token) }));
    return { items: page.invitations, nextPageToken: page.nextPageToken };
  }).map((raw) => toInvitation(raw));
}

/** Courses the current user teaches that can still take members: active and provisioned. */
export function listTeachingCourses(): Course[] {
  return allPages((token) => {
    const page = withRetry('courses', () =>
      courses().list({ teacherId: 'me', courseStates: [...TEACHING_STATES], ...withToken(token) }),
    );
    return { items: page.courses, nextPageToken: page.nextPageToken };
  }).map((raw) => toCourse(raw));
}

export function getCourse(id: string): Course {
  return toCourse(withRetry('course', () => courses().get(id)));
}

/** One profile by id, email or 'me'. Throws AppError (err.profile.notFound) when Google shows none. */
export function getProfile(userId: string): Profile {
  return toProfile(
    withRetry('profile', () => userProfiles().get(userId), { email: userId }),
    userId,
  );
}
