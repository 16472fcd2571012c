// What one scenario cost on the emulator: round trips, API requests, virtual seconds and quota errors, taken as the
// difference of the counters around the measured steps, plus the round trips' contents to explain a missed target.
import type { CallLogEntry, Emulator } from '@classroom-invitations/emulator';

export interface Metrics {
  roundTrips: number;
  requests: number;
  seconds: number;
  quotaErrors: number;
}

export interface Measured<T> {
  metrics: Metrics;
  /** The API calls made during the measured steps, in order. */
  calls: CallLogEntry[];
  value: T;
}

/** Runs `steps` and returns what they cost; counters are never reset, so the quota window stays honest. */
export function measure<T>(emu: Emulator, steps: () => T): Measured<T> {
  const api = emu.api;
  const before = { rt: api.roundTrips, req: api.log.length, quota: api.quotaErrors, t: emu.clock.now() };
  const value = steps();
  return {
    metrics: {
      roundTrips: api.roundTrips - before.rt,
      requests: api.log.length - before.req,
      seconds: (emu.clock.now() - before.t) / 1000,
      quotaErrors: api.quotaErrors - before.quota,
    },
    calls: api.log.slice(before.req),
    value,
  };
}

/** One line per round trip, e.g. "#3 batch invitations.create ×50", consecutive identical lines folded. */
export function roundTripLines(calls: readonly CallLogEntry[]): string[] {
  const byTrip = new Map<number, CallLogEntry[]>();
  for (const c of calls) byTrip.set(c.roundTrip, [...(byTrip.get(c.roundTrip) ?? []), c]);
  const lines: string[] = [];
  let n = 0;
  for (const entries of byTrip.values()) {
    n++;
    const kinds = new Map<string, number>();
    for (const e of entries) kinds.set(`${e.via} ${e.method}`, (kinds.get(`${e.via} ${e.method}`) ?? 0) + 1);
    lines.push([...kinds].map(([k, count]) => `${k} ×${count}`).join(' + '));
  }
  const folded: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j] === lines[i]) j++;
    const label = j - i === 1 ? `#${i + 1}` : `#${i + 1}-${j}`;
    folded.push(`${label} ${lines[i]!}${j - i > 1 ? ` (${j - i} round trips)` : ''}`);
    i = j;
  }
  if (n === 0) folded.push('(no API call)');
  return folded;
}

/** The most requests any 60-second window of the log holds (Google's quotas are per moving minute). */
export function busiestMinute(log: readonly CallLogEntry[]): number {
  const times = log.map((e) => e.t).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= 60_000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
