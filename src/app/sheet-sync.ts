// Roster sync from Google Sheets (issue 12): open the active sheet, preview the sync across every course it names
// (nothing written), then one job that works through the sheet in batches, re-planning each batch from the courses'
// live state, writing each row's outcome into the status column, checkpointed so a kill loses or repeats nothing.
import {
  requestsSent,
  sendSyncWrites,
  readSyncStates,
  syncCandidates,
  type SyncAnswer,
  type SyncWrite,
} from '../classroom/sheet-sync';
import { AppError, invalidInput, isAppError } from '../domain/errors';
import { prune, record, waitBefore, type SendLog } from '../domain/pacer';
import {
  recogniseHeader,
  parseSheetRows,
  resolveCourses,
  type CourseResolution,
  type InvalidRow,
  type ParsedSheet,
  type SheetHeader,
  type SheetRow,
} from '../domain/sheet-roster';
import {
  applyOutcomes,
  expandRanges,
  formatRanges,
  isFinished,
  markInFlight,
  nextRows,
  parseRanges,
  startCheckpoint,
  statusCell,
  statusText,
  toRanges,
  type RowOutcome,
  type StatusCell,
  type Translate,
} from '../domain/sheet-job';
import { planSync, type PlannedRow } from '../domain/sheet-plan';
import { summarise, syncDone, type SyncJob, type SheetView, type SyncPreview } from '../domain/sheet-sync';
import { getCachedMany, putCachedMany } from '../platform/cache';
import { withUserLock } from '../platform/lock';
import {
  deleteSyncJob,
  loadSyncJob,
  requestSyncCancel,
  syncCancelRequested,
  saveSyncJob,
} from '../platform/sheet-sync-store';
import { openSheet, readActiveSheet, readValues, writeColumn, type SheetSnapshot } from '../platform/sheets-api';
import { ensureHourlyTrigger } from '../platform/triggers';

/** Rows re-planned and written per batch: their writes go out as batch requests of 50 parts. */
export const ROWS_PER_BATCH = 200;
/** A card action must answer within ~30 s; a time-driven run may use 6 minutes. Both keep a margin. */
const CLICK_BUDGET_MS = 20_000;
/** What one batch may take at worst, so a run never starts one it cannot finish and save. */
const BATCH_ALLOWANCE_MS = 10_000;
/** Retry-list batches before what still fails transiently is answered as failed (the job must end). */
const MAX_RETRY_BATCHES = 20;
/** Failed parts get a short retry inside the batch; what still fails is retried in a later batch. */
const SYNC_RETRY = { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };
/** Courses whose not-in-sheet invitations are withdrawn per step of the withdraw phase. */
const WITHDRAW_COURSES_PER_STEP = 10;

/** Words for the status column in the job's language (the trigger has no user locale of its own). */
export type WordsFor = (locale: string) => Translate;

function parse(
  snapshot: SheetSnapshot,
): { header: SheetHeader; parsed: ParsedSheet } | { missing: ('course' | 'email')[] } {
  const result = recogniseHeader(snapshot.values[0] ?? []);
  if (!result.ok) return { missing: result.missing };
  return { header: result.header, parsed: parseSheetRows(snapshot.values, result.header) };
}

/** The Roster card's data: access, header, the rows it cannot use, and the running sync if any. */
export function openSheetSync(hostHasAccess: boolean | null): SheetView {
  if (hostHasAccess === false) return { kind: 'noAccess' };
  const snapshot = readActiveSheet();
  if (snapshot === null) return { kind: 'notSheets' };
  if (snapshot === 'noAccess') return { kind: 'noAccess' };
  const read = parse(snapshot);
  if ('missing' in read)
    return { kind: 'noHeader', title: snapshot.title, sheetName: snapshot.sheetName, missing: read.missing };
  return {
    kind: 'roster',
    title: snapshot.title,
    sheetName: snapshot.sheetName,
    rows: read.parsed.valid.length + read.parsed.invalid.length,
    valid: read.parsed.valid.length,
    invalid: read.parsed.invalid,
    job: loadSyncJob(),
  };
}

function requireSnapshot(): SheetSnapshot {
  const snapshot = readActiveSheet();
  if (snapshot === null || snapshot === 'noAccess') throw invalidInput('sync.noAccess');
  return snapshot;
}

