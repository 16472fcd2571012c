// HTTP over UrlFetchApp, knowing no API: independent calls side by side with fetchAll, and many calls in one round
// trip with batch requests (multipart/mixed, at most 50 parts each). Only failed parts are retried, with bounded
// backoff; which failures are worth retrying is the caller's call (it knows the API's error shapes).
import { backoffDelay, DEFAULT_RETRY, mayRetry, type RetryPolicy } from './backoff';
import { buildBatchBody, MAX_BATCH_PARTS, parseBatchResponse, type PartRequest, type PartResponse } from './multipart';

export type { PartRequest, PartResponse };

/** Where the requests go and which answers are worth sending again. */
export interface Endpoint {
  /** e.g. https://classroom.googleapis.com: part paths are relative to it, batches go to its /batch. */
  root: string;
  retryable(response: PartResponse): boolean;
}

type Fetch = GoogleAppsScript.URL_Fetch.URLFetchRequest;

function authHeaders(): Record<string, string> {
  return { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` };
}

function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return { error: { code: 502, message: text.slice(0, 200) } };
  }
}

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

/** One round trip: every request at once, singly when there are few, else in batches of 50, all in parallel. */
function sendOnce(root: string, reqs: readonly PartRequest[]): PartResponse[] {
  if (reqs.length === 0) return [];
  const headers = authHeaders();
  const useBatch = reqs.length > 3;
  const groups = useBatch ? chunks(reqs, MAX_BATCH_PARTS) : reqs.map((r) => [r]);
  const fetches = groups.map((g, i) =>
    useBatch ? batchOf(root, g, headers, i) : single(root, g[0] as PartRequest, headers),
  );
  const [only] = fetches;
  const responses = fetches.length === 1 && only ? [UrlFetchApp.fetch(only.url, only)] : UrlFetchApp.fetchAll(fetches);
  return responses.flatMap((res, i): PartResponse[] => {
    const group = groups[i] ?? [];
    const status = res.getResponseCode();
    if (!useBatch) return [{ status, body: parseBody(res.getContentText()) }];
    if (status !== 200) return group.map(() => ({ status, body: parseBody(res.getContentText()) }));
    const headers = res.getHeaders() as Record<string, unknown>;
    const type = headers['Content-Type'] ?? headers['content-type'];
    return parseBatchResponse(res.getContentText(), typeof type === 'string' ? type : '', group.length);
  });
}

/**
 * Sends every request and returns one response each, in order. Parts that fail transiently (429, 5xx, missing from
 * the batch answer) are sent again (only them) with backoff, within the retry policy's bounds; what still fails is
 * returned as it failed, never dropped.
 */
export function sendAll(
  endpoint: Endpoint,
  reqs: readonly PartRequest[],
  policy: RetryPolicy = DEFAULT_RETRY,
): PartResponse[] {
  const results = sendOnce(endpoint.root, reqs);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const pending = results.flatMap((r, i) => (r.status === 0 || endpoint.retryable(r) ? [i] : []));
    const delay = backoffDelay(attempt, Math.random(), policy);
    if (pending.length === 0 || !mayRetry(attempt, Date.now() - started, delay, policy)) return results;
    Utilities.sleep(delay);
    const again = sendOnce(
      endpoint.root,
      pending.map((i) => reqs[i] as PartRequest),
    );
    pending.forEach((index, k) => {
      results[index] = again[k] as PartResponse;
    });
  }
}
