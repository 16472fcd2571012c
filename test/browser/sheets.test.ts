// Roster sync in the preview's Sheets host, in real Chromium: the user grants this file in the consent dialog, the
// Roster card names the sheet's unusable rows, the sync runs, and the grid shows each row's status afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SEED_PATH,
  demoRoster,
  demoSchool,
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
  stateDir = mkdtempSync(join(tmpdir(), 'preview-sync-'));
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
const panel = () => page().locator('#panel');
const grid = () => page().locator('#host-view table.sheet-grid');

async function settled(): Promise<void> {
  await page().waitForFunction(() => !document.body.classList.contains('busy'));
}

async function press(name: string): Promise<void> {
  await panel().getByRole('button', { name, exact: true }).click();
  await settled();
}

// The demo roster is Grace Hopper's: she teaches its courses.
const GRACE = demoSchool().users.find((u) => u.email === 'grace.hopper@demo-school.edu')?.id ?? '';

test('granting the sheet, previewing and syncing: the grid shows every row’s status', async () => {
  await page().getByLabel('Acting as').selectOption(GRACE);
  await settled();
  await page().getByRole('tab', { name: 'Sheets' }).click();
  await settled();
  await grid().waitFor();
  await press(en('roster.grant'));
  await page().getByRole('button', { name: 'Allow', exact: true }).click();
  await settled();
  await panel().getByText(en('roster.invalidTitle'), { exact: true }).waitFor();
  await press(en('roster.preview'));
  await panel().getByText(en('roster.previewTitle'), { exact: true }).waitFor();
  await panel()
    .getByRole('button', { name: /^Sync \d+ changes$/ })
    .click();
  await settled();
  for (
    let i = 0;
    i < 5 &&
    (await panel()
      .getByRole('button', { name: en('job.continue') })
      .count()) > 0;
    i++
  )
    await press(en('job.continue'));
  await panel()
    .getByRole('button', { name: en('job.close'), exact: true })
    .waitFor();

  const header = grid().locator('tr.sheet-header-row td');
  await expect(header.nth(3).textContent()).resolves.toBe('Status');
  await maybeScreenshot(page(), 'sheets-roster-sync');
  const rows = grid().locator('tbody tr');
  for (let i = 1; i < values.length; i++) {
    const blank = values[i]!.every((cell) => cell === '');
    const status = (await rows.nth(i).locator('td').nth(3).textContent()) ?? '';
    expect([i + 1, blank ? '' : status.replace(/ · .*/, ' · …')]).toEqual([
      i + 1,
      blank ? '' : expect.stringMatching(/^(Invited|Already .+|Not synced: .+|Invitation changed .+) · …$/),
    ]);
  }
});
