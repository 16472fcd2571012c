// sheets.googleapis.com behind UrlFetchApp: the Sheets API v4 calls the add-on makes (spreadsheets.get,
// spreadsheets.values.batchGet, spreadsheets.values.batchUpdate) on the same spreadsheets SpreadsheetApp and the
// preview's Sheets host show.
//
// Sources (Google's Sheets API v4 reference, developers.google.com/workspace/sheets/api/reference/rest/v4):
// - spreadsheets.values (ValueRange): `range` in A1 notation; on output the values exclude trailing empty rows and
//   columns; `majorDimension` ROWS by default.
// - values.batchGet: `ranges` repeated, `majorDimension`, `valueRenderOption` (FORMATTED_VALUE by default,
//   UNFORMATTED_VALUE, FORMULA); the answer is {spreadsheetId, valueRanges[]}.
// - values.batchUpdate: body {valueInputOption, data: ValueRange[]}; ValueInputOption RAW ("the values the user has
//   entered will not be parsed and will be stored as-is") or USER_ENTERED ("parsed as if the user typed them into
//   the UI": "=…" becomes a formula, numbers become numbers); the answer counts totalUpdatedCells and per-range
//   responses.
// - Scopes: drive, drive.file, spreadsheets (and readonly variants for reads). Under drive.file only files the user
//   opened with or granted to the app are reachable; others answer 403 PERMISSION_DENIED ("The caller does not have
//   permission"); an unknown spreadsheet 404 NOT_FOUND ("Requested entity was not found."). Errors use Google's JSON
//   error shape {error: {code, message, status}} (AIP-193).
// Assumptions, where Google is silent or the emulator simplifies: formulas are not evaluated (a formula cell reads
// as the value it was seeded with, '' otherwise); dates read as serial numbers under UNFORMATTED_VALUE; `fields`
// masks are ignored (the answer is a superset); the "exceeds grid limits" words are those users report.
import type { HttpRequest, HttpResponse } from '../types';
import { getOwn } from './context';
import {
  spreadsheetStats,
  toStored,
  type SheetCost,
  type SheetRecord,
  type SpreadsheetState,
  type StoredCell,
} from './spreadsheet';

export const SHEETS_HOST = 'sheets.googleapis.com';
const SCOPE = (s: string) => `https://www.googleapis.com/auth/${s}`;
/** Scopes that reach every spreadsheet of the user; drive.file reaches only granted ones. */
const ALL_FILES = ['drive', 'spreadsheets', 'drive.readonly', 'spreadsheets.readonly'].map(SCOPE);

class SheetsFailure extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) };
}

/** Column letters → 1-based index ("A" → 1, "AA" → 27). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Area {
  sheet: SheetRecord;
  /** 1-based, inclusive; null = open-ended. */
  row1: number;
  col1: number;
  row2: number | null;
  col2: number | null;
}

/** A1 notation: `'My sheet'!A1:B2`, `Sheet1!A:A`, `Sheet1!2:5`, `Sheet1`, or `A1:B2` on the first sheet. */
export function parseA1(range: string, sheets: readonly SheetRecord[]): Area {
  const bad = () => new SheetsFailure(400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
  const unquote = (n: string) => (/^'.*'$/.test(n) ? n.slice(1, -1).replace(/''/g, "'") : n);
  const bang = range.lastIndexOf('!');
  let name: string | null = null;
  let cells = range;
  if (bang >= 0) {
    name = unquote(range.slice(0, bang));
    cells = range.slice(bang + 1);
  } else if (sheets.some((s) => s.name === unquote(range))) {
    name = unquote(range);
    cells = '';
  }
  const sheet = name === null ? sheets[0] : sheets.find((s) => s.name === name);
  if (!sheet) throw bad();
  if (cells === '') return { sheet, row1: 1, col1: 1, row2: null, col2: null };
  const m = /^([A-Za-z]*)(\d*)(?::([A-Za-z]*)(\d*))?$/.exec(cells);
  if (!m) throw bad();
  const [, c1 = '', r1 = '', c2, r2] = m;
  if (!c1 && !r1) throw bad();
  const single = c2 === undefined && r2 === undefined;
  return {
    sheet,
    row1: r1 ? Number(r1) : 1,
    col1: c1 ? columnIndex(c1) : 1,
    row2: single ? (r1 ? Number(r1) : null) : r2 ? Number(r2) : null,
    col2: single ? (c1 ? columnIndex(c1) : null) : c2 ? columnIndex(c2) : null,
  };
}

function a1(sheet: SheetRecord, row1: number, col1: number, row2: number, col2: number): string {
  return `'${sheet.name.replace(/'/g, "''")}'!${columnLetters(col1)}${row1}:${columnLetters(col2)}${row2}`;
}

/** Days since 1899-12-30, as Sheets keeps dates. */
const serial = (ms: number) => ms / 86_400_000 + 25_569;

function render(cell: StoredCell | undefined, option: string): unknown {
  if (cell === undefined || cell === '') return '';
  if (typeof cell === 'object') {
    if ('formula' in cell) return option === 'FORMULA' ? cell.formula : render(cell.value ?? '', option);
    return option === 'FORMATTED_VALUE' ? new Date(cell.date).toISOString().slice(0, 10) : serial(cell.date);
  }
  if (option !== 'FORMATTED_VALUE') return cell;
  return typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell);
}

