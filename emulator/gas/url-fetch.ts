// UrlFetchApp: requests routed to the emulated Classroom REST endpoints, and to the Sheets API v4 (sheets-rest.ts)
// on the runtime's spreadsheets. One fetch (or one /batch fetch) is one round trip; fetchAll sends its requests in
// parallel, so the whole group is one round trip.
import type { HttpRequest, HttpResponse } from '../types';
import { makeBlob, type Blob } from './utilities';
import { requireScope, statsFor, type ServiceContext } from './context';
import { handleSheetsHttp, SHEETS_HOST } from './sheets-rest';
import { SHEET_COST } from './spreadsheet';

export const URL_FETCH_DAILY_QUOTA = 20000;
const DAY = 24 * 3600000;

export type Via = 'rest' | 'batch' | 'fetchAll';

export interface UrlFetchDeps {
  /** Starts one HTTP round trip (advances the clock by the latency) and returns its sequence number. */
  beginRoundTrip(): number;
  /** Answers a request, or returns null when no emulated server lives at that host. */
  route(req: HttpRequest, via: Via, roundTrip: number): HttpResponse | null;
  /** An Apps Script exception to throw instead of this round trip (fault injection), or null. */
  serviceFault?(): string | null;
}

export interface FetchParams {
  url?: string;
  method?: string;
  headers?: Record<string, unknown>;
  payload?: string | Record<string, unknown>;
  contentType?: string;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

export interface HTTPResponse {
  getResponseCode(): number;
  getContentText(charset?: string): string;
  getContent(): number[];
  getHeaders(): Record<string, string>;
  getAllHeaders(): Record<string, string>;
  getBlob(): Blob;
  getAs(contentType: string): Blob;
}

/** Allow-list entries are https URL prefixes; a leading `*.` in the host matches any subdomain. */
export function urlAllowed(url: string, allowlist: readonly string[]): boolean {
  return allowlist.some((entry) => {
    if (!entry.includes('*.')) return url.startsWith(entry);
    const re = new RegExp(
      '^' +
        entry
          .split('*.')
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('(?:[a-z0-9-]+\\.)+'),
      'i',
    );
    return re.test(url);
  });
}

function formEncode(payload: Record<string, unknown>): string {
  return Object.entries(payload)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

function makeResponse(res: HttpResponse): HTTPResponse {
  const body = Buffer.from(res.body, 'utf8');
  const contentType = Object.entries(res.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? null;
  // Apps Script decodes with the charset asked for, else the Content-Type's, else ISO-8859-1: a multipart answer
  // (no charset in its type) read without one garbles every non-ASCII name.
  const declared = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1];
  const decode = (charset?: string): string => {
    const name = (charset ?? declared ?? 'ISO-8859-1').toLowerCase();
    return name === 'utf-8' || name === 'utf8' ? body.toString('utf8') : body.toString('latin1');
  };
  return {
    getResponseCode: () => res.status,
    getContentText: (charset?: string) => decode(charset),
    getContent: () => makeBlob(body).getBytes(),
    getHeaders: () => ({ ...res.headers }),
    getAllHeaders: () => ({ ...res.headers }),
    getBlob: () => makeBlob(body, contentType),
    getAs: (type: string) => makeBlob(body, type),
  };
}

export function makeUrlFetchApp(ctx: ServiceContext, deps: UrlFetchDeps) {
  const allowlist = ctx.manifest.urlFetchWhitelist ?? [];

  /** Turns (url, params) into the request UrlFetchApp would send; validates before anything is sent. */
  const prepare = (url: unknown, params: FetchParams = {}): { req: HttpRequest; mute: boolean } => {
    requireScope(ctx, 'UrlFetchApp.fetch', ['script.external_request']);
    if (typeof url !== 'string' || url === '') throw ctx.fail('Invalid argument: url');
    if (!/^https?:\/\//i.test(url)) throw ctx.fail(`Invalid argument: ${url}`);
    // A versioned add-on deployment may only reach the manifest's allow-listed prefixes.
    if (!urlAllowed(url, allowlist)) {
      throw ctx.fail(`UrlFetch calls to ${url} are not permitted by the manifest's urlFetchWhitelist.`);
    }
    const method = (params.method ?? 'get').toLowerCase();
    if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) throw ctx.fail(`Invalid argument: method`);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    let payload: string | undefined;
    let contentType = params.contentType;
    if (params.payload !== undefined && params.payload !== null) {
      if (typeof params.payload === 'string') payload = params.payload;
      else {
        payload = formEncode(params.payload);
        contentType ??= 'application/x-www-form-urlencoded';
      }
      contentType ??= 'application/x-www-form-urlencoded';
    }
    const headerType = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
    if (contentType !== undefined && headerType === undefined) headers['Content-Type'] = contentType;
    else if (contentType === undefined && headerType !== undefined) contentType = headers[headerType];
    const req: HttpRequest = { url, method: method.toUpperCase(), headers };
    if (payload !== undefined) req.payload = payload;
    if (contentType !== undefined) req.contentType = contentType;
    return { req, mute: params.muteHttpExceptions === true };
  };

  /** Daily quota (per user, 24 h after the first call) and the call counter. */
  const count = (n: number) => {
    const s = statsFor(ctx.state, ctx.user.id);
    const now = ctx.clock.now();
    if (now - s.urlFetchWindowStart >= DAY) {
      s.urlFetchWindowStart = now;
      s.urlFetchWindowCalls = 0;
    }
    if (s.urlFetchWindowCalls + n > URL_FETCH_DAILY_QUOTA)
      throw ctx.fail('Service invoked too many times for one day: urlfetch.');
    s.urlFetchWindowCalls += n;
    s.urlFetchCalls += n;
  };

  const isSheets = (url: string) => /^https:\/\/([^/?#]+)/.exec(url)?.[1] === SHEETS_HOST;
  const sheets = (req: HttpRequest): HttpResponse =>
    handleSheetsHttp(ctx.state.sheets, req, ctx.manifest.oauthScopes, SHEET_COST, (ms) => {
      ctx.clock.advance(Math.round(ms));
    });

  const send = (req: HttpRequest, via: Via, roundTrip: number): HttpResponse => {
    if (isSheets(req.url)) return sheets(req);
    const res = deps.route(req, via, roundTrip);
    if (res === null) throw ctx.fail(`Address unavailable: ${req.url}`);
    return res;
  };

  const check = (req: HttpRequest, res: HttpResponse, mute: boolean): HTTPResponse => {
    if (res.status >= 400 && !mute) {
      const origin = new URL(req.url).origin;
      const text = res.body.length > 1000 ? `${res.body.slice(0, 1000)}...` : res.body;
      throw ctx.fail(
        `Request failed for ${origin} returned code ${res.status}. Truncated server response: ${text} ` +
          '(use muteHttpExceptions option to examine full response)',
      );
    }
    return makeResponse(res);
  };

  const isBatch = (url: string) => /^https:\/\/[^/]+\/batch(?:[/?]|$)/.test(url);

  return {
    fetch(url: string, params?: FetchParams): HTTPResponse {
      const { req, mute } = prepare(url, params);
      count(1);
      // The Sheets API charges its own cost on the clock; Classroom's round-trip counter stays Classroom's.
      if (isSheets(req.url)) return check(req, sheets(req), mute);
      const rt = deps.beginRoundTrip();
      const fault = deps.serviceFault?.() ?? null;
      if (fault !== null) throw ctx.fail(fault);
      return check(req, send(req, isBatch(req.url) ? 'batch' : 'rest', rt), mute);
    },
    fetchAll(requests: (string | FetchParams)[]): HTTPResponse[] {
      if (!Array.isArray(requests)) throw ctx.fail('Invalid argument: requests');
      const prepared = requests.map((r) => (typeof r === 'string' ? prepare(r) : prepare(r.url, r)));
      count(prepared.length);
      const rt = deps.beginRoundTrip();
      const fault = deps.serviceFault?.() ?? null;
      if (fault !== null) throw ctx.fail(fault);
      const answers = prepared.map(({ req }) => send(req, isBatch(req.url) ? 'batch' : 'fetchAll', rt));
      return prepared.map(({ req, mute }, i) => check(req, answers[i]!, mute));
    },
    getRequest(url: string, params?: FetchParams): HttpRequest {
      return prepare(url, params).req;
    },
  };
}
