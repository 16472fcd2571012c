// Pacing under 1,200 requests per moving 60-second window.
import {
  compact,
  minutesFor,
  pauseBetweenBatches,
  SAFE_PER_MINUTE,
  waitBefore,
  WINDOW_MS,
} from '../../src/domain/pacer';

describe('pacer', () => {
  it('sends at once while the window has room', () => {
    expect(waitBefore([], 0, 50)).toBe(0);
    expect(waitBefore([[0, SAFE_PER_MINUTE - 50]], 1000, 50)).toBe(0);
  });

  it('waits until enough of the window has slid out', () => {
    const log: [number, number][] = [
      [0, 600],
      [10_000, 500],
    ];
    expect(waitBefore(log, 20_000, 50)).toBe(WINDOW_MS - 20_000 + 1);
  });

  it('forgets what left the window', () => {
    expect(waitBefore([[0, SAFE_PER_MINUTE]], 60_001, 50)).toBe(0);
    expect(waitBefore([[0, SAFE_PER_MINUTE]], 59_999, 50)).toBe(2);
  });

  it('never lets a window exceed the limit when every send waits as told', () => {
    let log: [number, number][] = [];
    let now = 0;
    const sends: [number, number][] = [];
    for (let i = 0; i < 60; i++) {
      now += waitBefore(log, now, 50);
      log = [...log, [now, 50]];
      sends.push([now, 50]);
      now += 150;
    }
    for (const [t] of sends) {
      const inWindow = sends.filter(([u]) => u > t - WINDOW_MS && u <= t).reduce((s, [, n]) => s + n, 0);
      expect(inWindow).toBeLessThanOrEqual(SAFE_PER_MINUTE);
    }
  });

  it('refuses a single send larger than the window', () => {
    expect(() => waitBefore([], 0, SAFE_PER_MINUTE + 1)).toThrow(RangeError);
  });
});

describe('the shared window kept in the cache', () => {
  it('merges entries per second, rounding times up so an entry never leaves the window early', () => {
    const log = compact([
      [1_200, 50],
      [1_900, 50],
      [2_100, 10],
    ]);
    expect(log).toEqual([
      [2_000, 100],
      [3_000, 10],
    ]);
    expect(waitBefore(log, 61_500, SAFE_PER_MINUTE - 10)).toBeGreaterThan(0);
    const shared: [number, number, number, string][] = [
      [1_200, 5, 1, 'a'],
      [1_900, 5, 1, 'b'],
      [1_300, 5, 1, 'a'],
    ];
    expect(compact(shared)).toEqual([
      [2_000, 10, 1, 'a'],
      [2_000, 5, 1, 'b'],
    ]);
  });

  it('backs off between failed batches exponentially, with jitter, capped', () => {
    expect(pauseBetweenBatches(1, 0)).toBe(500);
    expect(pauseBetweenBatches(3, 0.999)).toBeLessThanOrEqual(4_000);
    expect(pauseBetweenBatches(20, 1)).toBe(30_000);
    expect(minutesFor(3_000)).toBe(3);
    expect(minutesFor(1)).toBe(1);
  });
});
