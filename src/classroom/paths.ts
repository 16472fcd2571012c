// Classroom's REST paths and query strings, built in one place: the only spelling of /v1/... in the add-on.
import type { PartRequest } from '../transport/http';

export const API_ROOT = 'https://classroom.googleapis.com';

const PAGE_SIZE = 500; // The page size Google documents as the default, and asked for explicitly
const TEACHING_STATES = ['ACTIVE', 'PROVISIONED']; // States of the courses a teacher can still invite people to

function query(params: Record<string, string | number | string[] | undefined>): string {
  const parts = Object.entries(params).flatMap(([key, value]) =>
    value === undefined ? [] : [value].flat().map((v) => `${key}=${encodeURIComponent(v)}`),
  );
  return parts.length ? `?${parts.join('&')}` : '';
}

/** A list path asking for one page: the documented page size, from `pageToken` (none for the first). */
export function pagePath(path: string, pageToken = ''): string {
  const page = query({ pageSize: PAGE_SIZE, pageToken: pageToken || undefined });
  return path + (path.includes('?') ? page.replace('?', '&') : page);
}

export const invitationsPath = (q: { courseId?: string; userId?: string }) =>
  `/v1/invitations${query({ courseId: q.courseId, userId: q.userId })}`;

/** One invitation (get, delete). */
export const invitationPath = (id: string) => `/v1/invitations/${encodeURIComponent(id)}`;

export const coursePath = (courseId: string) => `/v1/courses/${encodeURIComponent(courseId)}`;

/** Courses the current user teaches that can still take members. */
export const TEACHING_COURSES_PATH = `/v1/courses${query({ teacherId: 'me', courseStates: TEACHING_STATES })}`;

/** The courses someone studies or teaches in that can still take members (by email: the Gmail card's people). */
export const coursesOfPath = (filter: 'studentId' | 'teacherId', email: string) =>
  `/v1/courses${query({ [filter]: email, courseStates: TEACHING_STATES })}`;

// Every course the user may view in those states: for an admin, every course of the domain (courses.list without
// teacherId or studentId returns the courses the requester may view).
export const VIEWABLE_COURSES_PATH = `/v1/courses${query({ courseStates: TEACHING_STATES })}`;

/** A course's students or teachers list, or with `userId` (an id or an email) one member's entry in it. */
export const rosterPath = (courseId: string, list: 'students' | 'teachers', userId?: string) =>
  `${coursePath(courseId)}/${list}${userId === undefined ? '' : `/${encodeURIComponent(userId)}`}`;

export const profilePath = (userId: string) => `/v1/userProfiles/${encodeURIComponent(userId)}`;

/** invitations.create as a REST/batch part. */
export function createRequest(courseId: string, userId: string, role: string): PartRequest {
  return { method: 'POST', path: '/v1/invitations', body: { courseId, userId, role } };
}

/** invitations.delete as a REST/batch part. */
export const deleteRequest = (id: string): PartRequest => ({ method: 'DELETE', path: invitationPath(id) });
