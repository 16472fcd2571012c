// The real preview engine: one Emulator running dist/Code.js, one AddonPanel per (user, host) session, and the whole
// emulator state written to a file after every change so a restarted preview carries on where it stopped.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { ActionJson } from '../card-json';
import type { SeedMessage, SeedUser, WorldSeed } from '../types';
import { AddonPanel } from '../host/addon-panel';
import type { SpreadsheetRecord, SpreadsheetSpec, StoredCell } from '../gas/spreadsheet';
import { sheetsPanel } from '../sheets-host';
import { demoRoster } from '../worlds';
import type { AddonManifest } from '../host/addon-panel';
import { cardFields } from '../host/form-state';
import { Emulator } from '../emulator';
import type { EmulatorState } from '../emulator';
import { PreviewInputError } from './api-types';
import type {
  AddonInfo,
  DrawerView,
  FormValues,
  PanelView,
  PreviewEngine,
  PreviewState,
  Selection,
  SheetView,
} from './api-types';

export interface EngineOptions {
  seed: WorldSeed;
  /** Where the state is saved; null keeps everything in memory. */
  statePath: string | null;
  /** Ignore a saved state and start from the seed. */
  reset?: boolean;
  bundleDir?: string;
  latencyMs?: number;
  /** Called with a one-line notice (e.g. "saved state ignored: ..."); defaults to nothing. */
  log?: (line: string) => void;
  /** The spreadsheet the Sheets host opens. Default: the demo roster. */
  spreadsheet?: SpreadsheetSpec;
}

interface SavedState {
  version: 1;
  seedHash: string;
  selection: Selection;
  emulator: EmulatorState;
}

interface Session {
  panel: AddonPanel;
  locale: string;
  messageId: string | null;
}

const STATE_VERSION = 1;
const DRAWER_CALLS = 300;
const DRAWER_EXECUTIONS = 50;
/** The Sheets grid shows this many rows at most (the page scrolls them). */
export const SHEET_VIEW_ROWS = 200;

