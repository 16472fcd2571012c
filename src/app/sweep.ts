// The follow-up sweep, one part of the hourly run (app/hourly.ts): reconcile the courses with open ledger entries in
// one round trip, then remind (resend) what is due and withdraw what is too old, as a plan on the step engine whose
// every write is checked against the settings and the ledger right before it goes out, then the digest. Off unless
// the user turned something on in the settings.
import { cachedCourses, rememberCourses } from '../classroom/courses';
import { courseStates } from '../classroom/follow-up';
import { isSettled, settle, type Ledger } from '../domain/ledger';
import { reconcile } from '../domain/ledger-reconcile';
import { isFinished, isRunnable, lineOf, newPlan, progress, type Plan, type Write } from '../domain/plan';
import { dueActions, sweepEnabled } from '../domain/sweep';
import { loadFollowUp, saveFollowUp } from '../platform/follow-up-store';
import { loadLedger, tryUpdateLedger, updateLedger } from '../platform/ledger-store';
import { withUserLock } from '../platform/lock';
import { deletePlan, listPlans, newPlanId, savePlan } from '../platform/plan-store';
import { sendDigestIfDue, type DigestComposer } from './digest';
import { runPlan, type Kind } from './engine';
import { remindersAfter, RESENDS_PER_STEP } from './resend';

export interface SweepReport {
  reconciled: number;
  resent: number;
  withdrawn: number;
  digest: boolean;
}

/** Whether the hourly trigger must stay: a sweep setting is on. */
export function followUpNeedsTrigger(): boolean {
  return sweepEnabled(loadFollowUp().sweep);
}

const pairOf = (w: Write) => `${w.courseId}|${w.userId.toLowerCase()}`;

/**
 * The sweep's plans: each write still approved when its turn comes: the setting that decided it still on (the
 * settings are read again, under the run's lock), and the ledger's entry still pending and the add-on's own.
 */
export const sweepKind: Kind = {
  origin: 'sweep',
  stepSize: RESENDS_PER_STEP,
  approved: (_plan, _ctx, items) => {
    const { sweep } = loadFollowUp();
    const open = new Set(
      loadLedger()
        .filter((e) => e.status === 'pending' && e.origin !== undefined)
        .flatMap((e) => [e.userId, e.email].filter(Boolean).map((who) => `${e.courseId}|${String(who).toLowerCase()}`)),
    );
    return items.map(({ write }) => {
      if (write.op === 'delete' && sweep.withdrawAfterDays === undefined) return 'sweep.skip.settings';
      if (write.op === 'replace' && sweep.remindAfterDays === undefined) return 'sweep.skip.settings';
      return open.has(pairOf(write)) ? null : 'sweep.skip.notOurs';
    });
  },
  afterStep: (plan, _ctx, report) => {
    remindersAfter(plan, report, (i) => plan.states[i] === 'i');
    const withdrawn = [...report.writes].filter(([i, w]) => w.op === 'delete' && plan.states[i] === 'i');
    if (withdrawn.length === 0) return;
    tryUpdateLedger(
      (start) =>
        withdrawn.reduce<Ledger>(
          (l, [, w]) =>
            settle(
              l,
              { courseId: w.courseId, invitationId: (w as { invitationId: string }).invitationId },
              'withdrawn',
              plan.createdAt,
            ),
          start,
        ),
      3_000,
    );
  },
};

/** The sweep's part of the hourly run. Null when there is nothing to do or another execution holds the lock. */
export function sweepTick(compose?: DigestComposer): SweepReport | null {
  if (!followUpNeedsTrigger()) return null;
  return withUserLock(() => sweep(compose), 2_000);
}

/** A sweep plan an earlier run left (killed, or out of time) is finished before a new one is decided. */
function leftover(): Plan | undefined {
  return listPlans().find((p) => p.kind === 'sweep' && isRunnable(p));
}

function sweep(compose?: DigestComposer): SweepReport {
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
  let plan = leftover();
  if (!plan) {
    const due = dueActions(
      ledger.filter((e) => states.get(e.courseId)),
      settings.sweep,
      start,
    );
    const writes: Write[] = [
      ...due.withdraw.map((e): Write | null =>
        e.invitationId && e.userId
          ? { op: 'delete', courseId: e.courseId, userId: e.userId, role: e.role, invitationId: e.invitationId }
          : null,
      ),
      ...due.remind.map((e): Write | null =>
        e.invitationId && e.userId
          ? {
              op: 'replace',
              courseId: e.courseId,
              userId: e.userId,
              invitationId: e.invitationId,
              from: e.role,
              role: e.role,
            }
          : null,
      ),
    ].filter((w): w is Write => w !== null);
    if (writes.length > 0) {
      const base = newPlan(newPlanId(), 'sweep', { id: '', name: '' }, 'STUDENT', [], start);
      const lines = writes.map((w) => lineOf(base, w));
      plan = { ...base, lines, states: 'p'.repeat(lines.length), approvedAt: start };
      savePlan(plan);
    }
  }
  if (plan) {
    const after = runPlan(plan, sweepKind).plan;
    if (after) {
      const p = progress(after);
      const done = after.states
        .split('')
        .map((s, i) => (s === 'i' ? i : -1))
        .filter((i) => i >= 0);
      const lines = done.map((i) => after.lines[i] ?? '');
      report.withdrawn = lines.filter((l) => l.includes('"op":"delete"')).length;
      report.resent = done.length - report.withdrawn;
      if (isFinished(after) || p.pending === 0) deletePlan(after.id);
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
