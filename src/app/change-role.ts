// Change an invitation's role: delete + create (Classroom never edits one) as a one-item plan on the step engine, so a
// kill or a storm between the two loses nothing: a later run finishes it (or restores the old role), leaving a notice.
import * as classroom from '../classroom/rest';
import { invitationsOfPairs, pairKey } from '../classroom/follow-up';
import { resolveProfiles } from '../classroom/profiles';
import { AppError, type ApiError, type MessageKey } from '../domain/errors';
import { noticeFor } from '../domain/notices';
import { commonReason, stateOf, writeOf, type Plan } from '../domain/plan';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';
import { addNotice, deletePlan } from '../platform/plan-store';
import { approvedPlan, locked, savedAndRun, type Kind } from './engine';
import { isOwner, readInvitation, requireTeacher } from './permissions';

type RoleChangeResult =
  | { kind: 'unchanged' }
  | { kind: 'changed'; invitation: Invitation }
  | { kind: 'restored'; invitation: Invitation; error: AppError }
  /** Refused before anything was written: only a co-teacher can be invited as owner (IneligibleOwner). */
  | { kind: 'ineligibleOwner' }
  /** Classroom kept failing after the delete: the plan stays and a later run finishes it. */
  | { kind: 'pending'; error: AppError }
  | { kind: 'lost'; error: AppError; restoreError: AppError };

export interface RoleChange {
  before: Invitation;
  email: string; // The invitee's email (their id when Google shows no profile), for the messages
  result: RoleChangeResult;
  planId?: string; // The plan, still saved: `settleChange` removes it once the answer is built
}

/** A change a later execution finished (its click killed, or a storm): told once on the homepage, its plan gone. */
export function tellFinished(plan: Plan): void {
  const state = stateOf(plan, 0);
  if ('pxd'.includes(state)) return;
  const w = writeOf(plan, plan.lines[0] ?? '');
  const from = w?.op === 'replace' ? w.from : 'STUDENT';
  const change = { id: plan.id, email: String(plan.extra?.email ?? ''), from, to: plan.role };
  // Someone else invited them meanwhile ('a'): their invitation stands; say as what.
  const theirs = state === 'a' && w ? invitationsOfPairs([w]).get(pairKey(w))?.[0]?.role : undefined;
  const role = state === 'i' ? change.to : state === 'r' ? change.from : (theirs ?? null);
  const reason = 'am'.includes(state) ? NOT_FOUND : 'fs'.includes(state) ? commonReason(plan, [0]) : undefined;
  addNotice(noticeFor(change, role, reason));
  deletePlan(plan.id);
}

export const roleKind: Kind = { origin: 'click', stepSize: 1 };
const NOT_FOUND: MessageKey = 'err.invitation.notFound';

const appError = (key: MessageKey | undefined, email: string, api?: ApiError) =>
  new AppError('CLASSROOM_API', key ?? 'err.unknown', { email }, api);

export function changeRole(id: string, to: Role): RoleChange {
  const before = readInvitation(id);
  const { me, course } = requireTeacher(before.courseId);
  const email = resolveProfiles([before.userId]).get(before.userId)?.email || before.userId;
  if (before.role === to) return { before, email, result: { kind: 'unchanged' } };
  if (to === 'OWNER') {
    if (!isOwner(course, me)) throw new AppError('CONFLICT', 'err.ownerOnly');
    // Only a co-teacher may become owner: asked first, as deleting first would leave them nothing if refused.
    if (!classroom.isTeacherOf(before.courseId, before.userId))
      return { before, email, result: { kind: 'ineligibleOwner' } };
  }
  const { courseId, userId, role: from } = before;
  const write = { op: 'replace', courseId, userId, invitationId: before.id, from, role: to } as const;
  const plan = approvedPlan('role', course, to, [write], { email });
  // Under the lock, like every plan: the homepage or the hourly run never works on it at the same time.
  const run = locked(() => savedAndRun(plan, roleKind), undefined, 10_000);
  const after = run.plan ?? plan;
  const answer = (result: RoleChangeResult): RoleChange => ({ before, email, result, planId: plan.id });
  const key = commonReason(after, [0]);
  const error = appError(key, email, run.errors.get(0));
  switch (stateOf(after, 0)) {
    case 'i':
      return answer({ kind: 'changed', invitation: run.created.get(0) ?? { ...before, role: to } });
    case 'r':
      return answer({ kind: 'restored', invitation: { ...before }, error });
    case 'f':
      if (key === 'plan.deleteRefused') {
        deletePlan(plan.id); // nothing was deleted: the refusal is the answer
        throw appError('err.delete.denied', email);
      }
      return answer({ kind: 'lost', error, restoreError: error });
    case 's':
    case 'a':
    case 'm':
      deletePlan(plan.id); // gone meanwhile (joined, declined, withdrawn): nothing was written
      throw appError(NOT_FOUND, email);
    default:
      return answer({ kind: 'pending', error: appError(key ?? 'err.unavailable', email, run.errors.get(0)) });
  }
}

/** Removes a settled change's plan, last: a kill before leaves it, and the next execution tells what became of it. */
export function settleChange(change: RoleChange): void {
  if (change.planId && change.result.kind !== 'pending') deletePlan(change.planId, true);
}
