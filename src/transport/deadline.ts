// One deadline per execution, set at entry (entry/respond.ts): a card callback must answer within about 30 s and a
// time-driven run is killed at 6 minutes (platform.md §4.3, §9). Every retry, budget wait, page fetch and step asks
// here whether it still fits, so a click answers in time and a run stops cleanly before Apps Script kills it.

/** A card action, homepage, contextual or compose callback: Google gives it about 30 s; we answer within 25. */
const CLICK_MS = 25_000;
/** A time-driven run: Apps Script stops it at 6 minutes; we stop at 5 and save. */
const TRIGGER_MS = 300_000;
/** What one round trip (a batch of 50, a page of lists) may take at worst, so none starts that cannot end in time. */
export const ROUND_TRIP_MS = 5_000;

let endsAt = Number.POSITIVE_INFINITY;
let background = false;

/** Called once at entry. Each Apps Script execution starts with fresh globals, so nothing leaks between two. */
export function startExecution(kind: 'click' | 'trigger'): void {
  endsAt = Date.now() + (kind === 'click' ? CLICK_MS : TRIGGER_MS);
  background = kind === 'trigger';
}

/** Milliseconds left before this execution must have answered. */
export const timeLeft = (): number => endsAt - Date.now();

/** Whether `ms` more of work, and a round trip after it, still fit. */
export const fits = (ms: number): boolean => Date.now() + ms + ROUND_TRIP_MS <= endsAt;

/** Whether this execution is a time-driven run (no person waiting on it). */
export const isBackgroundRun = (): boolean => background;

/** Runs `work` with the deadline brought forward to `ms` from now (a part's fair share of a run), then restores it. */
export function withShare<T>(ms: number, work: () => T): T {
  const outer = endsAt;
  endsAt = Math.min(outer, Date.now() + ms);
  try {
    return work();
  } finally {
    endsAt = outer;
  }
}
