// Bulk jobs (invite a list, resend old invitations), each action under the user lock: no Cancel undone, no double send.
import { courseById } from '../classroom/courses';
import { AppError, invalidInput } from '../domain/errors';
import { isFinished, isRunnable, progress, type Plan, type PlanKind } from '../domain/plan';
import { withUserLock } from '../platform/lock';
import { deletePlan, listPlans, loadPlan, savePlan } from '../platform/plan-store';
import { roleKind } from './change-role';
import { approvedPlan, cancelPlan, locked, runPlan, savedAndRun, type Kind } from './engine';
import { keepTrigger } from './pending';
import { oldPendingOf } from './follow-up';
import { resendKind, resendOf } from './resend';
import { syncKind } from './sheet-sync';
import { sweepKind } from './sweep';

const inviteKind: Kind = { origin: 'job', stepSize: 50 }; // creates per step: one batch request
const gone = () => new AppError('CONFLICT', 'job.gone');

/** Every kind of plan, so any execution can finish any plan another left (never a sync's rows as plain creates). */
export const KINDS: Partial<Record<PlanKind, Kind>> = {
  invite: inviteKind,
  resend: resendKind,
  role: roleKind,
  sweep: sweepKind,
  sync: syncKind,
};

/** Works on the plan within this execution, under the lock; null when cancelled meanwhile. */
const work = (plan: Plan) => runPlan(plan, KINDS[plan.kind] ?? inviteKind).plan;

export function requireJob(id: string): Plan {
  const job = loadPlan(id);
  if (!job) throw gone();
  return job;
}

/** `work` under the lock, and the trigger kept whatever happens; a job cancelled or closed meanwhile is gone. */
function lockedJob(work: () => Plan | null): Plan {
  try {
    const after = locked(work);
    if (!after) throw gone();
    return after;
  } finally {
    keepTrigger();
  }
}

// Confirms a draft and works on it at once, all under the user lock: a Cancel landing first wins (the job stays
// gone), and a second click on the same Confirm finds the job already confirmed and just shows it.
export function startJob(id: string): Plan {
  const run = withUserLock(() => {
    const fresh = loadPlan(id);
    // Gone (cancelled first), or confirmed by a first click: shown as it is.
    if (!fresh || fresh.approvedAt !== undefined) return { after: fresh };
    const job: Plan = { ...fresh, approvedAt: Date.now() };
    savePlan(job);
    return { after: work(job) };
  });
  keepTrigger();
  if (run === null) return requireJob(id); // the first click is still on it: show it as it stands
  if (!run.after) throw gone();
  return run.after;
}

// "Continue now": more of the job within this click; `resume` also lifts a stop (the user fixed its cause). When the
// jobs' share of the quota is spent for this minute, the user is told when it goes on, not shown a card unchanged.
export function continueJob(id: string, resume = false): Plan {
  return lockedJob(() => {
    const stored = loadPlan(id);
    if (!stored) return null;
    const { stopped: _s, refusedSteps: _r, ...fresh } = stored;
    const job = resume ? fresh : stored;
    if (!isRunnable(job)) return job;
    const after = work(job);
    if (after && after.states === job.states && after.paused === undefined) throw invalidInput('job.waitBudget');
    return after;
  });
}

// "Resend the N older than D days": a job over the course's old invitations, or the one still running (never two).
export function startResendJob(courseId: string, days: number): Plan {
  const course = courseById(courseId);
  return lockedJob(() => {
    const running = listPlans().find((j) => j.kind === 'resend' && j.courseId === courseId && isRunnable(j));
    if (running) return running;
    const old = oldPendingOf(courseId, days);
    const writes = old.map((e) =>
      resendOf({ ...e, userId: e.email || e.userId || '', invitationId: e.invitationId ?? '' }),
    );
    const after = savedAndRun(approvedPlan('resend', course, old[0]?.role ?? 'STUDENT', writes), resendKind).plan;
    if (after && isFinished(after) && progress(after).failed === 0) deletePlan(after.id);
    return after;
  });
}

/** Cancels a job; returns it as it was (its course is where the user goes next). */
export function cancelJob(id: string): Plan {
  const job = requireJob(id);
  cancelPlan(job.id);
  return job;
}

/** Closes a finished job under the lock; an unfinished one is cancelled. */
export function closeJob(id: string): { job: Plan; cancelled: boolean } {
  const job = requireJob(id);
  if (isRunnable(job)) return { job: cancelJob(id), cancelled: true };
  lockedJob(() => {
    deletePlan(job.id);
    return job;
  });
  return { job, cancelled: false };
}
