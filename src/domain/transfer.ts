// Owner transfer as a wizard: the pure state machine behind "make Grace the owner of this class". Classroom only
// lets a co-teacher become owner (FAILED_PRECONDITION @IneligibleOwner otherwise, platform.md 1.3), so a transfer is
// TEACHER invitation → acceptance → OWNER invitation → acceptance, over days. Every create follows a written intent,
// and Google's state decides the next step: a killed run neither loses a step nor sends a second owner invitation.
import { DAY_MS, daysSince } from './age';
import { messageKeyFor } from './errors';
import type { CreateAnswer } from './outcomes';
import type { Role } from './roles';
import { isRecord } from './types';

// invite*: the intent to create that invitation, written before the create; await*: it is pending, until accepted.
const STEPS = ['inviteTeacher', 'awaitTeacher', 'inviteOwner', 'awaitOwner', 'done', 'cancelled', 'failed'] as const;
export type TransferStep = (typeof STEPS)[number];

// Per role of invitation the wizard creates: its intent step, its waiting step and the field of its id.
const ROLE_STEPS = {
  TEACHER: ['inviteTeacher', 'awaitTeacher', 'teacherInvitationId'],
  OWNER: ['inviteOwner', 'awaitOwner', 'ownerInvitationId'],
} as const;

type CreatedRole = keyof typeof ROLE_STEPS;

/** A message for the view: a key of the i18n catalogs and its placeholders. */
type TransferMessage = { key: string; params: Record<string, string | number> };

type TransferTarget = { email: string; userId?: string; name?: string };

/** Compact JSON kept in user properties; times are epoch milliseconds. */
export interface Transfer {
  id: string;
  courseId: string;
  courseName: string;
  target: TransferTarget;
  step: TransferStep;
  startedAt: number;
  stepSince: number;
  intentAt?: number; // When the intent of an invite step was written; a create is in flight until the lease runs out
  teacherInvitationId?: string;
  ownerInvitationId?: string;
  history: { step: TransferStep; at: number }[];
  error?: TransferMessage;
}

export type TransferCommand =
  | { kind: 'createInvitation'; role: CreatedRole }
  /** An invitation we created, known by id. */
  | { kind: 'deleteInvitation'; id: string }
  /** A create of ours may have landed without us learning its id: delete the target's pending one of this role. */
  | { kind: 'deletePendingInvitation'; role: CreatedRole };

/** A state and what to run next; the caller saves the state before running the commands. */
export type TransferMove = { transfer: Transfer; commands: TransferCommand[] };

/** What a sweep or the opening of the course saw in Classroom, about the target in this course. */
export interface TransferFacts {
  targetIsTeacher: boolean;
  targetIsOwner: boolean;
  pendingInvitations: { id: string; role: Role; userId: string }[];
}

// The facts a step is decided on, with whether the user still owns the course (courses.get ownerId, read with them).
export type ObservedFacts = TransferFacts & { userIsOwner: boolean };

export type TargetMembership = 'owner' | 'teacher' | 'student' | 'none';

// A create in flight is not resent before this: no execution outlives the 6 min runtime limit (platform.md 4.3).
export const INTENT_LEASE_MS = 6 * 60 * 1000;

// A wizard stops this long after it started (the card shows the date): the user approved a transfer then, not later.
export const TRANSFER_DAYS = 30;

export const expiresAt = (t: Transfer): number => t.startedAt + TRANSFER_DAYS * DAY_MS;

function moveTo(t: Transfer, step: TransferStep, now: number, patch: Partial<Transfer> = {}): Transfer {
  const moved = step !== t.step;
  return {
    ...t,
    ...patch,
    step,
    stepSince: moved ? now : t.stepSince,
    history: moved ? [...t.history, { step, at: now }] : t.history,
  };
}

const stay = (transfer: Transfer): TransferMove => ({ transfer, commands: [] });

function fail(t: Transfer, now: number, key: string, params: Record<string, string | number> = {}): TransferMove {
  const error = { key, params: { name: nameOf(t.target), ...params } };
  return stay(moveTo(t, 'failed', now, { error, intentAt: undefined }));
}

/** Writes the intent of an invite step and asks for the create. */
function intend(t: Transfer, role: CreatedRole, now: number): TransferMove {
  const step = ROLE_STEPS[role][0];
  return { transfer: moveTo(t, step, now, { intentAt: now }), commands: [{ kind: 'createInvitation', role }] };
}

