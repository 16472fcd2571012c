// Where one person stands across the courses the user teaches: member (student or teacher) of some, invited to
// others (with the invitation's age from the ledger when it knows it), or none. Pure: the Gmail card's lines.
import { ageOf, type Age } from './age';
import { findOpen, type Ledger } from './ledger';
import type { Role } from './roles';
import type { Invitation } from './types';

export type Place =
  | { kind: 'member'; courseId: string; as: 'STUDENT' | 'TEACHER' }
  | { kind: 'invited'; courseId: string; role: Role; invitationId: string; age?: Age };

/** Memberships first, then invitations; only courses in `teaching` (the ones the user can act on). */
export function placesOf(
  email: string,
  read: { invitations: readonly Invitation[]; studentOf: readonly string[]; teacherOf: readonly string[] },
  teaching: ReadonlySet<string>,
  ledger: Ledger,
  now: number,
): Place[] {
  const member = (as: 'STUDENT' | 'TEACHER') => (courseId: string) => ({ kind: 'member' as const, courseId, as });
  const members = [
    ...read.teacherOf.filter((id) => teaching.has(id)).map(member('TEACHER')),
    ...read.studentOf.filter((id) => teaching.has(id) && !read.teacherOf.includes(id)).map(member('STUDENT')),
  ];
  const invited = read.invitations
    .filter((inv) => teaching.has(inv.courseId))
    .map((inv): Place => {
      const entry =
        ledger[findOpen(ledger, { courseId: inv.courseId, invitationId: inv.id, userId: inv.userId, email })];
      const { courseId, role, id: invitationId } = inv;
      return { kind: 'invited', courseId, role, invitationId, ...(entry ? { age: ageOf(entry, now) } : {}) };
    });
  return [...members, ...invited];
}
