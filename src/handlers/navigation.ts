// Back: one card back, nothing read.
import { back as popCard } from '../cards/navigation';
import type { ActionResponse } from '../cards/types';

export function back(): ActionResponse {
  return popCard();
}
