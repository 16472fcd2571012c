// Pacing under 1,200 requests per moving 60-second window.
import {
  compact,
  minutesFor,
  pauseBetweenBatches,
  prune,
  record,
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
    expect(
      prune(
        [
          [0, 10],
          [61_000, 5],
        ],
        61_001,
      ),
    ).toEqual([[61_000, 5]]);
    expect(record([[0, 10]], 70_000, 3)).toEqual([[70_000, 3]]);
  });

  it('never lets a window exceed the limit when every send waits as told', () => {
    let log: [number, number][] = [];
    let now = 0;
    const sends: [number, number][] = [];
    for (let i = 0; i < 60; i++) {
      now += waitBefore(log, now, 50);
      log = record(log, now, 50);
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
  });

  it('backs off between failed batches exponentially, with jitter, capped', () => {
    expect(pauseBetweenBatches(1, 0)).toBe(500);
    expect(pauseBetweenBatches(3, 0.999)).toBeLessThanOrEqual(4_000);
    expect(pauseBetweenBatches(20, 1)).toBe(30_000);
    expect(minutesFor(3_000)).toBe(3);
    expect(minutesFor(1)).toBe(1);
  });
});
