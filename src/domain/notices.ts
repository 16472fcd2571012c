// What the user is told, once, about a role change that a later execution finished (the hourly run, or the next
// opening of the add-on, after the click that started it was killed or met a storm): pure shapes and rules.
import type { Role } from './roles';

export type NoticeOutcome = 'finished' | 'rolledBack' | 'unchanged' | 'failed';

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
  const base: RoleNotice = { id: change.id, outcome, email: change.email, from: change.from, to: change.to };
  if (role !== null) base.role = role;
  if (reason) base.reason = reason;
  return base;
}

/** Parses what user properties hold; anything malformed is dropped rather than shown. */
export function parseNotices(text: string | null): RoleNotice[] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list)
      ? list.filter((n: unknown): n is RoleNotice => {
          const r = typeof n === 'object' && n !== null ? (n as Record<string, unknown>) : {};
          return typeof r.id === 'string' && typeof r.outcome === 'string' && typeof r.email === 'string';
        })
      : [];
  } catch {
    return [];
  }
}
