// Plans (app/engine.ts) saved in the user's properties (per user, never script properties: those are shared by every
// user of a published add-on). The item lines are written once; the state (one letter per item, reasons, pacing) is
// the checkpoint, rewritten around every step, and is validated on read (domain/plan.ts isPlan). Both are split into chunks under the 9 KB value limit. The index is
// written last when a job is created and first when it is deleted, so a killed write leaves data without an index
// entry (cleaned on the next read), never an index entry without data. Done jobs expire after 7 days.
import { entriesBytes, splitUtf8 } from '../domain/compact-text';
import { AppError } from '../domain/errors';
import { isDone, isExpired, isPlan, isRunnable, type Plan } from '../domain/plan';
import { ensureHourlyTrigger } from './triggers';

const INDEX = 'jobs';
const PREFIX = 'job:';
/** Under the 9 KB (9,216 bytes) per-value limit, with room for multi-byte characters counted by utf8Bytes. */
const CHUNK_BYTES = 8_000;
/** Apps Script's 500 KB per property store (keys and values, UTF-8). */
const STORE_BYTES = 500 * 1024;
/** Room kept free after a checkpoint, so the next checkpoint (failures grow by a batch at most) always fits. */
const HEADROOM_BYTES = 4 * 1024;
/** A job's data without an index entry this old is a killed write or delete, not one in progress. */
const ORPHAN_AGE_MS = 10 * 60 * 1000;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

function storeBytes(all: Record<string, string>): number {
  return entriesBytes(Object.entries(all));
}

