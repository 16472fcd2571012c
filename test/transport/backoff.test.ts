// Backoff grows exponentially, is capped, jittered, and retries stop within their bounds.
import { backoffDelay, DEFAULT_RETRY, mayRetry } from '../../src/transport/http';

describe('backoffDelay', () => {
  it('doubles per attempt within [step/2, step] and is capped', () => {
    expect(backoffDelay(1, 0)).toBe(250);
    expect(backoffDelay(1, 0.999)).toBeLessThanOrEqual(500);
    expect(backoffDelay(3, 0)).toBe(1000);
    expect(backoffDelay(20, 1)).toBe(DEFAULT_RETRY.capMs);
  });
});

describe('mayRetry', () => {
  it('stops at maxTries and at the time budget', () => {
    expect(mayRetry(1, 0, 100)).toBe(true);
    expect(mayRetry(DEFAULT_RETRY.maxTries, 0, 100)).toBe(false);
    expect(mayRetry(1, DEFAULT_RETRY.maxTotalMs - 50, 100)).toBe(false);
  });
});
