// Owner transfer as a wizard (issue 11): start, observe Classroom (course opened, hourly run), run what the state
// machine asks, cancel. The state is saved BEFORE each create and after its answer, so a kill at any call neither
// loses a step nor sends a second owner invitation: the next observe adopts whatever landed (domain/transfer.ts).
import { currentUser } from '../classroom/profiles';
import { deleteInvitationsOrThrow, readTargetPlace } from '../classroom/follow-up';
import { stateOf } from '../domain/plan';
import { deletePlan, listPlans, savedByThisExecution } from '../platform/plan-store';
import { approvedPlan, locked, NO_ANSWER, savedAndRun, type Kind } from './engine';
import { invalidInput, isAppError, type MessageKey } from '../domain/errors';
import {
  cancel,
  isFinished,
  observe,
  onCreateResult,
  startTransfer,
  type Transfer,
  type TransferCreateResult,
  type TransferMove,
} from '../domain/transfer';
import type { Course } from '../domain/types';
import { isOwner } from './permissions';
import { withUserLock } from '../platform/lock';
import { deleteTransfer, listTransfers, loadTransfer, saveTransfer } from '../platform/follow-up-store';
import { ensureHourlyTrigger } from '../platform/triggers';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** How Classroom knows the target: their id once seen, their email before. */
const targetKey = (t: Transfer) => t.target.userId ?? t.target.email;

const lockedTransfer = <T>(work: () => T) => locked(work, invalidInput('transfer.busy'));

/** Saves the state, then runs its commands; each create's answer is saved before anything else happens. */
function apply(move: TransferMove): Transfer {
  let t = move.transfer;
  saveTransfer(t);
  for (const command of move.commands) {
    if (command.kind === 'createInvitation')
      t = apply(onCreateResult(t, command.role, createOnEngine(t, command.role), Date.now()));
    else if (command.kind === 'deleteInvitation') deleteInvitationsOrThrow([command.id]);
    else {
      const { pending } = readTargetPlace(t.courseId, targetKey(t));
      deleteInvitationsOrThrow(pending.filter((i) => i.role === command.role).map((i) => i.id));
    }
  }
  return t;
}

// Creates on the step engine (budget, deadline, breaker); the wizard is its own journal, so a killed one is dropped.
const transferKind: Kind = { origin: 'click', stepSize: 1, ledger: false };

function createOnEngine(t: Transfer, role: 'TEACHER' | 'OWNER'): TransferCreateResult {
  const write = { op: 'create', courseId: t.courseId, userId: targetKey(t), role } as const;
  const plan = approvedPlan('transfer', { id: t.courseId, name: t.courseName }, role, [write]);
  const run = savedAndRun(plan, transferKind);
  deletePlan(plan.id);
  const api = run.errors.get(0);
  const created = run.created.get(0);
  const state = run.plan ? stateOf(run.plan, 0) : 'p';
  if (state === 'i' && created) return { kind: 'invited', invitationId: created.id };
  if (state === 'i' || state === 'a') return { kind: 'alreadyInvited' };
  if (state === 'm') return { kind: 'precondition' };
  if (state === 'f') return api ? { kind: 'failed', api } : { kind: 'precondition' };
  return { kind: 'retry', api: api ?? NO_ANSWER };
}

/** Reads the target's place in the course and moves the transfer on from it. */
function advance(courseId: string): Transfer | null {
  // Plans of the wizard a killed step left behind: the state machine re-decides from what Classroom shows.
  for (const p of listPlans())
    if (p.kind === 'transfer' && p.courseId === courseId && !savedByThisExecution(p.id)) deletePlan(p.id);
  const t = loadTransfer(courseId);
  if (!t || isFinished(t)) return t;
  const place = readTargetPlace(courseId, targetKey(t));
  const seen = t.target.userId || !place.userId ? t : { ...t, target: { ...t.target, userId: place.userId } };
  // Still the owner, from the course read just now: only the owner hands the course over (checked before a create).
  const userIsOwner = isOwner(place.course, currentUser());
  return apply(observe(seen, { ...place.facts, userIsOwner }, Date.now()));
}

