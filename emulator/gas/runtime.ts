// The generic Apps Script runtime: runs the built bundle (dist/Code.js) one execution at a time, each in a fresh vm
// global scope loaded by gas-local, with every emulated service, the virtual clock, the 6-minute kill, locks released
// at the end, installed triggers and a JSON-persistable service state. Google's side (accounts, mailboxes, advanced
// services, HTTP servers) comes from the caller as a GoogleBackend; nothing here knows Classroom.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as vm from 'node:vm';
import type { EntryResultJson } from '../card-json';
import { ExecutionTimeout, type VirtualClock } from '../clock';
import { liveEntries, makeCacheService } from './cache';
import { makeCardService, toEntryResult } from './card-service';
import {
  emptyServiceState,
  getOwn,
  statsFor,
  type ManifestInfo,
  type ServiceContext,
  type ServiceState,
  type ServiceStats,
  type TriggerRecord,
} from './context';
import { makeGmailApp } from './gmail';
import type { GoogleBackend } from './backend';
import { LockTable, makeLockService } from './lock';
import { makeConsole, makeLogger } from './logger';
import { mailStateOf, makeMailApp, type SentMail } from './mail';
import { makePropertiesService } from './properties';
import { makeScriptApp } from './script-app';
import { makeSession } from './session';
import {
  grantFileScope,
  makeSpreadsheetApp,
  seedSpreadsheet,
  spreadsheetStats,
  type SpreadsheetCallStats,
  type SpreadsheetRecord,
  type SpreadsheetSpec,
} from './spreadsheet';
import { makeUrlFetchApp } from './url-fetch';
import { makeUtilities } from './utilities';

interface GasLocal {
  require(
    folder: string,
    globalObject?: object,
    options?: { filter?: (f: string) => boolean },
  ): Record<string, unknown>;
}
// gas-local ships no types and is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as GasLocal;

const MAX_EXECUTIONS_KEPT = 1000;

export type ExecutionKind = 'ui' | 'trigger';

/** Card callbacks are cut at about 30 s (community figure, platform.md §6 item 1 and §9). */
export const CARD_ACTION_LIMIT_MS = 30_000;
export type ExecutionStatus = 'ok' | 'error' | 'timeout';

export interface ExecutionEntry {
  id: string;
  fn: string;
  /** Id of the user the execution ran as. */
  user: string;
  kind: ExecutionKind;
  startedAt: number;
  endedAt: number;
  status: ExecutionStatus;
  error?: string;
  logs: string[];
  /** The trigger that fired it, for time-driven executions. */
  triggerId?: string;
}

export interface RuntimeOptions {
  /** Google's side of the services: accounts, mailboxes, advanced services and HTTP routing. */
  backend: GoogleBackend;
  /** The virtual clock the backend also runs on. */
  clock: VirtualClock;
  /** Folder holding Code.js and appsscript.json. Default 'dist'. */
  bundleDir?: string;
  /** Apps Script's per-execution limit (6 minutes): time-driven triggers and other non-card executions. */
  executionLimitMs?: number;
  /**
   * The limit of a card callback (homepage, contextual, compose and card actions): 30 s by default, the figure
   * public threads give (no Google page states it; platform.md §9). Set it to executionLimitMs to relax it.
   */
  cardActionLimitMs?: number;
  /** A persisted service state (from `state().services`) to resume; default an empty one. */
  services?: ServiceState;
  /** Seed for Utilities.getUuid (ignored when `services` is given). */
  uuidSeed?: number;
}

export interface RunOptions {
  kind?: ExecutionKind;
  /** Session.getActiveUserLocale(); default 'en'. */
  locale?: string;
  /** Overrides executionLimitMs for this execution. */
  limitMs?: number;
  /**
   * Id of the spreadsheet open in the editor of the host session running this execution (Sheets only):
   * SpreadsheetApp.getActiveSpreadsheet() opens it once the user granted it. Default none (null).
   */
  activeSpreadsheet?: string | null;
}

/** A user's service counters, with their SpreadsheetApp calls (reads, writes, cells) folded in. */
export interface RuntimeStats extends ServiceStats {
  sheets: SpreadsheetCallStats;
}

