// The sheet sync job in the user's properties: the checkpoint (cursors, under 9 KB), the job's facts, and the
// approval the user confirmed (written once, cut into values under the 9 KB limit). Values are checked on read:
// anything malformed reads as no job. One sync per user at a time.
import { splitUtf8 } from '../domain/compact-text';
import type { SyncCheckpoint } from '../domain/sheet-job';
import type { Approval } from '../domain/sheet-plan';
import type { SyncJob } from '../domain/sheet-sync';

const KEYS = { checkpoint: 'sync:cp', job: 'sync:job', cancel: 'sync:cancel', approval: 'sync:ap' } as const;
const CHUNK = 8_000;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parse(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function isCheckpoint(v: unknown): v is SyncCheckpoint {
  return (
    isObject(v) && v.v === 1 && typeof v.cursor === 'number' && typeof v.lastRow === 'number' && isObject(v.counts)
  );
}

function isJob(v: unknown): v is Omit<SyncJob, 'checkpoint'> {
  return (
    isObject(v) &&
    typeof v.title === 'string' &&
    typeof v.withdrawn === 'number' &&
    typeof v.toWithdraw === 'number' &&
    typeof v.intents === 'string' &&
    typeof v.locale === 'string' &&
    typeof v.timeZone === 'string'
  );
}

function isApproval(v: unknown): v is Approval {
  return (
    isObject(v) &&
    isObject(v.columns) &&
    typeof v.lastRow === 'number' &&
    Array.isArray(v.blocks) &&
    isObject(v.groups) &&
    isObject(v.pending) &&
    isObject(v.refs) &&
    Array.isArray(v.withdraw)
  );
}

export function loadSyncJob(): SyncJob | null {
  const all = props().getProperties();
  const cp = parse(all[KEYS.checkpoint]);
  const rest = parse(all[KEYS.job]);
  return isCheckpoint(cp) && isJob(rest) ? { ...rest, checkpoint: cp } : null;
}

/** One write for both values: the checkpoint and the facts next to it never disagree. */
export function saveSyncJob(job: SyncJob): void {
  const { checkpoint, ...rest } = job;
  props().setProperties({ [KEYS.checkpoint]: JSON.stringify(checkpoint), [KEYS.job]: JSON.stringify(rest) });
}

/** A new job with its approval, in one setProperties call. */
export function startSyncJob(job: SyncJob, approval: Approval): void {
  const chunks = splitUtf8(JSON.stringify(approval), CHUNK);
  const values: Record<string, string> = { [KEYS.approval]: String(chunks.length) };
  chunks.forEach((c, i) => (values[`${KEYS.approval}:${i}`] = c));
  const { checkpoint, ...rest } = job;
  values[KEYS.checkpoint] = JSON.stringify(checkpoint);
  values[KEYS.job] = JSON.stringify(rest);
  props().deleteProperty(KEYS.cancel);
  props().setProperties(values);
}

export function loadApproval(): Approval | null {
  const all = props().getProperties();
  const n = Number(all[KEYS.approval]);
  if (!Number.isInteger(n) || n < 1) return null;
  let text = '';
  for (let i = 0; i < n; i++) text += all[`${KEYS.approval}:${i}`] ?? '';
  const value = parse(text);
  return isApproval(value) ? value : null;
}

export function deleteSyncJob(): void {
  const store = props();
  for (const key of Object.keys(store.getProperties())) if (key.startsWith('sync:')) store.deleteProperty(key);
}

/** Cancelling writes a flag outside the lock, so it works even while a trigger run holds the lock. */
export function requestSyncCancel(): void {
  props().setProperty(KEYS.cancel, '1');
}

export function syncCancelRequested(): boolean {
  return props().getProperty(KEYS.cancel) === '1';
}
