// Change an invitation's role: Classroom never edits an invitation, so it is delete + create, run as a one-item plan
// on the step engine. The plan is saved before the delete and its item marked deleted before the create, so an
// execution killed, or a 429/503 storm, between the two loses nothing: a later run finishes it (the create of the
// new role, or the old one restored when Classroom refuses the new) and leaves a notice naming the person.
import * as classroom from '../classroom/rest';
import { invitationsOfPairs, pairKey } from '../classroom/follow-up';
import { resolveProfiles } from '../classroom/profiles';
import { AppError, invalidInput, type ApiError } from '../domain/errors';
import type { MessageKey } from '../domain/errors';
import { noticeFor } from '../domain/notices';
import { lineOf, newPlan, stateOf, writeOf, type Plan } from '../domain/plan';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';
import { withUserLock } from '../platform/lock';
import { addNotice } from '../platform/notices';
import { deletePlan, forgetPlan, newPlanId, savedByThisExecution, savePlan } from '../platform/plan-store';
import { runPlan, type Kind } from './engine';
import { isOwner, readInvitation, requireTeacher } from './permissions';

export type RoleChangeResult =
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
  /** The invitee's email (their id when Google shows no profile), for the messages. */
  email: string;
  result: RoleChangeResult;
  /** The plan, still saved: `settleChange` removes it once the answer is built. */
  planId?: string;
}

/** A role change's plan: its person and both roles, for the notice a later run leaves. */
function changeOf(plan: Plan): { id: string; email: string; from: Role; to: Role } {
  const from = plan.extra?.from;
  return {
    id: plan.id,
    email: String(plan.extra?.email ?? ''),
    from: from === 'TEACHER' || from === 'OWNER' ? from : 'STUDENT',
    to: plan.role,
  };
}

function reasonOf(plan: Plan): MessageKey | undefined {
  return (Object.entries(plan.failures) as [MessageKey, number[]][]).find(([, l]) => l.includes(0))?.[0];
}

/**
 * A change finished by a later execution than its click (killed, or left to the hourly run by a storm): the user is
 * told on the homepage, once, and its plan is gone. Open plans are left for the engine to finish.
 */
export function tellFinished(plan: Plan): void {
  if (savedByThisExecution(plan.id)) return;
  const s = stateOf(plan, 0);
  const change = changeOf(plan);
  if (s === 'i') addNotice(noticeFor(change, change.to));
  else if (s === 'r') addNotice(noticeFor(change, change.from));
  else if (s === 'a') {
    // Someone else invited them meanwhile: their invitation stands; say as what.
    const w = writeOf(plan, plan.lines[0] ?? '');
    const now = w ? invitationsOfPairs([w]).get(pairKey(w)) : null;
    addNotice(noticeFor(change, now?.[0]?.role ?? null, 'err.invitation.notFound'));
  } else if (s === 'm') addNotice(noticeFor(change, null, 'err.invitation.notFound'));
  else if (s === 'f' || s === 's') addNotice(noticeFor(change, null, reasonOf(plan)));
  else return;
  deletePlan(plan.id);
}

export const roleKind: Kind = { origin: 'click', stepSize: 1 };

const appError = (key: MessageKey | undefined, email: string, api?: ApiError) =>
  new AppError('CLASSROOM_API', key ?? 'err.unknown', { email }, api);

export function changeRole(id: string, to: Role): RoleChange {
  const before = readInvitation(id);
  const { me, course } = requireTeacher(before.courseId);
  const email = resolveProfiles([before.userId]).get(before.userId)?.email || before.userId;
  if (before.role === to) return { before, email, result: { kind: 'unchanged' } };
  if (to === 'OWNER') {
    if (!isOwner(course, me)) throw new AppError('CONFLICT', 'err.ownerOnly');
    // Only a co-teacher may become owner; ask Google rather than reason: deleting first would leave them with
    // nothing when the create is refused.
    if (!classroom.isTeacherOf(before.courseId, before.userId))
      return { before, email, result: { kind: 'ineligibleOwner' } };
  }
  const base = newPlan(newPlanId(), 'role', { id: before.courseId, name: course.name }, to, [], Date.now());
  const line = lineOf(base, {
    op: 'replace',
    courseId: before.courseId,
    userId: before.userId,
    invitationId: before.id,
    from: before.role,
    role: to,
  });
  const plan: Plan = {
    ...base,
    lines: [line],
    states: 'p',
    approvedAt: Date.now(),
    extra: { email, from: before.role },
  };
  // Under the lock, like every plan: the homepage or the hourly run never works on it at the same time.
  const run = withUserLock(() => {
    savePlan(plan); // the journal: whatever happens next, a later run can finish it
    return runPlan(plan, roleKind);
  }, 10_000);
  if (run === null) throw invalidInput('job.busy');
  const after = run.plan ?? plan;
  const answer = (result: RoleChangeResult): RoleChange => ({ before, email, result, planId: plan.id });
  const key = reasonOf(after);
  const api = run.errors.get(0);
  switch (stateOf(after, 0)) {
    case 'i':
      return answer({ kind: 'changed', invitation: run.created.get(0) ?? { ...before, role: to } });
    case 'r':
      return answer({ kind: 'restored', invitation: { ...before }, error: appError(key, email, api) });
    case 'f':
      if (key === 'plan.deleteRefused') {
        deletePlan(plan.id); // nothing was deleted: the refusal is the answer
        throw appError('err.delete.denied', email);
      }
      return answer({ kind: 'lost', error: appError(key, email, api), restoreError: appError(key, email, api) });
    case 's':
    case 'a':
    case 'm':
      deletePlan(plan.id); // gone meanwhile (joined, declined, withdrawn): nothing was written
      throw appError('err.invitation.notFound', email);
    default:
      return answer({ kind: 'pending', error: appError(key ?? 'err.unavailable', email, api) });
  }
}

/**
 * Removes the plan of a settled change. Called last, once the answer is built: a kill anywhere before leaves the
 * plan, and the next execution tells the user what became of the change.
 */
export function settleChange(change: RoleChange): void {
  if (change.planId && change.result.kind !== 'pending') forgetPlan(change.planId);
}
