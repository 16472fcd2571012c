// The one hourly orchestrator: the trigger finishes what no click does. Each pending part gets a fair share of the
// run's 5 minutes, a different part first every hour so none starves (the trigger's life: app/pending.ts).
import { isRunnable, type Plan } from '../domain/plan';
import { withUserLock } from '../platform/lock';
import { deletePlan, listPlans, savedByThisExecution } from '../platform/plan-store';
import { timeLeft, withShare } from '../transport/deadline';
import { runPlan, type Kind } from './engine';
import { tellFinished } from './change-role';
import type { DigestComposer } from './follow-up';
import { KINDS } from './jobs';
import { keepTrigger, PENDING, type PartName } from './pending';
import { sweepTick } from './sweep';
import { sweepTransfers } from './transfer-ownership';

/** Every runnable plan of a registered kind, until an outage (Classroom failing everything: the breaker). */
function runPlans(): void {
  for (const plan of listPlans()) {
    const kind = KINDS[plan.kind];
    if (!kind || !isRunnable(plan)) continue;
    const run = runPlan(plan, kind);
    if (run.plan && !isRunnable(run.plan)) closeClickPlan(run.plan);
    if (run.outage) break;
  }
}

export type TickReport = ReturnType<typeof hourlyTick>;

/** The hourly run (skipped when another holds the lock): each pending part an equal share, the first one rotating. */
export function hourlyTick(compose?: DigestComposer, now = Date.now()) {
  // Each part's tick works until the deadline it is given (app/engine.ts and the features check it).
  const work: Record<PartName, () => void> = {
    plans: runPlans,
    transfers: sweepTransfers,
    sweep: () => void sweepTick(compose),
  };
  const all = Object.keys(work) as PartName[];
  const first = Math.floor(now / 3_600_000) % all.length;
  const order = [...all.slice(first), ...all.slice(0, first)];
  const ran = withUserLock(() => {
    // Shares among the parts with something pending: a part alone gets the whole run.
    const pending = order.filter((name) => PENDING[name]());
    for (const [k, name] of pending.entries()) withShare(Math.floor(timeLeft() / (pending.length - k)), work[name]);
    return true;
  });
  return { skipped: ran === null, left: keepTrigger() }; // left: the parts with work left after the run
}

/** A click's one-item plan (a role change, one resend) that another execution left. */
const leftByClick = (p: Plan) =>
  p.lines.length === 1 && (p.kind === 'role' || p.kind === 'resend') && !savedByThisExecution(p.id);

/** A click's plan finished by a later execution: a role change is told on the homepage; both are gone. */
function closeClickPlan(plan: Plan): void {
  if (!leftByClick(plan)) return;
  if (plan.kind === 'role') tellFinished(plan);
  else deletePlan(plan.id);
}

// A killed click's plan (a role change, a resend), finished when the lock is free: its notice is on the next card.
export function finishInterrupted(): void {
  if (!listPlans().some(leftByClick)) return;
  withUserLock(() => {
    for (const plan of listPlans().filter(leftByClick)) {
      const after = isRunnable(plan) ? runPlan(plan, KINDS[plan.kind] as Kind).plan : plan;
      if (after && !isRunnable(after)) closeClickPlan(after); // finished, maybe before its click could say so
    }
  }, 0);
}
