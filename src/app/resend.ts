// Resend (delete + create: Classroom has no resend) and withdraw (delete), for one invitation or many, journaled so
// a kill anywhere loses no invitation, resends nobody twice and makes up no ledger entry: the journal names the
// invitations before their delete; whatever run finds it left over finishes each one from what Classroom lists.
import { createForUsers, deleteInvitations, invitationsOfCourses } from '../classroom/follow-up';
import { isTransient } from '../domain/errors';
import { readInvitation, requireTeacher } from './permissions';
import { resolveProfiles } from '../classroom/profiles';
import { AppError } from '../domain/errors';
import { DAY_MS, pendingOldestFirst } from '../domain/age';
import { findOpen, recordReminder, settle, type Ledger } from '../domain/ledger';
import { withUserLock } from '../platform/lock';
import { loadJournal, saveJournal, type JournalItem } from '../platform/follow-up-store';
import { loadLedger, updateLedger } from '../platform/ledger-store';
import type { ResendTarget } from '../domain/job';

/** Invitations per journaled step: the journal (one property value, 9 KB at most) must hold them all. */
export const JOURNAL_STEP = 25;

export interface JournalReport {
  resent: JournalItem[];
  withdrawn: JournalItem[];
  /** Could not be resent or withdrawn (gone meanwhile, or refused); the ledger's next reconcile tells why. */
  failed: JournalItem[];
  /** Of `failed`, those worth another try: the delete met a transient error, or the re-create did (still journaled). */
  again: JournalItem[];
  /** Of `failed`, those whose invitation no longer existed (joined, declined or withdrawn meanwhile). */
  gone: JournalItem[];
}

const target = (i: JournalItem) => ({ courseId: i.courseId, userId: i.userId, invitationId: i.invitationId });

/** The ledger after a resend of `item` produced `newId`, counted once however often this runs. */
function reminded(ledger: Ledger, item: JournalItem, newId: string, now: number): Ledger {
  const i = findOpen(ledger, target(item));
  if (i < 0 || ledger[i]?.invitationId === newId) return ledger;
  return recordReminder(ledger, target(item), now, newId);
}

/**
 * Runs one step (at most JOURNAL_STEP items): journal, deletes in one batch, re-creates in one more, ledger, journal
 * cleared. Call with the user lock held, after recoverJournal; with a journal still left over it does nothing.
 */
export function runJournaled(items: readonly JournalItem[]): JournalReport {
  const report: JournalReport = { resent: [], withdrawn: [], failed: [], again: [], gone: [] };
  if (items.length === 0) return report;
  if (loadJournal().length > 0) {
    // An earlier step kept invitations it deleted but could not re-create: never journal over them (they would be
    // lost). These wait for the next run, which recovers the journal first.
    return { ...report, failed: [...items], again: [...items] };
  }
  saveJournal(items);
  const deleted = deleteInvitations(items.map((i) => i.invitationId));
  const toCreate = items.filter((it, k) => it.kind === 'resend' && deleted[k] === 'deleted');
  const created = toCreate.length > 0 ? createForUsers(toCreate) : [];
  const now = Date.now();
  const keep: JournalItem[] = [];
  updateLedger((start) => {
    let ledger: Ledger = start;
    items.forEach((it, k) => {
      const d = deleted[k];
      if (it.kind === 'withdraw') {
        if (d === 'deleted') {
          ledger = settle(ledger, target(it), 'withdrawn', now);
          report.withdrawn.push(it);
        } else report.failed.push(it);
        return;
      }
      if (d !== 'deleted') {
        report.failed.push(it);
        if (d === 'retry') report.again.push(it);
        if (d === 'gone') report.gone.push(it);
        return;
      }
      const answer = created[toCreate.indexOf(it)];
      if (answer?.kind === 'invited' && answer.invitation) {
        ledger = reminded(ledger, it, answer.invitation.id, now);
        report.resent.push(it);
      } else if (answer?.kind === 'alreadyInvited') {
        report.resent.push(it); // a lost answer to our own create: the next reconcile reads the new id
      } else {
        // Deleted but not re-created: kept in the journal when worth another try, so the invitation is not lost.
        if (answer?.kind === 'retry' || (answer?.kind === 'failed' && isTransient(answer.api))) {
          keep.push(it);
          report.again.push(it);
        }
        report.failed.push(it);
      }
    });
    return ledger;
  });
  saveJournal(keep);
  return report;
}

/**
 * Finishes what a killed run left in the journal, from what Classroom lists now (one round trip, plus one for the
 * re-creates): the old invitation still there means nothing happened (forgotten, nobody resent twice); gone with a
 * new one for the same person means the resend happened (the ledger records it once); gone with none means the
 * delete happened and not the create, which is done now. A withdrawal whose invitation is gone is recorded.
 */
