// Calls to the Classroom advanced service: pagination, absent arrays read as empty, bounded retries, and every
// failure normalised to an AppError carrying the ApiError.
import type { Role } from '../domain/roles';
import type { Course, Invitation, Profile } from '../domain/types';
import { toCourse, toInvitation, toProfile } from './mappers';
import { PAGE_SIZE, TEACHING_STATES } from './paths';
import type { RetryPolicy } from '../transport/backoff';
import { withRetry } from './retry';

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

export function createInvitation(userId: string, courseId: string, role: Role, policy?: RetryPolicy): Invitation {
  return toInvitation(
    withRetry('create', () => invitations().create({ userId, courseId, role }), { email: userId }, policy),
  );
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

/** Whether `userId` ('me' for the current user) teaches the course; Google answers 404 (or 403) when not. */
export function isTeacherOf(courseId: string, userId: string): boolean {
  try {
    withRetry('course', () => courses().Teachers.get(courseId, userId));
    return true;
  } catch (e) {
    const status = (e as { cause?: { api?: { status?: string } } }).cause?.api?.status;
    if (status === 'NOT_FOUND' || status === 'PERMISSION_DENIED') return false;
    throw e;
  }
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
