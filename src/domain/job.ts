// A bulk invitation job as pure data: which addresses are pending, sent, done or failed, so an execution killed at
// any point resumes from the last checkpoint and nobody is invited twice.
import type { MessageKey } from '../i18n';
import type { Role } from './roles';
import { minutesFor } from './pacer';

/** One character per address: pending, in flight (sent, answer not yet saved), invited, already invited, member, failed. */
export type EntryState = 'p' | 'x' | 'i' | 'a' | 'm' | 'f';

/** One invitation a resend job deletes and re-creates: the old invitation and its invitee. */
export interface ResendTarget {
  invitationId: string;
  userId: string;
  role: Role;
}

export interface Job {
  id: string;
  /** 'resend': re-creates old invitations (app/resend.ts); absent: invites `emails`. */
  kind?: 'resend';
  /** For a resend job, one per entry of `emails` (the invitee's address, or their user id when unknown). */
  targets?: ResendTarget[];
  courseId: string;
  courseName: string;
  role: Role;
  emails: string[];
  states: string;
  /** Failed addresses by the message key that explains them. */
  failures: Partial<Record<MessageKey, number[]>>;
  /** Batches in a row that got nothing done (every send 429/5xx): the circuit breaker's count. */
  failedBatches?: number;
  /** Batches in a row whose every send failed for a permanent reason. */
  refusedBatches?: number;
  /** Paused by the circuit breaker, with the reason shown; the next run (hourly or Continue now) resumes it. */
  paused?: MessageKey;
  /** Stopped early because its recent sends all failed for this permanent reason; nothing runs it again. */
  stopped?: MessageKey;
  createdAt: number;
  updatedAt: number;
  /** Executions that worked on it (clicks and trigger runs). */
  runs: number;
  /** Time spent sending so far, for the estimate. */
  busyMs: number;
  /** Saved by the preview, not yet confirmed: nothing runs it. */
  draft?: boolean;
}

export type Outcome = { index: number } & (
  { kind: 'invited' | 'alreadyInvited' | 'alreadyMember' | 'retry' } | { kind: 'failed'; key: MessageKey }
);

export function createJob(
  id: string,
  course: { id: string; name: string },
  role: Role,
  emails: readonly string[],
  now: number,
): Job {
  return {
    id,
    courseId: course.id,
    courseName: course.name,
    role,
    emails: [...emails],
    states: 'p'.repeat(emails.length),
    failures: {},
    createdAt: now,
    updatedAt: now,
    runs: 0,
    busyMs: 0,
  };
}

function setState(states: string, index: number, state: EntryState): string {
  return states.slice(0, index) + state + states.slice(index + 1);
}

/**
 * The next addresses to send: those in flight when an earlier execution died first (resending is safe: Classroom
 * keeps one invitation per person and course, and answers ALREADY_EXISTS), then pending ones.
 */
export function nextSlice(job: Job, max: number): number[] {
  const out: number[] = [];
  for (const wanted of ['x', 'p']) {
    for (let i = 0; i < job.states.length && out.length < max; i++) if (job.states[i] === wanted) out.push(i);
  }
  return out;
}

export function markInFlight(job: Job, indexes: readonly number[], now: number): Job {
  let states = job.states;
  for (const i of indexes) states = setState(states, i, 'x');
  return { ...job, states, updatedAt: now };
}

/** `resent`: indexes that were already in flight before this execution sent them (an earlier one died). */
export function applyOutcomes(job: Job, outcomes: readonly Outcome[], now: number, resent: ReadonlySet<number>): Job {
  let states = job.states;
  const failures: Job['failures'] = { ...job.failures };
  for (const o of outcomes) {
    switch (o.kind) {
      case 'invited':
        states = setState(states, o.index, 'i');
        break;
      case 'alreadyInvited':
        // Resent after a kill: the earlier, unsaved send created it. First send: someone else invited them meanwhile.
        states = setState(states, o.index, resent.has(o.index) ? 'i' : 'a');
        break;
      case 'alreadyMember':
        states = setState(states, o.index, 'm');
        break;
      case 'retry':
        states = setState(states, o.index, 'p');
        break;
      case 'failed':
        states = setState(states, o.index, 'f');
        failures[o.key] = [...(failures[o.key] ?? []), o.index];
        break;
    }
  }
  return { ...job, states, failures, updatedAt: now };
}

export interface Progress {
  total: number;
  done: number;
  invited: number;
  alreadyInvited: number;
  alreadyMember: number;
  failed: number;
  pending: number;
}

export function progress(job: Job): Progress {
  // states holds one ASCII letter per address.
  const count = (s: EntryState) => job.states.split(s).length - 1;
  const invited = count('i');
  const alreadyInvited = count('a');
  const alreadyMember = count('m');
  const failed = count('f');
  const pending = count('p') + count('x');
  return {
    total: job.emails.length,
    done: invited + alreadyInvited + alreadyMember + failed,
    invited,
    alreadyInvited,
    alreadyMember,
    failed,
    pending,
  };
}

export function isFinished(job: Job): boolean {
  return progress(job).pending === 0;
}

/** A confirmed job with work left: what clicks and the hourly trigger work on. */
export function isRunnable(job: Job): boolean {
  return !job.draft && !job.stopped && !isFinished(job);
}

/** Finished, or stopped early: the card says Done and offers Close. */
export function isDone(job: Job): boolean {
  return !job.draft && (isFinished(job) || job.stopped !== undefined);
}

/** Finished jobs are kept this long for the user to see, then removed. */
export const DONE_JOB_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A preview nobody confirmed is worthless after a day. */
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

export function isExpired(job: Job, now: number): boolean {
  const age = now - job.updatedAt;
  return (isDone(job) && age > DONE_JOB_TTL_MS) || (job.draft === true && age > DRAFT_TTL_MS);
}

/**
 * Minutes the rest needs if the user keeps pressing Continue: one request per address, at the rate the user's
 * budget allows, never less than the pace seen so far. Null before the first batch.
 */
export function estimateMinutes(job: Job): number | null {
  const { done, pending } = progress(job);
  if (done === 0) return null;
  const byPace = job.busyMs > 0 ? Math.ceil(((job.busyMs / done) * pending) / 60_000) : 1;
  return Math.max(minutesFor(pending), byPace);
}

/** The counts that decide the circuit breaker, after one batch whose answers were `outcomes`. */
export function afterBatch(job: Job, outcomes: readonly Outcome[]): Job {
  const all = (kinds: Outcome['kind'][]) => outcomes.length > 0 && outcomes.every((o) => kinds.includes(o.kind));
  return {
    ...job,
    failedBatches: all(['retry']) ? (job.failedBatches ?? 0) + 1 : 0,
    refusedBatches: all(['failed']) ? (job.refusedBatches ?? 0) + 1 : 0,
  };
}

/** The permanent reason most sends of the last batch failed for. */
export function commonReason(outcomes: readonly Outcome[]): MessageKey | undefined {
  const counts = new Map<MessageKey, number>();
  for (const o of outcomes) if (o.kind === 'failed') counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