export function recoverJournal(): JournalReport | null {
  const journal = loadJournal();
  if (journal.length === 0) return null;
  const lists = invitationsOfCourses([...new Set(journal.map((i) => i.courseId))]);
  const report: JournalReport = { resent: [], withdrawn: [], failed: [], again: [], gone: [] };
  const recreate: JournalItem[] = [];
  const found = new Map<JournalItem, string>();
  const keep: JournalItem[] = [];
  for (const it of journal) {
    const listed = lists.get(it.courseId);
    if (!listed) {
      keep.push(it); // Classroom did not answer: try again next time
      continue;
    }
    if (listed.some((inv) => inv.id === it.invitationId)) continue; // never deleted: nothing happened
    if (it.kind === 'withdraw') {
      report.withdrawn.push(it);
      continue;
    }
    const now = listed.find((inv) => inv.userId === it.userId);
    if (now) found.set(it, now.id);
    else recreate.push(it);
  }
  const created = recreate.length > 0 ? createForUsers(recreate) : [];
  const at = Date.now();
  updateLedger((start) => {
    let ledger: Ledger = start;
    for (const it of report.withdrawn) ledger = settle(ledger, target(it), 'withdrawn', at);
    for (const [it, id] of found) {
      ledger = reminded(ledger, it, id, at);
      report.resent.push(it);
    }
    recreate.forEach((it, k) => {
      const answer = created[k];
      if (answer?.kind === 'invited' && answer.invitation) {
        ledger = reminded(ledger, it, answer.invitation.id, at);
        report.resent.push(it);
      } else if (answer?.kind === 'alreadyInvited') report.resent.push(it);
      else if (answer?.kind === 'retry') {
        keep.push(it);
        report.again.push(it);
      } else report.failed.push(it);
    });
    return ledger;
  });
  saveJournal(keep);
  return report;
}

function locked<T>(work: () => T): T {
  const out = withUserLock(work, 10_000);
  if (out === null) throw new AppError('CONFLICT', 'job.busy');
  return out;
}

/** "Resend" on the invitation card: the invitation deleted and created again, so Classroom sends a new email. */
export function resendInvitation(id: string): { email: string; courseId: string; resent: boolean } {
  // A resend deletes: only a teacher of the course, checked before any write (app/permissions.ts).
  const inv = readInvitation(id);
  requireTeacher(inv.courseId);
  const entry = loadLedger().find((e) => e.invitationId === inv.id);
  const email = resolveProfiles([inv.userId]).get(inv.userId)?.email || entry?.email || inv.userId;
  const report = locked(() => {
    recoverJournal();
    return runJournaled([
      {
        kind: 'resend',
        origin: 'resend',
        invitationId: inv.id,
        courseId: inv.courseId,
        userId: inv.userId,
        role: inv.role,
        ...(email.includes('@') ? { email } : {}),
      },
    ]);
  });
  return { email, courseId: inv.courseId, resent: report.resent.length > 0 };
}

/**
 * The course's invitations the add-on sent, pending, and not sent or reminded for at least `days` days (a resend
 * makes one fresh again), per the ledger.
 */
export function oldPending(courseId: string, days: number, now = Date.now()) {
  return pendingOldestFirst(loadLedger(), courseId).filter(
    (e) => e.origin !== undefined && e.invitationId && e.userId && now - (e.lastReminderAt ?? e.at) >= days * DAY_MS,
  );
}

/** A course's old pending invitations as a resend job's work: the address shown for each, and what to re-create. */
export function resendTargets(courseId: string, days: number): { emails: string[]; targets: ResendTarget[] } {
  const old = oldPending(courseId, days);
  return {
    emails: old.map((e) => e.email || e.userId || ''),
    targets: old.map((e) => ({ invitationId: e.invitationId ?? '', userId: e.userId ?? '', role: e.role })),
  };
}

export type StepOutcome = { kind: 'resent' | 'retry' } | { kind: 'failed'; key: 'resend.gone' | 'resend.refused' };

/** Whether the ledger already records a resend of this invitation (its open entry names a newer invitation). */
function alreadyResent(ledger: Ledger, it: JournalItem): boolean {
  const e = ledger[findOpen(ledger, { courseId: it.courseId, userId: it.userId })];
  return e !== undefined && e.invitationId !== undefined && e.invitationId !== it.invitationId;
}

/**
 * One batch of a resend job (at most JOURNAL_STEP items), under the user lock. A journal left over by a killed run is
 * finished first, and while it still holds invitations nothing new is journaled over it (they come back as retry).
 * Items the ledger already records as resent (an earlier run died before its checkpoint) are not sent again.
 */
export function resendStep(items: readonly JournalItem[]): StepOutcome[] {
  if (loadJournal().length > 0) recoverJournal();
  if (loadJournal().length > 0) return items.map(() => ({ kind: 'retry' }));
  const ledger = loadLedger();
  const todo = items.filter((it) => !alreadyResent(ledger, it));
  const r = runJournaled(todo);
  return items.map((it): StepOutcome => {
    if (!todo.includes(it) || r.resent.includes(it)) return { kind: 'resent' };
    if (r.again.includes(it)) return { kind: 'retry' };
    return { kind: 'failed', key: r.gone.includes(it) ? 'resend.gone' : 'resend.refused' };
  });
}

/** A click's chance to finish a killed resend: only when a journal is left over (a property read otherwise). */
export function recoverIfJournaled(): void {
  if (loadJournal().length === 0) return;
  withUserLock(() => recoverJournal(), 3_000);
}
