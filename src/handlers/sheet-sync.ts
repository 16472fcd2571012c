// Sheet sync in Sheets: the sheet card, the grant request, the preview and its pages, and the sync job (start, show,
// continue, cancel, close). The spreadsheet is the one the event names once the user granted it (sheets.id).
import * as sync from '../app/sheet-sync';
import { buildSheetCard, buildSyncJobCard, buildSyncPreviewCard, fileScopeRequest } from '../cards/sheet-sync';
import { push, replace, show, toHome } from '../cards/navigation';
import { invalidInput } from '../domain/errors';
import type { Ctx } from '../entry/event';
import type { Plan } from '../domain/plan';

/** The granted spreadsheet's id, or null before the grant. */
function sheetId(ctx: Ctx) {
  return ctx.sheets?.hasFileScope && ctx.sheets.id ? ctx.sheets.id : null;
}

function requireSheet(ctx: Ctx) {
  const id = sheetId(ctx);
  if (id === null) throw invalidInput('sync.noAccess');
  return id;
}

// The sheet card: the Sheets homepage, its pages of invalid rows, and the manifest's onFileScopeGrantedTrigger
// (the user just granted this file, so the card reads the sheet now).
export function sheetsHomepage(ctx: Ctx, offset = 0) {
  const view = ctx.hostApp === 'SHEETS' ? sync.openSheetSync(sheetId(ctx)) : { kind: 'notSheets' as const };
  return buildSheetCard(ctx.t, view, offset);
}

export const fileScopeGranted = sheetsHomepage;

/** Only the editor can ask for its open file; anywhere else the button cannot have been shown. */
export function requestFileScope(ctx: Ctx) {
  if (ctx.hostApp !== 'SHEETS') throw invalidInput('sync.notSheets');
  return fileScopeRequest();
}

function offsetOf(ctx: Ctx, param = 'offset') {
  const n = Number(ctx.params[param] ?? '0');
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export function sheetPage(ctx: Ctx) {
  return replace(sheetsHomepage(ctx, offsetOf(ctx)));
}

export function previewSync(ctx: Ctx) {
  return push(buildSyncPreviewCard(ctx.t, sync.previewSync(requireSheet(ctx))));
}

export function syncPreviewPage(ctx: Ctx) {
  const shown = sync.cachedPreview() ?? sync.previewSync(requireSheet(ctx));
  return replace(buildSyncPreviewCard(ctx.t, shown, offsetOf(ctx), offsetOf(ctx, 'people')));
}

/** The sync's card; paused because the sheet changed, it says what changed (read now). */
function syncCard(ctx: Ctx, plan: Plan) {
  return buildSyncJobCard(ctx.t, plan, plan.paused === 'sync.paused' ? sync.changesOf(plan) : []);
}

export function startSync(ctx: Ctx) {
  return replace(syncCard(ctx, sync.startSync(requireSheet(ctx), ctx.values('withdraw'), ctx)));
}

export function showSync(ctx: Ctx) {
  return show(syncCard(ctx, sync.currentSync()), ctx.params.replace === '1');
}

export function continueSync(ctx: Ctx) {
  return replace(syncCard(ctx, sync.workOnSync()));
}

export function cancelSync(ctx: Ctx) {
  sync.cancelSync();
  return toHome(sheetsHomepage(ctx), ctx.t('job.cancelled'));
}

export function closeSync(ctx: Ctx) {
  sync.closeSync();
  return toHome(sheetsHomepage(ctx));
}
