// Roster sync from Sheets on the built bundle (issue 12): the Roster card reads the active sheet once the user grants
// this file, names every unusable row, previews across courses without writing, and one job syncs the sheet, writing
// each row's outcome in the status column. The world and the sheet are the judges.
import { Emulator, mulberry32, sheetsPanel, type AddonPanel } from '@classroom-invitations/emulator';
import { addDistrict, DISTRICT_TEACHER, ROSTER_ID, type District } from '../../bench/roster-world';
import { translator } from '../../src/i18n';
import { demoSeed, DIST } from './harness';

const t = translator('en');
const HOUR = 3_600_000;
const STATUS = 4; // Course, Email, Role, Notes, then the status column the sync adds

interface Setup {
  emu: Emulator;
  p: AddonPanel;
  district: District;
}

function setup(courses: number, perCourse: number, extraRows: string[][] = []): Setup {
  const emu = new Emulator({ seed: demoSeed(), bundleDir: DIST, latencyMs: 150 });
  const district = addDistrict(emu.world, courses, perCourse);
  emu.seedSpreadsheet({
    id: ROSTER_ID,
    name: 'District roster',
    sheets: [{ name: 'Roster', values: [...district.values, ...extraRows], maxRows: 25_000 }],
  });
  const p = sheetsPanel(emu, { user: DISTRICT_TEACHER, spreadsheetId: ROSTER_ID, autoGrant: true });
  return { emu, p, district };
}

function sheet(s: Setup): unknown[][] {
  return (s.emu.spreadsheet(ROSTER_ID)?.sheets[0]?.values ?? []) as unknown[][];
}

function openRoster(s: Setup): void {
  s.p.openHomepage();
  expect(s.p.lastError).toBeNull();
  if (s.p.clickables().some((c) => c.text === t('roster.grant'))) s.p.click(t('roster.grant'));
  expect(s.p.lastError).toBeNull();
}

function preview(s: Setup): void {
  openRoster(s);
  s.p.click(t('roster.preview'));
  expect(s.p.lastError).toBeNull();
}

/** Continue now until done, or the hourly trigger when a click finds another run on it. */
function finish(s: Setup, maxRounds = 200): void {
  for (let i = 0; i < maxRounds; i++) {
    if (s.p.clickables().some((c) => c.text === t('job.close'))) return;
    s.p.click(t('job.continue'));
  }
  throw new Error('sync did not finish');
}

describe('Roster sync in Sheets', () => {
  it('asks for this file only, then names every row it cannot use with its row number and reason', () => {
    const bad = [
      ['District course 1', 'not-an-email', 'Student', ''],
      ['', 'lonely@demo-school.edu', 'Student', ''],
      ['District course 1', 'learner5000@demo-school.edu', 'Principal', ''],
    ];
    const s = setup(2, 5, bad);
    s.p.openHomepage();
    expect(s.p.texts()).toContain(t('roster.grantHint'));
    s.p.click(t('roster.grant'));
    expect(s.p.lastError).toBeNull();
    expect(s.emu.executions.map((x) => x.fn)).toEqual(['onSheetsHomepage', 'onRequestFileScope', 'onFileScopeGranted']);
    const texts = s.p.texts();
    expect(texts).toContain(t('roster.summary', { valid: 10, invalid: 3 }));
    expect(texts).toContain('Row 12: not an email address (not-an-email)');
    expect(texts).toContain('Row 13: no course');
    expect(texts).toContain('Row 14: unknown role (Principal)');
  });
});
