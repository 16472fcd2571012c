// The hourly time-driven trigger: finishes the user's bulk jobs nobody continues, then removes itself when no job
// is left. A run that finds the lock taken skips: another execution is already on it.
import { isRunnable } from '../domain/job';
import { listJobs } from '../services/job-store';
import { runAllJobs, TRIGGER_BUDGET_MS } from '../services/job-runner';
import { withUserLock } from '../services/lock';
import { syncTrigger } from './bulk';

export interface TickReport {
  skipped: boolean;
  left: number;
}

export function jobsTick(): TickReport {
  const left = withUserLock(() => runAllJobs(TRIGGER_BUDGET_MS).length);
  syncTrigger();
  return left === null ? { skipped: true, left: listJobs().filter(isRunnable).length } : { skipped: false, left };
}
