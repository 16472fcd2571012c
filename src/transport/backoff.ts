// Truncated exponential backoff with full jitter, as Google advises for 429/5xx: pure, so it is tested exactly.

export interface RetryPolicy {
  maxTries: number; // Attempts in all, the first included
  maxTotalMs: number; // No retry starts once this much time has passed since the first attempt
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxTries: 5, maxTotalMs: 20_000, baseMs: 500, capMs: 8_000 };

/** Delay before retry number `attempt` (1 = first retry); `random` in [0, 1). Never below half the exponential step. */
export function backoffDelay(attempt: number, random: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (step / 2) * random);
}

/** Whether another attempt may start, given attempts made so far and the time spent. */
export const mayRetry = (attemptsMade: number, elapsedMs: number, nextDelayMs: number, policy = DEFAULT_RETRY) =>
  attemptsMade < policy.maxTries && elapsedMs + nextDelayMs <= policy.maxTotalMs;
