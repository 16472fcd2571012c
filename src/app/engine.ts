// The one step engine: every write made in steps (bulk invites, resends, the sweep, role changes, owner-transfer
// steps, sheet syncs) runs here as a plan (domain/plan.ts), its item states the journal: killed at any call, the next
// run resumes exactly (a step's order: its three checkpoints); a storm opens one circuit breaker that later runs probe.
import { deleteInvitations, invitationsOfPairs, pairKey } from '../classroom/follow-up';
import { ASK_EACH_MAX, courseMembership } from '../classroom/membership';
import { invalidInput, messageKeyFor, type ApiError, type AppError, type MessageKey } from '../domain/errors';
import type { Origin } from '../domain/ledger';
import { BREAKER_BATCHES, pauseBetweenBatches } from '../domain/pacer';
import {
  afterStep,
  commonReason,
  isFinished,
  lineOf,
  newPlan,
  nextSlice,
  requestsOf,
  setStates,
  stateOf,
  withReasons,
  writeOf,
  type ItemState,
  type Plan,
  type PlanKind,
  type Write,
} from '../domain/plan';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';
import { withUserLock } from '../platform/lock';
import {
  breakerOpen,
  cancelRequested,
  closeBreaker,
  deletePlan,
  newPlanId,
  openBreaker,
  requestCancel,
  savePlan,
} from '../platform/plan-store';
import { asJob, budgetWait } from '../transport/budget';
import { fits } from '../transport/deadline';
import { createRecorded } from './follow-up';
import { keepTrigger } from './pending';

