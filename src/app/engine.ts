// The one step engine: every write the add-on makes in steps (bulk invites, resends, the sweep, role changes,
// owner-transfer steps, sheet syncs) runs here as a plan (domain/plan.ts). A step takes the next items, settles
// what an earlier execution left in flight (one read), drops those no longer approved, reserves the budget, marks
// the rest in flight, sends the deletes in one batch, marks replaced items deleted, sends the creates in one batch
// (the ledger written ahead), restores what a refused replace deleted, and saves the outcomes. Killed at any call,
// the next run resumes exactly; a storm opens one circuit breaker that later runs probe before sending more.
import { deleteInvitations, invitationsOfPairs, pairKey, type DeleteAnswer } from '../classroom/follow-up';
import { ASK_EACH_MAX, courseMembership } from '../classroom/membership';
import { messageKeyFor, type ApiError } from '../domain/errors';
import type { MessageKey } from '../domain/errors';
import type { Origin } from '../domain/ledger';
import type { CreateAnswer } from '../domain/outcomes';
import { BREAKER_BATCHES, pauseBetweenBatches } from '../domain/pacer';
import {
  afterStep,
  commonReason,
  isFinished,
  nextSlice,
  requestsOf,
  setStates,
  stateOf,
  withReasons,
  writeOf,
  type ItemState,
  type Plan,
  type Write,
} from '../domain/plan';
import type { Invitation } from '../domain/types';
import { closeBreaker, breakerOpen, openBreaker } from '../platform/breaker';
import { cancelRequested, deletePlan, savePlan } from '../platform/plan-store';
import { asJob, budgetWait } from '../transport/budget';
import { fits } from '../transport/deadline';
import { createRecorded } from './follow-up';

/** A probe: what a run sends first while the breaker is open, and after a step that got nothing done. */
export const PROBE_ITEMS = 5;
/** What one step may take at worst (three round trips of retried batches), so none starts that cannot be saved. */
const STEP_MS = 12_000;
/** Failed parts of a step get one short retry; what still fails stays open for the next step or run. */
const STEP_RETRY = { maxTries: 2, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };
/** Steps in a row refused for one permanent reason before the plan stops, naming it. */
const REFUSED_STEPS = 2;

/** What a feature adds to the engine for its plans. */
export interface Kind<C = unknown> {
  /** The ledger's origin of this kind's creates. */
  origin: Origin;
  /** False: its creates are not the ledger's to follow (an owner transfer's, which its wizard follows itself). */
  ledger?: false;
  /** Items per step (a batch of 50 creates, 25 replaces). */
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
  /** Classroom's answers that failed an item, for the view's words. */
  errors: Map<number, ApiError>;
}

export interface RunResult {
  /** Null when the plan was cancelled meanwhile (and deleted). */
  plan: Plan | null;
  created: Map<number, Invitation>;
  errors: Map<number, ApiError>;
  /** The run stopped because Classroom failed everything (the breaker is open): other plans wait too. */
  outage: boolean;
}

function writesOf<C>(plan: Plan, kind: Kind<C>, ctx: C, items: readonly number[]): Map<number, Write | null> {
  const list = kind.writes ? kind.writes(plan, ctx, items) : items.map((i) => writeOf(plan, plan.lines[i] ?? ''));
  return new Map(items.map((i, k) => [i, list[k] ?? null]));
}

/**
 * Items an earlier execution left in flight: what Classroom lists now decides (one round trip). A create in flight
 * needs no read (sent again, ALREADY_EXISTS then counts as done). A delete or replace in flight whose invitation is
 * still listed was not deleted (creates go out only after the deleted mark); a replace marked deleted whose person
 * is listed again was re-created. Where the list fails, the item waits for a later step.
 */
function settleUnsure(plan: Plan, writes: ReadonlyMap<number, Write | null>, now: number): Plan {
  const unsure = [...writes].filter(
    (e): e is [number, Write] => e[1] !== null && e[1].op !== 'create' && 'xd'.includes(stateOf(plan, e[0])),
  );
  if (unsure.length === 0) return plan;
  const listed = invitationsOfPairs(unsure.map(([, w]) => w));
  const changes = new Map<number, ItemState>();
  for (const [i, w] of unsure) {
    const now = listed.get(pairKey(w));
    if (now === undefined || now === null) continue; // unknown: left as it is
    const present = now.length > 0;
    if (stateOf(plan, i) === 'd') {
      // Listed again: our create landed, or (another role) someone else invited them meanwhile, theirs to keep.
      if (present) changes.set(i, now.some((x) => x.role === w.role) ? 'i' : 'a');
    } else if (w.op === 'delete') changes.set(i, present ? 'p' : 'i');
    else if (w.op === 'replace')
      changes.set(i, present ? (now.some((x) => x.role === w.role && w.role !== w.from) ? 'i' : 'p') : 'd');
  }
  return setStates(plan, changes, now);
}

