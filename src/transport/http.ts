// HTTP over UrlFetchApp, knowing no API: independent calls side by side with fetchAll, and many calls in one round
// trip with batch requests (multipart/mixed, at most 50 parts each). Only failed parts are retried, with bounded
// backoff; which failures are worth retrying is the caller's call (it knows the API's error shapes). Every request
// first takes its place in the user's shared budget (budget.ts); answers are read as UTF-8 whatever the headers say.
import { MAX_RESERVATION } from '../domain/pacer';
import { backoffDelay, DEFAULT_RETRY, mayRetry, type RetryPolicy } from './backoff';
import { maxWaitNow, reserve } from './budget';
import { fits } from './deadline';
import {
  buildBatchBody,
  MAX_BATCH_PARTS,
  parseBatchResponse,
  parseJson,
  type PartRequest,
  type PartResponse,
} from './multipart';

export type { PartRequest, PartResponse };

/** Where the requests go and which answers are worth sending again. */
export interface Endpoint {
  /** e.g. https://classroom.googleapis.com: part paths are relative to it, batches go to its /batch. */
  root: string;
  retryable(response: PartResponse): boolean;
}

type Fetch = GoogleAppsScript.URL_Fetch.URLFetchRequest;

function single(root: string, req: PartRequest, headers: Record<string, string>): Fetch {
  return {
    url: root + req.path,
    method: req.method.toLowerCase() as GoogleAppsScript.URL_Fetch.HttpMethod,
    headers,
    muteHttpExceptions: true,
    ...(req.body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(req.body) }),
  };
}

function batchOf(root: string, parts: readonly PartRequest[], headers: Record<string, string>, n: number): Fetch {
  const boundary = `ci_batch_${n}_${Math.random().toString(36).slice(2, 10)}`;
  return {
    url: `${root}/batch`,
    method: 'post',
    headers,
    contentType: `multipart/mixed; boundary=${boundary}`,
    payload: buildBatchBody(parts, boundary),
    muteHttpExceptions: true,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Longest a round trip waits for room in the budget (and never past the execution's deadline). */
const MAX_BUDGET_WAIT_MS = 15_000;

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
  const fetches = groups.map((g, i) =>
    useBatch ? batchOf(root, g, headers, i) : single(root, g[0] as PartRequest, headers),
  );
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

/**
 * Sends every request and returns one response each, in order, in round trips no larger than one budget
 * reservation. Parts that fail transiently (429, 5xx, missing from the batch answer) are sent again (only them)
 * with backoff, within the retry policy's bounds; what still fails is returned as it failed, never dropped.
 */
export function sendAll(
  endpoint: Endpoint,
  reqs: readonly PartRequest[],
  policy: RetryPolicy = DEFAULT_RETRY,
): PartResponse[] {
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
