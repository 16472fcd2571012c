// The Apps Script side: the generic runtime, the backend contract it takes from its caller, and each service's
// factory with the documented limits it enforces (for tests of one service against a test context).
export { AppsScriptRuntime } from './runtime';
export type {
  ExecutionEntry,
  ExecutionError,
  ExecutionKind,
  ExecutionStatus,
  RunOptions,
  RuntimeOptions,
  RuntimeStats,
  RuntimeState,
  TriggerRun,
} from './runtime';
export type { Account, GoogleBackend } from './backend';
export { emptyServiceState, testContext } from './context';
export type {
  ActingUser,
  CacheEntry,
  ManifestInfo,
  ServiceContext,
  ServiceState,
  ServiceStats,
  TriggerRecord,
} from './context';
export { makeCardService, MAX_SECTIONS, MAX_WIDGETS, toEntryResult } from './card-service';
export type { CardServiceFake } from './card-service';
export { MAX_MULTI_SELECT_ITEMS, MAX_SELECTION_ITEMS } from './card-widgets';
export { makePropertiesService, PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './properties';
export type { Properties } from './properties';
export { CACHE_MAX_ITEMS, liveEntries, makeCacheService } from './cache';
export type { Cache } from './cache';
export { LockTable, LOCK_TIMEOUT_MESSAGE, makeLockService } from './lock';
export type { Lock } from './lock';
export { formatDate, formatString, makeUtilities, seededUuid } from './utilities';
export { makeSession } from './session';
export {
  ADDON_FREQUENCY_MESSAGE,
  EVERY_MINUTES_MESSAGE,
  makeScriptApp,
  MAX_TRIGGERS_PER_USER,
  TOO_MANY_TRIGGERS_MESSAGE,
} from './script-app';
export type { Trigger } from './script-app';
export { makeUrlFetchApp, URL_FETCH_DAILY_QUOTA, urlAllowed } from './url-fetch';
export type { FetchParams, HTTPResponse, UrlFetchDeps, Via } from './url-fetch';
export { makeGmailApp, messageAccessToken } from './gmail';
export type { GmailMessage } from './gmail';
export { makeConsole, makeLogger } from './logger';
export { MAIL_DAILY_QUOTA, makeMailApp } from './mail';
export type { MailState, SentMail } from './mail';
export {
  emptySpreadsheetState,
  grantFileScope,
  makeSpreadsheetApp,
  seedSpreadsheet,
  SHEET_COST,
  SPREADSHEET_CELL_LIMIT,
  spreadsheetStats,
} from './spreadsheet';
export { handleSheetsHttp, parseA1, SHEETS_HOST } from './sheets-rest';
export type {
  EmulatedSpreadsheetApp,
  SheetCost,
  SheetRecord,
  SpreadsheetCallStats,
  SpreadsheetRecord,
  SpreadsheetSpec,
  SpreadsheetState,
  StoredCell,
} from './spreadsheet';
export { ComposeActionResponseBuilder, isComposeResponse, makeDraft } from './compose';
export type { GmailDraftFake } from './compose';
