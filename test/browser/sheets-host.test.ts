// The preview's Sheets host in real Chromium: the demo roster opens as a grid beside the add-on's panel, and the grid
// shows what is in the sheet after each add-on action.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SEED_PATH,
  demoRoster,
  EmulatorEngine,
  type RunningPreview,
  startPreview,
} from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { launchChromium, maybeScreenshot } from './chromium';
import type { Browser } from './chromium';

const en = translator('en');
const roster = demoRoster();
const values = roster.sheets[0]!.values as string[][];

let browser: Browser;
let preview: RunningPreview;
let stateDir: string;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'preview-sheets-'));
  preview = await startPreview({ port: 0, seed: DEFAULT_SEED_PATH, statePath: join(stateDir, 'state.json') });
  await page().goto(preview.url, { waitUntil: 'domcontentloaded' });
  await page().waitForSelector('body[data-ready="true"]');
});

afterEach(async () => {
  if (!preview) return;
  await preview.close();
  rmSync(stateDir, { recursive: true, force: true });
});

const page = () => browser.page;
const grid = () => page().locator('#host-view table.sheet-grid');

async function settled(): Promise<void> {
  await page().waitForFunction(() => !document.body.classList.contains('busy'));
}

async function openSheets(): Promise<void> {
  await page().getByRole('tab', { name: 'Sheets' }).click();
  await settled();
  await grid().waitFor();
}

test('switching to Sheets shows the demo roster as a grid beside the add-on', async () => {
  await openSheets();
  await expect(page().locator('#host-view .sheet-title').textContent()).resolves.toBe(roster.name);
  // Row 1 is the header, in bold; every roster row is there, numbered like Sheets.
  const header = grid().locator('tr.sheet-header-row td');
  await expect(header.allTextContents()).resolves.toEqual(['Course', 'Email', 'Role', '']);
  await expect(header.first().evaluate((td) => getComputedStyle(td).fontWeight)).resolves.toBe('700');
  await expect(grid().locator('tbody tr').count()).resolves.toBe(values.length);
  const lastRow = grid().locator('tbody tr').last();
  await expect(lastRow.locator('th').textContent()).resolves.toBe(String(values.length));
  await expect(lastRow.locator('td').allTextContents()).resolves.toEqual([...values[values.length - 1]!, '']);
  // The panel shows the add-on's Sheets homepage: the Roster card, asking for this file first.
  await page().locator('#panel').getByText(en('roster.grantHint')).waitFor();
  await maybeScreenshot(page(), 'sheets-host');
});

test('the grid shows what the sheet holds after each add-on action (a status column appears)', async () => {
  await openSheets();
  if (!(preview.engine instanceof EmulatorEngine)) throw new Error('the preview should run the emulator');
  const written = values.map((row, i) => [...row, i === 0 ? 'Status' : `Invited · row ${i + 1}`]);
  preview.engine.emu.seedSpreadsheet({ ...roster, sheets: [{ name: 'Roster', values: written }] });
  await page()
    .locator('#panel')
    .getByRole('button', { name: en('roster.grant'), exact: true })
    .click();
  await page().getByRole('button', { name: 'Allow', exact: true }).click();
  await settled();
  await expect(grid().locator('tr.sheet-header-row td').nth(3).textContent()).resolves.toBe('Status');
  await expect(grid().locator('tbody tr').nth(1).locator('td').nth(3).textContent()).resolves.toBe('Invited · row 2');
});