/** The runtime's own persistable part: the virtual time and the Apps Script services' stores. */
export interface RuntimeState {
  clockMs: number;
  services: ServiceState;
}

export interface TriggerRun {
  triggerId: string;
  executionId: string;
  status: ExecutionStatus;
  error?: string;
}

/** Errors leaving `run` carry the id of the execution that threw. */
export type ExecutionError = Error & { executionId?: string };

type Hook = (service: string, method: string) => void;

/** Wraps a service so each method call (also in nested namespaces like Classroom.Invitations) is traced. */
function traced(name: string, service: object, enter: Hook, adopt: (e: unknown) => unknown): object {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(service, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol') return value;
      if (cache.has(prop)) return cache.get(prop);
      let out: unknown = value;
      if (typeof value === 'function') {
        out = (...args: unknown[]) => {
          enter(name, prop);
          try {
            return Reflect.apply(value, target, args);
          } catch (e) {
            throw adopt(e);
          }
        };
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        out = traced(`${name}.${prop}`, value, enter, adopt);
      }
      cache.set(prop, out);
      return out;
    },
  });
}

/** The vm realm's Date with now() and `new Date()` reading the virtual clock; everything else is the real Date. */
const VIRTUAL_DATE_SOURCE = `(function (now) {
  var RealDate = Date;
  var VirtualDate = function Date() {
    if (new.target === undefined) return new RealDate(now()).toString();
    var args = Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  };
  VirtualDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(VirtualDate, RealDate);
  Object.defineProperty(VirtualDate, 'now', { value: function now_() { return now(); }, writable: true, configurable: true });
  return VirtualDate;
})`;

function readManifest(dir: string): ManifestInfo & Record<string, unknown> {
  const path = resolve(dir, 'appsscript.json');
  if (!existsSync(path)) return { timeZone: 'Etc/UTC' };
  return JSON.parse(readFileSync(path, 'utf8'));
}

function errorText(e: unknown): string {
  if (e !== null && typeof e === 'object' && 'message' in e) return String(e.message);
  return String(e);
}

export class AppsScriptRuntime {
  readonly clock: VirtualClock;
  readonly backend: GoogleBackend;
  readonly manifest: ManifestInfo & Record<string, unknown>;
  readonly bundleDir: string;
  readonly executionLimitMs: number;
  readonly cardActionLimitMs: number;
  readonly executions: ExecutionEntry[] = [];
  readonly locks = new LockTable();
  /** Called on every service call of the bundle; throw from it to kill the execution at that point. */
  onServiceCall?: Hook;
  private readonly services: ServiceState;

  constructor(opts: RuntimeOptions) {
    this.clock = opts.clock;
    this.backend = opts.backend;
    this.bundleDir = resolve(opts.bundleDir ?? 'dist');
    this.manifest = readManifest(this.bundleDir);
    this.executionLimitMs = opts.executionLimitMs ?? 360000;
    this.cardActionLimitMs = opts.cardActionLimitMs ?? CARD_ACTION_LIMIT_MS;
    this.services = opts.services ? structuredClone(opts.services) : emptyServiceState(opts.uuidSeed ?? 1);
    // States saved before SpreadsheetApp existed have no sheets: start them with none.
    this.services.sheets ??= emptyServiceState().sheets;
  }

  /** The virtual time and the services' stores (a copy), as JSON. */
  state(): RuntimeState {
    return structuredClone({ clockMs: this.clock.now(), services: this.services });
  }

  /** Installed triggers (copies), every user's. */
  get triggers(): TriggerRecord[] {
    return structuredClone(this.services.triggers);
  }

  userProperties(user: string): Record<string, string> {
    return { ...(getOwn(this.services.properties.user, this.resolveUser(user).id) ?? {}) };
  }

  scriptProperties(): Record<string, string> {
    return { ...this.services.properties.script };
  }

  /** The user's live cache entries (expired ones hidden). */
  userCache(user: string): Record<string, string> {
    const store = getOwn(this.services.caches.user, this.resolveUser(user).id) ?? {};
    return liveEntries(store, this.clock.now());
  }

  /** Mails sent with MailApp (copies), oldest first; `user` narrows to one sender. */
  sentMails(user?: string): SentMail[] {
    const all = mailStateOf(this.services).sent;
    const email = user === undefined ? undefined : this.resolveUser(user).email;
    return structuredClone(email === undefined ? all : all.filter((m) => m.from === email));
  }

