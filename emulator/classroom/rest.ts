// The Classroom REST and batch endpoints as UrlFetchApp reaches them. Pure routing: the caller (UrlFetchApp) owns
// round trips and passes the current one; each request or batch part becomes one ClassroomApi call.
import type { HttpRequest, HttpResponse, CallLogEntry } from '../types';
import type { ApiResult, CallArgs, ClassroomApi, ClassroomMethod } from './api';
import { ApiFailure, errorBody, invalidArgument, notFound, unauthenticated } from './errors';

const HOST = 'classroom.googleapis.com';
const MAX_BATCH_PARTS = 50;
const JSON_TYPE = 'application/json; charset=UTF-8';
const TOKEN_PREFIX = 'Bearer emu-token:';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export interface MultipartPart {
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function failure(f: ApiFailure): HttpResponse {
  return { status: f.httpCode, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(errorBody(f)) };
}

function jsonResponse(r: ApiResult): HttpResponse {
  return { status: r.status, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(r.body) };
}

function actorOf(headers: Record<string, string>): string | undefined {
  const auth = header(headers, 'Authorization');
  if (!auth?.startsWith(TOKEN_PREFIX)) return undefined;
  const user = auth.slice(TOKEN_PREFIX.length).trim();
  return user || undefined;
}

interface Route {
  method: ClassroomMethod;
  args: CallArgs;
}

const ROSTER_METHODS = {
  students: { list: 'courses.students.list', get: 'courses.students.get' },
  teachers: { list: 'courses.teachers.list', get: 'courses.teachers.get' },
} as const satisfies Record<string, Record<'list' | 'get', ClassroomMethod>>;

/** A path segment's value; a malformed %-escape is the client's error, not a crash of the emulator. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw invalidArgument('Invalid URL path encoding.');
  }
}

function queryObject(params: URLSearchParams): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    // Repeated parameters (courseStates=A&courseStates=B) are lists; `courseStates[]` is accepted too.
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    q[name] = name === 'courseStates' ? values : values[values.length - 1];
  }
  return q;
}

/** Maps METHOD + path to an API method, or undefined when no endpoint matches. */
function route(httpMethod: string, url: URL, payload: string | undefined): Route | undefined {
  const m = httpMethod.toUpperCase();
  const path = url.pathname;
  const query = queryObject(url.searchParams);
  const seg = (prefix: string): string | undefined => {
    if (!path.startsWith(prefix)) return undefined;
    const rest = path.slice(prefix.length);
    return rest && !rest.includes('/') ? decode(rest) : undefined;
  };
  if (path === '/v1/invitations') {
    if (m === 'POST') return { method: 'invitations.create', args: { body: parseJsonBody(payload) } };
    if (m === 'GET') return { method: 'invitations.list', args: { query } };
    return undefined;
  }
  const inv = seg('/v1/invitations/');
  if (inv !== undefined) {
    if (inv.endsWith(':accept')) {
      return m === 'POST' ? { method: 'invitations.accept', args: { id: inv.slice(0, -':accept'.length) } } : undefined;
    }
    if (m === 'GET') return { method: 'invitations.get', args: { id: inv } };
    if (m === 'DELETE') return { method: 'invitations.delete', args: { id: inv } };
    return undefined;
  }
  if (path === '/v1/courses') return m === 'GET' ? { method: 'courses.list', args: { query } } : undefined;
  const roster = /^\/v1\/courses\/([^/]+)\/(students|teachers)(?:\/([^/]+))?$/.exec(path);
  if (roster) {
    const [, courseId = '', kind, userId] = roster;
    if (m !== 'GET') return undefined;
    const methods = ROSTER_METHODS[kind === 'teachers' ? 'teachers' : 'students'];
    const args = { courseId: decode(courseId) };
    if (userId === undefined) return { method: methods.list, args: { ...args, query } };
    return { method: methods.get, args: { ...args, id: decode(userId) } };
  }
  const course = seg('/v1/courses/');
  if (course !== undefined) return m === 'GET' ? { method: 'courses.get', args: { id: course } } : undefined;
  const profile = seg('/v1/userProfiles/');
  if (profile !== undefined) return m === 'GET' ? { method: 'userProfiles.get', args: { id: profile } } : undefined;
  return undefined;
}

function parseJsonBody(payload: string | undefined): unknown {
  if (payload === undefined || payload.trim() === '') return {};
  try {
    return JSON.parse(payload);
  } catch {
    throw invalidArgument('Invalid JSON payload received.');
  }
}

function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw, `https://${HOST}`);
  } catch {
    return undefined;
  }
}

/** One REST request (not batch) as the given user. */
function single(
  api: ClassroomApi,
  actor: string | undefined,
  method: string,
  rawUrl: string,
  payload: string | undefined,
  via: CallLogEntry['via'],
  roundTrip: number,
): HttpResponse {
  const url = parseUrl(rawUrl);
  if (url?.host !== HOST) return failure(notFound('The requested URL was not found on this server.'));
  let r: Route | undefined;
  try {
    r = route(method, url, payload);
  } catch (e) {
    if (e instanceof ApiFailure) return failure(e);
    throw e;
  }
  if (!r) return failure(notFound('The requested URL was not found on this server.'));
  if (actor === undefined) return failure(unauthenticated());
  return jsonResponse(api.call(actor, r.method, r.args, via, roundTrip));
}

