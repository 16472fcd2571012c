// The hourly time-driven trigger (installed on demand by bulk jobs and the follow-up sweep).
import { jobsTick as tick, type TickReport } from '../app/run-jobs';
import { composeDigest } from '../cards/digest-mail';
import { wordsFor } from '../i18n';

export type { TickReport };

export function jobsTick(): TickReport {
  return tick(wordsFor, composeDigest);
}
