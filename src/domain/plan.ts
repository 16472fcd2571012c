// Everything the add-on writes in steps is a plan: the writes the user approved, one state letter per write, and the
// reasons of those that failed. The state letters are the one journal: a write is marked in flight before it is sent
// and a replace (delete + create) is marked deleted before its create, so an execution killed anywhere resumes
// without losing an invitation or sending one twice. Pure: the engine (app/engine.ts) does the I/O.
import type { MessageKey } from '../i18n';
import { isRole, type Role } from './roles';
import { minutesFor } from './pacer';

/** One write the user approved. A replace is Classroom's only way to resend or change a role: delete, then create. */
export type Write =
  | { op: 'create'; courseId: string; userId: string; role: Role }
  | { op: 'delete'; courseId: string; userId: string; role: Role; invitationId: string }
  | { op: 'replace'; courseId: string; userId: string; invitationId: string; from: Role; role: Role };

// p pending · x sent, answer not saved (may have reached Classroom) · d replace: deleted, create not yet answered ·
// i done · a already (invited by someone else, or nothing left to delete) · m already a member · f failed ·
// r replace refused, the old invitation restored · s skipped: no longer approved or no longer true when its turn came.
export type ItemState = 'p' | 'x' | 'd' | 'i' | 'a' | 'm' | 'f' | 'r' | 's';
const OPEN = 'pxd';

export type PlanKind = 'invite' | 'resend' | 'sweep' | 'role' | 'sync' | 'transfer';
const PLAN_KINDS: readonly PlanKind[] = ['invite', 'resend', 'sweep', 'role', 'sync', 'transfer'];

export interface Plan {
  id: string;
  kind: PlanKind;
  title: string; // What the cards name it by: the course's name, or the sheet's title
  courseId: string; // The course and role of a plan's plain creates (an item line that is just an address)
  role: Role;
  lines: string[]; // Each item's data, written once: an address, or a JSON Write (kinds may use their own format)
  states: string;
  /** Items by the message key that explains them: failures, skips, restores. */
  failures: Partial<Record<MessageKey, number[]>>;
  createdAt: number;
  updatedAt: number;
  /** When the user approved it (confirmed a preview, clicked, saved the settings); absent: a draft nothing runs. */
  approvedAt?: number;
  runs: number; // Executions that worked on it, and the time they spent sending (for the estimate)
  busyMs: number;
  failedSteps?: number; // Steps in a row that got nothing done (every send 429/5xx); the circuit breaker's count
  refusedSteps?: number; // Steps in a row whose every write was refused for a permanent reason
  paused?: MessageKey; // Paused with the reason shown; the next run (hourly, or Continue now) probes and resumes it
  pausedAt?: number; // When it paused; the card says when the next hourly run looks again
  stopped?: MessageKey; // Stopped for good, with the reason: nothing runs it again
  /** A kind's own small facts (a sheet's id, a locale…), validated by that kind. */
  extra?: Record<string, string | number | boolean>;
}

export function newPlan(
  id: string,
  kind: PlanKind,
  course: { id: string; name: string },
  role: Role,
  lines: readonly string[],
  now: number,
): Plan {
  return {
    id,
    kind,
    title: course.name,
    courseId: course.id,
    role,
    lines: [...lines],
    states: 'p'.repeat(lines.length),
    failures: {},
    createdAt: now,
    updatedAt: now,
    runs: 0,
    busyMs: 0,
  };
}

/** An item line for a write: a plain create of the plan's course and role is just the address. */
export function lineOf(plan: Pick<Plan, 'courseId' | 'role'>, w: Write): string {
  if (w.op === 'create' && w.courseId === plan.courseId && w.role === plan.role && !w.userId.startsWith('{'))
    return w.userId;
  return JSON.stringify(w);
}

const str = (x: unknown): x is string => typeof x === 'string' && x !== '';

/** The write of an item line; null when the line is not one (a malformed store is never acted on). */
export function writeOf(plan: Pick<Plan, 'courseId' | 'role'>, line: string): Write | null {
  if (!line.startsWith('{'))
    return line ? { op: 'create', courseId: plan.courseId, userId: line, role: plan.role } : null;
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(line) as Record<string, unknown>; // it starts with '{': an object when it parses
  } catch {
    return null;
  }
  if (!str(r.courseId) || !str(r.userId) || !isRole(r.role)) return null;
  const base = { courseId: r.courseId, userId: r.userId, role: r.role };
  if (r.op === 'create') return { op: 'create', ...base };
  if (!str(r.invitationId)) return null;
  if (r.op === 'delete') return { op: 'delete', ...base, invitationId: r.invitationId };
  if (r.op === 'replace' && isRole(r.from))
    return { op: 'replace', ...base, invitationId: r.invitationId, from: r.from };
  return null;
}

export const stateOf = (plan: Plan, index: number): ItemState => (plan.states[index] ?? 'f') as ItemState;

export function setStates(plan: Plan, changes: ReadonlyMap<number, ItemState>, now: number): Plan {
  if (changes.size === 0) return plan;
  const states = plan.states.split('');
  for (const [i, s] of changes) states[i] = s;
  return { ...plan, states: states.join(''), updatedAt: now };
}