/** A probe: what a run sends first while the breaker is open, and after a step that got nothing done. */
export const PROBE_ITEMS = 5;
/** What one step may take at worst (three round trips of retried batches), so none starts that cannot be saved. */
const STEP_MS = 12_000;
/** Failed parts of a step get one short retry; what still fails stays open for the next step or run. */
const STEP_RETRY = { maxTries: 2, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };
const REFUSED_STEPS = 2; // Steps in a row refused for one permanent reason before the plan stops, naming it
export const NO_ANSWER: ApiError = { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' };

/** What a feature adds to the engine for its plans. */
export interface Kind<C = unknown> {
  origin: Origin;
  /** False: its creates are not the ledger's to follow (an owner transfer's, which its wizard follows itself). */
  ledger?: false;
  stepSize: number;
  /** What a run needs once (a sheet read, the settings); a message key pauses the plan with that reason. */
  open?(plan: Plan): C | { pause: MessageKey };
  /** The writes of these items; the default reads the plan's own lines. Null: not a write (failed, never sent). */
  writes?(plan: Plan, ctx: C, items: readonly number[]): (Write | null)[];
  /** Right before a fresh item is sent: null when still approved and true, else why it is skipped. */
  approved?(plan: Plan, ctx: C, items: readonly { index: number; write: Write }[]): (MessageKey | null)[];
  /** After each step, before its outcomes are saved: the feature's records of them (idempotent: see `step`). */
  afterStep?(plan: Plan, ctx: C, step: StepReport): void;
}

export interface StepReport {
  items: number[];
  writes: Map<number, Write>;
  /** Invitations Classroom returned to this step's creates (a role change shows the new one). */
  created: Map<number, Invitation>;
  errors: Map<number, ApiError>; // Classroom's answers that failed an item, for the view's words
}

interface RunResult {
  plan: Plan | null; // Null when the plan was cancelled meanwhile (and deleted)
  created: Map<number, Invitation>;
  errors: Map<number, ApiError>;
  outage: boolean; // The run stopped because Classroom failed everything (the breaker is open): other plans wait too
}

/** A plan of `writes`, approved now (by the click or the run that decided them); not saved yet. */
export function approvedPlan(
  kind: PlanKind,
  course: { id: string; name: string },
  role: Role,
  writes: readonly Write[],
  extra?: Plan['extra'],
): Plan {
  const lines = writes.map((w) => lineOf({ courseId: course.id, role }, w));
  const plan = newPlan(newPlanId(), kind, course, role, lines, Date.now());
  return { ...plan, approvedAt: plan.createdAt, ...(extra ? { extra } : {}) };
}

/** `work` under the user lock; `busy` is thrown when another execution holds it. */
export function locked<T>(work: () => T, busy: AppError = invalidInput('job.busy'), waitMs?: number): T {
  const run = withUserLock(() => ({ value: work() }), waitMs);
  if (run === null) throw busy;
  return run.value;
}

/** Saved first (the journal: whatever happens next, a later run can finish it), then worked on. */
export function savedAndRun<C>(plan: Plan, kind: Kind<C>): RunResult {
  savePlan(plan);
  return runPlan(plan, kind);
}

/** Cancels a plan: deleted now unless a run holds the lock, which sees the flag before its next step. */
export function cancelPlan(id: string): void {
  requestCancel(id);
  withUserLock(() => {
    deletePlan(id);
  }, 0);
  keepTrigger();
}

// Deletes and replaces an earlier execution left in flight, settled by what Classroom lists now (one round trip): still
// listed, not deleted (creates go out only after the deleted mark); a replace marked deleted whose person is listed
// again was re-created. Where the list fails, the item waits. (A create in flight is sent again: ALREADY_EXISTS.)
function settleUnsure(plan: Plan, unsure: readonly [number, Write][]): Plan {
  if (unsure.length === 0) return plan;
  const listed = invitationsOfPairs(unsure.map(([, w]) => w));
  const changes = new Map<number, ItemState>();
  for (const [i, w] of unsure) {
    const now = listed.get(pairKey(w));
    if (!now) continue; // unknown: left as it is
    const present = now.length > 0;
    if (stateOf(plan, i) === 'd') {
      // Listed again: our create landed, or (another role) someone else invited them meanwhile, theirs to keep.
      if (present) changes.set(i, now.some((x) => x.role === w.role) ? 'i' : 'a');
    } else if (w.op === 'delete') changes.set(i, present ? 'p' : 'i');
    else if (w.op === 'replace')
      changes.set(i, present ? (now.some((x) => x.role === w.role && w.role !== w.from) ? 'i' : 'p') : 'd');
  }
  return setStates(plan, changes, Date.now());
}

// Creates refused with FAILED_PRECONDITION and no reason: the person is already a member, or their account is
// suspended (CR/invitations/create). One round trip per course (20 addresses at a time) tells which, so a suspended
// account is never counted as "already in the course"; a person known only by id stays "already in the course".
function membersAmong(items: readonly [number, Write][]): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const byCourse = new Map<string, [number, string][]>();
  for (const [i, w] of items) {
    if (!w.userId.includes('@')) out.set(i, true);
    else byCourse.set(w.courseId, [...(byCourse.get(w.courseId) ?? []), [i, w.userId.toLowerCase()]]);
  }
  for (const [courseId, people] of byCourse)
    for (let k = 0; k < people.length; k += ASK_EACH_MAX) {
      const chunk = people.slice(k, k + ASK_EACH_MAX);
      const emails = chunk.map(([, email]) => email);
      const { members } = courseMembership(courseId, emails);
      for (const [i, email] of chunk) out.set(i, members.has(email));
    }
  return out;
}

