// Sheet sync from Google Sheets: read the granted sheet through the Sheets API, preview the sync across every course
// it names from ONE read of each course (nothing written), then one job that does exactly what the preview planned
// and the user approved: it trusts Google's answer to each write (already exists, already a member) instead of
// reading the courses again, checks before every run that the sheet still matches the preview (else it pauses and
// says what changed), journals role changes, writes each row's outcome in the status column only, and is
// checkpointed so a kill loses or repeats nothing. Steps are "rows → writes → outcomes", ready for a shared engine.
import { budgetWait } from '../classroom/create';
import { readSyncStates, requestsSent, sendSyncWrites, syncCandidates, type SyncAnswer } from '../classroom/sheet-sync';
import { AppError, invalidInput, messageKeyFor } from '../domain/errors';
import type { CreateAnswer } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import {
  applyOutcomes,
  expandRanges,
  formatRanges,
  isFinished,
  markInFlight,
  nextRows,
  parseRanges,
  startCheckpoint,
  statusText,
  toRanges,
  type RowOutcome,
  type Translate,
} from '../domain/sheet-job';
import { approve, planSync, rowCodes, sheetChanges, type Approval } from '../domain/sheet-plan';
import {
  parseSheetRows,
  recogniseHeader,
  resolveCourses,
  type CourseResolution,
  type InvalidRow,
  type ParsedSheet,
  type SheetHeader,
  type SheetRow,
} from '../domain/sheet-roster';
import {
  summarise,
  syncDone,
  withdrawalsOf,
  type SheetView,
  type SyncJob,
  type SyncPreview,
} from '../domain/sheet-sync';
import { getCachedMany, putCachedMany } from '../platform/cache';
import { withUserLock } from '../platform/lock';
import {
  deleteSyncJob,
  loadApproval,
  loadSyncJob,
  requestSyncCancel,
  saveSyncJob,
  startSyncJob,
  syncCancelRequested,
} from '../platform/sheet-sync-store';
import { readSheet, writeColumn, type SheetSnapshot } from '../platform/sheets-api';
import { ensureHourlyTrigger } from '../platform/triggers';
import { createManyRecorded, type RecordedCreate } from './follow-up';

/** Rows answered per step: their writes go out as batch requests of 50 parts, their statuses in one write. */
const ROWS_PER_STEP = 200;
/** A card action must answer within ~30 s; a time-driven run may use 6 minutes. Both keep a margin. */
const CLICK_BUDGET_MS = 20_000;
/** What one step may take at worst, so a run never starts one it cannot finish and save. */
const STEP_ALLOWANCE_MS = 8_000;
/** Retry-list steps before what still fails transiently is answered as failed (the job must end). */
const MAX_RETRY_STEPS = 20;
/** Failed parts get a short retry inside the step; what still fails is retried in a later step. */
const SYNC_RETRY = { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };
/** Approved withdrawals checked and sent per step. */
const WITHDRAWALS_PER_STEP = 50;

/** Words for the status column in the job's language (the trigger has no user locale of its own). */
export type WordsFor = (locale: string) => Translate;

function parse(
  snapshot: SheetSnapshot,
): { header: SheetHeader; parsed: ParsedSheet } | { missing: ('course' | 'email')[] } {
  const result = recogniseHeader(snapshot.values[0] ?? []);
  if (!result.ok) return { missing: result.missing };
  return { header: result.header, parsed: parseSheetRows(snapshot.values, result.header) };
}

