// The hourly time-driven trigger (installed on demand by bulk jobs).
import { jobsTick as tick, type TickReport } from '../app/run-jobs';
import { wordsFor } from '../i18n';

export type { TickReport };

export function jobsTick(): TickReport {
  return tick(wordsFor);
}