function hashSeed(seed: WorldSeed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex').slice(0, 16);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Panel misuse (unknown field, ambiguous click...) is the request's fault: answer 400 with the panel's words. */
function asInputError(err: unknown): never {
  if (err instanceof PreviewInputError) throw err;
  throw new PreviewInputError(messageOf(err));
}

export class EmulatorEngine implements PreviewEngine {
  readonly emu: Emulator;
  private selection: Selection;
  private readonly sessions = new Map<string, Session>();
  private readonly seedHash: string;
  private info: string | null = null;
  private readonly spreadsheetId: string;

  constructor(private readonly opts: EngineOptions) {
    this.seedHash = hashSeed(opts.seed);
    const emuOpts = { seed: opts.seed, bundleDir: opts.bundleDir ?? 'dist', latencyMs: opts.latencyMs ?? 150 };
    const saved = opts.reset ? null : this.loadSaved();
    this.emu = saved ? Emulator.fromState(saved.emulator, emuOpts) : new Emulator(emuOpts);
    const spreadsheet = opts.spreadsheet ?? demoRoster();
    this.spreadsheetId = spreadsheet.id;
    // A saved state keeps what the add-on wrote into the sheet; only a state without it gets the seed's copy.
    if (!this.emu.spreadsheet(spreadsheet.id)) this.emu.seedSpreadsheet(spreadsheet);
    this.selection = saved?.selection ?? { user: this.defaultUser().id, host: 'GMAIL', locale: 'en' };
    if (!this.findUser(this.selection.user)) this.selection = { ...this.selection, user: this.defaultUser().id };
    this.save();
  }

  // ---- PreviewEngine ----

  state(): PreviewState {
    return this.view(() => undefined);
  }

  open(selection: Selection): PreviewState {
    const user = this.findUser(selection.user);
    if (!user) throw new PreviewInputError(`Unknown user: ${selection.user}`);
    this.selection = { ...selection, user: user.id };
    return this.change(() => {
      // Opening always starts a fresh side panel (homepage), as switching account, host or language does in Google.
      this.sessions.delete(this.sessionKey());
      this.session();
    });
  }

  message(messageId: string | null): PreviewState {
    if (this.selection.host !== 'GMAIL') throw new PreviewInputError('Messages open only in Gmail.');
    return this.change(() => {
      const session = this.session();
      if (messageId === null) {
        if (session.messageId !== null) session.panel.closeMessage();
        session.messageId = null;
        return;
      }
      const msg = this.messages().find((m) => m.id === messageId);
      if (!msg) throw new PreviewInputError(`No message ${messageId} in this mailbox.`);
      session.panel.openMessage({ messageId: msg.id, threadId: msg.threadId });
      session.messageId = msg.id;
    });
  }

  action(action: ActionJson, formValues: FormValues): PreviewState {
    return this.change(() => {
      const { panel } = this.session();
      try {
        applyFormValues(panel, formValues);
        // A changed field's onChangeAction may have failed or navigated: then the click no longer applies.
        if (panel.lastError === null) panel.clickAction(action);
      } catch (err) {
        asInputError(err);
      }
    });
  }

  form(formValues: FormValues): PreviewState {
    return this.change(() => {
      try {
        applyFormValues(this.session().panel, formValues);
      } catch (err) {
        asInputError(err);
      }
    });
  }

  universal(label: string): PreviewState {
    return this.change(() => {
      try {
        this.session().panel.universalAction(label);
      } catch (err) {
        asInputError(err);
      }
    });
  }

  back(): PreviewState {
    return this.change(() => {
      const { panel } = this.session();
      if (panel.snapshot().stack.length > 1) panel.back();
    });
  }

  runTrigger(id: string): PreviewState {
    if (!this.emu.triggers.some((t) => t.id === id)) throw new PreviewInputError(`No trigger ${id}.`);
    return this.change(() => {
      try {
        this.emu.runTrigger(id);
        this.info = `Trigger ${id} ran.`;
      } catch (err) {
        this.info = `Trigger ${id} failed: ${messageOf(err)}`;
      }
    });
  }

  advanceClock(ms: number): PreviewState {
    return this.change(() => {
      this.emu.clock.advance(ms);
      const runs = this.emu.runDueTriggers();
      const failed = runs.filter((r) => r.status !== 'ok').length;
      this.info =
        `Clock moved forward ${formatDuration(ms)}; ${runs.length} trigger run${runs.length === 1 ? '' : 's'}` +
        (failed > 0 ? `, ${failed} failed.` : '.');
    });
  }

  fileScope(grant: boolean): PreviewState {
    return this.change(() => {
      const { panel } = this.session();
      if (!panel.fileScopeRequested) throw new PreviewInputError('The add-on has not asked for access to this file.');
      if (grant) panel.grantFileScope();
      else panel.declineFileScope();
    });
  }

  closeDraft(): PreviewState {
    return this.change(() => {
      this.session().panel.closeDraft();
    });
  }

  drawer(): DrawerView {
    const user = this.selection.user;
    return {
      clock: this.emu.clock.now(),
      timeZone: this.timeZone(),
      calls: this.emu.api.log.slice(-DRAWER_CALLS),
      triggers: this.emu.triggers.filter((t) => t.user === user),
      properties: this.emu.userProperties(user),
      cache: this.emu.userCache(user),
      executions: this.emu.executions.filter((x) => x.user === user).slice(-DRAWER_EXECUTIONS),
    };
  }

  messages(): SeedMessage[] {
    const email = this.findUser(this.selection.user)?.email.toLowerCase();
    return this.worldSeed()
      .messages.filter((m) => m.owner.toLowerCase() === email)
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  }

  users() {
    return this.worldSeed().users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name.fullName,
      kind: u.kind ?? (u.admin ? 'Admin' : 'User'),
      admin: u.admin === true,
      disabled: u.disabled === true,
    }));
  }

  // ---- internals ----

  private worldSeed(): WorldSeed {
    return this.emu.world.snapshot();
  }

  private findUser(idOrEmail: string): SeedUser | undefined {
    const key = idOrEmail.toLowerCase();
    return this.worldSeed().users.find((u) => u.id === idOrEmail || u.email.toLowerCase() === key);
  }

  private defaultUser(): SeedUser {
    const users = this.worldSeed().users;
    const teacher = users.find((u) => u.kind?.toLowerCase() === 'teacher' && !u.disabled);
    const first = teacher ?? users[0];
    if (!first) throw new Error('The seed has no users.');
    return first;
  }

  private timeZone(): string {
    return typeof this.emu.manifest.timeZone === 'string' ? this.emu.manifest.timeZone : 'Etc/UTC';
  }

  private addonInfo(): AddonInfo {
    const manifest = this.emu.manifest as {
      addOns?: {
        common?: {
          name?: string;
          logoUrl?: string;
          layoutProperties?: { primaryColor?: string };
          universalActions?: { label: string }[];
        };
      };
    };
    const common = manifest.addOns?.common ?? {};
    return {
      name: common.name ?? 'Add-on',
      logoUrl: common.logoUrl ?? '',
      primaryColor: common.layoutProperties?.primaryColor ?? '#1a73e8',
      universalActions: (common.universalActions ?? []).map((a) => a.label),
    };
  }

  private sessionKey(): string {
    return `${this.selection.user}|${this.selection.host}`;
  }

  /** The panel of the current (user, host); a new one (homepage opened) when missing or in another language. */
  private session(): Session {
    const { user, host, locale } = this.selection;
    const key = this.sessionKey();
    const existing = this.sessions.get(key);
    if (existing?.locale === locale) return existing;
    const panel =
      host === 'SHEETS'
        ? sheetsPanel(this.emu, { user, locale, timeZone: this.timeZone(), spreadsheetId: this.spreadsheetId })
        : new AddonPanel((fn, event, who) => this.emu.run(fn, event, who, { kind: 'ui', locale }), {
            user,
            host,
            locale,
            timeZone: this.timeZone(),
            manifest: this.emu.manifest as AddonManifest,
            now: () => this.emu.clock.now(),
          });
    panel.openHomepage();
    const session: Session = { panel, locale, messageId: null };
    this.sessions.set(key, session);
    return session;
  }

  /** Runs a change, saves the state, and reports the view with the links the change opened. */
  private change(fn: () => void): PreviewState {
    return this.view(() => {
      this.info = null;
      fn();
      this.save();
    });
  }

  private view(fn: () => void): PreviewState {
    const before = this.sessions.get(this.sessionKey());
    const linksBefore = before?.panel.snapshot().openedLinks.length ?? 0;
    fn();
    const session = this.session();
    const panel: PanelView = session.panel.snapshot();
    const newLinks = session === before ? panel.openedLinks.slice(linksBefore) : [];
    return {
      addon: this.addonInfo(),
      selection: { ...this.selection },
      messageId: session.messageId,
      panel,
      newLinks,
      info: this.info,
      sheet: this.selection.host === 'SHEETS' ? this.sheetView() : null,
    };
  }

  /** The open spreadsheet's active sheet as the grid shows it. */
  private sheetView(): SheetView | null {
    const book: SpreadsheetRecord | undefined = this.emu.spreadsheet(this.spreadsheetId);
    const sheet = book?.sheets.find((s) => s.sheetId === book.activeSheetId) ?? book?.sheets[0];
    if (!book || !sheet) return null;
    const hasContent = (row: StoredCell[] | undefined) => (row ?? []).some((c) => c !== '');
    let lastRow = sheet.values.length;
    while (lastRow > 0 && !hasContent(sheet.values[lastRow - 1])) lastRow--;
    const shown = sheet.values.slice(0, Math.min(lastRow, SHEET_VIEW_ROWS));
    const width = shown.reduce((w, row) => {
      let last = row.length;
      while (last > 0 && row[last - 1] === '') last--;
      return Math.max(w, last);
    }, 0);
    const columns = Math.min(width + 1, sheet.maxColumns);
    const rows = shown.map((row) => Array.from({ length: columns }, (_, c) => cellText(row[c])));
    return { spreadsheetId: book.id, title: book.name, sheetName: sheet.name, rows, columns, lastRow };
  }

  private loadSaved(): SavedState | null {
    const path = this.opts.statePath;
    if (path === null || !existsSync(path)) return null;
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as SavedState;
      if (saved.version !== STATE_VERSION) throw new Error(`version ${String(saved.version)}`);
      if (saved.seedHash !== this.seedHash) {
        this.opts.log?.(`The seed changed since ${path} was saved: starting over from the seed.`);
        return null;
      }
      return saved;
    } catch (err) {
      this.opts.log?.(`Ignoring unreadable saved state ${path}: ${messageOf(err)}`);
      return null;
    }
  }

  private save(): void {
    const path = this.opts.statePath;
    if (path === null) return;
    const saved: SavedState = {
      version: STATE_VERSION,
      seedHash: this.seedHash,
      selection: this.selection,
      emulator: this.emu.state(),
    };
    mkdirSync(dirname(path), { recursive: true });
    // Write then rename, so a crash mid-write never leaves half a state file behind.
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, JSON.stringify(saved));
    renameSync(tmp, path);
  }
}

