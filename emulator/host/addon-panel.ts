// The add-on host driver: behaves like the Workspace side panel (Gmail, Drive, ...) around the bundle. It fires the
// manifest triggers, keeps the two card stacks and each card's form values, turns clicks into event objects, and
// applies the responses. End-to-end tests and the browser preview drive the add-on through it.
import type { ActionJson, ActionResponseJson, CardJson, DraftJson, EntryResultJson, OnClickJson } from '../card-json';
import { clickables, visibleTexts, type Clickable } from './card-view';
import { buildEvent, type OpenMessage } from './event';
import {
  cardFields,
  findField,
  initialValues,
  isEmpty,
  resolveSelection,
  type Field,
  type FormValues,
} from './form-state';
import {
  contextualFunction,
  fileScopeGrantedFunction,
  homepageFunction,
  isEditorHost,
  universalActions,
  type AddonManifest,
  type HostApp,
  type UniversalAction,
} from './manifest';

export type { AddonManifest, HostApp } from './manifest';
export type { Clickable } from './card-view';
export type { FormValues } from './form-state';
export { messageAccessToken } from './event';

/**
 * The file open in an editor host (Sheets, Docs, Slides) and the user's drive.file grant for it, kept by the caller
 * (the emulator persists grants: `granted` is asked before every event).
 */
export interface EditorFile {
  id: string;
  title: string;
  granted(): boolean;
  /** Records the user's consent (the emulator: `emu.grantFileScope(user, id)`). */
  grant(): void;
}

/** Runs one add-on function in a fresh execution; throws when the function threw. */
export type EntryRunner = (fn: string, event: object, user: string) => EntryResultJson;

export interface AddonPanelOptions {
  user: string;
  host: HostApp;
  manifest: AddonManifest;
  /** BCP-47 locale of the user, e.g. 'en' or 'fr'. Default 'en'. */
  locale?: string;
  /** IANA time zone of the user. Default: the manifest's timeZone, else Etc/UTC. */
  timeZone?: string;
  /** Time source for the event's time zone offset (pass the virtual clock). Default Date.now. */
  now?: () => number;
  /** Editor hosts: the open file, whose id and title events carry once the user granted access. */
  editorFile?: EditorFile;
  /** Simulates the user allowing every file-access request at once (else call grantFileScope()). */
  autoGrant?: boolean;
}

export type StackKind = 'homepage' | 'contextual';

export interface PanelSnapshot {
  host: HostApp;
  user: string;
  locale: string;
  timeZone: string;
  stackKind: StackKind;
  message: OpenMessage | null;
  stack: CardJson[];
  formValues: FormValues;
  notification: string | null;
  openedLinks: string[];
  lastError: string | null;
  busy: boolean;
  universalActions: string[];
  /** The editor's open file and whether the add-on may read it; null outside editor hosts. */
  editorFile: { id: string; title: string; granted: boolean } | null;
  /** The draft a compose action opened in Gmail's compose window (for the user to edit and send), until closed. */
  openedDraft: DraftJson | null;
  /** True while the consent dialog for drive.file access to the open file waits for the user. */
  fileScopeRequested: boolean;
}

interface StackEntry {
  card: CardJson;
  values: FormValues;
}

const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

/** Shown instead of running an action whose required widgets are empty. */
export const REQUIRED_FIELDS_MESSAGE = 'Please fill in the required fields';

function errorMessage(err: unknown): string {
  // The bundle runs in another vm realm, so its errors are not `instanceof Error` here.
  if (err !== null && typeof err === 'object' && 'message' in err) return String(err.message);
  return String(err);
}

function entry(card: CardJson): StackEntry {
  return { card, values: initialValues(card) };
}

export class AddonPanel {
  readonly user: string;
  readonly host: HostApp;
  locale: string;
  timeZone: string;
  /** Last notification text (a toast); cleared when the next action starts. */
  notification: string | null = null;
  /** "<fn> failed: message" of the last failed execution; cleared when the next action starts. */
  lastError: string | null = null;
  /** URLs opened by openLink clicks and responses, oldest first. */
  readonly openedLinks: string[] = [];
  /** True while an add-on function runs. */
  busy = false;
  /** All cards the homepage trigger returned; the first is the root of the homepage stack. */
  rootCards: CardJson[] = [];
  /** True while the consent dialog for drive.file access to the open file waits for the user. */
  fileScopeRequested = false;
  private openedDraft: DraftJson | null = null;

