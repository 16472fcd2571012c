// HTTP over UrlFetchApp, knowing no API: independent calls side by side with fetchAll, and many calls in one round
// trip with batch requests (multipart/mixed, at most 50 parts each). Only failed parts are retried, with bounded
// backoff; which failures are worth retrying is the caller's call (it knows the API's error shapes). Every request
// first takes its place in the user's shared budget (budget.ts); answers are read as UTF-8 whatever the headers say.
import { MAX_RESERVATION } from '../domain/pacer';
import { maxWaitNow, reserve } from './budget';
import { fits } from './deadline';

// The multipart/mixed format of Google batch requests (https://developers.google.com/classroom/best-practices/batch):
// pure text building and parsing, so the batch transport is tested byte for byte.
export interface PartRequest {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  path: string; // Path and query only, e.g. /v1/invitations?courseId=1 (the batch endpoint's host applies)
  body?: unknown;
}

export type PartResponse = { status: number; body: unknown };

export const MAX_BATCH_PARTS = 50; // Google allows at most 50 calls in one batch request

const CRLF = '\r\n';

export function buildBatchBody(parts: readonly PartRequest[], boundary: string): string {
  if (parts.length === 0 || parts.length > MAX_BATCH_PARTS) throw new RangeError(`batch of ${parts.length} parts`);
  const chunks = parts.map((part, i) =>
    [
      `--${boundary}`,
      'Content-Type: application/http',
      `Content-ID: <item${i + 1}>`,
      '',
      `${part.method} ${part.path} HTTP/1.1`,
      ...(part.body === undefined
        ? ['', '']
        : ['Content-Type: application/json; charset=UTF-8', '', JSON.stringify(part.body)]),
    ].join(CRLF),
  );
  return `${chunks.join(CRLF)}${CRLF}--${boundary}--`;
}

export const boundaryOf = (contentType: string): string | undefined => /boundary="?([^";]+)"?/i.exec(contentType)?.[1];

function splitHead(text: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}

/** A JSON answer; one that is not JSON reads as a 502 error body carrying its start. */
function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) return {};
  try {
    return JSON.parse(trimmed);
  } catch {
    return { error: { code: 502, message: trimmed.slice(0, 200) } };
  }
}

/** One result per request, in order (by Content-ID when present); a missing part is status 0, so it is retried. */
export function parseBatchResponse(body: string, contentType: string, count: number): PartResponse[] {
  const out: PartResponse[] = Array.from({ length: count }, () => ({ status: 0, body: {} }));
  const boundary = boundaryOf(contentType);
  if (!boundary) return out;
  const parts = body.split(`--${boundary}`).slice(1);
  parts.forEach((raw, position) => {
    if (raw.startsWith('--')) return; // closing delimiter
    const [outerHead, http] = splitHead(raw.replace(/^\r?\n/, ''));
    const id = /Content-ID:\s*<?response-item(\d+)>?/i.exec(outerHead)?.[1];
    const index = id ? Number(id) - 1 : position;
    const [statusHead, payload] = splitHead(http);
    const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(statusHead.trim())?.[1] ?? 0);
    if (index >= 0 && index < count) out[index] = { status, body: parseJson(payload) };
  });
  return out;
}

// Truncated exponential backoff with full jitter, as Google advises for 429/5xx: pure, so it is tested exactly.
export interface RetryPolicy {
  maxTries: number; // Attempts in all, the first included
  maxTotalMs: number; // No retry starts once this much time has passed since the first attempt
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxTries: 5, maxTotalMs: 20_000, baseMs: 500, capMs: 8_000 };

/** Delay before retry number `attempt` (1 = first retry); `random` in [0, 1). Never below half the exponential step. */
export function backoffDelay(attempt: number, random: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (step / 2) * random);
}

/** Whether another attempt may start, given attempts made so far and the time spent. */
export const mayRetry = (attemptsMade: number, elapsedMs: number, nextDelayMs: number, policy = DEFAULT_RETRY) =>
  attemptsMade < policy.maxTries && elapsedMs + nextDelayMs <= policy.maxTotalMs;

/** Where the requests go and which answers are worth sending again. */
export interface Endpoint {
  root: string; // e.g. https://classroom.googleapis.com: part paths are relative to it, batches go to its /batch
  retryable(response: PartResponse): boolean;
}

type Fetch = GoogleAppsScript.URL_Fetch.URLFetchRequest;

