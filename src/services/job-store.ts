// Bulk jobs saved in the user's properties (per user, never script properties: those are shared by every user of a
// published add-on). A job is JSON split into chunks under the 9 KB value limit and written in one setProperties.
import type { Job } from '../domain/job';

const INDEX = 'jobs';
const PREFIX = 'job:';
/** Under the 9 KB (9,216 bytes) per-value limit, with room for multi-byte characters counted by utf8Length. */
const CHUNK_BYTES = 8_000;

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getUserProperties();
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character. */
export function splitUtf8(text: string, max = CHUNK_BYTES): string[] {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > max) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out;
}

function readIndex(all: Record<string, string>): string[] {
  try {
    const ids: unknown = JSON.parse(all[INDEX] ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function readJob(all: Record<string, string>, id: string): Job | null {
  const count = Number(all[`${PREFIX}${id}`] ?? NaN);
  if (!Number.isInteger(count) || count < 1) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const chunk = all[`${PREFIX}${id}:${i}`];
    if (chunk === undefined) return null; // torn write: treat as absent rather than guess
    text += chunk;
  }
  try {
    return JSON.parse(text) as Job;
  } catch {
    return null;
  }
}

export function listJobs(): Job[] {
  const all = props().getProperties();
  return readIndex(all).flatMap((id) => readJob(all, id) ?? []);
}

export function loadJob(id: string): Job | null {
  return readJob(props().getProperties(), id);
}

/** Saves the whole job in one write (the checkpoint); stale chunks of a longer earlier version are removed. */
export function saveJob(job: Job): void {
  const store = props();
  const all = store.getProperties();
  const chunks = splitUtf8(JSON.stringify(job));
  const values: Record<string, string> = { [`${PREFIX}${job.id}`]: String(chunks.length) };
  chunks.forEach((c, i) => (values[`${PREFIX}${job.id}:${i}`] = c));
  const ids = readIndex(all);
  if (!ids.includes(job.id)) values[INDEX] = JSON.stringify([...ids, job.id]);
  store.setProperties(values);
  const before = Number(all[`${PREFIX}${job.id}`] ?? 0);
  for (let i = chunks.length; i < before; i++) store.deleteProperty(`${PREFIX}${job.id}:${i}`);
}

export function deleteJob(id: string): void {
  const store = props();
  const all = store.getProperties();
  const count = Number(all[`${PREFIX}${id}`] ?? 0);
  store.setProperty(INDEX, JSON.stringify(readIndex(all).filter((x) => x !== id)));
  store.deleteProperty(`${PREFIX}${id}`);
  store.deleteProperty(`${PREFIX}${id}:cancel`);
  for (let i = 0; i < count; i++) store.deleteProperty(`${PREFIX}${id}:${i}`);
}

/** Cancelling writes a flag outside the lock, so it works even while a trigger run holds the lock. */
export function requestCancel(id: string): void {
  props().setProperty(`${PREFIX}${id}:cancel`, '1');
}

export function cancelRequested(id: string): boolean {
  return props().getProperty(`${PREFIX}${id}:cancel`) === '1';
}