  private readonly runner: EntryRunner;
  private readonly manifest: AddonManifest;
  private readonly now: () => number;
  private homepageStack: StackEntry[] = [];
  private contextualStack: StackEntry[] = [];
  private message: OpenMessage | null = null;
  private readonly editorFile: EditorFile | undefined;
  private readonly autoGrant: boolean;

  constructor(runner: EntryRunner, opts: AddonPanelOptions) {
    this.runner = runner;
    this.editorFile = opts.editorFile;
    this.autoGrant = opts.autoGrant === true;
    if (opts.editorFile && !isEditorHost(opts.host)) {
      throw new Error(`AddonPanel: editorFile needs an editor host (DOCS, SHEETS, SLIDES), not ${opts.host}`);
    }
    this.user = opts.user;
    this.host = opts.host;
    this.manifest = opts.manifest;
    this.locale = opts.locale ?? 'en';
    this.timeZone = opts.timeZone ?? opts.manifest.timeZone ?? 'Etc/UTC';
    this.now = opts.now ?? Date.now;
  }

  get stackKind(): StackKind {
    return this.message ? 'contextual' : 'homepage';
  }

  /** The cards of the visible stack, root first. */
  get stack(): CardJson[] {
    return this.visible().map((e) => e.card);
  }

  /** The card shown: the top of the visible stack. */
  get card(): CardJson | undefined {
    return this.top()?.card;
  }

  get openMessageInfo(): OpenMessage | null {
    return this.message ? { ...this.message } : null;
  }

  get universalActionLabels(): string[] {
    return universalActions(this.manifest).map((a) => a.label);
  }

