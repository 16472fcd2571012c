// Runs one Classroom call with bounded retries of transient failures (429, 5xx), sleeping with Utilities.sleep.
// Every attempt takes its place in the user's shared request budget first.
import { maxWaitNow, reserve } from '../transport/budget';
import { fits } from '../transport/deadline';
import { BUDGET_REASON } from '../transport/http';
import { backoffDelay, DEFAULT_RETRY, mayRetry, type RetryPolicy } from '../transport/backoff';
import { AppError, isTransient, messageKeyFor, type ApiError, type Operation } from '../domain/errors';
import { fromException } from './api-error';

/** Throws AppError('CLASSROOM_API') carrying the normalised ApiError and the message key for `op`. */
export function apiFailure(api: ApiError, op: Operation, params: Record<string, string> = {}): AppError {
  return new AppError('CLASSROOM_API', messageKeyFor(api, op), params, api);
}

export function withRetry<T>(
  op: Operation,
  call: () => T,
  params: Record<string, string> = {},
  policy: RetryPolicy = DEFAULT_RETRY,
): T {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (!reserve(1, maxWaitNow(15_000))) {
      const held = { httpCode: 429, status: 'RESOURCE_EXHAUSTED', reason: BUDGET_REASON, message: 'paced' };
      throw apiFailure(held, op, params);
    }
    try {
      return call();
    } catch (e) {
      const api = fromException(e);
      if (api.httpCode === 0) throw e; // not an API failure: a bug or the execution being killed
      const delay = backoffDelay(attempt, Math.random(), policy);
      if (!isTransient(api) || !mayRetry(attempt, Date.now() - started, delay, policy) || !fits(delay)) {
        throw apiFailure(api, op, params);
      }
      Utilities.sleep(delay);
    }
  }
}