function resolveAll(valid: readonly SheetRow[]): {
  resolutions: Map<string, CourseResolution>;
  names: Map<string, string>;
} {
  const refs = [...new Set(valid.map((r) => r.courseRef))];
  const candidates = syncCandidates(refs);
  return {
    resolutions: resolveCourses(refs, candidates),
    names: new Map(candidates.map((c) => [c.id, c.name])),
  };
}

const PREVIEW_KEY = 'sync:preview';
/** What the preview sent and when: the job's pacing starts with it, as the same quota window may still hold it. */
const SENT_KEY = 'sync:previewSent';

/** The dry run: every course the sheet names resolved, read side by side, and planned. Nothing is written. */
export function previewSync(): SyncPreview {
  const snapshot = requireSnapshot();
  const read = parse(snapshot);
  if ('missing' in read) throw invalidInput('sync.noHeader');
  const { resolutions, names } = resolveAll(read.parsed.valid);
  const courseIds = [...new Set([...resolutions.values()].flatMap((r) => (r.ok ? [r.courseId] : [])))];
  const states = readSyncStates(courseIds);
  const preview = summarise(snapshot.title, snapshot.sheetName, planSync(read.parsed, resolutions, states), names);
  putCachedMany(
    new Map<string, unknown>([
      [PREVIEW_KEY, preview],
      [SENT_KEY, [Date.now(), requestsSent()]],
    ]),
    1800,
  );
  return preview;
}

/** The last preview, for its other pages; computed again if the cache lost it. */
export function cachedPreview(): SyncPreview {
  return getCachedMany<SyncPreview>([PREVIEW_KEY]).get(PREVIEW_KEY) ?? previewSync();
}

function recentPreviewSends(): SendLog {
  const sent = getCachedMany<[number, number]>([SENT_KEY]).get(SENT_KEY);
  return sent ? prune([sent], Date.now()) : [];
}

/** Confirms the sync: one job for the whole sheet, then works on it within the click. */
export function startSync(withdraw: readonly string[], locale: string, words: WordsFor): SyncJob {
  if (loadSyncJob()) throw invalidInput('sync.jobRunning');
  const snapshot = requireSnapshot();
  const read = parse(snapshot);
  if ('missing' in read) throw invalidInput('sync.noHeader');
  const { header } = read;
  const sheet = openSheet(snapshot);
  if (!sheet) throw invalidInput('sync.noAccess');
  if (header.statusCreated) writeColumn(sheet, header.status, 1, [words(locale)('sync.statusHeader')]);
  const job: SyncJob = {
    checkpoint: startCheckpoint(snapshot.spreadsheetId, snapshot.sheetId, 2, Math.max(1, snapshot.values.length)),
    columns: {
      course: header.course,
      email: header.email,
      role: header.role,
      action: header.action,
      status: header.status,
    },
    title: snapshot.title,
    withdraw: [...withdraw],
    intents: '',
    sendLog: recentPreviewSends(),
    runs: 0,
    retryBatches: 0,
    startedAt: Date.now(),
    requests: 0,
    notInSheetWithdrawn: 0,
    locale,
  };
  // The trigger first: a kill between the two leaves a trigger with nothing to do, never a job nobody finishes.
  ensureHourlyTrigger('onJobsTick');
  saveSyncJob(job);
  return workOnSync(words, CLICK_BUDGET_MS);
}

/** "Continue now" (and the first slice after confirming): more of the sync within the click, under the lock. */
export function workOnSync(words: WordsFor, budgetMs = CLICK_BUDGET_MS): SyncJob {
  const run = withUserLock(() => {
    const fresh = loadSyncJob();
    return fresh && runSheetSync(fresh, words, budgetMs);
  });
  if (run === null) {
    const job = loadSyncJob();
    if (job) return job; // another execution holds the lock: show where it is
    throw new AppError('CONFLICT', 'job.gone');
  }
  return run;
}

export function currentSync(): SyncJob {
  const job = loadSyncJob();
  if (!job) throw new AppError('CONFLICT', 'job.gone');
  return job;
}

