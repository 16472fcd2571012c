// Who is already in a course or invited to it, by email. For a few addresses (a click, a Gmail message) each person
// is asked about directly: their invitation (invitations.list by course and email) and their membership
// (students.get, teachers.get), all in one round trip, so a course with thousands of pending invitations costs no
// more. For a long list (the bulk preview) the course's lists are read whole and the pending invitees' emails
// resolved in batches and cached — or, when the list is shorter than the pending invitations, the list's addresses
// (email → id) instead: at most min(addresses, pending, LOOKUP_BUDGET) lookups, none for people already cached.
import type { CourseMembership } from '../domain/preview';
import type { Role } from '../domain/roles';
import { readRoster } from './lists';
import { toInvitation } from './mappers';
import { invitationsPath, rosterPath } from './paths';
import { resolveProfiles, type ProfileFetcher } from './profiles';
import { fetchProfilesLeniently, listMany } from './rest';

export const ASK_EACH_MAX = 20; // Up to this many addresses, 3 requests each beat reading a course's whole lists

// Profile lookups one read may spend telling "already invited" apart (people already cached cost none). Past it,
// an address counts as not invited yet: Classroom answers "already exists" when it is sent, and the job reports it
// as already invited, so nothing is sent twice and the preview never floods the per-user quota (3,000 lookups).
const LOOKUP_BUDGET = 100;

const budgeted: ProfileFetcher = (keys) => fetchProfilesLeniently(keys.slice(0, LOOKUP_BUDGET));

export function courseMembership(courseId: string, emails?: readonly string[]): CourseMembership {
  if (emails && emails.length <= ASK_EACH_MAX) return askEach(courseId, emails);
  const { invitations: pending, memberEmails: members } = readRoster(courseId);
  // Fewer addresses than pending invitees: look the addresses up (email → id) rather than every invitee.
  const byAddress = emails !== undefined && emails.length < pending.length;
  const people = resolveProfiles(byAddress ? emails : pending.map((i) => i.userId), budgeted);
  const emailOf = new Map([...people].map(([key, p]): [string, string] => (byAddress ? [p.id, key] : [key, p.email])));
  const invited = new Map<string, Role>();
  for (const inv of pending) {
    const email = emailOf.get(inv.userId);
    if (email) invited.set(email.toLowerCase(), inv.role);
  }
  return { invited, members };
}

/** Each person's invitation and membership, asked by email; an answer Google refuses counts as "not known". */
function askEach(courseId: string, emails: readonly string[]): CourseMembership {
  const unique = [...new Set(emails.map((e) => e.toLowerCase()))];
  const queries = unique.flatMap((email) => [
    { path: invitationsPath({ courseId, userId: email }), field: 'invitations' },
    { path: rosterPath(courseId, 'students', email) },
    { path: rosterPath(courseId, 'teachers', email) },
  ]);
  const answers = listMany(queries, true);
  const invited = new Map<string, Role>();
  const members = new Set<string>();
  unique.forEach((email, i) => {
    const [list, student, teacher] = answers.slice(i * 3, i * 3 + 3);
    const raw = list && !list.error ? list.items[0] : undefined;
    if (raw) invited.set(email, toInvitation(raw).role);
    if ((student && !student.error) || (teacher && !teacher.error)) members.add(email);
  });
  return { invited, members };
}
