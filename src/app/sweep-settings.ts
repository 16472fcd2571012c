// The follow-up settings, saved once valid with the trigger installed while any is on; and "Forget my history".
import { AppError } from '../domain/errors';
import { isDone } from '../domain/plan';
import { isFinished } from '../domain/transfer';
import { validateSweep, sweepEnabled, type SweepSettings, type SweepSettingsError } from '../domain/sweep';
import { deleteTransfer, listTransfers, loadFollowUp, saveFollowUp } from '../platform/follow-up-store';
import { deletePlan, listPlans } from '../platform/plan-store';
import { deleteLedger, loadLedger } from '../platform/ledger-store';
import { ensureHourlyTrigger } from '../platform/triggers';
import { locked } from './engine';
import { keepTrigger } from './pending';

/** Saves valid settings (with the address and language the digest goes out in); returns the errors otherwise. */
export function saveSweepSettings(sweep: SweepSettings, email: string, locale: string): SweepSettingsError[] {
  const errors = validateSweep(sweep);
  if (errors.length > 0) return errors;
  const before = loadFollowUp();
  // The trigger first: a kill between the two leaves a trigger that removes itself, never settings without one.
  if (sweepEnabled(sweep)) ensureHourlyTrigger('onJobsTick');
  saveFollowUp({ ...before, sweep, email, locale });
  keepTrigger();
  return [];
}

// "Forget my history", under the user lock (no step writes the ledger back): running jobs and transfers keep theirs.
export const forgetHistory = () => locked(forget, new AppError('CONFLICT', 'job.busy'), 10_000);

function forget() {
  const entries = loadLedger().length;
  deleteLedger();
  const jobs = listPlans();
  const transfers = listTransfers();
  // A draft (a previewed list never started) holds addresses too, and nothing runs from it.
  const finishedJobs = jobs.filter((j) => isDone(j) || j.approvedAt === undefined);
  const finishedTransfers = transfers.filter(isFinished);
  for (const j of finishedJobs) deletePlan(j.id);
  for (const t of finishedTransfers) deleteTransfer(t.courseId);
  const finished = finishedJobs.length + finishedTransfers.length;
  return { entries, finished, running: jobs.length + transfers.length - finished };
}
