// Who is already in a course or invited to it, by email: roster and pending invitations read in one round trip,
// invitees' emails resolved in batches (and cached).
import type { CourseRoster } from '../domain/preview';
import type { Role } from '../domain/roles';
import { readRoster } from './lists';
import { resolveProfiles } from './profiles';
import { fetchProfilesBatched } from './rest';

export function courseRoster(courseId: string): CourseRoster {
  const { invitations: pending, memberEmails: members } = readRoster(courseId);
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
