// The emulator's virtual clock: every simulated latency, sleep and quota window reads it, so tests never wait.
export class ExecutionTimeout extends Error {
  constructor() {
    // Apps Script's own words when an execution passes its 6-minute limit.
    super('Exceeded maximum execution time');
    this.name = 'ExecutionTimeout';
  }
}

export class VirtualClock {
  private nowMs: number;
  /** Absolute time after which the running execution is killed (Apps Script's 6-minute limit); null when idle. */
  deadline: number | null = null;

  constructor(startMs = Date.UTC(2026, 8, 1, 8, 0, 0)) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  /** Moves time forward; throws ExecutionTimeout when the running execution passes its deadline. */
  advance(ms: number): void {
    if (ms < 0 || !Number.isFinite(ms)) throw new RangeError(`clock: cannot advance by ${ms}`);
    this.nowMs += ms;
    this.checkDeadline();
  }

  checkDeadline(): void {
    if (this.deadline !== null && this.nowMs > this.deadline) throw new ExecutionTimeout();
  }
}