  /** The current values of the visible card's inputs. */
  get formValues(): FormValues {
    const values = this.top()?.values ?? {};
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [...v]]));
  }

  /** Opens the add-on's homepage (closing any open message): runs the homepage trigger. */
  openHomepage(): void {
    this.message = null;
    const fn = homepageFunction(this.manifest, this.host);
    const result = this.execute(fn, this.event());
    if (!result) return;
    const cards = this.cardsOf(fn, result);
    if (!cards) return;
    this.rootCards = cards;
    this.homepageStack = [entry(cards[0]!)];
  }

  /** With several homepage cards Google lists them; opening one makes it the root. */
  showRootCard(index: number): void {
    const card = this.rootCards[index];
    if (!card) throw new Error(`No homepage card #${index}; there are ${this.rootCards.length}`);
    this.message = null;
    this.homepageStack = [entry(card)];
  }

  /** Opens a Gmail message: runs the contextual trigger; its cards become the contextual stack. */
  openMessage(msg: OpenMessage): void {
    if (this.host !== 'GMAIL') throw new Error(`openMessage: only the GMAIL host has messages (host is ${this.host})`);
    const fn = contextualFunction(this.manifest);
    this.message = { messageId: msg.messageId, threadId: msg.threadId };
    this.contextualStack = [];
    const result = this.execute(fn, this.event());
    if (!result) return;
    const cards = this.cardsOf(fn, result);
    if (cards) this.contextualStack = [entry(cards[0]!)];
  }

  /** Leaves the open message: the homepage stack shows again (loaded if it never was). */
  closeMessage(): void {
    this.message = null;
    this.contextualStack = [];
    if (this.homepageStack.length === 0) this.openHomepage();
  }

  /** Runs a universal action of the manifest by its label (the panel's menu). */
  universalAction(label: string): void {
    const action = universalActions(this.manifest).find((a) => a.label === label);
    if (!action) {
      throw new Error(
        `No universal action "${label}". Universal actions: ${this.universalActionLabels.join(', ') || 'none'}`,
      );
    }
    this.startAction();
    if ('openLink' in action) {
      this.openedLinks.push(action.openLink);
      return;
    }
    this.runUniversal(action);
  }

  /** The back arrow: pops the visible stack. */
  back(): void {
    const stack = this.visible();
    if (stack.length <= 1) throw new Error('back(): there is no back arrow on the root card');
    stack.pop();
    this.startAction();
  }

  /** Every visible text of the current card, HTML stripped. */
  texts(): string[] {
    const card = this.card;
    return card ? visibleTexts(card) : [];
  }

  /** The labels in the current card's menu (card actions). */
  menuItems(): string[] {
    return (this.card?.cardActions ?? []).map((a) => a.actionLabel);
  }

  /** Everything the current card lets a person press. */
  clickables(): Clickable[] {
    const card = this.card;
    return card ? clickables(card) : [];
  }

  /**
   * Types into a text input. Like every input setter, it runs the input's onChangeAction when the value changed,
   * as Google does when the field loses focus; setting the same value again runs nothing.
   */
  fill(fieldName: string, value: string): void {
    const { top, field } = this.fieldOf(fieldName);
    if (field.kind !== 'text') {
      throw new Error(`fill(): ${fieldName} is a ${field.kind} input; use select() or toggle()`);
    }
    this.setValues(top, field, [value]);
  }

  /** Chooses items of a selection input by value or visible text (at most one for dropdown/radio). */
  select(fieldName: string, values: string[]): void {
    const { top, field } = this.fieldOf(fieldName);
    if (field.kind !== 'selection') {
      throw new Error(`select(): ${fieldName} is a ${field.kind} input; use fill() or toggle()`);
    }
    this.setValues(top, field, resolveSelection(field, values));
  }

  /** Turns a switch (or a single check box / switch selection item) on or off. */
  toggle(fieldName: string, on: boolean): void {
    const { top, field } = this.fieldOf(fieldName);
    if (field.kind === 'switch') {
      this.setValues(top, field, on ? [field.value] : []);
      return;
    }
    const single = field.kind === 'selection' && field.items.length === 1 ? field.items[0] : undefined;
    if (!single || (field.kind === 'selection' && field.type !== 'CHECK_BOX' && field.type !== 'SWITCH')) {
      throw new Error(`toggle(): ${fieldName} is not a switch or a single check box; use fill() or select()`);
    }
    this.setValues(top, field, on ? [single.value] : []);
  }

  /**
   * Clicks the one clickable whose visible text equals `target` (or that the predicate picks). `within.row` narrows
   * the search to buttons of the DecoratedText row showing that text (e.g. the "Manage" of one person).
   */
  click(target: string | ((c: Clickable) => boolean), within: { row?: string } = {}): void {
    const all = this.clickables();
    const inRow = (c: Clickable): boolean => within.row === undefined || (c.row?.includes(within.row) ?? false);
    const hits = all.filter((c) => inRow(c) && (typeof target === 'string' ? c.text === target : target(c)));
    const name =
      (typeof target === 'string' ? `"${target}"` : 'matching the predicate') +
      (within.row === undefined ? '' : ` in the row "${within.row}"`);
    const describe = (c: Clickable): string => `${c.kind} "${c.text}"${c.row ? ` (row: ${c.row.join(' / ')})` : ''}`;
    const list = (cs: Clickable[]): string => cs.map(describe).join(', ');
    if (hits.length === 0) {
      throw new Error(
        `Nothing clickable ${name} on the card "${this.cardTitle()}". Clickable: ${list(all) || 'nothing'}`,
      );
    }
    if (hits.length > 1) throw new Error(`Ambiguous click ${name}: ${list(hits)}`);
    const hit = hits[0]!;
    if (hit.disabled) throw new Error(`The ${hit.kind} "${hit.text}" is disabled`);
    this.clickOnClick(hit.onClick);
  }

  /** Lower-level door for the browser: performs an on-click (run the action or open the link). */
  clickOnClick(onClick: OnClickJson): void {
    if (onClick.action) this.clickAction(onClick.action);
    else if (onClick.openLink) {
      this.startAction();
      this.openedLinks.push(onClick.openLink.url);
    } else throw new Error('clickOnClick(): the on-click has neither an action nor a link');
  }

  /** Runs a widget action against the visible card, as a click on it would. */
  clickAction(action: ActionJson): void {
    this.startAction();
    this.runAction(action);
  }

  /**
   * The user allows the add-on's pending request for drive.file access to the open file: the grant is recorded,
   * then the manifest's onFileScopeGrantedTrigger runs and its cards become the root of the homepage stack.
   */
  grantFileScope(): void {
    const file = this.editorFile;
    if (!this.fileScopeRequested || !file)
      throw new Error('grantFileScope(): the add-on has not asked for file access');
    this.fileScopeRequested = false;
    file.grant();
    this.runFileScopeGranted();
  }

  /** The user closes the consent dialog without allowing access: nothing runs. */
  declineFileScope(): void {
    if (!this.fileScopeRequested) throw new Error('declineFileScope(): the add-on has not asked for file access');
    this.fileScopeRequested = false;
  }

  /** A plain JSON view of the panel for the browser. */
  snapshot(): PanelSnapshot {
    return {
      host: this.host,
      user: this.user,
      locale: this.locale,
      timeZone: this.timeZone,
      stackKind: this.stackKind,
      message: this.openMessageInfo,
      stack: this.stack,
      formValues: this.formValues,
      notification: this.notification,
      openedLinks: [...this.openedLinks],
      lastError: this.lastError,
      busy: this.busy,
      universalActions: this.universalActionLabels,
      editorFile: this.editorFile
        ? { id: this.editorFile.id, title: this.editorFile.title, granted: this.editorFile.granted() }
        : null,
      fileScopeRequested: this.fileScopeRequested,
      openedDraft: this.openedDraft ? { ...this.openedDraft } : null,
    };
  }

  /** The user closes the compose window (the draft stays in their Drafts; nothing is sent). */
  closeDraft(): void {
    this.openedDraft = null;
  }

  // ---- internals ----

  private visible(): StackEntry[] {
    return this.message ? this.contextualStack : this.homepageStack;
  }

  private top(): StackEntry | undefined {
    const stack = this.visible();
    return stack[stack.length - 1];
  }

  private cardTitle(): string {
    return this.card?.header?.title ?? this.card?.name ?? '(no card)';
  }

  private fieldOf(fieldName: string): { top: StackEntry; field: Field } {
    const top = this.top();
    if (!top) throw new Error(`No card is shown, so there is no input "${fieldName}"`);
    return { top, field: findField(top.card, fieldName) };
  }

  private setValues(top: StackEntry, field: Field, values: string[]): void {
    const before = top.values[field.name] ?? [];
    top.values[field.name] = values;
    const same = before.length === values.length && before.every((v, i) => v === values[i]);
    if (!same && field.onChangeAction) this.clickAction(field.onChangeAction);
  }

  /** A new user action: the previous toast and error go away. */
  private startAction(): void {
    if (this.busy) throw new Error('The add-on is still running the previous action');
    this.notification = null;
    this.lastError = null;
    // Doing something else dismisses a consent dialog left unanswered.
    this.fileScopeRequested = false;
  }

  private event(action?: { parameters: Record<string, string>; values: FormValues }): object {
    return buildEvent({
      host: this.host,
      locale: this.locale,
      timeZone: this.timeZone,
      nowMs: this.now(),
      message: this.message ?? undefined,
      editorFile: this.editorFile
        ? { id: this.editorFile.id, title: this.editorFile.title, granted: this.editorFile.granted() }
        : undefined,
      action,
    });
  }

  /** Runs one function; on a throw shows what Google shows (an error toast) and returns undefined. */
  private execute(fn: string, event: object): EntryResultJson | undefined {
    this.startAction();
    this.busy = true;
    try {
      return this.runner(fn, event, this.user);
    } catch (err) {
      this.fail(fn, errorMessage(err));
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private fail(fn: string, message: string): void {
    this.lastError = `${fn} failed: ${message}`;
    this.notification = this.lastError;
  }

  private cardsOf(fn: string, result: EntryResultJson): CardJson[] | undefined {
    if (result.kind === 'Card') return [result.card];
    if (result.kind === 'Cards' && result.cards.length > 0) return result.cards;
    this.fail(fn, `a trigger function must return a Card or an array of Cards, got ${result.kind}`);
    return undefined;
  }

  private runAction(action: ActionJson): void {
    const top = this.top();
    if (!top) throw new Error('No card is shown');
    const missing = this.missingRequired(top, action);
    if (missing.length > 0) {
      this.notification = `${REQUIRED_FIELDS_MESSAGE}: ${missing.join(', ')}`;
      return;
    }
    const parameters = Object.fromEntries(action.parameters.map((p) => [p.key, p.value]));
    const result = this.execute(action.function, this.event({ parameters, values: top.values }));
    if (!result) return;
    if (result.kind === 'EditorFileScopeActionResponse') {
      this.requestFileScope(action.function);
      return;
    }
    // Google: the callback of an action set with setComposeAction "must" build a ComposeActionResponse (Gmail's
    // "Compose draft messages" guide); any other answer (a notification, a card) is refused.
    if (action.composedEmailType && result.kind !== 'ComposeActionResponse') {
      this.fail(action.function, `a compose action must return a ComposeActionResponse, got ${result.kind}`);
      return;
    }
    if (result.kind === 'ComposeActionResponse') {
      // Google: a compose response answers only an action set with setComposeAction, in Gmail.
      if (!action.composedEmailType || this.host !== 'GMAIL') {
        this.fail(action.function, 'a ComposeActionResponse answers only a Gmail action set with setComposeAction');
        return;
      }
      this.openedDraft = result.draft;
      return;
    }
    if (result.kind !== 'ActionResponse') {
      this.fail(action.function, `an action must return an ActionResponse, got ${result.kind}`);
      return;
    }
    this.apply(action.function, result, action.persistValues === true ? top.values : undefined);
  }

  /** The editor's consent dialog for drive.file on the open file (Google requires the scope in the manifest). */
  private requestFileScope(fn: string): void {
    const file = this.editorFile;
    if (!file) {
      this.fail(fn, `requestFileScopeForActiveDocument: no editor file is open (host ${this.host})`);
      return;
    }
    const scopes = this.manifest.oauthScopes;
    if (scopes && !scopes.includes(DRIVE_FILE_SCOPE)) {
      this.fail(fn, `requestFileScopeForActiveDocument needs ${DRIVE_FILE_SCOPE} in the manifest's oauthScopes`);
      return;
    }
    // Assumption: with access already granted no dialog shows and the granted trigger runs again.
    if (file.granted()) {
      this.runFileScopeGranted();
      return;
    }
    this.fileScopeRequested = true;
    if (this.autoGrant) this.grantFileScope();
  }

  private runFileScopeGranted(): void {
    if (!isEditorHost(this.host)) return;
    const fn = fileScopeGrantedFunction(this.manifest, this.host);
    if (fn === null) return;
    this.message = null;
    const result = this.execute(fn, this.event());
    if (!result) return;
    const cards = this.cardsOf(fn, result);
    if (!cards) return;
    this.rootCards = cards;
    this.homepageStack = [entry(cards[0]!)];
  }

  private runUniversal(action: Extract<UniversalAction, { runFunction: string }>): void {
    const fn = action.runFunction;
    const result = this.execute(fn, this.event());
    if (!result) return;
    if (result.kind !== 'UniversalActionResponse') {
      this.fail(fn, `a universal action must return a UniversalActionResponse, got ${result.kind}`);
      return;
    }
    this.apply(fn, result);
  }

  private missingRequired(top: StackEntry, action: ActionJson): string[] {
    const fields = cardFields(top.card);
    const names = action.allWidgetsAreRequired ? fields.map((f) => f.name) : (action.requiredWidgets ?? []);
    return [...new Set(names)]
      .filter((name) => isEmpty(top.values[name]))
      .map((name) => fields.find((f) => f.name === name)?.label ?? name);
  }

  /** Applies a response: navigations in order, then the notification and the link. */
  private apply(fn: string, response: ActionResponseJson, persisted?: FormValues): void {
    const stack = this.visible();
    for (const nav of response.navigations) {
      if ('pushCard' in nav) stack.push(entry(nav.pushCard));
      else if ('updateCard' in nav) {
        const next = entry(nav.updateCard);
        // setPersistValues(true): what the person typed survives the update for inputs that still exist.
        if (persisted)
          for (const name of Object.keys(next.values)) if (persisted[name]) next.values[name] = [...persisted[name]];
        if (stack.length === 0) stack.push(next);
        else stack[stack.length - 1] = next;
      } else if ('popCard' in nav) {
        // The root card cannot be removed.
        if (stack.length > 1) stack.pop();
      } else if ('popToRoot' in nav) stack.splice(1);
      else {
        const index = stack.map((e) => e.card.name).lastIndexOf(nav.popToCard);
        if (index < 0) {
          this.fail(fn, `popToNamedCard: no card named "${nav.popToCard}" in the stack`);
          return;
        }
        stack.splice(index + 1);
      }
    }
    if (response.notification) this.notification = response.notification.text;
    if (response.openLink) this.openedLinks.push(response.openLink.url);
  }
}
