// The synced sheet through the Sheets API v4 over the transport (UrlFetchApp, the user's token; platform.md §9):
// SpreadsheetApp needs the `spreadsheets` scope, the add-on has only drive.file, which the Sheets API accepts for a
// file the user granted. Read with spreadsheets.get (the tabs) and values.batchGet (UNFORMATTED_VALUE: numbers stay
// numbers); statuses written with ONE values.batchUpdate per step, one range per run of rows, valueInputOption RAW
// ("stored as-is", so a status starting with = + - @ is text, never a formula), touching no other cell.
// References: developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get,
// .../spreadsheets.values/batchGet, .../spreadsheets.values/batchUpdate.
import { AppError, invalidInput } from '../domain/errors';
import { runs } from '../domain/sheet-plan';
import { sendAll, type Endpoint } from '../transport/http';

const ROOT = '/v4/spreadsheets/';
const RETRY = { maxTries: 3, maxTotalMs: 4_000, baseMs: 500, capMs: 2_000 };

export type SheetSnapshot = ReturnType<typeof readSheet>;

const SHEETS: Endpoint = {
  root: 'https://sheets.googleapis.com',
  retryable: (r) => r.status === 429 || r.status >= 500,
};

/** One Sheets API call over the transport (the user's token, transient failures retried briefly). */
function call(method: 'GET' | 'POST', path: string, body?: unknown): Record<string, unknown> {
  const [res] = sendAll(SHEETS, [{ method, path: ROOT + path, ...(body === undefined ? {} : { body }) }], RETRY);
  const code = res?.status ?? 0;
  const answer = (res?.body ?? {}) as Record<string, unknown>;
  if (code >= 200 && code < 300) return answer;
  // 403: the user has not granted this file (drive.file); 404: the file is gone; else Sheets is busy or refused.
  if (code === 403) throw invalidInput('sync.noAccess');
  if (code === 404) throw invalidInput('sync.sheetGone');
  const error = (answer.error ?? {}) as Record<string, unknown>;
  const status = typeof error.status === 'string' ? error.status : 'UNAVAILABLE';
  const api = { httpCode: code, status, message: typeof error.message === 'string' ? error.message : '' };
  throw new AppError('CLASSROOM_API', 'sync.sheetsBusy', {}, api);
}

/** 'Sheet name' as A1 notation quotes it. */
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

// The values of tab `sheetId`, or of the first tab (the API has no notion of the tab on screen): two requests. Row 1 is
// the header; rows and cells past the last value are left out, as the API does.
export function readSheet(spreadsheetId: string, sheetId?: number) {
  const id = encodeURIComponent(spreadsheetId);
  const meta = call('GET', `${id}?fields=properties.title,sheets.properties(sheetId,title)`);
  const tabs = ((meta.sheets ?? []) as { properties?: { sheetId?: number; title?: string } }[]).map(
    (s) => s.properties,
  );
  const tab = sheetId === undefined ? tabs[0] : tabs.find((p) => p?.sheetId === sheetId);
  if (!tab || typeof tab.title !== 'string') throw invalidInput('sync.sheetGone');
  const range = `ranges=${encodeURIComponent(quoteSheet(tab.title))}`;
  const data = call('GET', `${id}/values:batchGet?${range}&majorDimension=ROWS&valueRenderOption=UNFORMATTED_VALUE`);
  const [first] = (data.valueRanges ?? []) as { values?: unknown[][] }[];
  const title = (meta.properties as { title?: unknown } | undefined)?.title;
  return {
    spreadsheetId,
    sheetId: tab.sheetId ?? 0,
    title: typeof title === 'string' ? title : '',
    sheetName: tab.title,
    values: first?.values ?? [],
  };
}

/** A0-style column letters of a 0-based index. */
function letters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Writes text into one column, a range per run of consecutive rows, in one batchUpdate (RAW). */
export function writeColumn(sheet: SheetSnapshot, column: number, cells: ReadonlyMap<number, string>): void {
  if (cells.size === 0) return;
  const col = letters(column);
  const data = runs([...cells.keys()]).map(([first, last]) => ({
    range: `${quoteSheet(sheet.sheetName)}!${col}${first}:${col}${last}`,
    majorDimension: 'ROWS',
    values: Array.from({ length: last - first + 1 }, (_, k) => [cells.get(first + k) ?? '']),
  }));
  call('POST', `${encodeURIComponent(sheet.spreadsheetId)}/values:batchUpdate`, { valueInputOption: 'RAW', data });
}
