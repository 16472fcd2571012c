// SpreadsheetApp inside the runtime: refused under drive.file alone (Apps Script's reference lists only the
// spreadsheets scopes), and with `spreadsheets` a bundle sees the spreadsheet its host session has open, its writes
// persist with the emulator's state, and its calls are counted and cost virtual time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  demoRoster,
  demoSchool,
  type EmulatedSpreadsheetApp,
  Emulator,
  type EmulatorState,
  SHEET_COST,
  type SpreadsheetSpec,
} from '@classroom-invitations/emulator';
import { parseSheetRows, recogniseHeader, resolveCourses } from '../../../src/domain/sheet-roster';

const BUNDLE = `
function readRoster() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return null;
  var values = ss.getActiveSheet().getDataRange().getValues();
  return { id: ss.getId(), name: ss.getName(), rows: values.length, header: values[0] };
}
function writeStatuses() {
  SpreadsheetApp.getActiveSheet().getRange(2, 4, 2, 1).setValues([['Invited'], ['Failed']]);
  return 'ok';
}
`;

const GRACE = 'grace.hopper@demo-school.edu';
const ADA = 'ada.lovelace@demo-school.edu';
/** An execution in a host session with this spreadsheet open (none: another host or a time-driven trigger). */
const ui = (activeSpreadsheet?: string) => ({ kind: 'trigger' as const, activeSpreadsheet });

let dir: string;
let fileOnlyDir: string;
let roster: SpreadsheetSpec;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-sheets-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  const manifest = { timeZone: 'Etc/UTC', oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  fileOnlyDir = mkdtempSync(join(tmpdir(), 'emu-sheets-'));
  writeFileSync(join(fileOnlyDir, 'Code.js'), BUNDLE);
  const fileOnly = { timeZone: 'Etc/UTC', oauthScopes: ['https://www.googleapis.com/auth/drive.file'] };
  writeFileSync(join(fileOnlyDir, 'appsscript.json'), JSON.stringify(fileOnly));
  roster = demoRoster();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(fileOnlyDir, { recursive: true, force: true });
});

function make() {
  const emu = new Emulator({ seed: demoSchool(), bundleDir: dir });
  emu.seedSpreadsheet(roster);
  return emu;
}

describe('SpreadsheetApp in the runtime', () => {
  it('refuses SpreadsheetApp under drive.file alone, even for a granted file, as Apps Script does', () => {
    const emu = new Emulator({ seed: demoSchool(), bundleDir: fileOnlyDir });
    emu.seedSpreadsheet(roster);
    emu.grantFileScope(GRACE, roster.id);
    expect(() => emu.run('readRoster', {}, GRACE, ui(roster.id))).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
  });

  it('opens the active spreadsheet with the spreadsheets scope', () => {
    const emu = make();
    expect(emu.run('readRoster', {}, GRACE, ui(roster.id))).toEqual({
      id: roster.id,
      name: roster.name,
      rows: roster.sheets[0]!.values.length,
      header: ['Course', 'Email', 'Role'],
    });
  });

  it('has no active spreadsheet outside a Sheets session (another host, a time-driven trigger)', () => {
    const emu = make();
    emu.grantFileScope(GRACE, roster.id);
    expect(emu.run('readRoster', {}, GRACE, ui())).toBeNull();
  });

  it('keeps what the add-on wrote, and the grant, through a saved state', () => {
    const emu = make();
    emu.grantFileScope(GRACE, roster.id);
    expect(emu.run('writeStatuses', {}, GRACE, ui(roster.id))).toBe('ok');
    const saved = JSON.parse(JSON.stringify(emu.state())) as EmulatorState;
    const again = Emulator.fromState(saved, { bundleDir: dir });
    const values = again.spreadsheet(roster.id)!.sheets[0]!.values;
    expect(values.slice(0, 3).map((row) => row[3])).toEqual([undefined, 'Invited', 'Failed']);
    expect(again.run('readRoster', {}, GRACE, ui(roster.id))).toMatchObject({ rows: roster.sheets[0]!.values.length });
  });

  it('counts reads, writes and cells per user, and charges their time on the virtual clock', () => {
    const emu = make();
    emu.grantFileScope(GRACE, roster.id);
    const rows = roster.sheets[0]!.values.length;
    const start = emu.clock.now();
    emu.run('readRoster', {}, GRACE, ui(roster.id));
    emu.run('writeStatuses', {}, GRACE, ui(roster.id));
    expect(emu.stats(GRACE).sheets).toEqual({ reads: 1, writes: 1, cellsRead: rows * 3, cellsWritten: 2 });
    expect(emu.stats(ADA).sheets).toEqual({ reads: 0, writes: 0, cellsRead: 0, cellsWritten: 0 });
    const cost =
      Math.round(SHEET_COST.baseMs + rows * 3 * SHEET_COST.perCellReadMs) +
      Math.round(SHEET_COST.baseMs + 2 * SHEET_COST.perCellWriteMs);
    expect(emu.clock.now() - start).toBe(cost);
  });

  it('installs the same SpreadsheetApp for code run in Node with asUser', () => {
    const emu = make();
    emu.grantFileScope(GRACE, roster.id);
    const app = () => (globalThis as unknown as { SpreadsheetApp: EmulatedSpreadsheetApp }).SpreadsheetApp;
    const name = emu.asUser(GRACE, () => app().getActiveSpreadsheet()?.getName(), { activeSpreadsheet: roster.id });
    expect(name).toBe(roster.name);
    expect(emu.asUser(GRACE, () => app().getActiveSpreadsheet())).toBeNull();
  });

  it('starts a state saved before spreadsheets existed with none', () => {
    const saved = JSON.parse(JSON.stringify(make().state())) as EmulatorState;
    delete (saved.services as Partial<EmulatorState['services']>).sheets;
    const again = Emulator.fromState(saved, { bundleDir: dir });
    expect(again.spreadsheet(roster.id)).toBeUndefined();
    expect(again.run('readRoster', {}, GRACE, ui())).toBeNull();
  });
});

describe('the demo roster', () => {
  it("covers three of Grace Hopper's courses and every kind of bad row the Sheets host should show", () => {
    const values = roster.sheets[0]!.values;
    const header = recogniseHeader(values[0]!);
    if (!header.ok) throw new Error('the demo roster has no recognised header');
    const parsed = parseSheetRows(values, header.header);
    expect(parsed.invalid.map((r) => [r.row, r.reason])).toEqual([
      [28, 'email.invalid'],
      [30, 'duplicate'],
      [31, 'role.unknown'],
    ]);
    const grace = demoSchool().users.find((u) => u.email === GRACE)!.id;
    const courses = demoSchool().courses.map((c) => ({ id: c.id, name: c.name, teaching: c.teachers.includes(grace) }));
    const resolved = resolveCourses(new Set(parsed.valid.map((r) => r.courseRef)), courses);
    expect(Object.fromEntries([...resolved].map(([ref, r]) => [ref, r.ok ? r.courseId : r.reason]))).toEqual({
      Biology: '100000000503',
      'Computer Science': '100000000505',
      '100000000506': '100000000506',
      Astronomy: 'course.notFound',
    });
    expect(values.some((row) => row.every((cell) => cell === ''))).toBe(true);
  });
});