/** Whether a sync still has work (the hourly trigger stays while it does). */
export function syncPending(): boolean {
  const job = loadSyncJob();
  return job !== null && !syncDone(job);
}

/** Cancels the sync (statuses already written stay); a running execution sees the flag before its next batch. */
export function cancelSync(): void {
  requestSyncCancel();
  withUserLock(() => {
    deleteSyncJob();
  }, 0);
}

/** Closes a finished sync; an unfinished one is cancelled. */
export function closeSync(): void {
  const job = loadSyncJob();
  if (job && !syncDone(job)) cancelSync();
  else deleteSyncJob();
}

/**
 * The hourly trigger's share, after the bulk jobs (`startedAt`: when the run began, so both share its budget). Returns 1 if work is left, else 0.
 */
export function tickSync(words: WordsFor, budgetMs: number, startedAt: number): number {
  const job = loadSyncJob();
  if (!job || syncDone(job)) return 0;
  const after = runSheetSync(job, words, budgetMs, startedAt);
  return after !== null && !syncDone(after) ? 1 : 0;
}

function formatTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function rowsOf(text: string): Set<number> {
  return new Set(expandRanges(parseRanges(text)));
}

/** What the plan's answer for a row becomes once its writes are answered. */
function outcomeOf(
  planned: PlannedRow,
  answers: { del?: SyncAnswer; create?: SyncAnswer },
  resent: boolean,
  journaled: boolean,
): RowOutcome {
  const row = planned.row;
  const fromAnswer = (a: SyncAnswer | undefined, done: RowOutcome['code'], already: RowOutcome['code']): RowOutcome => {
    if (!a || a.kind === 'retry') return { row, code: 'retry' };
    if (a.kind === 'failed') return { row, code: 'failed', detail: a.key };
    return { row, code: a.kind === 'done' ? done : already };
  };
  switch (planned.kind) {
    case 'invalid':
      return { row, code: 'invalid', detail: `sync.reason.${planned.reason}` };
    case 'none':
      // A row sent before a kill finds its own invitation: it was this job's.
      if (planned.why === 'alreadyInvited' && journaled) return { row, code: 'roleChanged' };
      if (planned.why === 'alreadyInvited' && resent) return { row, code: 'invited' };
      return { row, code: planned.why };
    case 'withdraw':
      return fromAnswer(answers.del, 'withdrawn', 'nothingToWithdraw');
    case 'invite':
      // The delete of a journaled role change went out before a kill: this create finishes it.
      return fromAnswer(
        answers.create,
        journaled ? 'roleChanged' : 'invited',
        journaled ? 'roleChanged' : 'alreadyInvited',
      );
    case 'changeRole': {
      const del = answers.del;
      if (!del || del.kind === 'retry' || del.kind === 'failed') return fromAnswer(del, 'roleChanged', 'roleChanged');
      return fromAnswer(answers.create, 'roleChanged', 'roleChanged');
    }
  }
}

interface RunContext {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  parsed: ParsedSheet;
  byRow: Map<number, SheetRow | InvalidRow>;
  resolutions: Map<string, CourseResolution>;
  status: string[];
  t: Translate;
}

function prepare(job: SyncJob, words: WordsFor): RunContext | null {
  const sheet = openSheet(job.checkpoint);
  if (!sheet) return null;
  const values = readValues(sheet);
  const header: SheetHeader = { ...job.columns, statusCreated: false };
  const parsed = parseSheetRows(values, header);
  const byRow = new Map<number, SheetRow | InvalidRow>();
  for (const r of [...parsed.valid, ...parsed.invalid]) byRow.set(r.row, r);
  const status = values.map((cells) => {
    const cell = cells[job.columns.status];
    return typeof cell === 'string' ? cell : '';
  });
  return { sheet, parsed, byRow, resolutions: resolveAll(parsed.valid).resolutions, status, t: words(job.locale) };
}

/**
 * Works on the sync until it is done, cancelled, or the time budget would be passed; saves after every step.
 * Returns null if it was cancelled.
 */
