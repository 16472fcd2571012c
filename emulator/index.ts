// One import for tests, the preview server and the benchmark: the runtime, its contracts and every service factory.
export { Emulator } from './runtime';
export type {
  EmulatorOptions,
  EmulatorState,
  ExecutionEntry,
  ExecutionError,
  ExecutionKind,
  ExecutionStatus,
  RunOptions,
  TriggerRun,
} from './runtime';
export { ExecutionTimeout, VirtualClock } from './clock';
export type * from './types';
export type * from './card-json';
export { ClassroomWorld } from './classroom/world';
export { ClassroomApi } from './classroom/api';
export { makeAdvancedClassroom } from './classroom/advanced';
export { handleHttp } from './classroom/rest';
export { makeCardService, toEntryResult } from './gas/card-service';
export { emptyServiceState, testContext } from './gas/context';
export type {
  ActingUser,
  CacheEntry,
  ManifestInfo,
  ServiceContext,
  ServiceState,
  ServiceStats,
  TriggerRecord,
} from './gas/context';
export { makePropertiesService, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './gas/properties';
export type { Properties } from './gas/properties';
export { liveEntries, makeCacheService } from './gas/cache';
export type { Cache } from './gas/cache';
export { LockTable, LOCK_TIMEOUT_MESSAGE, makeLockService } from './gas/lock';
export type { Lock } from './gas/lock';
export { formatDate, formatString, makeUtilities, seededUuid } from './gas/utilities';
export { makeSession } from './gas/session';
export { makeScriptApp, MAX_TRIGGERS_PER_USER } from './gas/script-app';
export type { Trigger } from './gas/script-app';
export { makeUrlFetchApp, urlAllowed } from './gas/url-fetch';
export type { FetchParams, HTTPResponse, UrlFetchDeps } from './gas/url-fetch';
export { makeGmailApp, messageAccessToken } from './gas/gmail';
export type { GmailMessage } from './gas/gmail';
export { makeConsole, makeLogger } from './gas/logger';