/** One step. Returns the plan as saved after it, or null when the deadline or the budget leave no room for it. */
function step<C>(start: Plan, kind: Kind<C>, ctx: C, size: number): { plan: Plan; report: StepReport } | null {
  const items = nextSlice(start, size);
  const listed = kind.writes?.(start, ctx, items) ?? items.map((i) => writeOf(start, start.lines[i] ?? ''));
  const writes = new Map(items.flatMap((i, k) => (listed[k] ? [[i, listed[k]] as const] : [])));
  const report: StepReport = { items, writes, created: new Map(), errors: new Map() };
  const writeAt = (i: number) => report.writes.get(i) as Write;
  // The writes, and one list when an earlier execution left deletes or replaces to settle.
  const unsure = [...report.writes].filter(([i, w]) => w.op !== 'create' && 'xd'.includes(stateOf(start, i)));
  const cost = [...report.writes.values()].reduce((n, w) => n + requestsOf(w), 0) + (unsure.length ? 1 : 0);
  const wait = budgetWait(cost);
  if (!fits(wait + STEP_MS)) return null;
  if (wait > 0) Utilities.sleep(wait); // the budget is spent for now: wait here, not inside the transport

  let plan = settleUnsure(start, unsure);
  // An item's new state is set at once; its reason is kept for the next save.
  const reasons = new Map<number, MessageKey>();
  const mark = (i: number, state: ItemState, reason?: MessageKey) => {
    plan = setStates(plan, new Map([[i, state]]), Date.now());
    if (reason) reasons.set(i, reason);
  };
  for (const i of items)
    if (!report.writes.has(i) && !'ifs'.includes(stateOf(plan, i))) mark(i, 'f', 'plan.invalidItem');

  // Fresh items: still approved and still true right now, or skipped with the reason.
  const fresh = items
    .filter((i) => stateOf(plan, i) === 'p' && report.writes.has(i))
    .map((index) => ({ index, write: writeAt(index) }));
  const verdicts = kind.approved?.(plan, ctx, fresh) ?? [];
  for (const [k, { index }] of fresh.entries()) if (verdicts[k]) mark(index, 's', verdicts[k]);

  // Checkpoint 1: everything this step may send is in flight (a failed save throws: nothing is sent).
  const wasInFlight = new Set(items.filter((i) => stateOf(plan, i) === 'x'));
  const send = items.filter((i) => 'px'.includes(stateOf(plan, i)) && report.writes.has(i));
  for (const i of send) mark(i, 'x');
  plan = withReasons(plan, reasons);
  savePlan(plan);
  const sentAt = Date.now();

  // Deletes (withdrawals, and the first half of each replace) in one round trip.
  const toDelete = send.filter((i) => writeAt(i).op !== 'create');
  const ids = toDelete.map((i) => (writeAt(i) as Extract<Write, { invitationId: string }>).invitationId);
  const deleted = deleteInvitations(ids);
  toDelete.forEach((i, k) => {
    const answer = deleted[k] ?? 'retry';
    if (answer === 'retry') return; // may have happened: the next step reads before it acts
    if (answer === 'failed') mark(i, 'f', 'plan.deleteRefused');
    else if (writeAt(i).op === 'delete') mark(i, answer === 'deleted' ? 'i' : 'a');
    else if (answer === 'deleted') mark(i, 'd');
    else mark(i, 's', 'resend.gone');
  });
  // Checkpoint 2: the replaces whose old invitation is gone, before their create.
  if (toDelete.some((i) => stateOf(plan, i) === 'd')) savePlan(withReasons(plan, reasons));

  // Creates (new invitations, the second half of each replace, restores of refused replaces) in one round trip.
  const restoring = (i: number) => Object.values(plan.failures).some((l) => l.includes(i));
  const toCreate = items.filter(
    (i) => (stateOf(plan, i) === 'x' && report.writes.get(i)?.op === 'create') || stateOf(plan, i) === 'd',
  );
  // A resend's and a restore's create continue the entry they replace (its kind updates the ledger after the step).
  const createOf = (i: number) => {
    const w = writeAt(i);
    const back = w.op === 'replace' && restoring(i);
    const unrecorded = kind.ledger === false || (w.op === 'replace' && (back || w.from === w.role));
    return { courseId: w.courseId, userId: w.userId, role: back ? w.from : w.role, unrecorded };
  };
  const resent = new Set(toCreate.flatMap((i, k) => (wasInFlight.has(i) ? [k] : [])));
  const answers = createRecorded(toCreate.map(createOf), kind.origin, STEP_RETRY, resent);
  const refusedReplaces: number[] = [];
  const refusedAsMember: number[] = [];
  toCreate.forEach((i, k) => {
    const a = answers[k] ?? { kind: 'retry', api: NO_ANSWER };
    const replace = writeAt(i).op === 'replace';
    switch (a.kind) {
      case 'invited':
        if (a.invitation) report.created.set(i, a.invitation);
        mark(i, replace && restoring(i) ? 'r' : 'i');
        break;
      case 'alreadyInvited':
        // Sent again after a kill: the earlier, unsaved send made it. First send: someone invited them meanwhile.
        mark(i, replace ? (restoring(i) ? 'r' : 'i') : wasInFlight.has(i) ? 'i' : 'a');
        break;
      case 'precondition':
        refusedAsMember.push(i); // a member, or a suspended account: told apart below
        break;
      case 'retry':
        report.errors.set(i, a.api);
        break; // stays in flight (create) or deleted (replace): the next step sends it again
      case 'failed':
        report.errors.set(i, a.api);
        reasons.set(i, messageKeyFor(a.api, 'create'));
        if (replace && !restoring(i))
          refusedReplaces.push(i); // the old invitation is deleted: restore it now
        else mark(i, 'f');
    }
  });
  for (const [i, member] of membersAmong(refusedAsMember.map((i) => [i, writeAt(i)])))
    mark(i, member ? 'm' : 'f', member ? undefined : 'err.create.disabled');
  plan = withReasons(plan, reasons);
  if (refusedReplaces.length > 0) {
    savePlan(plan); // the refusal's reason marks these as restores before the restoring create goes out
    const restored = createRecorded(refusedReplaces.map(createOf), kind.origin, STEP_RETRY);
    refusedReplaces.forEach((i, k) => {
      const a = restored[k];
      if (a?.kind === 'invited' || a?.kind === 'alreadyInvited') mark(i, 'r');
      else if (a?.kind !== 'retry') mark(i, 'f'); // lost: the reason says why, the card names the person
    });
  }

  const finals = [...report.writes.keys()].map((i) => stateOf(plan, i));
  plan = { ...afterStep(plan, finals), busyMs: plan.busyMs + (Date.now() - sentAt) };
  // The feature's own records first (the ledger, the status column): killed between the two, the next step settles
  // the same items again and calls it again, so it must be idempotent; killed after, nothing is left undone.
  kind.afterStep?.(plan, ctx, report);
  savePlan(plan); // checkpoint 3: the outcomes
  return { plan, report };
}

