// Kill points where the risk is, shared by `npm test` (a few points an execution) and `npm run chaos` (every point).
// A kill at service call n runs calls 1…n-1 and not n. Between two state-changing calls every kill leaves the same
// state behind, so killing just before and just after each such call reaches every state a kill can leave.
import type { Emulator } from '@classroom-invitations/emulator';

/**
 * Calls that change what outlives the execution: properties, triggers, Classroom, mail, sheets, any fetch. Not the
 * cache: Google may evict any entry at any time, so the code must already stand any cache state (every call is
 * still a kill point in `npm run chaos`).
 */
const CHANGES =
  /^(Properties\.(set|delete)|Classroom\.\w+\.(create|remove|accept|patch)|UrlFetchApp\.fetch|ScriptApp\.deleteTrigger|\w*TriggerBuilder\.create|MailApp\.send|GmailApp\.send|Range\.(set|clear)|Sheet\.(append|insert|delete|clear))/;

/** The service calls of `act`, in order, as `Service.method`. */
export function serviceCalls(emu: Emulator, act: () => void): string[] {
  const calls: string[] = [];
  emu.onServiceCall = (service, method) => {
    calls.push(`${service}.${method}`);
  };
  try {
    act();
  } finally {
    emu.onServiceCall = undefined;
  }
  return calls;
}

/** The first and last call, and the calls just before and just after each state-changing one (1-based). */
export function riskPoints(calls: readonly string[]): number[] {
  const points = new Set([1, calls.length]);
  calls.forEach((call, i) => {
    if (!CHANGES.test(call)) return;
    points.add(i + 1);
    if (i + 2 <= calls.length) points.add(i + 2);
  });
  return [...points].sort((a, b) => a - b);
}

/**
 * `npm run chaos` runs the kill-point and fuzz tests again with CHAOS_FULL=1 (bench/chaos-more.ts): then every
 * service call is a kill point and each fuzz runs 1,000 times; `npm test` runs the few points and 100 fuzz runs.
 */
export const FULL = process.env.CHAOS_FULL === '1';

export function killPoints(calls: readonly string[]): number[] {
  return FULL ? Array.from({ length: calls.length }, (_, i) => i + 1) : riskPoints(calls);
}

export const FUZZ_RUNS = FULL ? 1_000 : 100;
