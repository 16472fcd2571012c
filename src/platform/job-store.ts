// Bulk jobs saved in the user's properties (per user, never script properties: those are shared by every user of a
// published add-on). The addresses are written once; the state (one letter per address, failures, pacing) is the
// checkpoint, rewritten after every batch. Both are split into chunks under the 9 KB value limit.
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

function readChunks(all: Record<string, string>, countKey: string, chunkKey: (i: number) => string): string | null {
  const count = Number(all[countKey] ?? NaN);
  if (!Number.isInteger(count) || count < 1) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const chunk = all[chunkKey(i)];
    if (chunk === undefined) return null; // torn write: treat as absent rather than guess
    text += chunk;
  }
  return text;
}

const stateKey = (id: string) => `${PREFIX}${id}`;
const stateChunk = (id: string) => (i: number) => `${PREFIX}${id}:${i}`;
const emailsKey = (id: string) => `${PREFIX}${id}:emails`;
const emailsChunk = (id: string) => (i: number) => `${PREFIX}${id}:e:${i}`;

function readJob(all: Record<string, string>, id: string): Job | null {
  const state = readChunks(all, stateKey(id), stateChunk(id));
  const emails = readChunks(all, emailsKey(id), emailsChunk(id));
  if (state === null || emails === null) return null;
  try {
    const job = { ...(JSON.parse(state) as Omit<Job, 'emails'>), emails: emails ? emails.split('\n') : [] };
    return job.states.length === job.emails.length ? job : null;
  } catch {
    return null;
  }
}

export function newJobId(): string {
  return Utilities.getUuid();
}

export function listJobs(): Job[] {
  const all = props().getProperties();
  return readIndex(all).flatMap((id) => readJob(all, id) ?? []);
}

export function loadJob(id: string): Job | null {
  return readJob(props().getProperties(), id);
}

function chunked(
  values: Record<string, string>,
  countKey: string,
  chunkKey: (i: number) => string,
  text: string,
): void {
  const chunks = splitUtf8(text);
  values[countKey] = String(chunks.length);
  chunks.forEach((c, i) => (values[chunkKey(i)] = c));
}

/** Saves the job in one write: the checkpoint. The addresses go only with the first save (they never change). */
export function saveJob(job: Job): void {
  const store = props();
  const all = store.getProperties();
  const { emails, ...state } = job;
  const values: Record<string, string> = {};
  chunked(values, stateKey(job.id), stateChunk(job.id), JSON.stringify(state));
  if (all[emailsKey(job.id)] === undefined) chunked(values, emailsKey(job.id), emailsChunk(job.id), emails.join('\n'));
  const ids = readIndex(all);
  if (!ids.includes(job.id)) values[INDEX] = JSON.stringify([...ids, job.id]);
  store.setProperties(values);
  const before = Number(all[stateKey(job.id)] ?? 0);
  for (let i = Number(values[stateKey(job.id)]); i < before; i++) store.deleteProperty(stateChunk(job.id)(i));
}

export function deleteJob(id: string): void {
  const store = props();
  const all = store.getProperties();
  store.setProperty(INDEX, JSON.stringify(readIndex(all).filter((x) => x !== id)));
  for (const key of Object.keys(all))
    if (key === stateKey(id) || key.startsWith(`${PREFIX}${id}:`)) store.deleteProperty(key);
}

/** Cancelling writes a flag outside the lock, so it works even while a trigger run holds the lock. */
export function requestCancel(id: string): void {
  props().setProperty(`${PREFIX}${id}:cancel`, '1');
}

export function cancelRequested(id: string): boolean {
  return props().getProperty(`${PREFIX}${id}:cancel`) === '1';
}
