// Roster sync in Sheets: the Roster card (the Sheets homepage and the file-scope-granted trigger), the grant
// request, the preview and its pages, and the sync job (start, show, continue, cancel, close).
import {
  cachedPreview,
  cancelSync as cancel,
  closeSync as close,
  currentSync,
  openSheetSync,
  previewSync as preview,
  startSync as start,
  workOnSync,
} from '../app/sheet-sync';
import {
  buildSheetCard,
  buildSyncJobCard,
  buildSyncPreviewCard,
  requestFileScope as askForFile,
} from '../cards/sheet-sync';
import { push, replace, toHome } from '../cards/navigation';
import type { ActionResponse, Card } from '../cards/types';
import { invalidInput } from '../domain/errors';
import type { Ctx } from '../entry/event';
import { wordsFor } from '../i18n';

function sheetCard(ctx: Ctx, offset = 0): Card {
  return buildSheetCard(ctx.t, openSheetSync(ctx.sheets ? ctx.sheets.hasFileScope : null), offset);
}

export function sheetsHomepage(ctx: Ctx): Card {
  return sheetCard(ctx);
}

/** The manifest's onFileScopeGrantedTrigger: the user just granted this file, so the card reads the sheet now. */
export function fileScopeGranted(ctx: Ctx): Card {
  return sheetCard(ctx);
}

/** Only the editor can ask for its open file; anywhere else the button cannot have been shown. */
export function requestFileScope(ctx: Ctx): ActionResponse {
  if (ctx.hostApp !== 'SHEETS') throw invalidInput('sync.notSheets');
  return askForFile();
}

function offsetOf(ctx: Ctx): number {
  const n = Number(ctx.params.offset ?? '0');
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export function sheetPage(ctx: Ctx): ActionResponse {
  return replace(sheetCard(ctx, offsetOf(ctx)));
}

export function previewSync(ctx: Ctx): ActionResponse {
  return push(buildSyncPreviewCard(ctx.t, preview()));
}

export function syncPreviewPage(ctx: Ctx): ActionResponse {
  return replace(buildSyncPreviewCard(ctx.t, cachedPreview(), offsetOf(ctx)));
}

export function startSync(ctx: Ctx): ActionResponse {
  return replace(buildSyncJobCard(ctx.t, start(ctx.values('withdraw'), ctx.locale, wordsFor)));
}

export function showSync(ctx: Ctx): ActionResponse {
  const card = buildSyncJobCard(ctx.t, currentSync());
  return ctx.params.replace === '1' ? replace(card) : push(card);
}

export function continueSync(ctx: Ctx): ActionResponse {
  return replace(buildSyncJobCard(ctx.t, workOnSync(wordsFor)));
}

export function cancelSync(ctx: Ctx): ActionResponse {
  cancel();
  return toHome(sheetCard(ctx), ctx.t('job.cancelled'));
}

export function closeSync(ctx: Ctx): ActionResponse {
  close();
  return toHome(sheetCard(ctx));
}