export function runSheetSync(
  start: SyncJob,
  words: WordsFor,
  budgetMs: number,
  startedAt = Date.now(),
): SyncJob | null {
  const before = requestsSent();
  const ctx = prepare(start, words);
  if (!ctx) throw invalidInput('sync.sheetGone');
  const reads = requestsSent() - before;
  let job: SyncJob = {
    ...start,
    runs: start.runs + 1,
    sendLog: reads > 0 ? record(start.sendLog, Date.now(), reads) : start.sendLog,
    requests: start.requests + reads,
  };
  while (!syncDone(job)) {
    if (syncCancelRequested()) {
      deleteSyncJob();
      return null;
    }
    const step = isFinished(job.checkpoint) ? withdrawStep : rowStep;
    const next = step(job, ctx, budgetMs, startedAt);
    if (!next) break;
    job = next;
  }
  saveSyncJob(job);
  return job;
}

/** Waits for room in the per-user quota; false when the run's budget does not allow this batch. */
function pace(job: SyncJob, n: number, budgetMs: number, startedAt: number): boolean {
  const wait = waitBefore(job.sendLog, Date.now(), Math.min(n, 1000));
  if (Date.now() - startedAt + wait + BATCH_ALLOWANCE_MS > budgetMs) return false;
  if (wait > 0) Utilities.sleep(wait);
  return true;
}

function rowStep(job: SyncJob, ctx: RunContext, budgetMs: number, startedAt: number): SyncJob | null {
  const cp = job.checkpoint;
  const resuming = cp.inFlight !== '';
  const inRetry = !resuming && cp.cursor > cp.lastRow;
  const rows = nextRows(cp, ROWS_PER_BATCH);
  const batch = rows.flatMap((r) => ctx.byRow.get(r) ?? []);
  const subset: ParsedSheet = {
    valid: batch.filter((r): r is SheetRow => 'email' in r),
    invalid: batch.filter((r): r is InvalidRow => 'reason' in r),
  };
  const courseIds = [
    ...new Set(
      subset.valid.flatMap((r) => {
        const res = ctx.resolutions.get(r.courseRef);
        return res?.ok ? [res.courseId] : [];
      }),
    ),
  ];
  if (!pace(job, courseIds.length * 3 + subset.valid.length * 2, budgetMs, startedAt)) return null;
  job = { ...job, checkpoint: markInFlight(cp, rows) };
  saveSyncJob(job); // checkpoint 1: these rows may be sent

  const sentAt = Date.now();
  const sentBefore = requestsSent();
  let outcomes: RowOutcome[];
  try {
    const states = readSyncStates(courseIds);
    const plan = planSync(subset, ctx.resolutions, states);
    const intents = rowsOf(job.intents);
    const changes = plan.rows.filter((p) => p.kind === 'changeRole');
    if (changes.length > 0) {
      // Journal before the delete: a kill after it is finished as a role change, not reported as a new invite.
      job = { ...job, intents: formatRanges(toRanges([...intents, ...changes.map((p) => p.row)])) };
      saveSyncJob(job);
      for (const p of changes) intents.add(p.row);
    }
    const deletes = plan.rows.filter((p) => p.kind === 'changeRole' || p.kind === 'withdraw');
    const delAnswers = sendSyncWrites(
      deletes.map((p): SyncWrite => ({ kind: 'delete', invitationId: 'invitationId' in p ? p.invitationId : '' })),
      SYNC_RETRY,
    );
    const delByRow = new Map(deletes.map((p, i) => [p.row, delAnswers[i]]));
    const creates = plan.rows.filter(
      (p) =>
        p.kind === 'invite' ||
        (p.kind === 'changeRole' && ['done', 'already'].includes(delByRow.get(p.row)?.kind ?? '')),
    );
    const createAnswers = sendSyncWrites(
      creates.map((p): SyncWrite => {
        const r = p as SheetRow & { courseId: string };
        return { kind: 'create', courseId: r.courseId, email: r.email, role: r.role };
      }),
      SYNC_RETRY,
    );
    const createByRow = new Map(creates.map((p, i) => [p.row, createAnswers[i]]));
    outcomes = plan.rows.map((p) => {
      const del = delByRow.get(p.row);
      const create = createByRow.get(p.row);
      return outcomeOf(p, { ...(del ? { del } : {}), ...(create ? { create } : {}) }, resuming, intents.has(p.row));
    });
  } catch (e) {
    // The live state could not be read (Classroom busy): the batch's rows are taken again later.
    if (!isAppError(e) || e.cause.code !== 'CLASSROOM_API') throw e;
    outcomes = batch.map((r) => ({ row: r.row, code: 'retry' as const }));
  }
  if (inRetry && job.retryBatches >= MAX_RETRY_BATCHES) {
    outcomes = outcomes.map((o) => (o.code === 'retry' ? { ...o, code: 'failed', detail: 'err.unavailable' } : o));
  }
  writeStatuses(ctx, job, outcomes);

  const answered = new Set(outcomes.map((o) => o.row));
  let checkpoint = applyOutcomes(job.checkpoint, outcomes);
  // Blank rows have nothing to sync: they leave the in-flight list without an outcome.
  const left = expandRanges(parseRanges(checkpoint.inFlight)).filter((r) => answered.has(r) || ctx.byRow.has(r));
  checkpoint = { ...checkpoint, inFlight: formatRanges(toRanges(left)) };
  const settled = new Set(outcomes.filter((o) => o.code !== 'retry').map((o) => o.row));
  const requests = requestsSent() - sentBefore;
  return {
    ...job,
    checkpoint,
    intents: formatRanges(toRanges([...rowsOf(job.intents)].filter((r) => !settled.has(r)))),
    sendLog: record(job.sendLog, sentAt, Math.max(1, requests)),
    requests: job.requests + requests,
    retryBatches: job.retryBatches + (inRetry ? 1 : 0),
  };
}

