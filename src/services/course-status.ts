// Who is already in a course or invited to it, by email: roster and pending invitations read in one round trip,
// invitees' emails resolved in batches (and cached).
import type { CourseState } from '../domain/preview';
import type { Role } from '../domain/roles';
import { toInvitation } from './classroom';
import { fetchProfilesBatched, listMany, invitationsPath } from './reads';
import { resolveProfiles } from './profiles';
import { apiFailure } from './retry';

export function courseStatus(courseId: string): CourseState {
  const id = encodeURIComponent(courseId);
  const [invitations, students, teachers] = listMany([
    { path: invitationsPath({ courseId }), field: 'invitations' },
    { path: `/v1/courses/${id}/students`, field: 'students' },
    { path: `/v1/courses/${id}/teachers`, field: 'teachers' },
  ]);
  for (const r of [invitations, students, teachers]) if (r?.error) throw apiFailure(r.error, 'list');
  const members = new Set<string>();
  for (const row of [...(students?.items ?? []), ...(teachers?.items ?? [])]) {
    const email = (row.profile as { emailAddress?: string } | undefined)?.emailAddress;
    if (email) members.add(email.toLowerCase());
  }
  const pending = (invitations?.items ?? []).map((raw) => toInvitation(raw));
  const people = resolveProfiles(
    pending.map((i) => i.userId),
    fetchProfilesBatched,
  );
  const invited = new Map<string, Role>();
  for (const inv of pending) {
    const email = people.get(inv.userId)?.email;
    if (email) invited.set(email.toLowerCase(), inv.role);
  }
  return { invited, members };
}
