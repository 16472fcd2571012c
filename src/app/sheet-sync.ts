// Sheet sync from Google Sheets on the step engine: a preview across every course the sheet names from ONE read of
// each (nothing written), then a plan of exactly what it showed and the user approved. This kind reads the sheet once
// per run and pauses when it no longer matches, re-checks each withdrawal right before it goes, and writes statuses.
import { pendingRoles, readSyncStates, syncCandidates } from '../classroom/sheet-sync';
import { AppError, invalidInput, type MessageKey } from '../domain/errors';
import { commonReason, isRunnable, newPlan, type Plan, type Write } from '../domain/plan';
import {
  approve,
  isApproval,
  planSync,
  rowCodes,
  sheetChanges,
  type Approval,
  type SheetChange,
} from '../domain/sheet-plan';
import { parseSheetRows, recogniseHeader, resolveCourses, type SheetHeader } from '../domain/sheet-roster';
import {
  statusHeader,
  statusText,
  summarise,
  type RowOutcomeCode,
  type RowStatus,
  type SheetView,
  type SyncPreview,
} from '../domain/sheet-sync';
import { getCachedMany, putCachedMany, shaped } from '../platform/cache';
import { withUserLock } from '../platform/lock';
import { deletePlan, listPlans, newPlanId, savePlan } from '../platform/plan-store';
import { readSheet, writeColumn, type SheetSnapshot } from '../platform/sheets-api';
import { cancelPlan, runPlan, type Kind } from './engine';
import { keepTrigger } from './pending';

const headerOf = (sheet: SheetSnapshot) => recogniseHeader(sheet.values[0] ?? []);

/** The user's one sheet sync the user confirmed, if any. */
function currentPlan(): Plan | null {
  return listPlans().find((p) => p.kind === 'sync' && p.approvedAt !== undefined) ?? null;
}

/** The sheet card's data: access, header, the rows it cannot use, and the sync if any. */
export function openSheetSync(spreadsheetId: string | null): SheetView {
  if (spreadsheetId === null) return { kind: 'noAccess' };
  const snapshot = readSheet(spreadsheetId);
  const { title, sheetName } = snapshot;
  const found = headerOf(snapshot);
  if (!found.ok) return { kind: 'noHeader', title, sheetName, missing: found.missing };
  const { valid, invalid } = parseSheetRows(snapshot.values, found.header);
  const rows = valid.length + invalid.length;
  return { kind: 'roster', title, sheetName, rows, valid: valid.length, invalid, job: currentPlan() };
}

const PREVIEW_KEY = 'sync:preview';

// The dry run: every course the sheet names resolved and read once, side by side, and planned; nothing written to
// Classroom. What confirming approves (the planned write of every row, the withdrawals offered) is kept as a draft
// plan (the one plan store; a draft nobody confirms expires in a day); the preview's pages in the cache.
export function previewSync(spreadsheetId: string): SyncPreview {
  const running = currentPlan();
  if (running && !running.paused && isRunnable(running)) throw invalidInput('sync.jobRunning');
  const snapshot = readSheet(spreadsheetId);
  const found = headerOf(snapshot);
  if (!found.ok) throw invalidInput('sync.noHeader', { missing: found.missing.join(', ') });
  const parsed = parseSheetRows(snapshot.values, found.header);
  const refs = [...new Set(parsed.valid.map((r) => r.courseRef))];
  const candidates = syncCandidates(refs);
  const resolutions = resolveCourses(refs, candidates);
  const courseIds = [...new Set([...resolutions.values()].flatMap((r) => (r.ok ? [r.courseId] : [])))];
  const plan = planSync(parsed, resolutions, readSyncStates(courseIds));
  const preview = summarise(snapshot, plan, new Map(candidates.map((c) => [c.id, c.name])));
  const approval = approve(plan, snapshot.values);
  const draft = newPlan(newPlanId(), 'sync', { id: '', name: snapshot.title }, 'STUDENT', [], Date.now());
  const extra = { spreadsheetId, sheetId: snapshot.sheetId, approval: JSON.stringify(approval) };
  withUserLock(() => {
    // A paused, finished or unconfirmed sync gives way to this preview.
    for (const old of listPlans().filter((p) => p.kind === 'sync')) deletePlan(old.id);
    savePlan({ ...draft, extra });
  });
  putCachedMany(new Map([[PREVIEW_KEY, preview]]), 1800);
  return preview;
}

/** The last preview, for its other pages; null if the cache lost it. */
export function cachedPreview(): SyncPreview | null {
  const fields = { spreadsheetId: 'string', sheetName: 'string', notInSheet: 'object', counts: 'object' } as const;
  return getCachedMany([PREVIEW_KEY], shaped<SyncPreview>(fields)).get(PREVIEW_KEY) ?? null;
}

const SUFFIXES = new Map([
  ['invite', ''],
  ['changeRole', 'c'],
  ['withdraw', 'w'],
]);