/** One setValues for the batch: the status cells from its first row to its last (others kept as they are). */
function writeStatuses(ctx: RunContext, job: SyncJob, outcomes: readonly RowOutcome[]): void {
  if (outcomes.length === 0) return;
  const now = Date.now();
  for (const o of outcomes) {
    const cell: StatusCell = statusCell(
      o.detail === undefined ? { code: o.code } : { code: o.code, detail: o.detail },
      now,
    );
    while (ctx.status.length < o.row) ctx.status.push('');
    ctx.status[o.row - 1] = statusText(cell, ctx.t, formatTime);
  }
  const first = Math.min(...outcomes.map((o) => o.row));
  const last = Math.max(...outcomes.map((o) => o.row));
  writeColumn(ctx.sheet, job.columns.status, first, ctx.status.slice(first - 1, last));
}

/** After the rows: withdraws, in the courses the user ticked, the pending invitations no row names. */
function withdrawStep(job: SyncJob, ctx: RunContext, budgetMs: number, startedAt: number): SyncJob | null {
  const courses = job.withdraw.slice(0, WITHDRAW_COURSES_PER_STEP);
  if (!pace(job, courses.length * 3 + 50, budgetMs, startedAt)) return null;
  const sentAt = Date.now();
  const sentBefore = requestsSent();
  const states = readSyncStates(courses);
  const named = new Map<string, Set<string>>();
  for (const r of ctx.parsed.valid) {
    const res = ctx.resolutions.get(r.courseRef);
    if (!res?.ok) continue;
    const set = named.get(res.courseId) ?? new Set<string>();
    set.add(r.email);
    named.set(res.courseId, set);
  }
  const writes: SyncWrite[] = courses.flatMap((courseId) =>
    Object.entries(states[courseId]?.pending ?? {})
      .filter(([email]) => !named.get(courseId)?.has(email))
      .map(([, p]): SyncWrite => ({ kind: 'delete', invitationId: p.invitationId })),
  );
  const answers = sendSyncWrites(writes, SYNC_RETRY);
  const withdrawn = answers.filter((a) => a.kind === 'done').length;
  const retry = answers.some((a) => a.kind === 'retry');
  const requests = requestsSent() - sentBefore;
  return {
    ...job,
    notInSheetWithdrawn: job.notInSheetWithdrawn + withdrawn,
    withdraw: retry && job.retryBatches < MAX_RETRY_BATCHES ? job.withdraw : job.withdraw.slice(courses.length),
    retryBatches: job.retryBatches + (retry ? 1 : 0),
    sendLog: record(job.sendLog, sentAt, Math.max(1, requests)),
    requests: job.requests + requests,
  };
}
