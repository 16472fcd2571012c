// Classroom's REST API over the transport: single calls, calls side by side or in batches, list pages followed for
// several lists at once (one round trip per page depth instead of one per item), and profiles fetched in batches.
import { AppError, isAppError, isTransient, messageKeyFor, type ApiError, type Operation } from '../domain/errors';
import type { Invitation, Profile } from '../domain/types';
import { fits } from '../transport/deadline';
import { sendAll, type Endpoint, type PartRequest, type RetryPolicy } from '../transport/http';
import { fromRestBody, toInvitation, toProfile } from './mappers';
import { API_ROOT, deleteRequest, invitationPath, pagePath, profilePath, rosterPath } from './paths';

type Raw = Record<string, unknown>;

const CLASSROOM: Endpoint = { root: API_ROOT, retryable: (r) => isTransient(fromRestBody(r.status, r.body)) };

/** Sends Classroom requests, one response each, in order; transient failures retried within `policy`. */
export const send = (reqs: readonly PartRequest[], policy?: RetryPolicy) => sendAll(CLASSROOM, reqs, policy);

/** The AppError('CLASSROOM_API') carrying the normalised ApiError and the message key for `op`. */
export const apiFailure = (api: ApiError, op: Operation, params: Record<string, string> = {}): AppError =>
  new AppError('CLASSROOM_API', messageKeyFor(api, op), params, api);

/** One call: the answer's body, or its failure thrown as an AppError naming the fix for `op`. */
function call(op: Operation, req: PartRequest, params?: Record<string, string>): Raw {
  const [res] = send([req]);
  if (res && res.status >= 200 && res.status < 300) return (res.body ?? {}) as Raw;
  // No answer after every retry (Apps Script's fetch failed): Classroom is unavailable, not a bug.
  const api = res?.status ? fromRestBody(res.status, res.body) : { httpCode: 503, status: 'UNAVAILABLE', message: '' };
  throw apiFailure(api, op, params);
}

const get = (path: string): PartRequest => ({ method: 'GET', path });

export const getInvitation = (id: string): Invitation => toInvitation(call('get', get(invitationPath(id))));

export const acceptInvitation = (id: string) =>
  void call('accept', { method: 'POST', path: `${invitationPath(id)}:accept` });

export const deleteInvitation = (id: string) => void call('delete', deleteRequest(id));

/** Whether `userId` ('me' for the current user) teaches the course; Google answers 404 (or 403) when not. */
export function isTeacherOf(courseId: string, userId: string): boolean {
  try {
    call('course', get(rosterPath(courseId, 'teachers', userId)));
    return true;
  } catch (e) {
    const status = isAppError(e) ? e.cause.api?.status : undefined;
    if (status === 'NOT_FOUND' || status === 'PERMISSION_DENIED') return false;
    throw e;
  }
}

/** One profile by id, email or 'me'. Throws AppError (err.profile.notFound) when Google shows none. */
export const getProfile = (userId: string): Profile =>
  toProfile(call('profile', get(profilePath(userId)), { email: userId }), userId);

export interface ListResult {
  items: Raw[];
  error?: ApiError;
  nextPageToken: string; // With `onePage`: the token of the page after this one, '' on the last page
}

export interface ListQuery {
  path: string;
  field?: string; // The array key of a list response (invitations, courses, students, teachers); none for a get
  token?: string; // With `onePage`: the page to read ('' or absent: the first)
}

const pageRequest = (q: ListQuery) => get(q.field === undefined ? q.path : pagePath(q.path, q.token));

/** Every page of several lists, one round trip per page depth; with `onePage`, only the page at each query's token. */
export function listMany(queries: readonly ListQuery[], onePage = false): ListResult[] {
  let open = queries.map((q): ListQuery & { out: ListResult } => ({ ...q, out: { items: [], nextPageToken: '' } }));
  const results = open.map((q) => q.out);
  for (let depth = 0; open.length > 0; depth++) {
    if (depth > 0 && !fits(0)) {
      // Out of time for more pages: what is left is reported as not loaded, and the view says so.
      for (const q of open) q.out.error = { httpCode: 504, status: 'DEADLINE_EXCEEDED', message: 'not loaded in time' };
      break;
    }
    const responses = send(open.map(pageRequest));
    const next: typeof open = [];
    open.forEach((q, k) => {
      const res = responses[k];
      if (res?.status !== 200) {
        q.out.error = fromRestBody(res?.status ?? 0, res?.body);
        return;
      }
      const body = (res.body ?? {}) as Raw;
      // A single get's answer is its one item; a list's items are under its field.
      const page = q.field === undefined ? [body] : body[q.field];
      if (Array.isArray(page)) q.out.items.push(...(page as Raw[]));
      const token = typeof body.nextPageToken === 'string' ? body.nextPageToken : '';
      if (onePage) q.out.nextPageToken = token;
      else if (token) next.push({ ...q, token });
    });
    open = next;
  }
  return results;
}

// Profiles by id or email in batches of 50 (a ProfileFetcher); null where Google shows none. `lenient` (for a card):
// a lookup Google fails otherwise (quota, outage) is null too, so one person never fails the card (shown as an
// unknown person with their id, and not cached).
export function fetchProfilesBatched(ids: readonly string[], lenient = false): Map<string, Profile | null> {
  const responses = send(ids.map((id) => get(profilePath(id))));
  const out = new Map<string, Profile | null>();
  ids.forEach((id, i) => {
    const res = responses[i];
    if (res?.status === 200) out.set(id, toProfile(res.body as Raw, id));
    else if (lenient || res?.status === 403 || res?.status === 404) out.set(id, null);
    else throw apiFailure(fromRestBody(res?.status ?? 0, res?.body), 'profile', { email: id });
  });
  return out;
}

export const fetchProfilesLeniently = (ids: readonly string[]) => fetchProfilesBatched(ids, true);
