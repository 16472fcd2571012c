// A role change is delete + create, so between the two the person has no invitation. The intent is written before
// the delete and cleared after the create; whoever finds it later (the next opening of the add-on, the hourly run)
// reads Google's state and settles it with these pure rules, then tells the user what happened.
import type { Role } from './roles';

export interface RoleChangeIntent {
  courseId: string;
  invitationId: string;
  userId: string;
  /** For the message: the invitee's email, or their id when Google showed no profile. */
  email: string;
  from: Role;
  to: Role;
  startedAt: number;
}

export type NoticeOutcome = 'finished' | 'rolledBack' | 'unchanged' | 'failed';

/** What the user is told, once, about a change settled after the click that started it. */
export interface RoleNotice {
  id: string;
  outcome: NoticeOutcome;
  email: string;
  from: Role;
  to: Role;
  /** The role the person is invited as now (none when `failed`). */
  role?: Role;
  /** Message key of the reason, for `failed`. */
  reason?: string;
}

export const intentId = (i: RoleChangeIntent) => `${i.invitationId}@${i.startedAt}`;

/**
 * What Google shows decides: an invitation of that person in that course means the change is settled (by us
 * before a kill, or by someone else); with none, the new role is created (rolled back to the old one only when
 * Google refuses the new one for good).
 */
export function settleFrom(
  intent: RoleChangeIntent,
  pending: readonly { courseId: string; userId: string; role: Role }[],
): { kind: 'settled'; role: Role } | { kind: 'create'; role: Role } {
  const found = pending.find((i) => i.courseId === intent.courseId && i.userId === intent.userId);
  return found ? { kind: 'settled', role: found.role } : { kind: 'create', role: intent.to };
}

export function noticeFor(intent: RoleChangeIntent, role: Role | null, reason?: string): RoleNotice {
  const outcome: NoticeOutcome =
    role === null ? 'failed' : role === intent.to ? 'finished' : role === intent.from ? 'rolledBack' : 'unchanged';
  const base: RoleNotice = { id: intentId(intent), outcome, email: intent.email, from: intent.from, to: intent.to };
  if (role !== null) base.role = role;
  if (reason) base.reason = reason;
  return base;
}

/** Parses what user properties hold; anything malformed is dropped rather than acted on. */
export function parseIntents(text: string | null): RoleChangeIntent[] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list) ? list.filter(isIntent) : [];
  } catch {
    return [];
  }
}

const ROLE = /^(STUDENT|TEACHER|OWNER)$/;

function isIntent(x: unknown): x is RoleChangeIntent {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  return (
    ['courseId', 'invitationId', 'userId', 'email'].every((k) => typeof i[k] === 'string') &&
    ROLE.test(String(i.from)) &&
    ROLE.test(String(i.to)) &&
    typeof i.startedAt === 'number'
  );
}

export function parseNotices(text: string | null): RoleNotice[] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list)
      ? list.filter((n: unknown): n is RoleNotice => {
          const r = typeof n === 'object' && n !== null ? (n as Record<string, unknown>) : {};
          return typeof r.id === 'string' && typeof r.outcome === 'string';
        })
      : [];
  } catch {
    return [];
  }
}
