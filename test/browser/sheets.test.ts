// Roster sync in the preview's Sheets host, in real Chromium: the user grants this file in the consent dialog, the
// Roster card names the sheet's unusable rows, the sync runs, and the grid shows each row's status afterwards.
import { demoRoster } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { demoUser, usePreview } from './preview-harness';

const en = translator('en');
const roster = demoRoster();
const values = roster.sheets[0]!.values as string[][];

const { page, panel, settled, panelButton: press } = usePreview({ tempPrefix: 'preview-sync-' });
const grid = () => page().locator('#host-view table.sheet-grid');

// The demo roster is Grace Hopper's: she teaches its courses.
const GRACE = demoUser('grace.hopper@demo-school.edu').id;

test('granting the sheet, previewing and syncing: the grid shows every row’s status', async () => {
  await page().getByLabel('Acting as').selectOption(GRACE);
  await settled();
  await page().getByRole('tab', { name: 'Sheets' }).click();
  await settled();
  await grid().waitFor();
  await press(en('sync.grant'));
  await page().getByRole('button', { name: 'Allow', exact: true }).click();
  await settled();
  await panel().getByText(en('sync.invalidTitle'), { exact: true }).waitFor();
  await press(en('sync.preview'));
  await panel().getByText(en('sync.previewTitle'), { exact: true }).waitFor();
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
    .getByRole('button', { name: en('transfer.close'), exact: true })
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
