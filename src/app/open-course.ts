// Open a course at a card page: one list page of its pending invitations and the course (from cache when it can) in
// one round trip, then only the profiles of the invitees shown, in one more (none for people already cached). A
// course with 3,000 pending invitations costs what its 20 rows cost. Rows keep Google's list order (stable between
// calls), so no profile is needed to order them.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { readCourseInvitations } from '../classroom/lists';
import { cachedCurrentUser, resolveProfiles } from '../classroom/profiles';
import { fetchProfilesLeniently } from '../classroom/rest';
import { cardPage, FIRST, pageToken, SHOWN, type CardPage, type Cursor } from '../domain/list-pages';
import type { Course, InvitationView } from '../domain/types';
import { isOwner } from './permissions';

export interface OpenedCourse {
  course: Course;
  /** The pending invitations shown on this card page, with their invitees. */
  pending: InvitationView[];
  page: CardPage;
  /** Only the course owner may offer ownership (app/permissions.ts). */
  mayOfferOwner: boolean;
}

export function openCourse(courseId: string, cursor: Cursor = FIRST): OpenedCourse {
  const cached = cachedCourses([courseId]).get(courseId);
  const read = readCourseInvitations(courseId, cached, pageToken(cursor));
  const { course } = read;
  if (!cached) rememberCourses([course]);
  const page = cardPage(cursor, read.invitations.length, read.nextPageToken);
  const shown = read.invitations.slice(page.at, page.at + SHOWN);
  const people = resolveProfiles(
    shown.map((i) => i.userId),
    fetchProfilesLeniently,
  );
  const pending = shown.map((inv) => ({
    ...inv,
    invitee: people.get(inv.userId) ?? { id: inv.userId, email: '', name: '' },
  }));
  // From the cache only (the homepage puts the user there): no extra round trip; unknown means not offered.
  const me = cachedCurrentUser();
  return { course, pending, page, mayOfferOwner: me !== undefined && isOwner(course, me) };
}