const NO_ANSWER: ApiError = { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' };

/**
 * Creates refused with FAILED_PRECONDITION and no reason: the person is already a member, or their account is
 * suspended (CR/invitations/create). One round trip per course (20 addresses at a time) tells which, so a suspended
 * account is never counted as "already in the course"; a person known only by id stays "already in the course".
 */
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
      const { members } = courseMembership(
        courseId,
        chunk.map(([, email]) => email),
      );
      for (const [i, email] of chunk) out.set(i, members.has(email));
    }
  return out;
}

/** One step. Returns the plan as saved after it, or null when the deadline or the budget leave no room for it. */
export function step<C>(start: Plan, kind: Kind<C>, ctx: C, size: number): { plan: Plan; report: StepReport } | null {
  const items = nextSlice(start, size);
  const writes = writesOf(start, kind, ctx, items);
  const report: StepReport = { items, writes: new Map(), created: new Map(), errors: new Map() };
  for (const [i, w] of writes) if (w) report.writes.set(i, w);
  // The writes, and one list when an earlier execution left items to settle.
  const unsure = items.some((i) => 'xd'.includes(stateOf(start, i)) && report.writes.get(i)?.op !== 'create');
  const cost = [...report.writes.values()].reduce((n, w) => n + requestsOf(w), 0) + (unsure ? 1 : 0);
  const wait = budgetWait(cost);
  if (!fits(wait + STEP_MS)) return null;
  if (wait > 0) Utilities.sleep(wait); // the budget is spent for now: wait here, not inside the transport

  const reasons = new Map<number, MessageKey>();
  let plan = settleUnsure(start, writes, Date.now());
  const invalid = new Map<number, ItemState>();
  for (const [i, w] of writes)
    if (!w && !'ifs'.includes(stateOf(plan, i))) {
      invalid.set(i, 'f');
      reasons.set(i, 'plan.invalidItem');
    }
  plan = setStates(plan, invalid, Date.now());

  // Fresh items: still approved and still true right now, or skipped with the reason.
  const fresh = items.filter((i) => stateOf(plan, i) === 'p' && report.writes.has(i));
  const verdicts = kind.approved
    ? kind.approved(
        plan,
        ctx,
        fresh.map((index) => ({ index, write: report.writes.get(index) as Write })),
      )
    : [];
  const skips = new Map<number, ItemState>();
  fresh.forEach((i, k) => {
    const why = verdicts[k];
    if (why) {
      skips.set(i, 's');
      reasons.set(i, why);
    }
  });
  plan = setStates(plan, skips, Date.now());

  // Checkpoint 1: everything this step may send is in flight (a failed save throws: nothing is sent).
  const wasInFlight = new Set(items.filter((i) => stateOf(plan, i) === 'x'));
  const send = items.filter((i) => 'px'.includes(stateOf(plan, i)) && report.writes.has(i));
  plan = setStates(plan, new Map(send.map((i) => [i, 'x' as const])), Date.now());
  plan = withReasons(plan, reasons);
  savePlan(plan);
  const sentAt = Date.now();

  // Deletes (withdrawals, and the first half of each replace) in one round trip.
  const toDelete = send.filter((i) => (report.writes.get(i) as Write).op !== 'create');
  const deleted: DeleteAnswer[] = toDelete.length
    ? deleteInvitations(
        toDelete.map((i) => (report.writes.get(i) as Extract<Write, { invitationId: string }>).invitationId),
      )
    : [];
  const after = new Map<number, ItemState>();
  toDelete.forEach((i, k) => {
    const w = report.writes.get(i) as Write;
    const answer = deleted[k] ?? 'retry';
    if (answer === 'retry') return; // may have happened: the next step reads before it acts
    if (answer === 'failed') {
      after.set(i, 'f');
      reasons.set(i, 'plan.deleteRefused');
    } else if (w.op === 'delete') after.set(i, answer === 'deleted' ? 'i' : 'a');
    else if (answer === 'deleted') after.set(i, 'd');
    else {
      after.set(i, 's');
      reasons.set(i, 'resend.gone');
    }
  });
  plan = setStates(plan, after, Date.now());
  // Checkpoint 2: the replaces whose old invitation is gone, before their create.
  if ([...after.values()].includes('d')) savePlan(withReasons(plan, reasons));

  // Creates (new invitations, the second half of each replace, restores of refused replaces) in one round trip.
  const restoring = (i: number) => Object.values(plan.failures).some((l) => l.includes(i));
  const toCreate = items.filter(
    (i) => (stateOf(plan, i) === 'x' && report.writes.get(i)?.op === 'create') || stateOf(plan, i) === 'd',
  );
  // A resend's and a restore's create continue the entry they replace (its kind updates the ledger after the step).
  const createOf = (i: number) => {
    const w = report.writes.get(i) as Write;
    const back = w.op === 'replace' && restoring(i);
    const unrecorded = kind.ledger === false || (w.op === 'replace' && (back || w.from === w.role));
    return { courseId: w.courseId, userId: w.userId, role: back ? w.from : w.role, unrecorded };
  };
  const resent = new Set(toCreate.flatMap((i, k) => (wasInFlight.has(i) ? [k] : [])));
  const answers: CreateAnswer[] = toCreate.length
    ? createRecorded(toCreate.map(createOf), kind.origin, STEP_RETRY, resent)
    : [];
  const done = new Map<number, ItemState>();
  const refusedReplaces: number[] = [];
  const refusedAsMember: number[] = [];
  toCreate.forEach((i, k) => {
    const w = report.writes.get(i) as Write;
    const a = answers[k] ?? { kind: 'retry', api: NO_ANSWER };
    const replace = w.op === 'replace';
    switch (a.kind) {
      case 'invited':
        if (a.invitation) report.created.set(i, a.invitation);
        done.set(i, replace && restoring(i) ? 'r' : 'i');
        break;
      case 'alreadyInvited':
        // Sent again after a kill: the earlier, unsaved send made it. First send: someone invited them meanwhile.
        done.set(i, replace ? (restoring(i) ? 'r' : 'i') : wasInFlight.has(i) ? 'i' : 'a');
        break;
      case 'precondition':
        refusedAsMember.push(i); // a member, or a suspended account: told apart below
        break;
      case 'retry':
        report.errors.set(i, a.api);
        break; // stays in flight (create) or deleted (replace): the next step sends it again
      case 'failed':
        report.errors.set(i, a.api);
        if (replace && !restoring(i))
          refusedReplaces.push(i); // the old invitation is deleted: restore it now
        else done.set(i, 'f');
        reasons.set(i, messageKeyFor(a.api, 'create'));
    }
  });
  for (const [i, member] of membersAmong(refusedAsMember.map((i) => [i, report.writes.get(i) as Write]))) {
    done.set(i, member ? 'm' : 'f');
    if (!member) reasons.set(i, 'err.create.disabled');
  }
  plan = withReasons(setStates(plan, done, Date.now()), reasons);
  if (refusedReplaces.length > 0) {
    savePlan(plan); // the refusal's reason marks these as restores before the restoring create goes out
    const restored = createRecorded(refusedReplaces.map(createOf), kind.origin, STEP_RETRY);
    const back = new Map<number, ItemState>();
    refusedReplaces.forEach((i, k) => {
      const a = restored[k];
      if (a?.kind === 'invited' || a?.kind === 'alreadyInvited') back.set(i, 'r');
      else if (a?.kind !== 'retry') back.set(i, 'f'); // lost: the reason says why, the card names the person
    });
    plan = setStates(plan, back, Date.now());
  }

  const finals = items.filter((i) => report.writes.has(i)).map((i) => stateOf(plan, i));
  plan = afterStep(plan, finals);
  plan = { ...plan, busyMs: plan.busyMs + (Date.now() - sentAt) };
  // The feature's own records first (the ledger, the status column): killed between the two, the next step settles
  // the same items again and calls it again, so it must be idempotent; killed after, nothing is left undone.
  kind.afterStep?.(plan, ctx, report);
  savePlan(plan); // checkpoint 3: the outcomes
  return { plan, report };
}

