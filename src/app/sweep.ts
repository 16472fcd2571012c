// The follow-up sweep, run by the hourly trigger (the one the jobs use): reconcile the courses with open ledger
// entries in one round trip, then resend what is due for a reminder and withdraw what is too old (journaled, two
// round trips per step), then the digest. Off unless the user turned something on in the settings.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { courseStates } from '../classroom/follow-up';
import { isSettled, type Ledger } from '../domain/ledger';
import { reconcile } from '../domain/ledger-reconcile';
import { dueActions, sweepEnabled } from '../domain/sweep';
import { loadFollowUp, loadJournal, saveFollowUp, type JournalItem } from '../platform/follow-up-store';
import { loadLedger, updateLedger } from '../platform/ledger-store';
import { withUserLock } from '../platform/lock';
import { sendDigestIfDue, type DigestComposer } from './digest';
import { JOURNAL_STEP, recoverJournal, runJournaled } from './resend';

export interface SweepReport {
  reconciled: number;
  resent: number;
  withdrawn: number;
  digest: boolean;
}

/** Whether the hourly trigger must stay: a sweep setting is on, or a journaled resend is left to finish. */
export function followUpNeedsTrigger(): boolean {
  return sweepEnabled(loadFollowUp().sweep) || loadJournal().length > 0;
}

/** The sweep's part of the hourly tick. Null when there is nothing to do or another execution holds the lock. */
export function sweepTick(compose?: DigestComposer): SweepReport | null {
  if (!followUpNeedsTrigger()) return null;
  return withUserLock(() => sweep(compose), 2_000);
}

function itemFor(kind: JournalItem['kind'], e: Ledger[number]): JournalItem | null {
  if (!e.invitationId || !e.userId) return null;
  return {
    kind,
    origin: 'sweep',
    invitationId: e.invitationId,
    courseId: e.courseId,
    userId: e.userId,
    role: e.role,
    ...(e.email ? { email: e.email } : {}),
  };
}

function sweep(compose?: DigestComposer): SweepReport {
  recoverJournal();
  const settings = loadFollowUp();
  const report: SweepReport = { reconciled: 0, resent: 0, withdrawn: 0, digest: false };
  if (!sweepEnabled(settings.sweep)) return report;

  // Round trip 1: every course with an open entry, its invitations and members (and names the cache lacks).
  const start = Date.now();
  const courseIds = [
    ...new Set(
      loadLedger()
        .filter((e) => !isSettled(e))
        .map((e) => e.courseId),
    ),
  ];
  const names = new Map([...cachedCourses(courseIds)].map(([id, c]) => [id, c.name]));
  const wantNames = settings.sweep.digest === 'off' ? [] : courseIds.filter((id) => !names.has(id));
  const { states, courses } = courseStates(courseIds, wantNames);
  rememberCourses(courses);
  for (const c of courses) names.set(c.id, c.name);
  let ledger: Ledger = updateLedger((l) => {
    let out: Ledger = l;
    for (const [courseId, state] of states) {
      if (!state) continue;
      out = reconcile(out, courseId, state.invitations, state.members, start).ledger;
      report.reconciled++;
    }
    return out;
  });

  // Only from fresh lists: a course whose lists failed is left alone this hour.
  const due = dueActions(
    ledger.filter((e) => states.get(e.courseId)),
    settings.sweep,
    start,
  );
  const items = [
    ...due.withdraw.map((e) => itemFor('withdraw', e)),
    ...due.remind.map((e) => itemFor('resend', e)),
  ].filter((i): i is JournalItem => i !== null);
  for (let i = 0; i < items.length; i += JOURNAL_STEP) {
    const r = runJournaled(items.slice(i, i + JOURNAL_STEP));
    report.resent += r.resent.length;
    report.withdrawn += r.withdrawn.length;
  }
  if (items.length > 0) ledger = loadLedger();

  let saved = loadFollowUp();
  if (items.length > 0) {
    saved = { ...saved, lastSweep: { at: Date.now(), resent: report.resent, withdrawn: report.withdrawn } };
    saveFollowUp(saved);
  }
  report.digest = sendDigestIfDue(saved, ledger, names, compose, Date.now(), (lastDigestAt) => {
    const { lastDigestAt: _old, ...rest } = saved;
    saveFollowUp(lastDigestAt === undefined ? rest : { ...rest, lastDigestAt });
  });
  return report;
}