/** The sheet card's data: access, header, the rows it cannot use, and the running sync if any. */
export function openSheetSync(spreadsheetId: string | null): SheetView {
  if (spreadsheetId === null) return { kind: 'noAccess' };
  const snapshot = readSheet(spreadsheetId);
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

function resolveAll(valid: readonly SheetRow[]): {
  resolutions: Map<string, CourseResolution>;
  names: Map<string, string>;
} {
  const refs = [...new Set(valid.map((r) => r.courseRef))];
  const candidates = syncCandidates(refs);
  return { resolutions: resolveCourses(refs, candidates), names: new Map(candidates.map((c) => [c.id, c.name])) };
}

const PREVIEW_KEY = 'sync:preview';
const APPROVAL_KEY = 'sync:approval';

/**
 * The dry run: every course the sheet names resolved and read once, side by side, and planned. Nothing is written.
 * The preview and what confirming it approves are kept (30 minutes) for the confirm click.
 */
export function previewSync(spreadsheetId: string): SyncPreview {
  const running = loadSyncJob();
  if (running && !running.paused && !syncDone(running)) throw invalidInput('sync.jobRunning');
  const snapshot = readSheet(spreadsheetId);
  const read = parse(snapshot);
  if ('missing' in read) throw invalidInput('sync.noHeader', { missing: read.missing.join(', ') });
  const { resolutions, names } = resolveAll(read.parsed.valid);
  const courseIds = [...new Set([...resolutions.values()].flatMap((r) => (r.ok ? [r.courseId] : [])))];
  const plan = planSync(read.parsed, resolutions, readSyncStates(courseIds));
  const preview = summarise(snapshot, plan, names);
  const { course, email, role, action } = read.header;
  const approval = approve(plan, snapshot.values, { course, email, role, action }, resolutions, []);
  if (running) deleteSyncJob(); // a paused or finished sync is replaced by the new preview
  putCachedMany(
    new Map<string, unknown>([
      [PREVIEW_KEY, preview],
      [APPROVAL_KEY, approval],
    ]),
    1800,
  );
  return preview;
}

/** The last preview, for its other pages; null if the cache lost it. */
export function cachedPreview(): SyncPreview | null {
  return getCachedMany<SyncPreview>([PREVIEW_KEY]).get(PREVIEW_KEY) ?? null;
}

/**
 * Confirms the preview: one job that does what it showed, withdrawing the pending invitations of the courses the
 * user ticked (checked against the preview: a course it did not offer is refused, nothing written).
 */
export function startSync(
  spreadsheetId: string,
  withdrawCourses: readonly string[],
  user: { locale: string; timeZone: string },
  words: WordsFor,
): SyncJob {
  if (loadSyncJob()) throw invalidInput('sync.jobRunning');
  const cached = getCachedMany<unknown>([PREVIEW_KEY, APPROVAL_KEY]);
  const preview = cached.get(PREVIEW_KEY) as SyncPreview | undefined;
  const approval = cached.get(APPROVAL_KEY) as Approval | undefined;
  if (!preview || !approval || preview.spreadsheetId !== spreadsheetId) throw invalidInput('sync.previewExpired');
  if (withdrawCourses.some((id) => !Object.prototype.hasOwnProperty.call(preview.notInSheet, id)))
    throw invalidInput('sync.withdrawUnknown');
  const withdraw = withdrawalsOf(preview, [...new Set(withdrawCourses)]);
  const job: SyncJob = {
    checkpoint: startCheckpoint(spreadsheetId, preview.sheetId, 2, approval.lastRow),
    title: preview.title,
    sheetName: preview.sheetName,
    withdrawn: 0,
    toWithdraw: withdraw.length,
    intents: '',
    runs: 0,
    retryBatches: 0,
    startedAt: Date.now(),
    requests: 0,
    notInSheetWithdrawn: 0,
    locale: user.locale,
    timeZone: user.timeZone,
  };
  // The trigger first: a kill between the two leaves a trigger with nothing to do, never a job nobody finishes.
  ensureHourlyTrigger('onJobsTick');
  startSyncJob(job, { ...approval, withdraw });
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

/** Whether a sync still has work (the hourly trigger stays while it does; a paused one waits for the user). */
export function syncPending(): boolean {
  const job = loadSyncJob();
  return job !== null && !job.paused && !syncDone(job);
}

/** Cancels the sync (statuses already written stay); a running execution sees the flag before its next step. */
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

/** The hourly trigger's share (`startedAt`: when the run began, so all share its budget). 1 if work is left. */
export function tickSync(words: WordsFor, budgetMs: number, startedAt: number): number {
  const job = loadSyncJob();
  if (!job || job.paused || syncDone(job)) return 0;
  const after = runSheetSync(job, words, budgetMs, startedAt);
  return after !== null && !after.paused && !syncDone(after) ? 1 : 0;
}

/** The status column's time, in the user's time zone. */
function formatTime(timeZone: string): (iso: string) => string {
  return (iso) => {
    const text = Utilities.formatDate(new Date(iso), timeZone, 'yyyy-MM-dd HH:mm');
    return `${text} ${timeZone === 'Etc/UTC' || timeZone === 'UTC' ? 'UTC' : timeZone}`;
  };
}

/** One run's view of the sheet: the rows as they are now (checked against the approval) and where to write. */
interface RunContext {
  sheet: SheetSnapshot;
  approval: Approval;
  codes: Map<number, string>;
  byRow: Map<number, SheetRow | InvalidRow>;
  status: number;
  t: Translate;
  time: (iso: string) => string;
}

/** Reads the sheet and checks it against the approval; the job paused (with what changed) when it no longer matches. */
function prepare(job: SyncJob, words: WordsFor): RunContext | SyncJob {
  const approval = loadApproval();
  if (!approval) throw invalidInput('sync.previewExpired');
  const sheet = readSheet(job.checkpoint.spreadsheetId, job.checkpoint.sheetId);
  const found = recogniseHeader(sheet.values[0] ?? []);
  const at = found.ok ? found.header : found.found;
  const columns = {
    course: at.course ?? null,
    email: at.email ?? null,
    role: at.role ?? null,
    action: at.action ?? null,
  };
  const changes = sheetChanges(approval, sheet.values, columns);
  if (!found.ok || changes.length > 0) return { ...job, paused: changes };
  const header = found.header;
  const t = words(job.locale);
  // The status column is found by the add-on's own label wherever it is now; added after the data if missing.
  if (header.statusCreated) writeColumn(sheet, header.status, new Map([[1, t('sync.statusHeader')]]));
  const parsed = parseSheetRows(sheet.values, header);
  const byRow = new Map<number, SheetRow | InvalidRow>();
  for (const r of [...parsed.valid, ...parsed.invalid]) byRow.set(r.row, r);
  return {
    sheet,
    approval,
    codes: rowCodes(approval),
    byRow,
    status: header.status,
    t,
    time: formatTime(job.timeZone),
  };
}

/**
 * Works on the sync until it is done, paused, cancelled, or the time budget would be passed; saves after every
 * step. Returns null if it was cancelled.
 */
function runSheetSync(start: SyncJob, words: WordsFor, budgetMs: number, startedAt = Date.now()): SyncJob | null {
  const ctx = prepare(start, words);
  if (!('sheet' in ctx)) {
    saveSyncJob(ctx);
    return ctx;
  }
  let job: SyncJob = { ...start, runs: start.runs + 1 };
  while (!syncDone(job)) {
    if (syncCancelRequested()) {
      deleteSyncJob();
      return null;
    }
    // Room in the one per-user request budget for the whole step (its Sheets calls included), or the run ends.
    const wait = budgetWait(ROWS_PER_STEP + 10);
    if (Date.now() - startedAt + wait + STEP_ALLOWANCE_MS > budgetMs) break;
    if (wait > 0) Utilities.sleep(wait);
    const before = requestsSent();
    job = isFinished(job.checkpoint) ? withdrawStep(job, ctx) : rowStep(job, ctx);
    job = { ...job, requests: job.requests + requestsSent() - before };
    saveSyncJob(job);
  }
  saveSyncJob(job);
  return job;
}

/** What a write's answer means for its row. */
function fromCreate(row: number, a: CreateAnswer | undefined, done: RowOutcome['code'], resent: boolean): RowOutcome {
  if (!a || a.kind === 'retry') return { row, code: 'retry' };
  if (a.kind === 'invited') return { row, code: done };
  if (a.kind === 'alreadyInvited') return { row, code: resent ? done : 'alreadyInvited' };
  // FAILED_PRECONDITION without a reason: already in the course with this role or a higher one (or disabled).
  if (a.kind === 'precondition') return { row, code: 'member' };
  return { row, code: 'failed', detail: messageKeyFor(a.api, 'create') };
}

function fromDelete(row: number, a: SyncAnswer | undefined): RowOutcome | null {
  if (!a || a.kind === 'retry') return { row, code: 'retry' };
  if (a.kind === 'failed') return { row, code: 'failed', detail: a.key };
  return null;
}

/** One step of rows: the approved writes of the next rows, sent together, then their statuses. */
function rowStep(job: SyncJob, ctx: RunContext): SyncJob {
  const cp = job.checkpoint;
  const resuming = cp.inFlight !== '';
  const inRetry = !resuming && cp.cursor > cp.lastRow;
  const rows = nextRows(cp, ROWS_PER_STEP);
  job = { ...job, checkpoint: markInFlight(cp, rows) };
  const intents = new Set(expandRanges(parseRanges(job.intents)));
  const outcomes = new Map<number, RowOutcome>();
  const creates: (RecordedCreate & { row: number; code: RowOutcome['code']; restore?: Role })[] = [];
  const changes: { row: number; id: string; from: Role; create: RecordedCreate }[] = [];
  const withdrawals: { row: number; id: string; role: Role }[] = [];
  for (const r of rows) {
    const code = ctx.codes.get(r);
    const row = ctx.byRow.get(r);
    if (code === undefined || !row) continue; // blank: nothing to say
    if (code.startsWith('x:')) outcomes.set(r, { row: r, code: 'invalid', detail: `sync.reason.${code.slice(2)}` });
    else if (code === 'a') outcomes.set(r, { row: r, code: 'alreadyInvited' });
    else if (code === 'm') outcomes.set(r, { row: r, code: 'member' });
    else if (code === 'o') outcomes.set(r, { row: r, code: 'nothingToWithdraw' });
    else if ('email' in row && !('reason' in row)) {
      const courseId = ctx.approval.refs[row.courseRef] ?? '';
      const [id = '', role = 'STUDENT'] = ctx.approval.pending[r] ?? [];
      const create = { courseId, email: row.email, role: row.role };
      if (code === 'i') creates.push({ ...create, row: r, code: intents.has(r) ? 'roleChanged' : 'invited' });
      if (code === 'c') changes.push({ row: r, id, from: role, create });
      if (code === 'w') withdrawals.push({ row: r, id, role });
    }
  }
  if (changes.length > 0) {
    // Journal before the delete: a kill after it is finished as a role change, never lost.
    job = { ...job, intents: formatRanges(toRanges([...intents, ...changes.map((c) => c.row)])) };
  }
  saveSyncJob(job); // checkpoint: these rows may be sent
  // Round 1: the role changes' deletes (a change journaled by a run that was killed is read first instead, as the
  // single role change's recovery does), and a check that each withdrawal is still pending with its role.
  const journaled = (c: (typeof changes)[number]) => intents.has(c.row);
  const first = sendSyncWrites(
    [
      ...changes.map((c) => ({ kind: journaled(c) ? ('get' as const) : ('delete' as const), invitationId: c.id })),
      ...withdrawals.map((w) => ({ kind: 'get' as const, invitationId: w.id })),
    ],
    SYNC_RETRY,
  );
  const unjournal = new Set<number>();
  changes.forEach((c, i) => {
    const a = first[i];
    const create = { ...c.create, row: c.row, code: 'roleChanged' as const, restore: c.from };
    if (journaled(c) && a?.kind === 'done') {
      // Pending with the new role: the killed run finished it. With the old one: its delete never went out.
      if (a.role === c.create.role) outcomes.set(c.row, { row: c.row, code: 'roleChanged' });
      else {
        outcomes.set(c.row, { row: c.row, code: 'retry' });
        unjournal.add(c.row);
      }
      return;
    }
    const failed = fromDelete(c.row, a);
    if (failed) outcomes.set(c.row, failed);
    else creates.push(create);
  });
  const deletes: { row: number; id: string }[] = [];
  withdrawals.forEach((w, i) => {
    const a = first[changes.length + i];
    if (a?.kind === 'done' && a.role === w.role) deletes.push(w);
    else if (a?.kind === 'done' || a?.kind === 'already')
      outcomes.set(w.row, { row: w.row, code: 'nothingToWithdraw' });
    else outcomes.set(w.row, fromDelete(w.row, a) ?? { row: w.row, code: 'retry' });
  });
  // Round 2: the creates (through the ledger) and the withdrawals still approved.
  const created = createManyRecorded(creates, 'sheet', SYNC_RETRY);
  const deleted = sendSyncWrites(
    deletes.map((d) => ({ kind: 'delete' as const, invitationId: d.id })),
    SYNC_RETRY,
  );
  deletes.forEach((d, i) => outcomes.set(d.row, fromDelete(d.row, deleted[i]) ?? { row: d.row, code: 'withdrawn' }));
  // Round 3: a role change Classroom refused gets its old invitation back (as the single role change does).
  const restores: (RecordedCreate & { row: number; detail: string })[] = [];
  creates.forEach((c, i) => {
    const answer = created[i];
    let outcome = fromCreate(c.row, answer, c.code, resuming || intents.has(c.row));
    if (c.restore && (answer?.kind === 'failed' || answer?.kind === 'precondition')) {
      // The old invitation is gone and the new one refused: create the old one again.
      if (answer.kind === 'precondition')
        outcome = { row: c.row, code: 'failed', detail: 'err.create.alreadyMemberOrDisabled' };
      restores.push({ ...c, role: c.restore, detail: outcome.detail ?? '' });
    }
    outcomes.set(c.row, outcome);
  });
  createManyRecorded(restores, 'sheet', SYNC_RETRY).forEach((a, i) => {
    const r = restores[i];
    if (r && (a.kind === 'invited' || a.kind === 'alreadyInvited'))
      outcomes.set(r.row, { row: r.row, code: 'failed', detail: 'sync.restored' });
  });
  let list = [...outcomes.values()];
  if (inRetry && job.retryBatches >= MAX_RETRY_STEPS)
    list = list.map((o) => (o.code === 'retry' ? { ...o, code: 'failed', detail: 'err.unavailable' } : o));
  writeStatuses(ctx, list);
  let checkpoint = applyOutcomes(job.checkpoint, list);
  // Blank rows have nothing to sync: they leave the in-flight list without an outcome.
  const left = expandRanges(parseRanges(checkpoint.inFlight)).filter((r) => outcomes.has(r));
  checkpoint = { ...checkpoint, inFlight: formatRanges(toRanges(left)) };
  const settled = new Set([...list.filter((o) => o.code !== 'retry').map((o) => o.row), ...unjournal]);
  return {
    ...job,
    checkpoint,
    intents: formatRanges(toRanges([...expandRanges(parseRanges(job.intents))].filter((r) => !settled.has(r)))),
    retryBatches: job.retryBatches + (inRetry ? 1 : 0),
  };
}

/** One batchUpdate for the step: only the status cells of the rows with an outcome, in the user's time zone. */
function writeStatuses(ctx: RunContext, outcomes: readonly RowOutcome[]): void {
  const at = new Date().toISOString();
  const cells = new Map<number, string>();
  for (const o of outcomes) {
    const cell = { code: o.code, at, ...(o.detail === undefined ? {} : { detail: o.detail }) };
    cells.set(o.row, statusText(cell, ctx.t, ctx.time));
  }
  writeColumn(ctx.sheet, ctx.status, cells);
}

/**
 * After the rows: the approved withdrawals, each only if no row names that person's email in that course now
 * (valid row or not) and the invitation is still pending with the role the preview showed.
 */
function withdrawStep(job: SyncJob, ctx: RunContext): SyncJob {
  const batch = ctx.approval.withdraw.slice(job.withdrawn, job.withdrawn + WITHDRAWALS_PER_STEP);
  const named = new Set<string>();
  for (const r of ctx.byRow.values()) {
    const courseId = r.courseRef === undefined ? undefined : ctx.approval.refs[r.courseRef];
    if (courseId && r.email) named.add(`${courseId}\n${r.email}`);
  }
  const open = batch.filter((w) => !named.has(`${w.courseId}\n${w.email}`));
  const checks = sendSyncWrites(
    open.map((w) => ({ kind: 'get' as const, invitationId: w.invitationId })),
    SYNC_RETRY,
  );
  if (checks.some((a) => a.kind === 'retry') && job.retryBatches < MAX_RETRY_STEPS)
    return { ...job, retryBatches: job.retryBatches + 1 };
  const still = open.filter((w, i) => {
    const a = checks[i];
    return a?.kind === 'done' && a.role === w.role;
  });
  const answers = sendSyncWrites(
    still.map((w) => ({ kind: 'delete' as const, invitationId: w.invitationId })),
    SYNC_RETRY,
  );
  if (answers.some((a) => a.kind === 'retry') && job.retryBatches < MAX_RETRY_STEPS)
    return { ...job, retryBatches: job.retryBatches + 1 };
  return {
    ...job,
    withdrawn: job.withdrawn + batch.length,
    notInSheetWithdrawn: job.notInSheetWithdrawn + answers.filter((a) => a.kind === 'done').length,
  };
}