/**
 * Works on a plan until it is finished, stopped, paused, cancelled, or the execution's deadline is near. The caller
 * holds the user lock. A run first clears a pause; while the breaker is open (a storm met by this or an earlier run,
 * even another user's click) it sends one probe step, and only if Classroom answers does it go on.
 */
export function runPlan<C>(start: Plan, kind: Kind<C>): RunResult {
  return asJob(() => {
    const { paused: _p, pausedAt: _a, ...resumed } = start;
    let plan: Plan = { ...resumed, runs: start.runs + 1, failedSteps: 0 };
    const result: RunResult = { plan, created: new Map(), errors: new Map(), outage: false };
    const opened = kind.open ? kind.open(plan) : (undefined as C);
    if (typeof opened === 'object' && opened !== null && 'pause' in opened) {
      plan = { ...plan, paused: opened.pause, pausedAt: Date.now() };
      savePlan(plan);
      return { ...result, plan };
    }
    const ctx = opened;
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
      } else if (size === PROBE_ITEMS && breakerOpen()) {
        // The probe failed too: Classroom is still down. Stop here; the next run probes again.
        plan = pause(plan, out.report.errors);
        result.outage = true;
        break;
      } else if (failed >= BREAKER_BATCHES) {
        plan = pause(plan, out.report.errors);
        result.outage = true;
        break;
      } else size = PROBE_ITEMS; // after a failed step, send little until Classroom answers again
      if ((plan.refusedSteps ?? 0) >= REFUSED_STEPS) {
        const reason = commonReason(plan, out.report.items);
        if (reason) {
          plan = { ...plan, stopped: reason };
          savePlan(plan);
          break;
        }
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

function pause(plan: Plan, errors: ReadonlyMap<number, ApiError>): Plan {
  const api = [...errors.values()][0];
  const paused: Plan = {
    ...plan,
    paused: api ? messageKeyFor(api, 'create') : 'err.unavailable',
    pausedAt: Date.now(),
  };
  savePlan(paused);
  openBreaker(paused.paused ?? 'err.unavailable');
  return paused;
}
