// The step engine's state in the user's properties (per user, never script properties: those are shared by every
// user of a published add-on): its plans, its circuit breaker, and the notices of role changes a later execution
// finished. A plan's item lines are written once; its state (one letter per item, reasons, pacing) is the checkpoint,
// rewritten around every step, and is validated on read (domain/plan.ts isPlan). Both are split into chunks under
// the 9 KB value limit. The index is written last when a job is created and first when it is deleted, so a killed
// write leaves data without an index entry (cleaned on the next read), never an index entry without data. Done jobs
// expire after 7 days.
import { entriesBytes, splitUtf8 } from '../domain/ledger-codec';
import { AppError } from '../domain/errors';
import type { RoleNotice } from '../domain/notices';
import { isDone, isExpired, isPlan, isRunnable, type Plan } from '../domain/plan';
import { shaped } from './cache';
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

const props = () => PropertiesService.getUserProperties();

/** A JSON list in the store, with only the items `keep` accepts: anything malformed is dropped, never acted on. */
function readList<T>(text: string | null | undefined, keep: (x: unknown) => x is T): T[] {
  try {
    const list: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(list) ? list.filter(keep) : [];
  } catch {
    return [];
  }
}

const readIndex = (all: Record<string, string>) => readList(all[INDEX], (id): id is string => typeof id === 'string');

/** A text kept as its chunk count under `countKey` and the chunks under `chunkPrefix` + 0, 1, … */
function readChunks(all: Record<string, string>, countKey: string, chunkPrefix: string): string | null {
  const count = Number(all[countKey] ?? NaN);
  if (!Number.isInteger(count) || count < 1) return null;
  const chunks = Array.from({ length: count }, (_, i) => all[`${chunkPrefix}${i}`]);
  // A torn write is treated as absent rather than guessed at.
  return chunks.every((c) => c !== undefined) ? chunks.join('') : null;
}

function writeChunks(values: Record<string, string>, countKey: string, chunkPrefix: string, text: string): void {
  const chunks = splitUtf8(text, CHUNK_BYTES);
  values[countKey] = String(chunks.length);
  chunks.forEach((c, i) => (values[`${chunkPrefix}${i}`] = c));
}

/** The state's count and chunks (`job:<id>`, `job:<id>:<i>`), the lines' (`job:<id>:emails`, `job:<id>:e:<i>`). */
const keysOf = (id: string) => ({
  state: `${PREFIX}${id}`,
  stateChunk: `${PREFIX}${id}:`,
  lines: `${PREFIX}${id}:emails`,
  linesChunk: `${PREFIX}${id}:e:`,
});

function readPlan(all: Record<string, string>, id: string): Plan | null {
  const keys = keysOf(id);
  const state = readChunks(all, keys.state, keys.stateChunk);
  const lines = readChunks(all, keys.lines, keys.linesChunk);
  if (state === null || lines === null) return null;
  try {
    // Whatever the state parses to, isPlan decides (a spread non-object adds no field a plan needs).
    const plan: unknown = { ...(JSON.parse(state) as object), lines: lines ? lines.split('\n') : [] };
    return isPlan(plan) && plan.id === id ? plan : null;
  } catch {
    return null;
  }
}

/** Plans this execution created (globals start fresh each execution): never finished "for" it by a recovery. */
const savedHere = new Set<string>();

export const savedByThisExecution = (id: string) => savedHere.has(id);

export const newPlanId = () => Utilities.getUuid();

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
  // Data of jobs no index lists (a create or delete killed half-way), once old enough not to be a create under way.
  const orphans = new Set(Object.keys(all).flatMap((key) => /^job:([^:]+)/.exec(key)?.[1] ?? []));
  for (const id of orphans) {
    if (ids.includes(id)) continue;
    // updatedAt is the state's first field (see savePlan), so the first chunk holds it even when torn.
    const updatedAt = Number(/"updatedAt":(\d+)/.exec(all[`${keysOf(id).stateChunk}0`] ?? '')?.[1] ?? 0);
    if (now - updatedAt >= ORPHAN_AGE_MS) deleteData(store, all, id);
  }
  return jobs;
}

export const loadPlan = (id: string): Plan | null => readPlan(props().getProperties(), id);

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

