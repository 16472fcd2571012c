// SpreadsheetApp for an add-on opened in Sheets: the active spreadsheet and its sheets as plain JSON, ranges that read
// and write values, Google's 10-million-cell limit and error messages, and a per-call cost on the virtual clock.
//
// Sources: Google raised the limit to 10,000,000 cells per spreadsheet on 14 March 2022 ("Google Sheets doubles cell
// limit", Workspace Updates; Drive help "Files you can store in Google Drive"). The setValues messages are Apps
// Script's own words as users report them (e.g. alpatania/sassafras#8: "The number of columns in the data does not
// match the number of columns in the range. The data has 5 but the range has 4."). The file-scope grant is
// CardService's EditorFileScopeActionResponseBuilder.requestFileScopeForActiveDocument (drive.file).
// Scopes (Apps Script's SpreadsheetApp reference, platform.md §9): openById needs
// https://www.googleapis.com/auth/spreadsheets, getActiveSpreadsheet spreadsheets or spreadsheets.currentonly;
// drive.file is not listed, so a manifest with drive.file alone is refused with Apps Script's missing-scope
// exception ("Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: …").
// The add-on reads and writes through the Sheets API instead (sheets-rest.ts).
// Assumptions, where Google is silent: the call costs (SHEET_COST); the words of the cell-limit error.
import { getOwn, requireScope, setOwn, type ServiceContext } from './context';

export const SPREADSHEET_CELL_LIMIT = 10_000_000;
/** A new sheet's grid, as Sheets creates it. */
export const DEFAULT_GRID = { rows: 1000, columns: 26 };

/** A cell as JSON: Dates are stored as {date: ms} and come back as Dates; a formula keeps its text and the value it
 *  was seeded with (the emulator does not evaluate formulas). */
export type StoredCell =
  string | number | boolean | { date: number } | { formula: string; value?: string | number | boolean };

export interface SheetRecord {
  sheetId: number;
  name: string;
  /** Grid size (what counts towards the cell limit), at least as large as the values. */
  maxRows: number;
  maxColumns: number;
  /** Row-major values from A1; ragged and shorter than the grid (missing cells are empty). */
  values: StoredCell[][];
}

export interface SpreadsheetRecord {
  id: string;
  name: string;
  sheets: SheetRecord[];
  activeSheetId: number;
  nextSheetId: number;
}

export interface SpreadsheetCallStats {
  reads: number;
  writes: number;
  cellsRead: number;
  cellsWritten: number;
}

/** Everything SpreadsheetApp persists (JSON-safe). */
export interface SpreadsheetState {
  spreadsheets: Record<string, SpreadsheetRecord>;
  /** The file open in the editor, null outside Sheets. */
  activeId: string | null;
  /** Per user id: spreadsheet ids the add-on was granted (drive.file, requestFileScopeForActiveDocument). */
  fileScope: Record<string, string[]>;
  stats: Record<string, SpreadsheetCallStats>;
}

/** Assumption (Google publishes no latency): a round trip per call plus a small cost per cell. */
export interface SheetCost {
  baseMs: number;
  perCellReadMs: number;
  perCellWriteMs: number;
}
/** Scopes SpreadsheetApp accepts for the active file; openById needs `spreadsheets` itself. */
const ACTIVE_SCOPES = ['spreadsheets.currentonly', 'spreadsheets'];

export const SHEET_COST: SheetCost = { baseMs: 60, perCellReadMs: 0.002, perCellWriteMs: 0.02 };

export function emptySpreadsheetState(): SpreadsheetState {
  return { spreadsheets: {}, activeId: null, fileScope: {}, stats: {} };
}

/** A spreadsheet to seed: its id, title and sheets (values row-major from A1). */
export interface SpreadsheetSpec {
  id: string;
  name: string;
  sheets: { name: string; values: unknown[][]; maxRows?: number; maxColumns?: number }[];
}

/** Adds a spreadsheet with sheets of the given values (grids 1000 × 26 unless given) and opens it in the editor. */
export function seedSpreadsheet(state: SpreadsheetState, spec: SpreadsheetSpec): SpreadsheetRecord {
  const sheets = spec.sheets.map((s, i): SheetRecord => {
    const values = s.values.map((row) => row.map(toStored));
    const width = values.reduce((m, r) => Math.max(m, r.length), 0);
    return {
      sheetId: i === 0 ? 0 : 1000 + i,
      name: s.name,
      maxRows: Math.max(s.maxRows ?? DEFAULT_GRID.rows, values.length),
      maxColumns: Math.max(s.maxColumns ?? DEFAULT_GRID.columns, width),
      values,
    };
  });
  const record: SpreadsheetRecord = {
    id: spec.id,
    name: spec.name,
    sheets,
    activeSheetId: sheets[0]?.sheetId ?? 0,
    nextSheetId: 1000 + sheets.length,
  };
  if (cellCount(record) > SPREADSHEET_CELL_LIMIT) throw new RangeError(cellLimitMessage());
  setOwn(state.spreadsheets, spec.id, record);
  state.activeId = spec.id;
  return record;
}

