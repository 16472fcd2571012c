// The follow-up sweep, a part of the hourly run (off unless turned on): reconcile the courses with open entries in one
// round trip, remind (resend) what is due and withdraw what is too old as a plan on the step engine, each write
// checked against the settings and the ledger right before it goes out, then the digest.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { courseStates, invitationsOfCourses } from '../classroom/follow-up';
import { findOpen, isSettled, reconcile, settle, type Ledger } from '../domain/ledger';
import { isFinished, isRunnable, writeOf, type Write } from '../domain/plan';
import { dueActions, stillApproved, sweepEnabled } from '../domain/sweep';
import type { Invitation } from '../domain/types';
import { loadFollowUp, saveFollowUp } from '../platform/follow-up-store';
import { loadLedger, tryUpdateLedger, updateLedger } from '../platform/ledger-store';
import { deletePlan, listPlans } from '../platform/plan-store';
import { approvedPlan, savedAndRun, type Kind } from './engine';
import { sendDigestIfDue, withInFlight, type DigestComposer } from './follow-up';
import { resendOf, resendsInLedger, RESENDS_PER_STEP } from './resend';

// Right before each write, domain/sweep.ts `stillApproved` decides again from the settings, the ledger and the lists.
export const sweepKind: Kind<Map<string, Invitation[] | null>> = {
  origin: 'sweep',
  stepSize: RESENDS_PER_STEP,
  open: (plan) => invitationsOfCourses([...new Set(plan.lines.flatMap((l) => writeOf(plan, l)?.courseId || []))]),
  approved: (_plan, listed, items) => {
    const { sweep } = loadFollowUp();
    const ledger = loadLedger();
    return items.map(({ write: w }) => {
      if (w.op === 'create') return 'sweep.skip.notDue';
      const entry = ledger[findOpen(ledger, { courseId: w.courseId, invitationId: w.invitationId })];
      const kind = w.op === 'delete' ? 'withdraw' : 'remind';
      return stillApproved(kind, entry, sweep, Date.now(), listed.get(w.courseId) ?? []) ? null : 'sweep.skip.notDue';
    });
  },
  afterStep: (plan, _listed, report) => {
    resendsInLedger(plan, report, 'reminder');
    const withdrawn = [...report.writes].flatMap(([i, w]) => (w.op === 'delete' && plan.states[i] === 'i' ? [w] : []));
    if (withdrawn.length === 0) return;
    const settled = (l: Ledger, w: (typeof withdrawn)[number]) =>
      settle(l, { courseId: w.courseId, invitationId: w.invitationId }, 'withdrawn', plan.createdAt);
    tryUpdateLedger((start) => withdrawn.reduce(settled, start), 3_000);
  },
};

/** The sweep's part of the hourly run, which holds the user lock and calls it only when the sweep is on. */
export function sweepTick(compose?: DigestComposer) {
  const settings = loadFollowUp();
  const report = { reconciled: 0, resent: 0, withdrawn: 0, digest: false };
  if (!sweepEnabled(settings.sweep)) return report;

  // Round trip 1: every course with an open entry, its invitations and members (and names the cache lacks).
  const start = Date.now();
  const courseIds = [...new Set(loadLedger().flatMap((e) => (isSettled(e) ? [] : [e.courseId])))];
  const names = new Map([...cachedCourses(courseIds)].map(([id, c]) => [id, c.name]));
  const wantNames = settings.sweep.digest === 'off' ? [] : courseIds.filter((id) => !names.has(id));
  const { states, courses } = courseStates(courseIds, wantNames);
  rememberCourses(courses);
  for (const c of courses) names.set(c.id, c.name);
  let ledger: Ledger = updateLedger((l) => {
    let out: Ledger = l;
    for (const [courseId, state] of states) {
      if (!state) continue;
      out = reconcile(out, courseId, withInFlight(out, courseId, state.invitations), state.members, start).ledger;
      report.reconciled++;
    }
    return out;
  });

  // A sweep plan an earlier run left is finished first; a new one comes only from fresh lists (failed ones wait).
  let plan = listPlans().find((p) => p.kind === 'sweep' && isRunnable(p));
  if (!plan) {
    const fresh = ledger.filter((e) => states.get(e.courseId));
    const due = dueActions(fresh, settings.sweep, start);
    const writes = [...due.withdraw, ...due.remind].flatMap((e, k): Write[] => {
      const { courseId, userId, role, invitationId } = e;
      if (!invitationId || !userId) return [];
      if (k < due.withdraw.length) return [{ op: 'delete', courseId, userId, role, invitationId }];
      return [resendOf({ ...e, userId, invitationId })];
    });
    if (writes.length > 0) plan = approvedPlan('sweep', { id: '', name: '' }, 'STUDENT', writes);
  }
  if (plan) {
    const after = savedAndRun(plan, sweepKind).plan;
    if (after) {
      const done = after.lines.filter((_, i) => after.states[i] === 'i');
      report.withdrawn = done.filter((l) => l.includes('"op":"delete"')).length;
      report.resent = done.length - report.withdrawn;
      if (isFinished(after)) deletePlan(after.id);
    }
    ledger = loadLedger();
  }

  let saved = loadFollowUp();
  if (report.resent + report.withdrawn > 0) {
    saved = { ...saved, lastSweep: { at: Date.now(), resent: report.resent, withdrawn: report.withdrawn } };
    saveFollowUp(saved);
  }
  report.digest = sendDigestIfDue(saved, ledger, names, compose, Date.now(), (lastDigestAt) => {
    const { lastDigestAt: _old, ...rest } = saved;
    saveFollowUp(lastDigestAt === undefined ? rest : { ...rest, lastDigestAt });
  });
  return report;
}