export const nameOf = (target: TransferTarget): string => target.name || target.email;

// Starts a transfer from the target's current place in the course. A student is refused. ASSUMPTION: whether
// Classroom promotes a student who accepts a TEACHER invitation is unverified (platform.md 1.9), so rather than
// send an invitation that may fail or leave them in both lists, the reason names the fix: remove them from the
// students first.
export function startTransfer(
  course: { id: string; name: string },
  target: TransferTarget,
  membership: TargetMembership,
  now: number,
  id = `${course.id}:${now}`,
): ({ ok: true } & TransferMove) | { ok: false; reason: TransferMessage } {
  const name = nameOf(target);
  if (membership === 'student') return { ok: false, reason: { key: 'transfer.refused.student', params: { name } } };
  const step = membership === 'owner' ? 'done' : ROLE_STEPS[membership === 'teacher' ? 'OWNER' : 'TEACHER'][0];
  const transfer: Transfer = {
    id,
    courseId: course.id,
    courseName: course.name,
    target,
    step,
    startedAt: now,
    stepSince: now,
    history: [{ step, at: now }],
  };
  return {
    ok: true,
    ...(step === 'done' ? stay(transfer) : intend(transfer, membership === 'teacher' ? 'OWNER' : 'TEACHER', now)),
  };
}

export const isFinished = (t: Transfer): boolean => t.step === 'done' || t.step === 'cancelled' || t.step === 'failed';

// The next state from what Classroom shows now. Idempotent: the same facts at the same time give the same state
// and, once an intent is written, no second create until its lease has run out. An expired wizard, or one whose
// user no longer owns the course, stops with the reason and asks for nothing (no create, no delete).
export function observe(t: Transfer, facts: ObservedFacts, now: number): TransferMove {
  if (isFinished(t)) return stay(t);
  if (facts.targetIsOwner) return stay(moveTo(t, 'done', now, { intentAt: undefined }));
  if (now >= expiresAt(t)) return fail(t, now, 'transfer.failed.expired', { days: TRANSFER_DAYS });
  if (!facts.userIsOwner) return fail(t, now, 'transfer.failed.notOwner');
  const pending = (role: Role) => facts.pendingInvitations.find((i) => i.role === role);
  const owner = pending('OWNER');
  // Adopting the target's pending owner invitation, ours or one from before a kill, is what keeps it unique.
  if (owner) return stay(moveTo(t, 'awaitOwner', now, { ownerInvitationId: owner.id, intentAt: undefined }));
  const leaseOver = t.intentAt === undefined || now - t.intentAt >= INTENT_LEASE_MS;

  if (facts.targetIsTeacher) {
    // The owner invitation is gone and they are not the owner: declined or deleted; we do not insist.
    if (t.step === 'awaitOwner') return fail(t, now, 'transfer.failed.ownerInvitationGone');
    if (t.step === 'inviteOwner') return leaseOver ? intend(t, 'OWNER', now) : stay(t);
    return intend(t, 'OWNER', now); // they accepted the TEACHER invitation (or were added by an admin)
  }

  // Only one invitation per person and course: a STUDENT one blocks ours, and it is not ours to delete.
  if (pending('STUDENT')) return fail(t, now, 'transfer.failed.studentInvitation');
  const teacher = pending('TEACHER');
  if (teacher) return stay(moveTo(t, 'awaitTeacher', now, { teacherInvitationId: teacher.id, intentAt: undefined }));

  switch (t.step) {
    case 'inviteTeacher':
      return leaseOver ? intend(t, 'TEACHER', now) : stay(t);
    case 'awaitTeacher':
      // A TEACHER invitation we saw is gone and they are not a teacher: declined or deleted; we do not insist.
      return t.teacherInvitationId ? fail(t, now, 'transfer.failed.teacherInvitationGone') : intend(t, 'TEACHER', now);
  }
  // inviteOwner or awaitOwner, and no longer a co-teacher (removed, or left): no owner invitation can follow.
  return fail(t, now, 'transfer.failed.notTeacher');
}

/** The answer to a create, with the new invitation's id when there is one. */
export type TransferCreateResult =
  Exclude<CreateAnswer, { kind: 'invited' }> | { kind: 'invited'; invitationId: string };