/** Records the user's grant of the current file (what onFileScopeGranted follows). */
export function grantFileScope(state: SpreadsheetState, userId: string, spreadsheetId: string): void {
  const granted = getOwn(state.fileScope, userId) ?? [];
  if (!granted.includes(spreadsheetId)) setOwn(state.fileScope, userId, [...granted, spreadsheetId]);
}

export function spreadsheetStats(state: SpreadsheetState, userId: string): SpreadsheetCallStats {
  let s = getOwn(state.stats, userId);
  if (!s) {
    s = { reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 };
    setOwn(state.stats, userId, s);
  }
  return s;
}

function cellCount(record: SpreadsheetRecord): number {
  return record.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
}

function cellLimitMessage(): string {
  return `This action would increase the number of cells in the workbook above the limit of ${SPREADSHEET_CELL_LIMIT} cells.`;
}

export function toStored(value: unknown): StoredCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && value !== null && typeof (value as { formula?: unknown }).formula === 'string') {
    return value as StoredCell;
  }
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: (value as Date).getTime() };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function isBlank(cell: StoredCell | undefined): boolean {
  return cell === undefined || cell === '';
}

function lastRowOf(sheet: SheetRecord): number {
  for (let r = sheet.values.length; r > 0; r--) if (sheet.values[r - 1]!.some((c) => !isBlank(c))) return r;
  return 0;
}

