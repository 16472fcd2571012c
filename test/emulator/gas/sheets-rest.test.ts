// The emulated Sheets API v4 values calls, as Google's reference describes them: A1 ranges with sheet names, values
// without trailing empties, RAW kept as sent vs USER_ENTERED parsed (formulas, numbers), 403 for a file the user did
// not grant under drive.file, 404 for an unknown one, Google's error JSON, and a refused batchUpdate writing nothing.
import {
  emptySpreadsheetState,
  grantFileScope,
  handleSheetsHttp,
  parseA1,
  seedSpreadsheet,
  SHEET_COST,
} from '@classroom-invitations/emulator';

const ROOT = 'https://sheets.googleapis.com/v4/spreadsheets/ss-1';
const FILE = ['https://www.googleapis.com/auth/drive.file'];

function setup(grant = true) {
  const state = emptySpreadsheetState();
  const book = seedSpreadsheet(state, {
    id: 'ss-1',
    name: 'Roster',
    sheets: [
      {
        name: 'Main sheet',
        values: [
          ['Course', 'Email', 'Score', 'Ok', 'Total'],
          ['Math', 'a@x.org', 12, true, { formula: '=C2*2', value: 24 }],
          ['Math', 'b@x.org', '', '', ''],
        ],
      },
      { name: 'Notes', values: [['n']] },
    ],
  });
  if (grant) grantFileScope(state, 'u1', 'ss-1');
  let spent = 0;
  const call = (method: string, path: string, body?: unknown, user = 'u1') => {
    const res = handleSheetsHttp(
      state,
      {
        url: ROOT + path,
        method,
        headers: { Authorization: `Bearer emu-token:${user}` },
        ...(body === undefined ? {} : { payload: JSON.stringify(body), contentType: 'application/json' }),
      },
      FILE,
      SHEET_COST,
      (ms) => (spent += ms),
    );
    return { status: res.status, body: JSON.parse(res.body) as Record<string, any> };
  };
  return { state, book, call, spent: () => spent };
}

describe('the Sheets API values calls', () => {
  it('parses A1 ranges with quoted sheet names, whole columns and rows, and a sheet name alone', () => {
    const { book } = setup();
    expect(parseA1("'Main sheet'!B2:C3", book.sheets)).toMatchObject({ row1: 2, col1: 2, row2: 3, col2: 3 });
    expect(parseA1("'Main sheet'!E:E", book.sheets)).toMatchObject({ row1: 1, col1: 5, row2: null, col2: 5 });
    expect(parseA1('Notes!2:4', book.sheets)).toMatchObject({ row1: 2, row2: 4, col2: null });
    expect(parseA1("'Main sheet'", book.sheets).sheet.name).toBe('Main sheet');
    expect(parseA1('A1', book.sheets).sheet.name).toBe('Main sheet');
    expect(() => parseA1('Nowhere!A1', book.sheets)).toThrow('Unable to parse range: Nowhere!A1');
  });

  it('reads values without trailing empties, numbers and booleans as such (UNFORMATTED_VALUE) or as text', () => {
    const { call } = setup();
    const read = (option: string) =>
      call('GET', `/values:batchGet?ranges=${encodeURIComponent("'Main sheet'")}&valueRenderOption=${option}`).body
        .valueRanges[0];
    expect(read('UNFORMATTED_VALUE').values).toEqual([
      ['Course', 'Email', 'Score', 'Ok', 'Total'],
      ['Math', 'a@x.org', 12, true, 24],
      ['Math', 'b@x.org'],
    ]);
    expect(read('FORMATTED_VALUE').values[1]).toEqual(['Math', 'a@x.org', '12', 'TRUE', '24']);
    expect(read('FORMULA').values[1][4]).toBe('=C2*2');
    expect(read('UNFORMATTED_VALUE').range).toBe("'Main sheet'!A1:Z1000");
  });

  it('writes RAW as sent (a formula-looking text stays text) and USER_ENTERED as typed (formulas, numbers)', () => {
    const { call, book } = setup();
    const res = call('POST', '/values:batchUpdate', {
      valueInputOption: 'RAW',
      data: [
        { range: "'Main sheet'!F2", values: [['=HYPERLINK("x")']] },
        { range: "'Main sheet'!F3:F3", values: [['42']] },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.totalUpdatedCells).toBe(2);
    expect(book.sheets[0]!.values[1]![5]).toBe('=HYPERLINK("x")');
    expect(book.sheets[0]!.values[2]![5]).toBe('42');
    call('POST', '/values:batchUpdate', {
      valueInputOption: 'USER_ENTERED',
      data: [{ range: "'Main sheet'!G2:G3", values: [['=1+1'], ['42']] }],
    });
    expect(book.sheets[0]!.values[1]![6]).toEqual({ formula: '=1+1' });
    expect(book.sheets[0]!.values[2]![6]).toBe(42);
    // Other cells of the rows stay exactly as they were.
    expect(book.sheets[0]!.values[1]!.slice(0, 5)).toEqual([
      'Math',
      'a@x.org',
      12,
      true,
      { formula: '=C2*2', value: 24 },
    ]);
  });

  it('refuses a write without valueInputOption or past the grid, and writes nothing of a refused batch', () => {
    const { call, book } = setup();
    expect(call('POST', '/values:batchUpdate', { data: [] }).body.error).toEqual({
      code: 400,
      message: 'Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED',
      status: 'INVALID_ARGUMENT',
    });
    const res = call('POST', '/values:batchUpdate', {
      valueInputOption: 'RAW',
      data: [
        { range: "'Main sheet'!F2", values: [['first']] },
        { range: "'Main sheet'!A1001", values: [['past the grid']] },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('exceeds grid limits');
    expect(book.sheets[0]!.values[1]![5]).toBeUndefined();
  });

  it('answers 403 for a file the user did not grant under drive.file, 404 for an unknown one, 401 without a token', () => {
    const { call } = setup(false);
    expect(call('GET', '').body.error).toEqual({
      code: 403,
      message: 'The caller does not have permission',
      status: 'PERMISSION_DENIED',
    });
    const granted = setup();
    expect(granted.call('GET', '', undefined, 'someone-else').status).toBe(403);
    expect(granted.call('GET', '').body.sheets.map((s: any) => s.properties.title)).toEqual(['Main sheet', 'Notes']);
    const unknown = handleSheetsHttp(
      granted.state,
      {
        url: 'https://sheets.googleapis.com/v4/spreadsheets/nope',
        method: 'GET',
        headers: { Authorization: 'Bearer emu-token:u1' },
      },
      FILE,
      SHEET_COST,
      () => undefined,
    );
    expect([unknown.status, JSON.parse(unknown.body).error.status]).toEqual([404, 'NOT_FOUND']);
    const anonymous = handleSheetsHttp(
      granted.state,
      { url: ROOT, method: 'GET', headers: {} },
      FILE,
      SHEET_COST,
      () => undefined,
    );
    expect(anonymous.status).toBe(401);
    expect(granted.spent()).toBeGreaterThan(0);
  });
});
