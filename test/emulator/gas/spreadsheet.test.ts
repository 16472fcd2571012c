// SpreadsheetApp: the active file and its sheets as JSON, ranges that read and write, Google's limits and messages,
// the file-scope grant, and the cost of each call on the virtual clock.
import { parseSheetRows, recogniseHeader } from '../../../src/domain/sheet-roster';
import {
  emptySpreadsheetState,
  grantFileScope,
  makeSpreadsheetApp,
  seedSpreadsheet,
  SHEET_COST,
  SPREADSHEET_CELL_LIMIT,
  spreadsheetStats,
  type SpreadsheetState,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

const ROSTER = [
  ['Course', 'Email', 'Role'],
  ['123', 'ana@school.org', 'student'],
  ['', '', ''],
  ['456', 'bo@school.org', 'teacher'],
];

function setup(opts: { grant?: boolean } = {}) {
  const clock = new VirtualClock();
  const state = emptySpreadsheetState();
  seedSpreadsheet(state, {
    id: 'ss-1',
    name: 'District roster',
    sheets: [
      { name: 'Roster', values: ROSTER },
      { name: 'Notes', values: [['hello']] },
    ],
  });
  if (opts.grant !== false) grantFileScope(state, '1', 'ss-1');
  const app = makeSpreadsheetApp(state, testContext(clock));
  return { clock, state, app };
}

function active(app: ReturnType<typeof setup>['app']) {
  const ss = app.getActiveSpreadsheet();
  if (!ss) throw new Error('no active spreadsheet');
  return ss;
}

describe('SpreadsheetApp', () => {
  it('opens the active spreadsheet and its sheets', () => {
    const { app } = setup();
    const ss = active(app);
    expect(ss.getId()).toBe('ss-1');
    expect(ss.getName()).toBe('District roster');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Roster', 'Notes']);
    expect(ss.getActiveSheet().getName()).toBe('Roster');
    expect(app.getActiveSheet()?.getSheetId()).toBe(0);
    expect(ss.getSheetByName('Notes')?.getSheetId()).toBe(1001);
    expect(ss.getSheetByName('Missing')).toBeNull();
  });

  it('reads the data range from A1 to the last cell with content', () => {
    const sheet = active(setup().app).getActiveSheet();
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    const range = sheet.getDataRange();
    expect([range.getNumRows(), range.getNumColumns()]).toEqual([4, 3]);
    expect(range.getValues()).toEqual(ROSTER);
  });

  it('writes values, pads with empty cells, and reads them back (values are copies)', () => {
    const sheet = active(setup().app).getActiveSheet();
    sheet.getRange(2, 5, 2, 1).setValues([['Invited'], ['Not synced']]);
    expect(sheet.getLastColumn()).toBe(5);
    expect(sheet.getRange(1, 4, 3, 2).getValues()).toEqual([
      ['', ''],
      ['', 'Invited'],
      ['', 'Not synced'],
    ]);
    sheet.getRange(8, 1).setValue('late row');
    expect(sheet.getLastRow()).toBe(8);
    expect(sheet.getRange(8, 1).getValue()).toBe('late row');
    const copy = sheet.getRange(2, 2).getValues();
    copy[0]![0] = 'changed';
    expect(sheet.getRange(2, 2).getValue()).toBe('ana@school.org');
  });

  it('keeps dates, numbers and booleans, and its state is plain JSON', () => {
    const { app, state } = setup();
    const sheet = active(app).getActiveSheet();
    const when = new Date(Date.UTC(2026, 11, 1, 12, 0));
    sheet.getRange(2, 4, 1, 3).setValues([[when, 42, true]]);
    const restored: SpreadsheetState = JSON.parse(JSON.stringify(state));
    const again = makeSpreadsheetApp(restored, testContext(new VirtualClock()));
    const [[date, n, b]] = again.getActiveSheet()!.getRange(2, 4, 1, 3).getValues() as [[Date, number, boolean]];
    expect(date.getTime()).toBe(when.getTime());
    expect([n, b]).toEqual([42, true]);
  });

  it('refuses data of the wrong shape with Google’s messages', () => {
    const sheet = active(setup().app).getActiveSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([['a', 'b', 'c', 'd', 'e']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(sheet.getRange(1, 1).getValue()).toBe('Course');
  });

  it('holds at most 10 million cells per spreadsheet', () => {
    const { app } = setup();
    const ss = active(app);
    const sheet = ss.getActiveSheet();
    // 2 sheets of 1000 × 26 = 52,000 cells: 9,948,000 cells left, 382,615 rows of 26.
    const room = Math.floor((SPREADSHEET_CELL_LIMIT - 2 * 26_000) / 26);
    sheet.insertRowsAfter(sheet.getMaxRows(), room);
    expect(sheet.getMaxRows()).toBe(1000 + room);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow('above the limit of 10000000 cells');
    expect(() => ss.insertSheet('More')).toThrow('above the limit of 10000000 cells');
    expect(() =>
      seedSpreadsheet(emptySpreadsheetState(), {
        id: 'big',
        name: 'Too big',
        sheets: [{ name: 'A', values: [['x']], maxRows: 400_001, maxColumns: 25 }],
      }),
    ).toThrow('above the limit');
    expect(
      seedSpreadsheet(emptySpreadsheetState(), {
        id: 'full',
        name: 'Full',
        sheets: [{ name: 'A', values: [['x']], maxRows: 400_000, maxColumns: 25 }],
      }).sheets[0]!.maxRows,
    ).toBe(400_000);
  });

  it('refuses the file under drive.file alone, granted or not: SpreadsheetApp needs a spreadsheets scope', () => {
    const { state } = setup();
    const scoped = (scope: string) =>
      makeSpreadsheetApp(
        state,
        testContext(new VirtualClock(), { manifest: { oauthScopes: [`https://www.googleapis.com/auth/${scope}`] } }),
      );
    expect(() => scoped('drive.file').getActiveSpreadsheet()).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(() => scoped('drive.file').openById('ss-1')).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => scoped('spreadsheets.currentonly').openById('ss-1')).toThrow(
      'Specified permissions are not sufficient',
    );
    expect(scoped('spreadsheets.currentonly').getActiveSpreadsheet()?.getId()).toBe('ss-1');
    expect(scoped('spreadsheets').openById('ss-1').getId()).toBe('ss-1');
  });

  it('has no active spreadsheet outside Sheets', () => {
    const app = makeSpreadsheetApp(emptySpreadsheetState(), testContext(new VirtualClock()));
    expect(app.getActiveSpreadsheet()).toBeNull();
    expect(app.getActiveSheet()).toBeNull();
  });

  it('counts each read and write as one call and charges its time on the virtual clock', () => {
    const { app, clock, state } = setup();
    const sheet = active(app).getActiveSheet();
    const start = clock.now();
    sheet.getRange(1, 1, 1000, 20).getValues();
    const afterRead = clock.now();
    expect(afterRead - start).toBe(Math.round(SHEET_COST.baseMs + 20_000 * SHEET_COST.perCellReadMs));
    sheet.getRange(1, 5, 500, 1).setValues(Array.from({ length: 500 }, () => ['ok']));
    expect(clock.now() - afterRead).toBe(Math.round(SHEET_COST.baseMs + 500 * SHEET_COST.perCellWriteMs));
    expect(spreadsheetStats(state, '1')).toEqual({ reads: 1, writes: 1, cellsRead: 20_000, cellsWritten: 500 });
    // One write of a whole column beats one write per row.
    const perRow = clock.now();
    for (let r = 1; r <= 100; r++) sheet.getRange(r, 6).setValue('x');
    expect(clock.now() - perRow).toBeGreaterThan(50 * (SHEET_COST.baseMs + 100 * SHEET_COST.perCellWriteMs));
  });

  it('serves a roster sync: one read for the sheet, one write per batch of statuses, a header added where missing', () => {
    const { app, state } = setup();
    const sheet = active(app).getActiveSheet();
    const values = sheet.getDataRange().getValues();
    const header = recogniseHeader(values[0]!);
    if (!header.ok) throw new Error('header');
    expect(header.header).toMatchObject({ status: 3, statusCreated: true });
    const parsed = parseSheetRows(values, header.header);
    expect(parsed.valid.map((r) => r.row)).toEqual([2, 4]);
    const col = header.header.status + 1;
    sheet.getRange(1, col).setValue('Status');
    sheet.getRange(2, col, 3, 1).setValues([['Invited'], [''], ['Invited']]);
    expect(recogniseHeader(sheet.getRange(1, 1, 1, 4).getValues()[0]!)).toMatchObject({
      ok: true,
      header: { status: 3, statusCreated: false },
    });
    expect(spreadsheetStats(state, '1')).toMatchObject({ reads: 2, writes: 2 });
  });
});
