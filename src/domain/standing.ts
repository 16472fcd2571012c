// Where one person stands across the courses the user teaches: member (student or teacher) of some, invited to
// others (with the invitation's age from the ledger when it knows it), or none. Pure: the Gmail card's lines.
import { ageOf, type Age } from './age';
import { findOpen, type Ledger } from './ledger';
import type { Role } from './roles';
import type { Invitation } from './types';

export type Place =
  | { kind: 'member'; courseId: string; as: 'STUDENT' | 'TEACHER' }
  | { kind: 'invited'; courseId: string; role: Role; invitationId: string; age?: Age };

export interface PlacesRead {
  invitations: readonly Invitation[];
  studentOf: readonly string[];
  teacherOf: readonly string[];
}

/** Memberships first, then invitations; only courses in `teaching` (the ones the user can act on). */
export function placesOf(
  email: string,
  read: PlacesRead,
  teaching: ReadonlySet<string>,
  ledger: Ledger,
  now: number,
): Place[] {
  const members: Place[] = [
    ...read.teacherOf
      .filter((id) => teaching.has(id))
      .map((courseId) => ({ kind: 'member' as const, courseId, as: 'TEACHER' as const })),
    ...read.studentOf
      .filter((id) => teaching.has(id) && !read.teacherOf.includes(id))
      .map((courseId) => ({ kind: 'member' as const, courseId, as: 'STUDENT' as const })),
  ];
  const invited: Place[] = read.invitations
    .filter((inv) => teaching.has(inv.courseId))
    .map((inv) => {
      const i = findOpen(ledger, { courseId: inv.courseId, invitationId: inv.id, userId: inv.userId, email });
      const entry = i >= 0 ? ledger[i] : undefined;
      return {
        kind: 'invited' as const,
        courseId: inv.courseId,
        role: inv.role,
        invitationId: inv.id,
        ...(entry ? { age: ageOf(entry, now) } : {}),
      };
    });
  return [...members, ...invited];
}