function readIndex(all: Record<string, string>): string[] {
  try {
    const ids: unknown = JSON.parse(all[INDEX] ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function readChunks(all: Record<string, string>, countKey: string, chunkKey: (i: number) => string): string | null {
  const count = Number(all[countKey] ?? NaN);
  if (!Number.isInteger(count) || count < 1) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const chunk = all[chunkKey(i)];
    if (chunk === undefined) return null; // torn write: treat as absent rather than guess
    text += chunk;
  }
  return text;
}

const stateKey = (id: string) => `${PREFIX}${id}`;
const stateChunk = (id: string) => (i: number) => `${PREFIX}${id}:${i}`;
const linesKey = (id: string) => `${PREFIX}${id}:emails`;
const linesChunk = (id: string) => (i: number) => `${PREFIX}${id}:e:${i}`;

function readPlan(all: Record<string, string>, id: string): Plan | null {
  const state = readChunks(all, stateKey(id), stateChunk(id));
  const lines = readChunks(all, linesKey(id), linesChunk(id));
  if (state === null || lines === null) return null;
  try {
    const parsed: unknown = JSON.parse(state);
    const plan: unknown =
      typeof parsed === 'object' && parsed !== null ? { ...parsed, lines: lines ? lines.split('\n') : [] } : null;
    return isPlan(plan) && plan.id === id ? plan : null;
  } catch {
    return null;
  }
}

export function newPlanId(): string {
  return Utilities.getUuid();
}

/** The user's plans; expired ones and the leftovers of killed writes are removed on the way. */
export function listPlans(now = Date.now()): Plan[] {
  const store = props();
  const all = store.getProperties();
  const ids = readIndex(all);
  const jobs: Plan[] = [];
  for (const id of ids) {
    const job = readPlan(all, id);
    if (job && isExpired(job, now)) deletePlan(id);
    else if (job) jobs.push(job);
  }
  removeOrphans(store, all, new Set(ids), now);
  return jobs;
}

/** Data of jobs no index lists (a create or delete killed half-way), once old enough not to be a create under way. */
function removeOrphans(
  store: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
  indexed: ReadonlySet<string>,
  now: number,
): void {
  const orphans = new Set<string>();
  for (const key of Object.keys(all)) {
    const id = /^job:([^:]+)/.exec(key)?.[1];
    if (id && !indexed.has(id)) orphans.add(id);
  }
  for (const id of orphans) {
    // updatedAt is the state's first field (see savePlan), so the first chunk holds it even when torn.
    const updatedAt = Number(/"updatedAt":(\d+)/.exec(all[stateChunk(id)(0)] ?? '')?.[1] ?? 0);
    if (now - updatedAt < ORPHAN_AGE_MS) continue;
    for (const key of Object.keys(all))
      if (key === stateKey(id) || key.startsWith(`${PREFIX}${id}:`)) store.deleteProperty(key);
  }
}

export function loadPlan(id: string): Plan | null {
  return readPlan(props().getProperties(), id);
}

function chunked(
  values: Record<string, string>,
  countKey: string,
  chunkKey: (i: number) => string,
  text: string,
): void {
  const chunks = splitUtf8(text, CHUNK_BYTES);
  values[countKey] = String(chunks.length);
  chunks.forEach((c, i) => (values[chunkKey(i)] = c));
}

/** The state with updatedAt first, so the first chunk tells how old a leftover is. */
function stateFirst({ updatedAt, ...rest }: Omit<Plan, 'lines'>): Omit<Plan, 'lines'> {
  return { updatedAt, ...rest };
}

/** Tells the user which jobs to close when the store has no room: finished ones first, by name. */
function storeFull(all: Record<string, string>, id: string): AppError {
  const done = readIndex(all)
    .filter((x) => x !== id)
    .flatMap((x) => readPlan(all, x) ?? [])
    .filter(isDone)
    .map((j) => j.title);
  return done.length > 0
    ? new AppError('CONFLICT', 'job.storeFull', { jobs: done.join(', ') })
    : new AppError('CONFLICT', 'job.storeFull.none');
}

/**
 * Saves the plan: the checkpoint. The item lines go only with the first save (they never change); the index entry
 * last. Refuses (AppError job.storeFull, nothing written) when the store would be left without room for the next
 * checkpoint: a plan whose checkpoint cannot be saved must stop before it sends, never send and forget.
 */
export function savePlan(plan: Plan): void {
  const store = props();
  const all = store.getProperties();
  const { lines, ...state } = plan;
  const values: Record<string, string> = {};
  chunked(values, stateKey(plan.id), stateChunk(plan.id), JSON.stringify(stateFirst(state)));
  if (all[linesKey(plan.id)] === undefined) chunked(values, linesKey(plan.id), linesChunk(plan.id), lines.join('\n'));
  const ids = readIndex(all);
  const index = ids.includes(plan.id) ? undefined : JSON.stringify([...ids, plan.id]);
  // The one place that installs the hourly trigger for plans: when one becomes runnable (approved, work left), the
  // trigger goes first, so a kill between the two leaves a trigger with nothing to do, never work nobody finishes.
  const wasApproved = /"approvedAt":/.test(all[stateChunk(plan.id)(0)] ?? '');
  if (isRunnable(plan) && (index || !wasApproved)) ensureHourlyTrigger('onJobsTick');
  const after = { ...all, ...values, ...(index ? { [INDEX]: index } : {}) };
  if (storeBytes(after) + HEADROOM_BYTES > STORE_BYTES) throw storeFull(all, plan.id);
  try {
    store.setProperties(values);
    if (index) store.setProperty(INDEX, index);
  } catch (e) {
    console.warn('plan-store: save failed', e);
    throw storeFull(all, plan.id);
  }
  const before = Number(all[stateKey(plan.id)] ?? 0);
  for (let i = Number(values[stateKey(plan.id)]); i < before; i++) store.deleteProperty(stateChunk(plan.id)(i));
}

/**
 * Forgets a plan in one write (its index entry); its data is removed as a leftover later. For the last call of a
 * click: killed at that write, the plan is still there and the next execution tells the user about it.
 */
export function forgetPlan(id: string): void {
  const store = props();
  store.setProperty(INDEX, JSON.stringify(readIndex(store.getProperties()).filter((x) => x !== id)));
}

export function deletePlan(id: string): void {
  const store = props();
  const all = store.getProperties();
  store.setProperty(INDEX, JSON.stringify(readIndex(all).filter((x) => x !== id)));
  for (const key of Object.keys(all))
    if (key === stateKey(id) || key.startsWith(`${PREFIX}${id}:`)) store.deleteProperty(key);
}

/** Cancelling writes a flag outside the lock, so it works even while a trigger run holds the lock. */
export function requestCancel(id: string): void {
  props().setProperty(`${PREFIX}${id}:cancel`, '1');
}

export function cancelRequested(id: string): boolean {
  return props().getProperty(`${PREFIX}${id}:cancel`) === '1';
}
