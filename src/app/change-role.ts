// Change an invitation's role: delete + create (Classroom never edits an invitation), with the original recreated
// when the create fails (domain/change-role decides; this runs it against Classroom).
import * as classroom from '../classroom/advanced';
import { resolveProfiles } from '../classroom/profiles';
import { changeRole as changeSafely, type ChangeRoleResult } from '../domain/change-role';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';

export interface RoleChange {
  before: Invitation;
  /** The invitee's email (their id when Google shows no profile), for the messages. */
  email: string;
  result: ChangeRoleResult;
}

export function changeRole(id: string, to: Role): RoleChange {
  const before = classroom.getInvitation(id);
  const email = resolveProfiles([before.userId]).get(before.userId)?.email || before.userId;
  const result = changeSafely(before, to, {
    remove: (removeId) => {
      classroom.deleteInvitation(removeId);
    },
    create: (userId, courseId, role) => classroom.createInvitation(userId, courseId, role),
  });
  return { before, email, result };
}
