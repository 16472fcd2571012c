// What the user is told, once, about a role change that a later execution finished (the hourly run, or the next
// opening of the add-on, after the click that started it was killed or met a storm): pure shapes and rules.
import type { Role } from './roles';

type NoticeOutcome = 'finished' | 'rolledBack' | 'unchanged' | 'failed';

export interface RoleNotice {
  id: string;
  outcome: NoticeOutcome;
  email: string;
  from: Role;
  to: Role;
  role?: Role; // The role the person is invited as now (none when `failed`)
  reason?: string; // Message key of the reason, for `failed`
}

export function noticeFor(
  change: { id: string; email: string; from: Role; to: Role },
  role: Role | null,
  reason?: string,
): RoleNotice {
  const outcome: NoticeOutcome =
    role === null ? 'failed' : role === change.to ? 'finished' : role === change.from ? 'rolledBack' : 'unchanged';
  return { ...change, outcome, ...(role !== null && { role }), ...(reason && { reason }) };
}