// The plan's items ("12" invite, "12c" role change, "12w" withdraw; "w3" the 4th approved withdrawal, no row), and
// the status of each row the preview found nothing to write for, as the sheet shows it once the sync starts.
function itemsOf(approval: Approval) {
  const lines: string[] = [];
  const quiet = new Map<number, RowStatus>();
  for (const [row, code] of [...rowCodes(approval)].sort((a, b) => a[0] - b[0])) {
    const suffix = SUFFIXES.get(code);
    if (suffix !== undefined) lines.push(`${row}${suffix}`);
    else quiet.set(row, code as RowStatus);
  }
  return { lines: [...lines, ...approval.withdraw.map((_, k) => `w${k}`)], quiet };
}

// Confirms the preview: a plan of what it showed, withdrawing the pending invitations of the courses the user ticked
// (checked against the preview: a course it did not offer is refused, nothing written), then works on it.
export function startSync(
  spreadsheetId: string,
  withdrawCourses: readonly string[],
  user: { locale: string; timeZone: string },
) {
  if (currentPlan()) throw invalidInput('sync.jobRunning');
  const draft = listPlans().find((p) => p.kind === 'sync' && p.approvedAt === undefined);
  const offered = draft && draft.extra?.spreadsheetId === spreadsheetId ? approvalOf(draft) : null;
  if (!draft || !offered) throw invalidInput('sync.previewExpired');
  const ticked = new Set(withdrawCourses);
  if ([...ticked].some((id) => !offered.withdraw.some((w) => w.courseId === id)))
    throw invalidInput('sync.withdrawUnknown');
  const approval: Approval = { ...offered, withdraw: offered.withdraw.filter((w) => ticked.has(w.courseId)) };
  const sheetId = Number(draft.extra?.sheetId ?? 0);
  const sheet = readSheet(spreadsheetId, sheetId);
  const { lines, quiet } = itemsOf(approval);
  const invalid = [...quiet.values()].filter((c) => c.startsWith('x:')).length;
  const extra = {
    unchanged: quiet.size - invalid,
    invalid,
    spreadsheetId,
    sheetId,
    locale: user.locale,
    timeZone: user.timeZone,
    approval: JSON.stringify({ ...approval, groups: {} }),
  };
  const base = newPlan(newPlanId(), 'sync', { id: '', name: draft.title }, 'STUDENT', lines, Date.now());
  const plan: Plan = { ...base, extra, approvedAt: Date.now() };
  // The rows that need nothing say so at once (statuses only, in the status column).
  const found = headerOf(sheet);
  const statusOf = statuses(user.locale, user.timeZone);
  const cells = new Map([...quiet].map(([row, code]) => [row, statusOf(code)]));
  if (found.ok) writeColumn(sheet, statusColumn(sheet, found.header, user.locale), cells);
  const run = withUserLock(() => {
    deletePlan(draft.id);
    savePlan(plan);
    return runPlan(plan, syncKind).plan;
  });
  keepTrigger();
  return run ?? plan;
}

/** "Continue now" (and Refresh): more of the sync within the click, under the lock. */
export function workOnSync(): Plan {
  const plan = currentSync();
  const run = withUserLock(() => (isRunnable(plan) ? runPlan(plan, syncKind).plan : plan));
  keepTrigger();
  return run ?? currentSync(); // null: another execution holds the lock (show where it is), or it was cancelled
}

export function currentSync(): Plan {
  const plan = currentPlan();
  if (!plan) throw new AppError('CONFLICT', 'job.gone');
  return plan;
}

const sheetOf = (plan: Plan) => readSheet(String(plan.extra?.spreadsheetId ?? ''), Number(plan.extra?.sheetId ?? 0));

/** What changed in the sheet since the preview, for a paused sync's card (read now). */
export function changesOf(plan: Plan): SheetChange[] {
  const approval = approvalOf(plan);
  return approval ? sheetChanges(approval, sheetOf(plan).values) : [];
}

/** Cancels the sync (statuses already written stay); a running execution sees the flag before its next step. */
export function cancelSync(): void {
  const plan = currentPlan();
  if (plan) cancelPlan(plan.id);
}

/** Closes a finished sync; an unfinished one is cancelled. */
export const closeSync = cancelSync;

/** A row's status cell in the user's language, timed now in their time zone. */
function statuses(locale: string, timeZone: string) {
  const zone = timeZone === 'Etc/UTC' || timeZone === 'UTC' ? 'UTC' : timeZone;
  return (code: RowStatus, detail?: string) =>
    statusText(code, locale, `${Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm')} ${zone}`, detail);
}

/** The status column, found by the add-on's own label wherever it is; its label written after the data if none. */
function statusColumn(sheet: SheetSnapshot, header: SheetHeader, locale: string): number {
  if (header.statusCreated) writeColumn(sheet, header.status, new Map([[1, statusHeader(locale)]]));
  return header.status;
}

function approvalOf(plan: Plan): Approval | null {
  try {
    const value: unknown = JSON.parse(String(plan.extra?.approval ?? ''));
    return isApproval(value) ? value : null;
  } catch {
    return null;
  }
}

