// Classroom's REST API over the transport: calls side by side or in batches, list pages followed for several lists
// at once (one round trip per page depth instead of one per item), and profiles fetched in batches.
import type { ApiError } from '../domain/errors';
import { isTransient } from '../domain/errors';
import type { Profile } from '../domain/types';
import type { RetryPolicy } from '../transport/backoff';
import { sendAll, type Endpoint, type PartRequest, type PartResponse } from '../transport/http';
import { fromRestBody } from './api-error';
import { toProfile } from './mappers';
import { API_ROOT, PAGE_SIZE, profilePath, query } from './paths';
import { apiFailure } from './retry';
import { fits } from '../transport/deadline';

type Raw = Record<string, unknown>;

const CLASSROOM: Endpoint = {
  root: API_ROOT,
  retryable: (r) => isTransient(fromRestBody(r.status, r.body)),
};

let sentThisExecution = 0;

/** Classroom requests this execution has sent so far (first sends): what a paced job must count as its own. */
export function requestsSent(): number {
  return sentThisExecution;
}

/** Sends Classroom requests, one response each, in order; transient failures retried within `policy`. */
export function send(reqs: readonly PartRequest[], policy?: RetryPolicy): PartResponse[] {
  sentThisExecution += reqs.length;
  return sendAll(CLASSROOM, reqs, policy);
}

export interface ListResult<T> {
  items: T[];
  error?: ApiError;
}

export interface ListQuery {
  path: string;
  /** The array key of a list response (invitations, courses, students, teachers); absent for a single get. */
  field?: string;
}

/**
 * Lists every page of several list calls at once. Pages of all queries are fetched together, so N courses cost one
 * round trip per page depth.
 */
export function listMany(queries: readonly ListQuery[]): ListResult<Raw>[] {
  const results: ListResult<Raw>[] = queries.map(() => ({ items: [] }));
  let open = queries.map((q, index) => ({ index, path: q.path, field: q.field, token: '' }));
  while (open.length > 0) {
    if (open.some((q) => q.token) && !fits(0)) {
      // Out of time for more pages: what is left is reported as not loaded, and the view says so.
      for (const q of open) {
        const target = results[q.index];
        if (target) target.error = { httpCode: 504, status: 'DEADLINE_EXCEEDED', message: 'not loaded in time' };
      }
      break;
    }
    const responses = send(open.map(pageRequest));
    const next: typeof open = [];
    open.forEach((q, k) => {
      const res = responses[k];
      const target = results[q.index];
      if (!res || !target) return;
      if (res.status !== 200) {
        target.error = fromRestBody(res.status, res.body);
        return;
      }
      const body = (res.body ?? {}) as Raw;
      if (q.field === undefined) {
        target.items.push(body);
        return;
      }
      const page = body[q.field];
      if (Array.isArray(page)) target.items.push(...(page as Raw[]));
      if (typeof body.nextPageToken === 'string' && body.nextPageToken) next.push({ ...q, token: body.nextPageToken });
    });
    open = next;
  }
  return results;
}

function pageRequest(q: ListQuery & { token?: string }): PartRequest {
  if (q.field === undefined) return { method: 'GET', path: q.path };
  const page = query({ pageSize: PAGE_SIZE, pageToken: q.token || undefined }).slice(1);
  return { method: 'GET', path: q.path + (q.path.includes('?') ? '&' : '?') + page };
}

export interface PageResult extends ListResult<Raw> {
  /** '' on the last page. */
  nextPageToken: string;
}

/** One page of each list (from its `token`; the first page without), all in one round trip: a card pays for what it shows. */
export function listOnePage(queries: readonly (ListQuery & { token?: string })[]): PageResult[] {
  const responses = send(queries.map(pageRequest));
  return queries.map((q, k) => {
    const res = responses[k];
    if (!res || res.status !== 200)
      return { items: [], nextPageToken: '', error: fromRestBody(res?.status ?? 0, res?.body) };
    const body = (res.body ?? {}) as Raw;
    if (q.field === undefined) return { items: [body], nextPageToken: '' };
    const page = body[q.field];
    const token = typeof body.nextPageToken === 'string' ? body.nextPageToken : '';
    return { items: Array.isArray(page) ? (page as Raw[]) : [], nextPageToken: token };
  });
}

/**
 * Profiles for a card: like fetchProfilesBatched, but a lookup Google refuses or fails (quota, outage) is null too,
 * so one person never fails the card (shown as an unknown person with their id, and not cached).
 */
export function fetchProfilesLeniently(ids: readonly string[]): Map<string, Profile | null> {
  const responses = send(ids.map((id) => ({ method: 'GET', path: profilePath(id) })));
  const out = new Map<string, Profile | null>();
  ids.forEach((id, i) => {
    const res = responses[i];
    out.set(id, res?.status === 200 ? toProfile(res.body as GoogleAppsScript.Classroom.Schema.UserProfile, id) : null);
  });
  return out;
}

/** Profiles by id or email in batches of 50 (a ProfileFetcher); null where Google shows none. */
export function fetchProfilesBatched(ids: readonly string[]): Map<string, Profile | null> {
  const responses = send(ids.map((id) => ({ method: 'GET', path: profilePath(id) })));
  const out = new Map<string, Profile | null>();
  ids.forEach((id, i) => {
    const res = responses[i];
    if (res?.status === 200) out.set(id, toProfile(res.body as GoogleAppsScript.Classroom.Schema.UserProfile, id));
    else if (res && (res.status === 403 || res.status === 404)) out.set(id, null);
    else throw apiFailure(fromRestBody(res?.status ?? 0, res?.body), 'profile', { email: id });
  });
  return out;
}
