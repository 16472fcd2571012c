// What every emulated Apps Script service receives: the persisted service state, the acting user and the running
// execution (its clock, logs, kill switch and the script realm's constructors).
import type { VirtualClock } from '../clock';
import type { SpreadsheetState } from './spreadsheet';

/** A cache entry; `seq` orders entries for the 1,000-item eviction. */
export interface CacheEntry {
  value: string;
  expiresAt: number;
  seq: number;
}

/** An installed time-driven trigger. `everyMs` null = one-shot (after/at); `nextRunAt` null = spent one-shot. */
export interface TriggerRecord {
  id: string;
  user: string;
  handler: string;
  everyMs: number | null;
  nextRunAt: number | null;
  createdAt: number;
}

/** Per-user counters for the developer drawer and the daily quotas. */
export interface ServiceStats {
  propertyReads: number;
  propertyWrites: number;
  cacheReads: number;
  cacheWrites: number;
  urlFetchCalls: number;
  /** Start of the current 24-hour URL Fetch quota window (Apps Script resets 24 h after the first request). */
  urlFetchWindowStart: number;
  urlFetchWindowCalls: number;
}

/** Everything the services persist between executions (JSON-safe). */
export interface ServiceState {
  properties: { script: Record<string, string>; user: Record<string, Record<string, string>> };
  caches: { script: Record<string, CacheEntry>; user: Record<string, Record<string, CacheEntry>> };
  triggers: TriggerRecord[];
  counters: { trigger: number; uuid: number; cacheSeq: number; execution: number };
  stats: Record<string, ServiceStats>;
  uuidSeed: number;
  /** The spreadsheets the editor can open, the drive.file grants and the per-user call counts. */
  sheets: SpreadsheetState;
}

export function emptyServiceState(uuidSeed = 1): ServiceState {
  return {
    properties: { script: {}, user: {} },
    caches: { script: {}, user: {} },
    triggers: [],
    counters: { trigger: 0, uuid: 0, cacheSeq: 0, execution: 0 },
    stats: {},
    uuidSeed,
    sheets: { spreadsheets: {}, activeId: null, fileScope: {}, stats: {} },
  };
}

export interface ActingUser {
  id: string;
  email: string;
  locale: string;
}

/** The parts of appsscript.json the services read. */
export interface ManifestInfo {
  timeZone?: string;
  oauthScopes?: string[];
  urlFetchWhitelist?: string[];
  addOns?: unknown;
}

export interface ServiceContext {
  readonly executionId: string;
  readonly user: ActingUser;
  readonly clock: VirtualClock;
  readonly state: ServiceState;
  readonly manifest: ManifestInfo;
  /** Log lines of this execution (Logger and console). */
  readonly logs: string[];
  /** Called at the start of every service method: enforces kills/deadline and reports to the test hook. */
  enter(service: string, method: string): void;
  /** An Error of the script's realm, named 'Exception' like Apps Script's service errors. */
  fail(message: string): Error;
  /** A Date of the script's realm, so `instanceof Date` holds inside the bundle. */
  newDate(ms: number): Date;
}

/** Own-property helpers: keys are user data ("__proto__" must stay an ordinary key). */
export function getOwn<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deleteOwn(obj: Record<string, unknown>, key: string): void {
  Reflect.deleteProperty(obj, key);
}

export function statsFor(state: ServiceState, userId: string): ServiceStats {
  let s = getOwn(state.stats, userId);
  if (!s) {
    s = {
      propertyReads: 0,
      propertyWrites: 0,
      cacheReads: 0,
      cacheWrites: 0,
      urlFetchCalls: 0,
      urlFetchWindowStart: 0,
      urlFetchWindowCalls: 0,
    };
    setOwn(state.stats, userId, s);
  }
  return s;
}

/**
 * Throws Apps Script's missing-scope error when the manifest lists oauthScopes (explicit scopes switch off
 * automatic detection) and none of `scopes` is among them.
 */
export function requireScope(ctx: ServiceContext, what: string, scopes: string[]): void {
  const declared = ctx.manifest.oauthScopes;
  if (!declared) return;
  const full = scopes.map((s) => (s.startsWith('https://') ? s : `https://www.googleapis.com/auth/${s}`));
  if (full.some((s) => declared.includes(s))) return;
  throw ctx.fail(`Specified permissions are not sufficient to call ${what}. Required permissions: ${full[0]!}`);
}

/** A standalone context for unit tests of a single service (no realm, no hook). */
export function testContext(
  clock: VirtualClock,
  opts: { state?: ServiceState; user?: Partial<ActingUser>; manifest?: ManifestInfo; executionId?: string } = {},
): ServiceContext {
  return {
    executionId: opts.executionId ?? 'exec-test',
    user: { id: '1', email: 'user@example.com', locale: 'en', ...opts.user },
    clock,
    state: opts.state ?? emptyServiceState(),
    manifest: opts.manifest ?? {},
    logs: [],
    enter: () => {
      clock.checkDeadline();
    },
    fail: (message) => Object.assign(new Error(message), { name: 'Exception' }),
    newDate: (ms) => new Date(ms),
  };
}