function readArea(area: Area, option: string): { range: string; values: unknown[][] } {
  const { sheet } = area;
  const row2 = area.row2 ?? sheet.maxRows;
  const col2 = area.col2 ?? sheet.maxColumns;
  const values: unknown[][] = [];
  for (let r = area.row1; r <= Math.min(row2, sheet.values.length); r++) {
    const source = sheet.values[r - 1] ?? [];
    const line: unknown[] = [];
    for (let c = area.col1; c <= Math.min(col2, source.length); c++) line.push(render(source[c - 1], option));
    while (line.length > 0 && line[line.length - 1] === '') line.pop();
    values.push(line);
  }
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  return { range: a1(sheet, area.row1, area.col1, row2, col2), values };
}

/** What a person typing the value would get (USER_ENTERED); RAW keeps it as sent. */
function entered(value: unknown, option: string): StoredCell {
  if (option === 'RAW' || typeof value !== 'string') return toStored(value);
  if (value.startsWith("'")) return value.slice(1);
  if (value.startsWith('=')) return { formula: value };
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (/^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return value;
}

function writeArea(area: Area, values: unknown, option: string) {
  const { sheet } = area;
  if (!Array.isArray(values))
    throw new SheetsFailure(400, 'INVALID_ARGUMENT', 'Invalid values: expected a list of rows.');
  const rows = values as unknown[][];
  const width = rows.reduce((m, r) => Math.max(m, Array.isArray(r) ? r.length : 0), 0);
  const lastRow = area.row1 + rows.length - 1;
  const lastCol = area.col1 + width - 1;
  if ((area.row2 !== null && lastRow > area.row2) || (area.col2 !== null && lastCol > area.col2)) {
    throw new SheetsFailure(
      400,
      'INVALID_ARGUMENT',
      `Requested writing within range [${a1(sheet, area.row1, area.col1, area.row2 ?? lastRow, area.col2 ?? lastCol)}], but tried writing to row [${lastRow}]`,
    );
  }
  if (lastRow > sheet.maxRows || lastCol > sheet.maxColumns) {
    throw new SheetsFailure(
      400,
      'INVALID_ARGUMENT',
      `Range (${a1(sheet, area.row1, area.col1, lastRow, lastCol)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
    );
  }
  rows.forEach((line, i) => {
    if (!Array.isArray(line)) return;
    while (sheet.values.length < area.row1 + i) sheet.values.push([]);
    const target = sheet.values[area.row1 - 1 + i]!;
    line.forEach((value, j) => {
      // null leaves the cell as it is (ValueRange: "to skip a value, set it to null").
      if (value === null) return;
      while (target.length < area.col1 - 1 + j) target.push('');
      target[area.col1 - 1 + j] = entered(value, option);
    });
  });
  const cells = rows.reduce((n, r) => n + (Array.isArray(r) ? r.length : 0), 0);
  return {
    updatedRange: a1(sheet, area.row1, area.col1, lastRow, Math.max(area.col1, lastCol)),
    updatedRows: rows.length,
    updatedColumns: width,
    updatedCells: cells,
  };
}

/** The acting user's id from `Authorization: Bearer emu-token:<id>` (what ScriptApp.getOAuthToken hands out). */
function bearer(headers: Record<string, string>): string | undefined {
  const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
  return /^Bearer emu-token:(.+)$/.exec(value)?.[1];
}

/**
 * Serves one UrlFetchApp request to sheets.googleapis.com. `scopes`: the script's manifest scopes (its token's);
 * `charge` advances the virtual clock by the call's cost.
 */
export function handleSheetsHttp(
  state: SpreadsheetState,
  req: HttpRequest,
  scopes: readonly string[] | undefined,
  cost: SheetCost,
  charge: (ms: number) => void,
): HttpResponse {
  try {
    const url = new URL(req.url);
    const userId = bearer(req.headers);
    if (userId === undefined) {
      throw new SheetsFailure(401, 'UNAUTHENTICATED', 'Request is missing required authentication credential.');
    }
    const m = /^\/v4\/spreadsheets\/([^/:]+)(?:\/values:(batchGet|batchUpdate))?$/.exec(url.pathname);
    const method = req.method.toUpperCase();
    const kind = m?.[2] ?? 'get';
    if (!m || (kind === 'batchUpdate' ? method !== 'POST' : method !== 'GET')) {
      throw new SheetsFailure(404, 'NOT_FOUND', 'The requested URL was not found on this server.');
    }
    const book = getOwn(state.spreadsheets, decodeURIComponent(m[1]!));
    if (!book) throw new SheetsFailure(404, 'NOT_FOUND', 'Requested entity was not found.');
    const declared = scopes ?? ALL_FILES;
    const granted = (getOwn(state.fileScope, userId) ?? []).includes(book.id);
    const fileScope = declared.includes(SCOPE('drive.file'));
    if (!declared.some((s) => ALL_FILES.includes(s)) && !(fileScope && granted)) {
      throw new SheetsFailure(403, 'PERMISSION_DENIED', 'The caller does not have permission');
    }
    const stats = spreadsheetStats(state, userId);
    if (kind === 'get') {
      stats.reads++;
      charge(cost.baseMs);
      return json(200, {
        spreadsheetId: book.id,
        properties: { title: book.name },
        sheets: book.sheets.map((s, index) => ({
          properties: {
            sheetId: s.sheetId,
            title: s.name,
            index,
            sheetType: 'GRID',
            gridProperties: { rowCount: s.maxRows, columnCount: s.maxColumns },
          },
        })),
      });
    }
    if (kind === 'batchGet') {
      const ranges = url.searchParams.getAll('ranges');
      const option = url.searchParams.get('valueRenderOption') ?? 'FORMATTED_VALUE';
      const major = url.searchParams.get('majorDimension') ?? 'ROWS';
      if (major !== 'ROWS') throw new SheetsFailure(400, 'INVALID_ARGUMENT', 'The emulator reads ROWS only.');
      const valueRanges = ranges.map((r) => {
        const read = readArea(parseA1(r, book.sheets), option);
        return read.values.length > 0
          ? { range: read.range, majorDimension: 'ROWS', values: read.values }
          : { range: read.range, majorDimension: 'ROWS' };
      });
      const cells = valueRanges.reduce((n, v) => n + (v.values ?? []).reduce((k, row) => k + row.length, 0), 0);
      stats.reads++;
      stats.cellsRead += cells;
      charge(cost.baseMs + cells * cost.perCellReadMs);
      return json(200, { spreadsheetId: book.id, valueRanges });
    }
    let body: { valueInputOption?: unknown; data?: unknown };
    try {
      body = JSON.parse(req.payload ?? '{}') as typeof body;
    } catch {
      throw new SheetsFailure(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
    }
    const option = body.valueInputOption;
    if (option !== 'RAW' && option !== 'USER_ENTERED') {
      throw new SheetsFailure(
        400,
        'INVALID_ARGUMENT',
        `Invalid valueInputOption: ${typeof option === 'string' ? option : 'INPUT_VALUE_OPTION_UNSPECIFIED'}`,
      );
    }
    const data = Array.isArray(body.data)
      ? (body.data as { range?: unknown; values?: unknown; majorDimension?: unknown }[])
      : [];
    // Every range is checked before any is written: a refused batchUpdate changes nothing.
    const areas = data.map((d) => {
      if (d.majorDimension !== undefined && d.majorDimension !== 'ROWS') {
        throw new SheetsFailure(400, 'INVALID_ARGUMENT', 'The emulator writes ROWS only.');
      }
      return parseA1(typeof d.range === 'string' ? d.range : '', book.sheets);
    });
    const copy = structuredClone(book.sheets);
    let responses;
    try {
      responses = areas.map((area, i) => ({ spreadsheetId: book.id, ...writeArea(area, data[i]!.values, option) }));
    } catch (e) {
      book.sheets.splice(0, book.sheets.length, ...copy);
      throw e;
    }
    const cells = responses.reduce((n, r) => n + r.updatedCells, 0);
    stats.writes++;
    stats.cellsWritten += cells;
    charge(cost.baseMs + cells * cost.perCellWriteMs);
    return json(200, {
      spreadsheetId: book.id,
      totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
      totalUpdatedColumns: Math.max(0, ...responses.map((r) => r.updatedColumns)),
      totalUpdatedCells: cells,
      totalUpdatedSheets: new Set(areas.map((a) => a.sheet.sheetId)).size,
      responses,
    });
  } catch (e) {
    if (!(e instanceof SheetsFailure)) throw e;
    return json(e.code, { error: { code: e.code, message: e.message, status: e.status } });
  }
}