/** Applies the answer to a create asked for by `intend`; a late answer for a finished transfer only cleans up. */
export function onCreateResult(
  t: Transfer,
  role: CreatedRole,
  result: TransferCreateResult,
  now: number,
): TransferMove {
  const [intent, wait, idField] = ROLE_STEPS[role];
  if (t.step === 'cancelled' && result.kind === 'invited')
    return { transfer: t, commands: [{ kind: 'deleteInvitation', id: result.invitationId }] };
  if (t.step !== intent) return stay(t);
  switch (result.kind) {
    case 'invited':
      return stay(moveTo(t, wait, now, { [idField]: result.invitationId, intentAt: undefined }));
    case 'alreadyInvited':
      // ALREADY_EXISTS: one is pending (ours, from before a kill); the next observe adopts it by its id.
      return stay(moveTo(t, wait, now, { intentAt: undefined }));
    case 'precondition':
      return fail(t, now, 'transfer.failed.notEligible');
    case 'retry':
      return stay({ ...t, intentAt: undefined }); // nothing was created: the next observe sends it again
    case 'failed': {
      const reason = result.api.status === 'FAILED_PRECONDITION' ? result.api.reason : undefined;
      if (role === 'OWNER' && reason === 'IneligibleOwner')
        // Not (yet) a co-teacher after all: wait for the TEACHER step; observe re-invites if nothing is pending.
        return stay(moveTo(t, 'awaitTeacher', now, { intentAt: undefined, teacherInvitationId: undefined }));
      if (role === 'OWNER' && (reason === 'PendingInvitationExists' || reason === 'OwnershipTransferInProgress'))
        return t.ownerInvitationId
          ? stay(moveTo(t, 'awaitOwner', now, { intentAt: undefined }))
          : fail(t, now, 'transfer.failed.otherTransferPending');
      return fail(t, now, messageKeyFor(result.api, 'create'), { email: t.target.email });
    }
  }
}

/** Stops the wizard and withdraws our pending invitation(s); the target's membership is never touched. */
export function cancel(t: Transfer, now: number): TransferMove {
  if (isFinished(t)) return stay(t);
  const commands: TransferCommand[] = [];
  for (const role of ['TEACHER', 'OWNER'] as const) {
    const [intent, wait, idField] = ROLE_STEPS[role];
    const id = t[idField];
    if (t.step === wait && id) commands.push({ kind: 'deleteInvitation', id });
    else if (t.step === wait || t.step === intent) commands.push({ kind: 'deletePendingInvitation', role });
  }
  return { transfer: moveTo(t, 'cancelled', now, { intentAt: undefined }), commands };
}

/** One line for the course card, e.g. "Waiting for Grace to accept the co-teacher invitation · 2 days". */
export function statusLine(t: Transfer, now: number): TransferMessage {
  const name = nameOf(t.target);
  if (t.step === 'failed' && t.error) return { key: t.error.key, params: { name, ...t.error.params } };
  if (t.step !== 'awaitTeacher' && t.step !== 'awaitOwner')
    return { key: `transfer.status.${t.step}`, params: { name } };
  const days = daysSince(t.stepSince, now);
  const suffix = days === 0 ? '.today' : days === 1 ? '.one' : '';
  return { key: `transfer.status.${t.step}${suffix}`, params: { name, days } };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStep = (v: unknown) => (STEPS as readonly unknown[]).includes(v);
const isOptional = (v: unknown) => v === undefined || isString(v);

/** Whether a stored value is a transfer as this code writes it. */
export function isTransfer(v: unknown): v is Transfer {
  if (!isRecord(v) || !isRecord(v.target) || !Array.isArray(v.history)) return false;
  const { target, error } = v;
  const params = isRecord(error) && isRecord(error.params) ? Object.values(error.params) : [];
  return (
    [v.id, v.courseId, v.courseName, target.email].every(isString) &&
    [target.userId, target.name, v.teacherInvitationId, v.ownerInvitationId].every(isOptional) &&
    (error === undefined || (isRecord(error) && isString(error.key) && isRecord(error.params))) &&
    params.every((p) => isString(p) || isTime(p)) &&
    isStep(v.step) &&
    isTime(v.startedAt) &&
    isTime(v.stepSince) &&
    (v.intentAt === undefined || isTime(v.intentAt)) &&
    v.history.every((h) => isRecord(h) && isStep(h.step) && isTime(h.at))
  );
}