  stats(user: string): RuntimeStats {
    const id = this.resolveUser(user).id;
    return { ...statsFor(this.services, id), sheets: { ...spreadsheetStats(this.services.sheets, id) } };
  }

  /** Adds (or replaces) a spreadsheet in the user's Drive, as the Sheets host can open it. */
  seedSpreadsheet(spec: SpreadsheetSpec): SpreadsheetRecord {
    return structuredClone(seedSpreadsheet(this.services.sheets, spec));
  }

  /** A copy of a spreadsheet (its sheets' values as JSON), or undefined. */
  spreadsheet(id: string): SpreadsheetRecord | undefined {
    const book = getOwn(this.services.sheets.spreadsheets, id);
    return book ? structuredClone(book) : undefined;
  }

  /** Records that `user` granted the add-on drive.file access to the spreadsheet (the editor's consent dialog). */
  grantFileScope(user: string, spreadsheetId: string): void {
    if (!getOwn(this.services.sheets.spreadsheets, spreadsheetId)) throw new Error(`No spreadsheet ${spreadsheetId}`);
    grantFileScope(this.services.sheets, this.resolveUser(user).id, spreadsheetId);
  }

  /** The spreadsheet as an editor host shows it to `user`: its title and the user's grant, read live. */
  editorFile(user: string, spreadsheetId: string) {
    const book = getOwn(this.services.sheets.spreadsheets, spreadsheetId);
    if (!book) throw new Error(`No spreadsheet ${spreadsheetId}`);
    return {
      id: book.id,
      title: book.name,
      granted: () => this.hasFileScope(user, spreadsheetId),
      grant: () => {
        this.grantFileScope(user, spreadsheetId);
      },
    };
  }

  /** Whether `user` granted the add-on access to the spreadsheet. */
  hasFileScope(user: string, spreadsheetId: string): boolean {
    return (getOwn(this.services.sheets.fileScope, this.resolveUser(user).id) ?? []).includes(spreadsheetId);
  }

  /**
   * ONE Apps Script execution of top-level function `fn` as `user` (id or email). Returns the entry point's
   * result as card JSON for 'ui' executions, or the JSON-cloned return value for 'trigger' ones.
   */
  run(fn: string, event: object, user: string, opts?: RunOptions & { kind?: 'ui' }): EntryResultJson;
  run(fn: string, event: object, user: string, opts: RunOptions & { kind: 'trigger' }): unknown;
  run(fn: string, event: object, user: string, opts: RunOptions = {}): unknown {
    return this.execute(fn, event, user, opts);
  }

  /** Runs a trigger's handler now, as its owner, with a time-driven event object. */
  runTrigger(triggerId: string): unknown {
    const t = this.services.triggers.find((x) => x.id === triggerId);
    if (!t) throw new Error(`No trigger with id ${triggerId}`);
    return this.execute(t.handler, this.timeEvent(t.id), t.user, { kind: 'trigger' }, t.id);
  }

  /** Fires every trigger whose time has come (each once), rescheduling recurring ones past now. */
  runDueTriggers(): TriggerRun[] {
    const now = this.clock.now();
    const due = this.services.triggers.filter((t) => t.nextRunAt !== null && t.nextRunAt <= now).map((t) => t.id);
    const runs: TriggerRun[] = [];
    for (const id of due) {
      const t = this.services.triggers.find((x) => x.id === id);
      if (!t || t.nextRunAt === null) continue; // deleted by an earlier handler
      if (t.everyMs === null)
        t.nextRunAt = null; // one-shot: it stays listed (as in Apps Script) but never fires again
      else while (t.nextRunAt <= this.clock.now()) t.nextRunAt += t.everyMs;
      try {
        this.execute(t.handler, this.timeEvent(t.id), t.user, { kind: 'trigger' }, t.id);
      } catch {
        // recorded in executions; a failing trigger does not stop the others
      }
      const entry = this.executions[this.executions.length - 1]!;
      const run: TriggerRun = { triggerId: id, executionId: entry.id, status: entry.status };
      if (entry.error !== undefined) run.error = entry.error;
      runs.push(run);
    }
    return runs;
  }

