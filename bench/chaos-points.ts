// Kill points where the risk is, shared by `npm test` (a few points an execution) and `npm run chaos` (every point).
// A kill at service call n runs calls 1…n-1 and not n. Between two state-changing calls every kill leaves the same
// state behind, so killing just before and just after each such call reaches every state a kill can leave.
import type { Emulator } from '@classroom-invitations/emulator';

/** Calls that change what outlives the execution: properties, cache, triggers, Classroom, mail, sheets, any fetch. */
const CHANGES =
  /^(Properties\.(set|delete)|Cache\.(put|remove)|Classroom\.\w+\.(create|remove|accept|patch)|UrlFetchApp\.fetch|ScriptApp\.deleteTrigger|\w*TriggerBuilder\.create|MailApp\.send|GmailApp\.send|Range\.(set|clear)|Sheet\.(append|insert|delete|clear))/;

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

/** Every call, 1…n: the full sweep `npm run chaos` runs. */
export const everyPoint = (calls: readonly string[]): number[] => Array.from({ length: calls.length }, (_, i) => i + 1);