// One request alone, or a group of them as one batch request (`n` keeps the boundaries of a round trip apart).
function fetchOf(root: string, group: PartRequest[], batch: boolean, n: number, headers: Fetch['headers']): Fetch {
  const [req] = group;
  if (!batch && req) {
    const method = req.method.toLowerCase() as GoogleAppsScript.URL_Fetch.HttpMethod;
    const body = req.body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(req.body) };
    return { url: root + req.path, method, headers, muteHttpExceptions: true, ...body };
  }
  const boundary = `ci_batch_${n}_${Math.random().toString(36).slice(2, 10)}`;
  const contentType = `multipart/mixed; boundary=${boundary}`;
  const payload = buildBatchBody(group, boundary);
  return { url: `${root}/batch`, method: 'post', headers, contentType, payload, muteHttpExceptions: true };
}

const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const MAX_BUDGET_WAIT_MS = 15_000; // Longest a round trip waits for room in the budget (never past the deadline)

/** One round trip: every request at once, singly when there are few, else in batches of 50, all in parallel. */
function roundTrip(root: string, reqs: readonly PartRequest[]): PartResponse[] {
  if (!reserve(reqs.length, maxWaitNow(MAX_BUDGET_WAIT_MS))) {
    // Held back by the add-on itself: the reason says so, so it is never blamed on Classroom (domain/errors.ts).
    const error = { code: 429, status: 'UNAVAILABLE', message: '@AddonBudget the add-on is pacing its own requests' };
    return reqs.map(() => ({ status: 429, body: { error } }));
  }
  const headers = { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` };
  const useBatch = reqs.length > 3;
  const groups = useBatch ? chunks(reqs, MAX_BATCH_PARTS) : reqs.map((r) => [r]);
  const fetches = groups.map((group, i) => fetchOf(root, group, useBatch, i, headers));
  const [only] = fetches;
  let responses: GoogleAppsScript.URL_Fetch.HTTPResponse[];
  try {
    responses = fetches.length === 1 && only ? [UrlFetchApp.fetch(only.url, only)] : UrlFetchApp.fetchAll(fetches);
  } catch (e) {
    // Apps Script's own failures ("Address unavailable", "Empty response", "Service invoked too many times…") are
    // Exceptions without an HTTP answer: the requests may not have been sent, so they read as missing (status 0,
    // retried). A bug (TypeError…) or the execution being stopped is thrown on.
    if (!(e instanceof Error && e.name === 'Exception')) throw e;
    return reqs.map(() => ({ status: 0, body: {} }));
  }
  return responses.flatMap((res, i): PartResponse[] => {
    const group = groups[i] ?? [];
    const status = res.getResponseCode();
    // Names are UTF-8 on the wire; without the charset Apps Script may decode them another way.
    const text = res.getContentText('UTF-8');
    if (!useBatch || status !== 200) return group.map(() => ({ status, body: parseJson(text) }));
    const headers = res.getHeaders() as Record<string, unknown>;
    const type = headers['Content-Type'] ?? headers['content-type'];
    return parseBatchResponse(text, typeof type === 'string' ? type : '', group.length);
  });
}

// Sends every request and returns one response each, in order, in round trips no larger than one budget
// reservation. Parts that fail transiently (429, 5xx, missing from the batch answer) are sent again (only them)
// with backoff, within the retry policy's bounds; what still fails is returned as it failed, never dropped.
export function sendAll(endpoint: Endpoint, reqs: readonly PartRequest[], policy = DEFAULT_RETRY) {
  const sendOnce = (some: readonly PartRequest[]) =>
    chunks(some, MAX_RESERVATION).flatMap((part) => roundTrip(endpoint.root, part));
  const results = sendOnce(reqs);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const pending = results.flatMap((r, i) => (r.status === 0 || endpoint.retryable(r) ? [i] : []));
    const delay = backoffDelay(attempt, Math.random(), policy);
    // A retry must also fit the execution's deadline: a click answers in time, a run saves before it is killed.
    if (pending.length === 0 || !mayRetry(attempt, Date.now() - started, delay, policy) || !fits(delay)) return results;
    Utilities.sleep(delay);
    const again = sendOnce(pending.map((i) => reqs[i] as PartRequest));
    pending.forEach((index, k) => {
      results[index] = again[k] as PartResponse;
    });
  }
}