  private resolveUser(idOrEmail: unknown) {
    const u = typeof idOrEmail === 'string' ? this.backend.user(idOrEmail) : undefined;
    if (!u) throw new Error(`Unknown user: ${String(idOrEmail)}`);
    return u;
  }

  /** Apps Script's time-driven event object (no commonEventObject). */
  private timeEvent(triggerUid: string): Record<string, unknown> {
    const d = new Date(this.clock.now());
    const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      authMode: 'FULL',
      triggerUid,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      'day-of-month': d.getUTCDate(),
      'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
      'week-of-year': Math.ceil(((d.getTime() - jan1) / 86400000 + new Date(jan1).getUTCDay() + 1) / 7),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      timezone: 'UTC',
    };
  }

  private execute(fn: string, event: object, userRef: string, opts: RunOptions, triggerId?: string): unknown {
    const seedUser = this.resolveUser(userRef);
    const kind = opts.kind ?? 'ui';
    const id = `exec-${++this.services.counters.execution}`;
    const startedAt = this.clock.now();
    const entry: ExecutionEntry = {
      id,
      fn,
      user: seedUser.id,
      kind,
      startedAt,
      endedAt: startedAt,
      status: 'ok',
      logs: [],
    };
    if (triggerId !== undefined) entry.triggerId = triggerId;
    const previousDeadline = this.clock.deadline;
    const limit = kind === 'ui' ? this.cardActionLimitMs : this.executionLimitMs;
    const deadline = startedAt + (opts.limitMs ?? limit);
    this.clock.deadline = deadline;

    // The realm first, so services can throw its Errors and return its Dates.
    const sandbox = vm.createContext({});
    const RealmError = vm.runInContext('Error', sandbox) as ErrorConstructor;
    const RealmDate = vm.runInContext('Date', sandbox) as DateConstructor;
    const RealmJSON = vm.runInContext('JSON', sandbox) as JSON;
    let killedBy: { error: unknown } | null = null;

    const fail = (message: string): Error => {
      const e = new RealmError(message);
      e.name = 'Exception';
      return e;
    };
    /** Node-realm errors from foreign services become script-realm errors (same name, message and fields). */
    const adopt = (e: unknown): unknown => {
      if (!(e instanceof Error) || e instanceof ExecutionTimeout || (killedBy !== null && killedBy.error === e))
        return e;
      const r = new RealmError(e.message);
      Object.assign(r, e);
      r.name = e.name;
      if (e.stack !== undefined) r.stack = e.stack;
      return r;
    };
    const enter: Hook = (service, method) => {
      // A killed execution stays dead even if the script caught the first error.
      if (killedBy !== null) throw killedBy.error;
      this.clock.checkDeadline();
      try {
        this.onServiceCall?.(service, method);
      } catch (e) {
        killedBy = { error: e };
        throw e;
      }
    };
    const ctx: ServiceContext = {
      executionId: id,
      user: { id: seedUser.id, email: seedUser.email, locale: opts.locale ?? 'en' },
      clock: this.clock,
      state: this.services,
      manifest: this.manifest,
      logs: entry.logs,
      enter,
      fail,
      newDate: (ms) => new RealmDate(ms),
    };

    const globals = this.servicesFor(ctx, seedUser.id, RealmError, opts.activeSpreadsheet ?? null);
    for (const [name, service] of Object.entries(globals)) sandbox[name] = traced(name, service, enter, adopt);
    sandbox.console = makeConsole(ctx);
    const makeDate = vm.runInContext(VIRTUAL_DATE_SOURCE, sandbox) as (now: () => number) => DateConstructor;
    sandbox.Date = makeDate(() => this.clock.now());

    const timedOut = () => this.clock.now() > deadline;
    try {
      const scope = gasLocal.require(this.bundleDir, sandbox, { filter: (f) => f.endsWith('Code.js') });
      const entryPoint = scope[fn];
      if (typeof entryPoint !== 'function') throw new Error(`Script function not found: ${fn}`);
      const value: unknown = (entryPoint as (e: unknown) => unknown)(RealmJSON.parse(JSON.stringify(event ?? {})));
      // Apps Script's kill cannot be caught: if the script swallowed it, the execution still failed.
      if (killedBy !== null) throw (killedBy as { error: unknown }).error;
      if (timedOut()) throw new ExecutionTimeout();
      const result =
        kind === 'ui' ? toEntryResult(value) : value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      entry.status = 'ok';
      return result;
    } catch (e) {
      const timeout = e instanceof ExecutionTimeout || timedOut();
      entry.status = timeout ? 'timeout' : 'error';
      entry.error = timeout ? new ExecutionTimeout().message : errorText(e);
      throw this.outgoing(e, timeout, id, killedBy);
    } finally {
      this.locks.releaseAll(id);
      entry.endedAt = this.clock.now();
      this.clock.deadline = previousDeadline;
      this.executions.push(entry);
      if (this.executions.length > MAX_EXECUTIONS_KEPT) this.executions.shift();
    }
  }

  /** The Apps Script globals of one execution, bound to its context and acting user. */
  private servicesFor(
    ctx: ServiceContext,
    userId: string,
    ErrorCtor: ErrorConstructor,
    activeSpreadsheet: string | null = null,
  ): Record<string, object> {
    return {
      ...this.backend.advancedServices(userId, ErrorCtor),
      CardService: makeCardService(),
      PropertiesService: makePropertiesService(ctx),
      CacheService: makeCacheService(ctx),
      LockService: makeLockService(ctx, this.locks),
      Utilities: makeUtilities(ctx),
      Session: makeSession(ctx),
      ScriptApp: makeScriptApp(ctx),
      UrlFetchApp: makeUrlFetchApp(ctx, this.backend.http),
      GmailApp: makeGmailApp(ctx, () => this.backend.messages()),
      MailApp: makeMailApp(ctx),
      Logger: makeLogger(ctx),
      SpreadsheetApp: makeSpreadsheetApp(this.services.sheets, ctx, undefined, activeSpreadsheet),
    };
  }

  /**
   * Runs `work` in Node's own realm with this emulator's services installed as globals for `user`, so unit tests can
   * call src/ modules directly against the same emulated Google. Globals are restored afterwards; locks released.
   */
  asUser<T>(user: string, work: () => T, opts: { activeSpreadsheet?: string | null } = {}): T {
    const seedUser = this.resolveUser(user);
    const id = `exec-${++this.services.counters.execution}`;
    const ctx: ServiceContext = {
      executionId: id,
      user: { id: seedUser.id, email: seedUser.email, locale: 'en' },
      clock: this.clock,
      state: this.services,
      manifest: this.manifest,
      logs: [],
      enter: () => {
        this.clock.checkDeadline();
        this.onServiceCall?.('', '');
      },
      fail: (message) => Object.assign(new Error(message), { name: 'Exception' }),
      newDate: (ms) => new Date(ms),
    };
    const g = globalThis as Record<string, unknown>;
    const services = this.servicesFor(ctx, seedUser.id, Error, opts.activeSpreadsheet ?? null);
    const saved = Object.keys(services).map((k) => [k, g[k]] as const);
    Object.assign(g, services);
    try {
      return work();
    } finally {
      for (const [k, v] of saved) g[k] = v;
      this.locks.releaseAll(id);
    }
  }

  /** The error `run` throws: the hook's own error as is, a Node-realm ExecutionTimeout, or an Error copy. */
  private outgoing(
    e: unknown,
    timeout: boolean,
    executionId: string,
    killedBy: { error: unknown } | null,
  ): ExecutionError {
    if (killedBy !== null && killedBy.error === e && e instanceof Error) {
      return Object.assign(e, { executionId });
    }
    if (timeout) return Object.assign(new ExecutionTimeout(), { executionId });
    if (e instanceof Error && !(e instanceof ExecutionTimeout) && Object.getPrototypeOf(e) === Error.prototype) {
      return Object.assign(e, { executionId });
    }
    const src = (e !== null && typeof e === 'object' ? e : {}) as Partial<Error>;
    const out = new Error(errorText(e)) as ExecutionError;
    Object.assign(out, src);
    out.name = typeof src.name === 'string' ? src.name : 'Error';
    if (typeof src.stack === 'string') out.stack = src.stack;
    out.cause = e;
    out.executionId = executionId;
    return out;
  }
}