/** A cell as Sheets displays it by default: dates as ISO date-times (UTC), the rest as text. */
function cellText(cell: StoredCell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'object' && 'formula' in cell) return cellText(cell.value);
  if (typeof cell === 'object') return new Date(cell.date).toISOString().replace('T', ' ').slice(0, 19);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

function formatDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 24 && hours % 24 === 0) return `${hours / 24} day${hours === 24 ? '' : 's'}`;
  if (hours >= 1) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round(ms / 60_000)} min`;
}

/**
 * Brings the panel's form values in line with what the page shows. Only changed fields go through the panel, since
 * changing a field runs its onChangeAction exactly as Google does; unchanged ones must not fire it again.
 */
function applyFormValues(panel: AddonPanel, values: FormValues): void {
  const card = panel.card;
  if (!card) throw new PreviewInputError('No card is showing.');
  const fields = new Map(cardFields(card).map((f) => [f.name, f]));
  for (const [name, list] of Object.entries(values)) {
    const field = fields.get(name);
    if (field === undefined) throw new PreviewInputError(`The card has no field "${name}".`);
    const current = panel.formValues[name] ?? [];
    if (field.kind === 'text') {
      if ((list[0] ?? '') !== (current[0] ?? '')) panel.fill(name, list[0] ?? '');
    } else if (field.kind === 'switch') {
      if (list.length > 0 !== current.length > 0) panel.toggle(name, list.length > 0);
    } else if ([...list].sort().join('\n') !== [...current].sort().join('\n')) {
      panel.select(name, list);
    }
    if (panel.lastError !== null || panel.card !== card) return; // an onChangeAction failed or replaced the card
  }
}