function lastColumnOf(sheet: SheetRecord): number {
  let last = 0;
  for (const row of sheet.values) {
    for (let c = row.length; c > last; c--) {
      if (!isBlank(row[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * The SpreadsheetApp global of one execution. `activeId` is the file open in the editor of the host session that
 * runs the execution (null outside Sheets and in time-driven triggers); default: the state's own activeId.
 */
export function makeSpreadsheetApp(
  state: SpreadsheetState,
  ctx: ServiceContext,
  cost: SheetCost = SHEET_COST,
  activeId: string | null = state.activeId,
) {
  const stats = () => spreadsheetStats(state, ctx.user.id);
  const charge = (ms: number) => {
    ctx.clock.advance(Math.round(ms));
  };
  const fromStored = (cell: StoredCell | undefined): unknown => {
    if (cell === undefined) return '';
    if (typeof cell !== 'object') return cell;
    return 'formula' in cell ? (cell.value ?? '') : ctx.newDate(cell.date);
  };
  const integer = (value: unknown, what: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw ctx.fail(`Invalid argument: ${what}`);
    return value;
  };

  function makeRange(
    book: SpreadsheetRecord,
    sheet: SheetRecord,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ) {
    const read = (method: string) => {
      ctx.enter('Spreadsheet', method);
      const s = stats();
      s.reads++;
      s.cellsRead += rows * cols;
      charge(cost.baseMs + rows * cols * cost.perCellReadMs);
      const out: unknown[][] = [];
      for (let r = 0; r < rows; r++) {
        const source = sheet.values[row - 1 + r] ?? [];
        const line: unknown[] = [];
        for (let c = 0; c < cols; c++) line.push(fromStored(source[col - 1 + c]));
        out.push(line);
      }
      return out;
    };
    const write = (method: string, values: unknown[][]) => {
      ctx.enter('Spreadsheet', method);
      const s = stats();
      s.writes++;
      s.cellsWritten += rows * cols;
      charge(cost.baseMs + rows * cols * cost.perCellWriteMs);
      while (sheet.values.length < row - 1 + rows) sheet.values.push([]);
      for (let r = 0; r < rows; r++) {
        const target = sheet.values[row - 1 + r]!;
        while (target.length < col - 1) target.push('');
        for (let c = 0; c < cols; c++) target[col - 1 + c] = toStored(values[r]![c]);
      }
    };
    const range = {
      getRow: () => row,
      getColumn: () => col,
      getNumRows: () => rows,
      getNumColumns: () => cols,
      getSheet: () => makeSheet(book, sheet),
      getValues: (): any[][] => read('getValues'),
      getValue: (): any => read('getValue')[0]![0],
      setValues(values: unknown[][]) {
        if (!Array.isArray(values)) throw ctx.fail('Invalid argument: values');
        if (values.length !== rows) {
          throw ctx.fail(
            `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rows}.`,
          );
        }
        for (const line of values) {
          const width = Array.isArray(line) ? line.length : 0;
          if (width !== cols) {
            throw ctx.fail(
              `The number of columns in the data does not match the number of columns in the range. The data has ${width} but the range has ${cols}.`,
            );
          }
        }
        write('setValues', values);
        return range;
      },
      setValue(value: unknown) {
        // Range.setValue fills every cell of the range with the value.
        write(
          'setValue',
          Array.from({ length: rows }, () => Array.from({ length: cols }, () => value)),
        );
        return range;
      },
    };
    return range;
  }

  function makeSheet(book: SpreadsheetRecord, sheet: SheetRecord) {
    const self = {
      getName: () => sheet.name,
      getSheetId: () => sheet.sheetId,
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxColumns,
      getLastRow() {
        ctx.enter('Spreadsheet', 'getLastRow');
        return lastRowOf(sheet);
      },
      getLastColumn() {
        ctx.enter('Spreadsheet', 'getLastColumn');
        return lastColumnOf(sheet);
      },
      getParent: () => makeSpreadsheet(book),
      /** From A1 to the last cell with content; A1 alone on an empty sheet. */
      getDataRange() {
        ctx.enter('Spreadsheet', 'getDataRange');
        return makeRange(book, sheet, 1, 1, Math.max(1, lastRowOf(sheet)), Math.max(1, lastColumnOf(sheet)));
      },
      getRange(row: number, column: number, numRows = 1, numColumns = 1) {
        ctx.enter('Spreadsheet', 'getRange');
        integer(row, 'row');
        integer(column, 'column');
        integer(numRows, 'numRows');
        integer(numColumns, 'numColumns');
        if (numRows < 1) throw ctx.fail('The number of rows in the range must be at least 1.');
        if (numColumns < 1) throw ctx.fail('The number of columns in the range must be at least 1.');
        if (row < 1 || column < 1 || row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
          throw ctx.fail('The coordinates of the range are outside the dimensions of the sheet.');
        }
        return makeRange(book, sheet, row, column, numRows, numColumns);
      },
      /** Grows the grid; refused past the spreadsheet's cell limit. */
      insertRowsAfter(afterPosition: number, howMany: number) {
        ctx.enter('Spreadsheet', 'insertRowsAfter');
        integer(afterPosition, 'afterPosition');
        integer(howMany, 'howMany');
        if (howMany < 1) throw ctx.fail('Invalid argument: howMany');
        if (cellCount(book) + howMany * sheet.maxColumns > SPREADSHEET_CELL_LIMIT) throw ctx.fail(cellLimitMessage());
        sheet.maxRows += howMany;
        if (afterPosition < sheet.values.length) {
          sheet.values.splice(afterPosition, 0, ...Array.from({ length: howMany }, (): StoredCell[] => []));
        }
        return self;
      },
    };
    return self;
  }

  function makeSpreadsheet(book: SpreadsheetRecord) {
    const self = {
      getId: () => book.id,
      getName: () => book.name,
      getSheets() {
        ctx.enter('Spreadsheet', 'getSheets');
        return book.sheets.map((s) => makeSheet(book, s));
      },
      getSheetByName(name: string) {
        ctx.enter('Spreadsheet', 'getSheetByName');
        const sheet = book.sheets.find((s) => s.name === name);
        return sheet ? makeSheet(book, sheet) : null;
      },
      getActiveSheet() {
        const sheet = book.sheets.find((s) => s.sheetId === book.activeSheetId) ?? book.sheets[0]!;
        return makeSheet(book, sheet);
      },
      insertSheet(name?: string) {
        ctx.enter('Spreadsheet', 'insertSheet');
        const sheetName = name ?? `Sheet${book.sheets.length + 1}`;
        if (book.sheets.some((s) => s.name === sheetName)) {
          throw ctx.fail(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
        }
        if (cellCount(book) + DEFAULT_GRID.rows * DEFAULT_GRID.columns > SPREADSHEET_CELL_LIMIT) {
          throw ctx.fail(cellLimitMessage());
        }
        const sheet: SheetRecord = {
          sheetId: book.nextSheetId++,
          name: sheetName,
          maxRows: DEFAULT_GRID.rows,
          maxColumns: DEFAULT_GRID.columns,
          values: [],
        };
        book.sheets.push(sheet);
        book.activeSheetId = sheet.sheetId;
        return makeSheet(book, sheet);
      },
    };
    return self;
  }

  const active = (method: string) => {
    ctx.enter('SpreadsheetApp', method);
    requireScope(ctx, `SpreadsheetApp.${method}`, ACTIVE_SCOPES);
    const book = activeId === null ? undefined : getOwn(state.spreadsheets, activeId);
    if (!book) return null;
    return makeSpreadsheet(book);
  };

  return {
    /** Null outside Sheets (no file open), like Apps Script when the add-on runs in another host. */
    getActiveSpreadsheet: () => active('getActiveSpreadsheet'),
    getActive: () => active('getActive'),
    getActiveSheet() {
      const book = active('getActiveSheet');
      return book ? book.getActiveSheet() : null;
    },
    /**
     * A spreadsheet by id, from any execution (time-driven ones included), with the `spreadsheets` scope. Google's
     * words for a missing file are assumed.
     */
    openById(id: string) {
      ctx.enter('SpreadsheetApp', 'openById');
      requireScope(ctx, 'SpreadsheetApp.openById', ['spreadsheets']);
      const book = getOwn(state.spreadsheets, id);
      if (!book)
        throw ctx.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
      return makeSpreadsheet(book);
    },
  };
}

export type EmulatedSpreadsheetApp = ReturnType<typeof makeSpreadsheetApp>;