/** Adds reasons for items (a failure, a skip, a restore); an item keeps only its latest reason. */
export function withReasons(plan: Plan, reasons: ReadonlyMap<number, MessageKey>): Plan {
  if (reasons.size === 0) return plan;
  const failures: Plan['failures'] = {};
  for (const [key, list] of Object.entries(plan.failures) as [MessageKey, number[]][]) {
    const kept = list.filter((i) => !reasons.has(i));
    if (kept.length > 0) failures[key] = kept;
  }
  for (const [i, key] of reasons) failures[key] = [...(failures[key] ?? []), i];
  return { ...plan, failures };
}

/** The next items of a step: those an earlier execution left in flight or half-replaced first, then pending ones. */
export function nextSlice(plan: Plan, max: number): number[] {
  const out: number[] = [];
  for (const wanted of ['d', 'x', 'p'])
    for (let i = 0; i < plan.states.length && out.length < max; i++) if (plan.states[i] === wanted) out.push(i);
  return out;
}

export function progress(plan: Plan) {
  // states holds one ASCII letter per item.
  const count = (letters: string) => plan.states.split('').filter((c) => letters.includes(c)).length;
  const pending = count(OPEN);
  return {
    total: plan.states.length,
    done: plan.states.length - pending,
    invited: count('i'),
    alreadyInvited: count('a'),
    alreadyMember: count('m'),
    failed: count('fr'),
    skipped: count('s'),
    pending,
  };
}

export const isFinished = (plan: Plan): boolean => !/[pxd]/.test(plan.states);

/** Approved, not stopped, work left: what clicks and the hourly run work on. */
export const isRunnable = (plan: Plan): boolean =>
  plan.approvedAt !== undefined && plan.stopped === undefined && !isFinished(plan);

/** Finished or stopped: the card offers Close. */
export const isDone = (plan: Plan): boolean =>
  plan.approvedAt !== undefined && (isFinished(plan) || plan.stopped !== undefined);

/** Finished plans are kept a week for the user to see; a preview nobody confirmed, a day. */
export const DONE_PLAN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

export function isExpired(plan: Plan, now: number): boolean {
  const age = now - plan.updatedAt;
  return (isDone(plan) && age > DONE_PLAN_TTL_MS) || (plan.approvedAt === undefined && age > DRAFT_TTL_MS);
}

/** Requests one item costs at most: a replace deletes and creates (and may restore). */
export const requestsOf = (w: Write): number => (w.op === 'replace' ? 2 : 1);

// Minutes the rest needs if the user keeps pressing Continue: the requests left at the rate the budget allows, never
// less than the pace seen so far. Null before the first step.
export function estimateMinutes(plan: Plan, perMinute: number): number | null {
  const { done, pending } = progress(plan);
  if (done === 0) return null;
  const byPace = plan.busyMs > 0 ? Math.ceil(((plan.busyMs / done) * pending) / 60_000) : 1;
  return Math.max(minutesFor(pending, perMinute), byPace);
}

/** The circuit breaker's counts after a step whose items ended in `after` (open items still open: retry). */
export function afterStep(plan: Plan, after: readonly ItemState[]): Plan {
  const all = (letters: string) => after.length > 0 && after.every((s) => letters.includes(s));
  return {
    ...plan,
    failedSteps: all(OPEN) ? (plan.failedSteps ?? 0) + 1 : 0,
    refusedSteps: all('f') ? (plan.refusedSteps ?? 0) + 1 : 0,
  };
}

/** The permanent reason most of these items failed for. */
export function commonReason(plan: Plan, items: readonly number[]): MessageKey | undefined {
  const mine = new Set(items);
  const counts = Object.entries(plan.failures).map(
    ([key, list]) => [key as MessageKey, list.filter((i) => mine.has(i)).length] as const,
  );
  return counts.sort((a, b) => b[1] - a[1]).find(([, n]) => n > 0)?.[0];
}

/** Validates what the store read: a plan whose fields are not what the engine wrote is never acted on. */
export function isPlan(x: unknown): x is Plan {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  const num = (k: string) => typeof p[k] === 'number' && Number.isFinite(p[k]);
  const optNum = (k: string) => p[k] === undefined || num(k);
  const isStr = (k: string) => typeof p[k] === 'string';
  return (
    str(p.id) &&
    PLAN_KINDS.includes(p.kind as PlanKind) &&
    ['title', 'courseId'].every(isStr) &&
    isRole(p.role) &&
    Array.isArray(p.lines) &&
    p.lines.every((l) => typeof l === 'string') &&
    typeof p.states === 'string' &&
    /^[pxdiamfrs]*$/.test(p.states) &&
    p.states.length === p.lines.length &&
    typeof p.failures === 'object' &&
    p.failures !== null &&
    Object.values(p.failures).every((l) => Array.isArray(l) && l.every((i) => Number.isInteger(i))) &&
    ['createdAt', 'updatedAt', 'runs', 'busyMs'].every(num) &&
    ['approvedAt', 'failedSteps', 'refusedSteps', 'pausedAt'].every(optNum) &&
    ['paused', 'stopped'].every((k) => p[k] === undefined || isStr(k)) &&
    (p.extra === undefined || (typeof p.extra === 'object' && p.extra !== null))
  );
}