// Once per run: the sheet read and checked against the preview; any change pauses the plan (nothing sent). What a
// run knows: the approval, the sheet as it is now, its rows, and where statuses go.
function openSync(plan: Plan) {
  const approval = approvalOf(plan);
  if (!approval) return { pause: 'sync.previewExpired' as const };
  const sheet = sheetOf(plan);
  const found = headerOf(sheet);
  if (!found.ok || sheetChanges(approval, sheet.values).length > 0) return { pause: 'sync.paused' as const };
  const locale = String(plan.extra?.locale ?? 'en');
  const { valid, invalid } = parseSheetRows(sheet.values, found.header);
  return {
    approval,
    sheet,
    byRow: new Map([...valid, ...invalid].map((r) => [r.row, r])),
    status: statusColumn(sheet, found.header, locale),
    statusOf: statuses(locale, String(plan.extra?.timeZone ?? 'Etc/UTC')),
  };
}

type SyncContext = Exclude<ReturnType<typeof openSync>, { pause: unknown }>;

/** The row (or approved withdrawal) behind an item line. */
function itemOf(line: string): { row: number; code: 'i' | 'c' | 'w' } | { withdrawal: number } {
  if (line.startsWith('w')) return { withdrawal: Number(line.slice(1)) };
  const code = line.endsWith('c') ? 'c' : line.endsWith('w') ? 'w' : 'i';
  return { row: parseInt(line, 10), code };
}

/** The sheet sync's part of the engine. */
export const syncKind: Kind<SyncContext> = {
  origin: 'sheet',
  stepSize: 200,
  open: openSync,

  /** The writes of these items, from the sheet's rows (checked unchanged) and the preview's pending invitations. */
  writes(plan, ctx, items) {
    return items.map((i): Write | null => {
      const item = itemOf(plan.lines[i] ?? '');
      if ('withdrawal' in item) {
        const w = ctx.approval.withdraw[item.withdrawal];
        if (!w) return null;
        return { op: 'delete', courseId: w.courseId, userId: w.email, role: w.role, invitationId: w.invitationId };
      }
      const row = ctx.byRow.get(item.row);
      if (!row || !('role' in row)) return null;
      const courseId = ctx.approval.refs[row.courseRef] ?? '';
      const [invitationId = '', from = 'STUDENT'] = ctx.approval.pending[item.row] ?? [];
      if (item.code === 'i') return { op: 'create', courseId, userId: row.email, role: row.role };
      if (item.code === 'c') return { op: 'replace', courseId, userId: row.email, invitationId, from, role: row.role };
      return { op: 'delete', courseId, userId: row.email, role: from, invitationId };
    });
  },

  // A withdrawal goes out only while still true: the invitation still pending with the role the preview showed, and
  // (for one no row asked for) no row naming that person in that course now, valid row or not.
  approved(plan, ctx, items) {
    const { refs } = ctx.approval;
    const named = new Set([...ctx.byRow.values()].map((r) => `${refs[r.courseRef ?? ''] ?? ''}\n${r.email ?? ''}`));
    const deletes = items.filter((x) => x.write.op === 'delete');
    const roles = pendingRoles(deletes.map((x) => (x.write as { invitationId: string }).invitationId));
    const verdict = new Map<number, MessageKey | null>();
    deletes.forEach(({ index, write }, k) => {
      const fromRow = !(plan.lines[index] ?? '').startsWith('w');
      if (!fromRow && named.has(`${write.courseId}\n${write.userId}`)) verdict.set(index, 'sync.namedInSheet');
      // Not checked (Classroom did not answer): never sent unchecked.
      else if (roles[k] === 'unknown') verdict.set(index, 'err.unavailable');
      else if (roles[k] !== write.role) verdict.set(index, 'sync.noLongerPending');
    });
    return items.map((x) => verdict.get(x.index) ?? null);
  },

  /** After each step: one batchUpdate of the rows' statuses (only the status column, RAW, in the user's time zone). */
  afterStep(plan, ctx, step) {
    const cells = new Map<number, string>();
    for (const i of step.items) {
      const item = itemOf(plan.lines[i] ?? '');
      const state = plan.states[i] ?? 'p';
      if ('withdrawal' in item || 'pxd'.includes(state)) continue;
      const done: RowOutcomeCode = item.code === 'i' ? 'invited' : item.code === 'c' ? 'roleChanged' : 'withdrawn';
      const already: RowOutcomeCode = item.code === 'w' ? 'nothingToWithdraw' : 'alreadyInvited';
      const byState: Record<string, RowOutcomeCode> = { i: done, a: already, m: 'member', s: 'invalid' };
      const code = byState[state] ?? 'failed';
      const detail = state === 'r' ? 'sync.restored' : 'fs'.includes(state) ? commonReason(plan, [i]) : undefined;
      cells.set(item.row, ctx.statusOf(code, detail));
    }
    writeColumn(ctx.sheet, ctx.status, cells);
  },
};
