// The hourly time-driven trigger (installed on demand by whatever leaves work for later: app/hourly.ts).
import { hourlyTick } from '../app/hourly';
import { composeDigest } from '../cards/digest-mail';

export function jobsTick() {
  return hourlyTick(composeDigest);
}
