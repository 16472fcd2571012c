// The roster sheet through SpreadsheetApp: the active sheet while the user is in Sheets (after the drive.file grant
// for this file), the same sheet by id from the hourly trigger (no file is active there), and the status column
// written with one setValues per batch.

/** A sheet's place: the spreadsheet and the sheet inside it. */
export interface SheetRef {
  spreadsheetId: string;
  sheetId: number;
}

export interface SheetSnapshot extends SheetRef {
  title: string;
  sheetName: string;
  /** getDataRange().getValues(): row 1 is the header. */
  values: unknown[][];
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The active sheet's values, or 'noAccess' until the user grants the add-on this file; null outside Sheets. */
export function readActiveSheet(): SheetSnapshot | 'noAccess' | null {
  // Null outside Sheets (the typings say otherwise).
  const app: { getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null } = SpreadsheetApp;
  let book: GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  try {
    book = app.getActiveSpreadsheet();
  } catch (e) {
    if (/permission/i.test(String(e instanceof Error ? e.message : e))) return 'noAccess';
    throw e;
  }
  if (!book) return null;
  const sheet = book.getActiveSheet();
  return {
    spreadsheetId: book.getId(),
    sheetId: sheet.getSheetId(),
    title: book.getName(),
    sheetName: sheet.getName(),
    values: sheet.getDataRange().getValues(),
  };
}

/** The sheet a job works on, by id: works without an active file (time-driven runs); null if it is gone. */
export function openSheet(ref: SheetRef): Sheet | null {
  const book = SpreadsheetApp.openById(ref.spreadsheetId);
  return book.getSheets().find((s) => s.getSheetId() === ref.sheetId) ?? null;
}

export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** Writes one column's cells from `firstRow` down in a single setValues. */
export function writeColumn(sheet: Sheet, column: number, firstRow: number, cells: readonly string[]): void {
  if (cells.length === 0) return;
  sheet.getRange(firstRow, column + 1, cells.length, 1).setValues(cells.map((c) => [c]));
}