// Works on a plan (the caller holds the user lock) until finished, stopped, paused, cancelled or near the deadline. A
// run first clears a pause; while the breaker is open (a storm met by any run) it sends one probe step first.
export function runPlan<C>(start: Plan, kind: Kind<C>): RunResult {
  return asJob(() => {
    const { paused: _p, pausedAt: _a, ...resumed } = start;
    let plan: Plan = { ...resumed, runs: start.runs + 1, failedSteps: 0 };
    const result: RunResult = { plan, created: new Map(), errors: new Map(), outage: false };
    const ctx = kind.open ? kind.open(plan) : (undefined as C);
    if (typeof ctx === 'object' && ctx !== null && 'pause' in ctx) {
      plan = { ...plan, paused: ctx.pause, pausedAt: Date.now() };
      savePlan(plan);
      return { ...result, plan };
    }
    let size = breakerOpen() ? PROBE_ITEMS : kind.stepSize;
    while (!isFinished(plan)) {
      if (cancelRequested(plan.id)) {
        deletePlan(plan.id);
        return { ...result, plan: null };
      }
      const out = step(plan, kind, ctx, size);
      if (!out) break;
      plan = out.plan;
      for (const [i, inv] of out.report.created) result.created.set(i, inv);
      for (const [i, e] of out.report.errors) result.errors.set(i, e);
      const failed = plan.failedSteps ?? 0;
      if (failed === 0) {
        closeBreaker();
        size = kind.stepSize;
      } else if ((size === PROBE_ITEMS && breakerOpen()) || failed >= BREAKER_BATCHES) {
        // The probe failed too (Classroom is still down), or a storm: stop here; the next run probes again.
        const api = [...out.report.errors.values()][0];
        const paused = api ? messageKeyFor(api, 'create') : 'err.unavailable';
        plan = { ...plan, paused, pausedAt: Date.now() };
        savePlan(plan);
        openBreaker(paused);
        result.outage = true;
        break;
      } else size = PROBE_ITEMS; // after a failed step, send little until Classroom answers again
      const reason = (plan.refusedSteps ?? 0) >= REFUSED_STEPS && commonReason(plan, out.report.items);
      if (reason) {
        plan = { ...plan, stopped: reason };
        savePlan(plan);
        break;
      }
      if (failed > 0) {
        const rest = pauseBetweenBatches(failed, Math.random());
        if (!fits(rest + STEP_MS)) break;
        Utilities.sleep(rest);
      }
    }
    return { ...result, plan };
  });
}
