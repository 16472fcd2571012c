// The editor file-scope grant as Google documents it for Workspace add-ons in Sheets: an action returns
// requestFileScopeForActiveDocument, the user allows it, the manifest's onFileScopeGrantedTrigger runs with the
// spreadsheet in its event, and the Sheets API (values.batchGet with the user's token) reads the file from then on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  demoRoster,
  demoSchool,
  Emulator,
  type EmulatorState,
  makeCardService,
  sheetsPanel,
  type SpreadsheetSpec,
  toEntryResult,
} from '@classroom-invitations/emulator';

const BUNDLE = `
function card(title, text, withButton) {
  var section = CardService.newCardSection().addWidget(CardService.newTextParagraph().setText(text));
  if (withButton) {
    section.addWidget(CardService.newTextButton().setText('Use this sheet')
      .setOnClickAction(CardService.newAction().setFunctionName('onUseSheet')));
  }
  return CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle(title)).addSection(section).build();
}
function onHomepage(e) { return card('Home', JSON.stringify(e.sheets || null), true); }
function onUseSheet(e) {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}
function onGranted(e) {
  var res = UrlFetchApp.fetch('https://sheets.googleapis.com/v4/spreadsheets/' + e.sheets.id + '/values:batchGet?ranges=A:Z',
    { headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() } });
  var rows = JSON.parse(res.getContentText()).valueRanges[0].values.length;
  var text = JSON.stringify({ host: e.commonEventObject.hostApp, sheets: e.sheets, rows: rows });
  return [card('Granted', text, false)];
}
`;

const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const GRACE = 'grace.hopper@demo-school.edu';

function manifest(scopes: string[]) {
  return {
    timeZone: 'Etc/UTC',
    oauthScopes: [...scopes, 'https://www.googleapis.com/auth/script.external_request'],
    urlFetchWhitelist: ['https://sheets.googleapis.com/'],
    addOns: {
      common: { name: 'Test', homepageTrigger: { runFunction: 'onHomepage' } },
      sheets: { onFileScopeGrantedTrigger: { runFunction: 'onGranted' } },
    },
  };
}

let dir: string;
let noScopeDir: string;
let roster: SpreadsheetSpec;

function bundle(scopes: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'emu-file-scope-'));
  writeFileSync(join(folder, 'Code.js'), BUNDLE);
  writeFileSync(join(folder, 'appsscript.json'), JSON.stringify(manifest(scopes)));
  return folder;
}

beforeAll(() => {
  dir = bundle([DRIVE_FILE]);
  noScopeDir = bundle(['https://www.googleapis.com/auth/script.locale']);
  roster = demoRoster();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(noScopeDir, { recursive: true, force: true });
});

function open(opts: { autoGrant?: boolean; bundleDir?: string; state?: EmulatorState } = {}) {
  const bundleDir = opts.bundleDir ?? dir;
  const emu = opts.state
    ? Emulator.fromState(opts.state, { bundleDir })
    : new Emulator({ seed: demoSchool(), bundleDir });
  if (!opts.state) emu.seedSpreadsheet(roster);
  const panel = sheetsPanel(emu, { user: GRACE, spreadsheetId: roster.id, autoGrant: opts.autoGrant });
  panel.openHomepage();
  return { emu, panel };
}

const shown = (panel: ReturnType<typeof open>['panel']) => JSON.parse(panel.texts()[1]!) as unknown;

describe('the file-scope grant in Sheets', () => {
  it('tells the homepage the add-on has no access yet, without the file id or title', () => {
    const { panel } = open();
    expect(panel.card?.header?.title).toBe('Home');
    expect(shown(panel)).toEqual({ addonHasFileScopePermission: false });
  });

  it('asks the user, then runs onFileScopeGrantedTrigger with the spreadsheet in the event', () => {
    const { emu, panel } = open();
    panel.click('Use this sheet');
    expect(panel.fileScopeRequested).toBe(true);
    expect(emu.hasFileScope(GRACE, roster.id)).toBe(false);
    expect(emu.executions.map((x) => x.fn)).toEqual(['onHomepage', 'onUseSheet']);

    panel.grantFileScope();
    expect(panel.fileScopeRequested).toBe(false);
    expect(emu.hasFileScope(GRACE, roster.id)).toBe(true);
    expect(emu.executions.map((x) => x.fn)).toEqual(['onHomepage', 'onUseSheet', 'onGranted']);
    expect(panel.card?.header?.title).toBe('Granted');
    expect(panel.stack).toHaveLength(1);
    expect(shown(panel)).toEqual({
      host: 'SHEETS',
      sheets: { id: roster.id, title: roster.name, addonHasFileScopePermission: true },
      rows: roster.sheets[0]!.values.length,
    });
    expect(panel.snapshot().editorFile).toEqual({ id: roster.id, title: roster.name, granted: true });
  });

  it('grants at once with autoGrant', () => {
    const { panel } = open({ autoGrant: true });
    panel.click('Use this sheet');
    expect(panel.card?.header?.title).toBe('Granted');
  });

  it('runs nothing when the user declines, and refuses a grant nobody asked for', () => {
    const { emu, panel } = open();
    expect(() => {
      panel.grantFileScope();
    }).toThrow('the add-on has not asked for file access');
    panel.click('Use this sheet');
    panel.declineFileScope();
    expect(emu.hasFileScope(GRACE, roster.id)).toBe(false);
    expect(panel.card?.header?.title).toBe('Home');
    expect(emu.executions.map((x) => x.fn)).toEqual(['onHomepage', 'onUseSheet']);
  });

  it('dismisses an unanswered request when the user does something else', () => {
    const { panel } = open();
    panel.click('Use this sheet');
    panel.click('Use this sheet');
    expect(panel.fileScopeRequested).toBe(true);
    panel.openHomepage();
    expect(panel.fileScopeRequested).toBe(false);
    expect(() => {
      panel.grantFileScope();
    }).toThrow('the add-on has not asked for file access');
  });

  it('remembers the grant in the saved state: a new session is told it has access', () => {
    const first = open({ autoGrant: true });
    first.panel.click('Use this sheet');
    const { panel } = open({ state: JSON.parse(JSON.stringify(first.emu.state())) as EmulatorState });
    expect(shown(panel)).toEqual({ id: roster.id, title: roster.name, addonHasFileScopePermission: true });
  });

  it('refuses the request when the manifest does not declare drive.file', () => {
    const { panel } = open({ bundleDir: noScopeDir, autoGrant: true });
    panel.click('Use this sheet');
    expect(panel.fileScopeRequested).toBe(false);
    expect(panel.lastError).toBe(
      `onUseSheet failed: requestFileScopeForActiveDocument needs ${DRIVE_FILE} in the manifest's oauthScopes`,
    );
  });
});

describe('EditorFileScopeActionResponseBuilder', () => {
  it('builds the request as the response of an action, and nothing without it', () => {
    const builder = makeCardService().newEditorFileScopeActionResponseBuilder();
    expect(() => builder.build()).toThrow('call requestFileScopeForActiveDocument() before build()');
    expect(toEntryResult(builder.requestFileScopeForActiveDocument().build())).toEqual({
      kind: 'EditorFileScopeActionResponse',
      requestFileScopeForActiveDocument: true,
    });
  });
});