// Saves the plan: the checkpoint. The item lines go only with the first save (they never change); the index entry
// last. Refuses (AppError job.storeFull, nothing written) when the store would be left without room for the next
// checkpoint: a plan whose checkpoint cannot be saved must stop before it sends, never send and forget.
export function savePlan(plan: Plan): void {
  const store = props();
  const all = store.getProperties();
  const { lines, updatedAt, ...state } = plan;
  const keys = keysOf(plan.id);
  const values: Record<string, string> = {};
  // updatedAt first, so the first chunk tells how old a leftover is.
  writeChunks(values, keys.state, keys.stateChunk, JSON.stringify({ updatedAt, ...state }));
  if (all[keys.lines] === undefined) writeChunks(values, keys.lines, keys.linesChunk, lines.join('\n'));
  const ids = readIndex(all);
  const index = ids.includes(plan.id) ? undefined : JSON.stringify([...ids, plan.id]);
  // The one place that installs the hourly trigger for plans: when one becomes runnable (approved, work left), the
  // trigger goes first, so a kill between the two leaves a trigger with nothing to do, never work nobody finishes.
  const wasApproved = /"approvedAt":/.test(all[`${keys.stateChunk}0`] ?? '');
  if (index) savedHere.add(plan.id);
  if (isRunnable(plan) && (index || !wasApproved)) ensureHourlyTrigger('onJobsTick');
  const after = { ...all, ...values, ...(index ? { [INDEX]: index } : {}) };
  if (entriesBytes(Object.entries(after)) + HEADROOM_BYTES > STORE_BYTES) throw storeFull(all, plan.id);
  try {
    store.setProperties(values);
    if (index) store.setProperty(INDEX, index);
  } catch (e) {
    console.warn('plan-store: save failed', e);
    throw storeFull(all, plan.id);
  }
  const before = Number(all[keys.state] ?? 0);
  for (let i = Number(values[keys.state]); i < before; i++) store.deleteProperty(`${keys.stateChunk}${i}`);
}

// Its index entry first; `forget` leaves its data to be removed as a leftover later: one write, for the last call of
// a click (killed at that write, the plan is still there and the next execution tells the user about it).
export function deletePlan(id: string, forget = false): void {
  const store = props();
  const all = store.getProperties();
  store.setProperty(INDEX, JSON.stringify(readIndex(all).filter((x) => x !== id)));
  if (!forget) deleteData(store, all, id);
}

/** Every property of a plan: its state, lines, chunks and cancel flag. */
function deleteData(store: GoogleAppsScript.Properties.Properties, all: Record<string, string>, id: string): void {
  for (const key of Object.keys(all))
    if (key === `${PREFIX}${id}` || key.startsWith(`${PREFIX}${id}:`)) store.deleteProperty(key);
}

/** Cancelling writes a flag outside the lock, so it works even while a trigger run holds the lock. */
export function requestCancel(id: string): void {
  props().setProperty(`${PREFIX}${id}:cancel`, '1');
}

export const cancelRequested = (id: string): boolean => props().getProperty(`${PREFIX}${id}:cancel`) === '1';

// The one circuit breaker, here so every execution sees it: a storm that paused a plan in a click is remembered by
// the hourly run, which then sends one small probe step before sending more (app/engine.ts).
const BREAKER = 'breaker';

/** Whether Classroom failed everything lately (no step has got anything done since). */
export const breakerOpen = (): boolean => props().getProperty(BREAKER) !== null;

export function openBreaker(reason: string): void {
  props().setProperty(BREAKER, JSON.stringify({ at: Date.now(), reason }));
}

/** A step got something done: Classroom answers again. A read first, so a calm run writes nothing. */
export function closeBreaker(): void {
  if (breakerOpen()) props().deleteProperty(BREAKER);
}

const NOTICES = 'roleNotices';
const isNotice = shaped<RoleNotice>({ id: 'string', outcome: 'string', email: 'string' });
const readNotices = () => readList(props().getProperty(NOTICES), isNotice);

/** Adds (or replaces: a finish repeated after a kill tells once) the notice of one change, for the homepage. */
export function addNotice(notice: RoleNotice): void {
  const others = readNotices().filter((n) => n.id !== notice.id);
  props().setProperty(NOTICES, JSON.stringify([...others, notice].slice(-20)));
}

/** The notices not shown yet; they are removed as they are handed to the card that shows them. */
export function takeNotices(): RoleNotice[] {
  const notices = readNotices();
  if (notices.length > 0) props().deleteProperty(NOTICES);
  return notices;
}
