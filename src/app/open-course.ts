// Open a course: the course and its pending invitations in one round trip (the course from cache when it can), then
// the invitees' names in batches: two round trips for 200 invitations instead of 202.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readCourseInvitations } from '../classroom/lists';
import { cachedCurrentUser, resolveProfiles } from '../classroom/profiles';
import { fetchProfilesBatched } from '../classroom/rest';
import type { Course, InvitationView } from '../domain/types';
import { isOwner } from './permissions';

export interface OpenedCourse {
  course: Course;
  pending: InvitationView[];
  /** Only the course owner may offer ownership (app/permissions.ts). */
  mayOfferOwner: boolean;
}

export function openCourse(courseId: string): OpenedCourse {
  const cached = cachedCourses([courseId]).get(courseId);
  const read = readCourseInvitations(courseId, cached);
  const { course } = read;
  if (!cached) rememberCourses([course]);
  const people = resolveProfiles(
    read.invitations.map((i) => i.userId),
    fetchProfilesBatched,
  );
  const pending = read.invitations
    .map((inv) => ({ ...inv, invitee: people.get(inv.userId) ?? { id: inv.userId, email: '', name: '' } }))
    .sort((a, b) => (a.invitee.name || a.invitee.email).localeCompare(b.invitee.name || b.invitee.email));
  // From the cache only (the homepage puts the user there): no extra round trip; unknown means not offered.
  const me = cachedCurrentUser();
  return { course, pending, mayOfferOwner: me !== undefined && isOwner(course, me) };
}
