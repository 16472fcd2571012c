// The roster sync job in the user's properties: the sheet is the work list, so only cursors are stored (the
// checkpoint, under 9 KB) beside a few facts about the sheet and the pacing history. One sync per user at a time.
import type { SyncCheckpoint } from '../domain/sheet-job';
import type { SyncJob } from '../domain/sheet-sync';

export type { SyncJob };

const KEYS = { checkpoint: 'roster:cp', job: 'roster:job', cancel: 'roster:cancel' } as const;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

export function loadSyncJob(): SyncJob | null {
  const all = props().getProperties();
  const cp = all[KEYS.checkpoint];
  const rest = all[KEYS.job];
  if (cp === undefined || rest === undefined) return null;
  try {
    return { ...(JSON.parse(rest) as Omit<SyncJob, 'checkpoint'>), checkpoint: JSON.parse(cp) as SyncCheckpoint };
  } catch {
    return null;
  }
}

/** One write for both values: the checkpoint and the facts next to it never disagree. */
export function saveSyncJob(job: SyncJob): void {
  const { checkpoint, ...rest } = job;
  props().setProperties({ [KEYS.checkpoint]: JSON.stringify(checkpoint), [KEYS.job]: JSON.stringify(rest) });
}

export function deleteSyncJob(): void {
  const store = props();
  for (const key of Object.values(KEYS)) store.deleteProperty(key);
}

/** Cancelling writes a flag outside the lock, so it works even while a trigger run holds the lock. */
export function requestSyncCancel(): void {
  props().setProperty(KEYS.cancel, '1');
}

export function syncCancelRequested(): boolean {
  return props().getProperty(KEYS.cancel) === '1';
}
