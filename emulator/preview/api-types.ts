// The JSON the preview server exchanges with its page, and the engine interface the server drives (the real one runs
// the emulator; tests may pass a fake so the server and the renderer can be checked without the add-on).
import type { ActionJson, CardJson } from '../card-json';
import type { SeedMessage } from '../types';

export const HOSTS = ['GMAIL', 'DRIVE', 'SHEETS'] as const;
export type PreviewHost = (typeof HOSTS)[number];

export const LOCALES = ['en', 'fr'] as const;
export type PreviewLocale = (typeof LOCALES)[number];

/** Who is looking at which host in which language: the page shows exactly one such session at a time. */
export interface Selection {
  user: string;
  host: PreviewHost;
  locale: PreviewLocale;
}

/** What the panel driver reports (AddonPanel.snapshot()), passed through to the page. */
export interface PanelView {
  host: string;
  user: string;
  locale: string;
  stackKind: 'homepage' | 'contextual';
  stack: CardJson[];
  /** The visible card's input values (field name → values). */
  formValues: Record<string, string[]>;
  notification: string | null | undefined;
  openedLinks: string[];
  lastError: string | null | undefined;
  /** Editor hosts: the open file and whether the add-on may read it. */
  editorFile?: { id: string; title: string; granted: boolean } | null;
  /** True while the add-on's request for access to the open file waits for the user's answer. */
  fileScopeRequested?: boolean;
  /** Gmail: the draft a compose action opened, shown as a compose window until closed. */
  openedDraft?: { to: string; subject: string; body: string; htmlBody?: string } | null;
}

/** The Sheets host's grid: the active sheet of the open spreadsheet, as text, from A1. */
export interface SheetView {
  spreadsheetId: string;
  title: string;
  sheetName: string;
  /** The first rows (at most SHEET_VIEW_ROWS), each as wide as `columns`. */
  rows: string[][];
  /** Columns shown: every column with content, plus one empty column. */
  columns: number;
  /** Rows with content in the whole sheet (the grid may show fewer). */
  lastRow: number;
}

export interface AddonInfo {
  name: string;
  logoUrl: string;
  primaryColor: string;
  universalActions: string[];
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  kind: string;
  admin: boolean;
  disabled: boolean;
}

export interface PreviewState {
  addon: AddonInfo;
  selection: Selection;
  /** The open Gmail message, or null when the homepage stack shows. */
  messageId: string | null;
  panel: PanelView;
  /** Links the last request opened (open-link responses), for the page to open in new tabs. */
  newLinks: string[];
  /** A one-line note from the preview itself (trigger runs, clock moves), not from the add-on. */
  info: string | null;
  /** In Sheets: the open spreadsheet's active sheet, as it is after the last action. */
  sheet?: SheetView | null;
}

export interface DrawerView {
  clock: number;
  timeZone: string;
  calls: unknown[];
  triggers: unknown[];
  properties: Record<string, string>;
  cache: Record<string, unknown>;
  executions: unknown[];
}

/** Form values the page collected from the visible card: field name → values (text input: one). */
export type FormValues = Record<string, string[]>;

export interface PreviewEngine {
  state(): PreviewState;
  open(selection: Selection): PreviewState;
  /** Opens a Gmail message (contextual trigger) or, with null, closes it (back to the homepage stack). */
  message(messageId: string | null): PreviewState;
  /** Applies the page's form values (changed fields fire their onChangeAction), then runs the clicked action. */
  action(action: ActionJson, formValues: FormValues): PreviewState;
  /** Applies the page's form values only: what a field with an onChangeAction does when it changes. */
  form(formValues: FormValues): PreviewState;
  universal(label: string): PreviewState;
  back(): PreviewState;
  runTrigger(id: string): PreviewState;
  /** Moves the virtual clock forward and runs the time-driven triggers that became due. */
  advanceClock(ms: number): PreviewState;
  /** Editor hosts: the user answers the add-on's request for access to the open file (allow or cancel). */
  fileScope?(grant: boolean): PreviewState;
  /** Closes the compose window a compose action opened (the draft is kept, never sent). */
  closeDraft?(): PreviewState;
  drawer(): DrawerView;
  messages(): SeedMessage[];
  users(): UserSummary[];
}

/** Thrown by an engine for a request that cannot apply (unknown user, message, field...): the server answers 400. */
export class PreviewInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviewInputError';
  }
}
