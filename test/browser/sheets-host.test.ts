// The preview's Sheets host in real Chromium: the demo roster opens as a grid beside the add-on's panel, and the grid
// shows what is in the sheet after each add-on action.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoRoster } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { maybeScreenshot } from './chromium';
import { usePreview } from './preview-harness';

const en = translator('en');
const roster = demoRoster();
const values = roster.sheets[0]!.values as string[][];

const { page, engine, settled, restart } = usePreview({ tempPrefix: 'preview-sheets-' });
const grid = () => page().locator('#host-view table.sheet-grid');

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
  await page().locator('#panel').getByText(en('sync.grantHint')).waitFor();
  await maybeScreenshot(page(), 'sheets-host');
});

test('the grid shows what the sheet holds after each add-on action (a status column appears)', async () => {
  await openSheets();
  const written = values.map((row, i) => [...row, i === 0 ? 'Status' : `Invited · row ${i + 1}`]);
  engine().emu.seedSpreadsheet({ ...roster, sheets: [{ name: 'Roster', values: written }] });
  await page()
    .locator('#panel')
    .getByRole('button', { name: en('sync.grant'), exact: true })
    .click();
  await page().getByRole('button', { name: 'Allow', exact: true }).click();
  await settled();
  await expect(grid().locator('tr.sheet-header-row td').nth(3).textContent()).resolves.toBe('Status');
  await expect(grid().locator('tbody tr').nth(1).locator('td').nth(3).textContent()).resolves.toBe('Invited · row 2');
});

// A small bundle whose action asks for the file, since the add-on's own Sheets card comes later.
const FILE_SCOPE_BUNDLE = `
function card(title, text, button) {
  var section = CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(text));
  if (button) {
    section.addWidget(CardService.newTextButton().setText(button)
      .setOnClickAction(CardService.newAction().setFunctionName('onUseSheet')));
  }
  return CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle(title)).addSection(section).build();
}
function onHomepage(e) { return card('Home', 'Rosters', 'Use this sheet'); }
function onUseSheet(e) {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}
function onGranted(e) {
  // Under drive.file the Sheets API writes the granted file (SpreadsheetApp would need the spreadsheets scope).
  UrlFetchApp.fetch('https://sheets.googleapis.com/v4/spreadsheets/' + e.sheets.id + '/values:batchUpdate', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() },
    payload: JSON.stringify({ valueInputOption: 'RAW', data: [{ range: 'D1:D2', values: [['Status'], ['Checked']] }] }),
  });
  return [card('Granted', e.sheets.title, null)];
}
`;

describe('with an add-on that asks for the file', () => {
  let bundleDir: string;

  beforeEach(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'preview-file-scope-'));
    writeFileSync(join(bundleDir, 'Code.js'), FILE_SCOPE_BUNDLE);
    const manifest = {
      timeZone: 'Etc/UTC',
      oauthScopes: [
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.external_request',
      ],
      urlFetchWhitelist: ['https://sheets.googleapis.com/'],
      addOns: {
        common: { name: 'Roster test', homepageTrigger: { runFunction: 'onHomepage' } },
        gmail: {},
        sheets: { onFileScopeGrantedTrigger: { runFunction: 'onGranted' } },
      },
    };
    writeFileSync(join(bundleDir, 'appsscript.json'), JSON.stringify(manifest));
    await restart({ statePath: null, bundleDir });
  });

  afterEach(() => {
    rmSync(bundleDir, { recursive: true, force: true });
  });

  test('the consent dialog grants the file, the granted trigger runs and its writes show in the grid', async () => {
    await openSheets();
    await expect(page().locator('.sheet-access').textContent()).resolves.toBe('The add-on has no access to this file');
    await page().locator('#panel').getByRole('button', { name: 'Use this sheet' }).click();
    await settled();
    const dialog = page().getByRole('dialog', { name: 'Roster test wants to access this file' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Allow' }).click();
    await settled();
    await expect(dialog.count()).resolves.toBe(0);
    await page().locator('#panel .card-title', { hasText: 'Granted' }).waitFor();
    await page().locator('#panel').getByText(roster.name).waitFor();
    await expect(page().locator('.sheet-access').textContent()).resolves.toBe(
      'The add-on can read and write this file',
    );
    await expect(grid().locator('tr.sheet-header-row td').nth(3).textContent()).resolves.toBe('Status');
    await expect(grid().locator('tbody tr').nth(1).locator('td').nth(3).textContent()).resolves.toBe('Checked');
  });

  test('Cancel closes the dialog and runs nothing', async () => {
    await openSheets();
    await page().locator('#panel').getByRole('button', { name: 'Use this sheet' }).click();
    await settled();
    await page().getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await settled();
    await expect(page().getByRole('dialog').count()).resolves.toBe(0);
    await page().locator('#panel .card-title', { hasText: 'Home' }).waitFor();
    await expect(grid().locator('tr.sheet-header-row td').nth(3).textContent()).resolves.toBe('');
  });
});
