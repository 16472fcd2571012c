// Change an invitation's role: Classroom never edits an invitation, so it is delete + create. The intent is
// journaled in user properties before the delete and cleared once Google shows one invitation again, so an
// execution killed, or a 429/503 storm, between the two loses nothing: recoverJournal settles it later.
import * as classroom from '../classroom/advanced';
import type { RetryPolicy } from '../classroom/create';
import { resolveProfiles } from '../classroom/profiles';
import { AppError, isAppError, isTransient } from '../domain/errors';
import { intentId, noticeFor, type RoleChangeIntent, type RoleNotice } from '../domain/journal';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';
import { addNotice, clearIntent, readJournal, writeIntent } from '../platform/journal';
import { withUserLock } from '../platform/lock';
import { ensureHourlyTrigger } from '../platform/triggers';
import { isOwner, readInvitation, requireTeacher } from './permissions';

/** The create after a delete may not give up early: the person has no invitation until it succeeds. */
export const AFTER_DELETE_RETRY: RetryPolicy = { maxTries: 8, maxTotalMs: 24_000, baseMs: 500, capMs: 6_000 };

export type RoleChangeResult =
  | { kind: 'unchanged' }
  | { kind: 'changed'; invitation: Invitation }
  | { kind: 'restored'; invitation: Invitation; error: AppError }
  /** Refused before anything was written: only a co-teacher can be invited as owner (IneligibleOwner). */
  | { kind: 'ineligibleOwner' }
  /** Classroom kept failing after the delete: the intent stays journaled and is settled later. */
  | { kind: 'pending'; error: AppError }
  | { kind: 'lost'; error: AppError; restoreError: AppError };

export interface RoleChange {
  before: Invitation;
  /** The invitee's email (their id when Google shows no profile), for the messages. */
  email: string;
  result: RoleChangeResult;
  /** The journal entry, still written: `settleChange` clears it once the user's answer is built. */
  intent?: RoleChangeIntent;
}

/**
 * Intents written by this execution (each Apps Script execution starts with fresh globals): the homepage rebuilt
 * after a change must not settle the change still being answered.
 */
const ownIntents = new Set<string>();

/**
 * Clears the journal entry of a settled change. Called last, once the answer is built: a kill anywhere before
 * leaves the entry, and the next execution tells the user what became of the change.
 */
export function settleChange(change: RoleChange): void {
  if (change.intent && change.result.kind !== 'pending') clearIntent(change.intent);
}

function classroomError(e: unknown): AppError {
  if (isAppError(e) && e.cause.code === 'CLASSROOM_API') return e;
  throw e;
}

const transient = (e: AppError) => e.cause.api !== undefined && isTransient(e.cause.api);

export function changeRole(id: string, to: Role): RoleChange {
  const before = readInvitation(id);
  const { me, course } = requireTeacher(before.courseId);
  const email = resolveProfiles([before.userId]).get(before.userId)?.email || before.userId;
  if (before.role === to) return { before, email, result: { kind: 'unchanged' } };
  if (to === 'OWNER') {
    if (!isOwner(course, me)) throw new AppError('CONFLICT', 'err.ownerOnly');
    // Only a co-teacher may become owner; they would have no other pending invitation than an OWNER one, but ask
    // Google rather than reason: deleting first would leave them with nothing when the create is refused.
    if (!classroom.isTeacherOf(before.courseId, before.userId))
      return { before, email, result: { kind: 'ineligibleOwner' } };
  }
  const intent: RoleChangeIntent = {
    courseId: before.courseId,
    invitationId: before.id,
    userId: before.userId,
    email,
    from: before.role,
    to,
    startedAt: Date.now(),
  };
  writeIntent(intent);
  ownIntents.add(intentId(intent));
  try {
    classroom.deleteInvitation(before.id);
  } catch (e) {
    // Refused for good (gone, or not ours to delete): nothing was deleted, nothing to settle. A transient failure
    // may have deleted it anyway: the intent stays and the next recovery reads Google's state.
    if (isAppError(e) && !transient(e)) clearIntent(intent);
    throw e;
  }
  const create = (role: Role) => classroom.createInvitation(before.userId, before.courseId, role, AFTER_DELETE_RETRY);
  const answer = (result: RoleChangeResult): RoleChange => ({ before, email, result, intent });
  // Left journaled: the hourly run settles it even if the user does not open the add-on again.
  const pending = (error: AppError) => {
    ensureHourlyTrigger('onJobsTick');
    return answer({ kind: 'pending', error });
  };
  try {
    return answer({ kind: 'changed', invitation: create(to) });
  } catch (e) {
    const error = classroomError(e);
    // ALREADY_EXISTS: someone invited them in between; the recovery adopts that invitation and says so.
    if (transient(error) || alreadyExists(error)) return pending(error);
    try {
      return answer({ kind: 'restored', invitation: create(before.role), error });
    } catch (again) {
      const restoreError = classroomError(again);
      if (transient(restoreError)) return pending(restoreError);
      return answer({ kind: 'lost', error, restoreError });
    }
  }
}

/**
 * Settles every journaled change (the homepage and the hourly run call this first): reads Google's state, then
 * finishes (creates the new role) or rolls back (recreates the old role), and leaves a notice naming the person
 * and both roles. A change that still cannot be settled (Classroom unavailable) stays journaled for next time.
 */
export function recoverJournal(): void {
  const left = readJournal().filter((i) => !ownIntents.has(intentId(i)));
  if (left.length === 0) return;
  // Under the user lock: the homepage and the hourly run never settle the same change at once (when the lock is
  // taken, whoever holds it may be doing just that: the next execution looks again).
  withUserLock(() => {
    for (const intent of left) {
      try {
        settle(intent);
      } catch (e) {
        console.warn('role change left journaled', e);
      }
    }
  });
}

const alreadyExists = (e: AppError) => e.cause.api?.status === 'ALREADY_EXISTS';

function settle(intent: RoleChangeIntent, again = false): void {
  const pending = classroom.listInvitations({ courseId: intent.courseId, userId: intent.userId });
  const found = pending.find((i) => i.userId === intent.userId && i.courseId === intent.courseId);
  if (found) {
    done(intent, noticeFor(intent, found.role));
    return;
  }
  const create = (role: Role) => classroom.createInvitation(intent.userId, intent.courseId, role, AFTER_DELETE_RETRY);
  try {
    create(intent.to);
    done(intent, noticeFor(intent, intent.to));
  } catch (e) {
    const error = classroomError(e);
    if (transient(error)) throw error;
    if (alreadyExists(error) && !again) {
      // Someone created one in between: it is the one to keep; settle from what Google shows now.
      settle(intent, true);
      return;
    }
    try {
      create(intent.from);
      done(intent, noticeFor(intent, intent.from));
    } catch (again) {
      const restoreError = classroomError(again);
      if (transient(restoreError)) throw restoreError;
      done(intent, noticeFor(intent, null, error.cause.key));
    }
  }
}

/** The notice first, then the journal cleared: a kill between the two settles again and tells once. */
function done(intent: RoleChangeIntent, notice: RoleNotice): void {
  addNotice(notice);
  clearIntent(intent);
}