/** Serves one UrlFetchApp request to classroom.googleapis.com. */
export function handleHttp(
  api: ClassroomApi,
  req: HttpRequest,
  via: CallLogEntry['via'],
  roundTrip = api.roundTrips,
): HttpResponse {
  const url = parseUrl(req.url);
  if (url?.host === HOST && url.pathname === '/batch' && req.method.toUpperCase() === 'POST') {
    return handleBatch(api, req, roundTrip);
  }
  return single(api, actorOf(req.headers), req.method, req.url, req.payload, via, roundTrip);
}

function handleBatch(api: ClassroomApi, req: HttpRequest, roundTrip: number): HttpResponse {
  const outerActor = actorOf(req.headers);
  if (outerActor === undefined) return failure(unauthenticated());
  const type = req.contentType ?? header(req.headers, 'Content-Type') ?? '';
  const boundary = boundaryOf(type);
  if (!type.toLowerCase().startsWith('multipart/mixed') || !boundary) {
    return failure(invalidArgument('Batch requests must be multipart/mixed with a boundary.'));
  }
  const parts = parseMultipart(req.payload ?? '', boundary);
  if (parts.length === 0) return failure(invalidArgument('The batch request has no parts.'));
  if (parts.length > MAX_BATCH_PARTS) {
    return failure(invalidArgument(`A batch request cannot contain more than ${MAX_BATCH_PARTS} requests.`));
  }
  const replies: MultipartPart[] = parts.map((part, i) => {
    const inner = parseHttpMessage(part.body);
    const contentId = header(part.headers, 'Content-ID');
    let res: HttpResponse;
    if (!inner) {
      res = failure(invalidArgument('The batch part is not an HTTP request.'));
    } else if (!inner.path.startsWith('/')) {
      // Google's batch guide: each part's request line is path-only (`POST /v1/invitations HTTP/1.1`).
      res = failure(invalidArgument('A batch part request line must hold a path, not a full URL.'));
    } else if (inner.path === '/batch') {
      res = failure(invalidArgument('Nested batch requests are not allowed.'));
    } else {
      // Outer headers (Authorization) apply to every part unless the part sets its own.
      const actor = actorOf(inner.headers) ?? outerActor;
      res = single(api, actor, inner.method, inner.path, inner.body, 'batch', roundTrip);
    }
    return {
      headers: { 'content-type': 'application/http', 'content-id': responseContentId(contentId, i) },
      body: `HTTP/1.1 ${res.status} ${STATUS_TEXT[res.status] ?? 'Error'}\r\nContent-Type: ${JSON_TYPE}\r\n\r\n${res.body}`,
    };
  });
  const outBoundary = `batch_${Math.random().toString(36).slice(2, 14)}`;
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${outBoundary}` },
    body: buildMultipart(replies, outBoundary),
  };
}

/** Google answers `Content-ID: <response-ID>` for a request part `Content-ID: <ID>`. */
function responseContentId(requestId: string | undefined, index: number): string {
  if (!requestId) return `<response-${index + 1}>`;
  const bare = requestId.trim().replace(/^<(.*)>$/, '$1');
  return `<response-${bare}>`;
}

export function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

function splitHead(text: string): { head: string[]; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  const headText = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : '';
  return { head: headText.split(/\r?\n/), body };
}

function parseHeaders(lines: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

/** Parses a multipart/mixed body into parts (header names lower-cased). Preamble and epilogue are ignored. */
export function parseMultipart(body: string, boundary: string): MultipartPart[] {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  const parts: MultipartPart[] = [];
  // chunks[0] is the preamble; a chunk starting with "--" follows the closing delimiter.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    // The CRLF before a delimiter belongs to the delimiter, and the line after it ends the delimiter line.
    const text = chunk.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '');
    const { head, body: partBody } = splitHead(text);
    parts.push({ headers: parseHeaders(head.filter((l) => l !== '')), body: partBody });
  }
  return parts;
}

/** Builds a multipart/mixed body with CRLF line ends. */
export function buildMultipart(parts: MultipartPart[], boundary: string): string {
  let out = '';
  for (const p of parts) {
    out += `--${boundary}\r\n`;
    for (const [k, v] of Object.entries(p.headers)) out += `${canonicalHeader(k)}: ${v}\r\n`;
    out += `\r\n${p.body}\r\n`;
  }
  return `${out}--${boundary}--\r\n`;
}

function canonicalHeader(name: string): string {
  if (name.toLowerCase() === 'content-id') return 'Content-ID';
  return name.replace(/(^|-)([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export interface HttpMessage {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Parses an embedded HTTP request (`METHOD /path HTTP/1.1`, headers, blank line, body). */
export function parseHttpMessage(text: string): HttpMessage | undefined {
  const { head, body } = splitHead(text.replace(/^(\r?\n)+/, ''));
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/.exec(head[0]?.trim() ?? '');
  if (!m) return undefined;
  return { method: m[1] ?? 'GET', path: m[2] ?? '/', headers: parseHeaders(head.slice(1)), body };
}

/** Parses a batch response's parts into status and JSON body (helper for callers and tests). */
export function parseBatchResponse(res: HttpResponse): { contentId?: string; status: number; body: unknown }[] {
  const boundary = boundaryOf(header(res.headers, 'Content-Type') ?? '');
  if (!boundary) throw new Error('not a multipart response');
  return parseMultipart(res.body, boundary).map((p) => {
    const { head, body } = splitHead(p.body);
    const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
    const out: { contentId?: string; status: number; body: unknown } = { status, body: body ? JSON.parse(body) : {} };
    const cid = p.headers['content-id'];
    if (cid !== undefined) out.contentId = cid;
    return out;
  });
}
