// What is left for the hourly run, from the stores alone (no feature imported, so every use case may ask).
import { isRunnable } from '../domain/plan';
import { sweepEnabled } from '../domain/sweep';
import { hasActiveTransfer, loadFollowUp } from '../platform/follow-up-store';
import { listPlans } from '../platform/plan-store';
import { ensureHourlyTrigger, removeTriggersFor } from '../platform/triggers';

export const PENDING = {
  // The wizard's one-item plans are never resumed (app/transfer-ownership.ts): its own part keeps the trigger.
  plans: () => listPlans().some((p) => isRunnable(p) && p.kind !== 'transfer'),
  transfers: hasActiveTransfer,
  sweep: () => sweepEnabled(loadFollowUp().sweep),
} as const;

export type PartName = keyof typeof PENDING;

/** Installs or removes the hourly trigger so it exists exactly while something is pending; returns what is. */
export function keepTrigger(): PartName[] {
  const left = (Object.keys(PENDING) as PartName[]).filter((name) => PENDING[name]());
  if (left.length > 0) ensureHourlyTrigger('onJobsTick');
  else removeTriggersFor('onJobsTick');
  return left;
}