/** The course card's transfer (an active one observed first, unless the lock is taken), and whether to offer one. */
export function transferOnCourse(course: Course) {
  const stored = loadTransfer(course.id);
  const transfer =
    stored && !isFinished(stored) ? (withUserLock(() => advance(course.id), 0) ?? stored) : (stored ?? undefined);
  const active = transfer !== undefined && !isFinished(transfer);
  const offered = !active && isOwner(course, currentUser());
  return { courseId: course.id, offered, ...(transfer ? { transfer } : {}), now: Date.now() };
}

/** The transfer of a course, observed now (the wizard card and its Refresh). */
export function openTransfer(courseId: string): Transfer {
  const t = lockedTransfer(() => advance(courseId));
  if (!t) throw invalidInput('transfer.gone');
  return t;
}

/** The start card: the co-teachers (owners without a first step); refused to whoever Google would not let transfer. */
export function prepareTransfer(courseId: string) {
  const { course, teachers } = readTargetPlace(courseId, 'me');
  if (!isOwner(course, currentUser())) throw invalidInput('transfer.notOwner');
  return { course, coTeachers: teachers.filter((x) => x.userId !== course.ownerId) };
}

/** Starts a transfer to `target` (an email, or the user id of a co-teacher) and sends its first invitation. */
export function startOwnershipTransfer(courseId: string, target: string): Transfer {
  const key = target.trim();
  if (!EMAIL.test(key) && !/^\d{1,30}$/.test(key)) throw invalidInput('transfer.start.invalid');
  return lockedTransfer(() => {
    const existing = loadTransfer(courseId);
    if (existing && !isFinished(existing)) throw invalidInput('transfer.active');
    const place = readTargetPlace(courseId, key, true);
    if (!isOwner(place.course, currentUser())) throw invalidInput('transfer.notOwner');
    if (place.membership === 'owner') throw invalidInput('transfer.self');
    const email = key.includes('@') ? key : (place.teachers.find((x) => x.userId === key)?.email ?? key);
    const { userId, name } = place;
    const person = { email, ...(userId ? { userId } : {}), ...(name ? { name } : {}) };
    // One invitation per person and course: a pending student invitation is not ours to replace.
    if (place.pending.some((i) => i.role === 'STUDENT'))
      throw invalidInput('transfer.failed.studentInvitation', { name: name || email });
    const started = startTransfer(place.course, person, place.membership, Date.now());
    if (!started.ok) throw invalidInput(started.reason.key as MessageKey, { name: name || email });
    // The trigger first: a kill between leaves a trigger with nothing to do, never a transfer no hourly run moves on.
    ensureHourlyTrigger('onJobsTick');
    return apply(started);
  });
}

/** Cancels at any step: our pending invitation(s) withdrawn, the target's membership untouched. */
export function cancelOwnershipTransfer(courseId: string): Transfer {
  return lockedTransfer(() => {
    const t = loadTransfer(courseId);
    if (!t) throw invalidInput('transfer.gone');
    return apply(cancel(t, Date.now()));
  });
}

/** Forgets a finished transfer (its status leaves the course card and the homepage). */
export function closeOwnershipTransfer(courseId: string): void {
  lockedTransfer(() => {
    const t = loadTransfer(courseId);
    if (t && isFinished(t)) deleteTransfer(courseId);
  });
}

// The hourly run (the jobs tick holds the lock) observes every active transfer; one failing waits, the others go on.
export function sweepTransfers(): void {
  for (const t of listTransfers()) {
    if (isFinished(t)) continue;
    try {
      advance(t.courseId);
    } catch (e) {
      if (!isAppError(e)) throw e;
      console.warn(`transfer ${t.courseId} not observed`, e.message);
    }
  }
}
