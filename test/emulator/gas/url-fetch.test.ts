// UrlFetchApp: request building, the manifest allow-list, round trips (fetch, batch, fetchAll), errors and quota.
import {
  ClassroomApi,
  ClassroomWorld,
  emptyServiceState,
  handleHttp,
  type HttpRequest,
  type HttpResponse,
  makeUrlFetchApp,
  type ManifestInfo,
  testContext,
  URL_FETCH_DAILY_QUOTA,
  urlAllowed,
  type UrlFetchDeps,
  VirtualClock,
  type WorldSeed,
} from '@classroom-invitations/emulator';

const MANIFEST: ManifestInfo = {
  urlFetchWhitelist: ['https://classroom.googleapis.com/', 'https://*.example.com/api/'],
};

/** A fake server that records what it got and answers with a canned status. */
function fake(status = 200, body = '{"ok":true}') {
  const got: { req: HttpRequest; via: string; rt: number }[] = [];
  let rt = 0;
  const deps: UrlFetchDeps = {
    beginRoundTrip: () => ++rt,
    route: (req, via, roundTrip): HttpResponse | null => {
      got.push({ req, via, rt: roundTrip });
      return req.url.includes('unknown-host')
        ? null
        : { status, headers: { 'Content-Type': 'application/json' }, body };
    },
  };
  return { got, deps, roundTrips: () => rt };
}

function app(deps: UrlFetchDeps, manifest: ManifestInfo = MANIFEST) {
  const state = emptyServiceState();
  const ctx = testContext(new VirtualClock(), { state, manifest, user: { id: '9' } });
  return { state, ctx, fetchApp: makeUrlFetchApp(ctx, deps) };
}

describe('allow-list', () => {
  it('matches prefixes and leading-wildcard hosts', () => {
    const list = MANIFEST.urlFetchWhitelist!;
    expect(urlAllowed('https://classroom.googleapis.com/v1/courses', list)).toBe(true);
    expect(urlAllowed('https://classroom.googleapis.com.evil.test/', list)).toBe(false);
    expect(urlAllowed('https://a.b.example.com/api/x', list)).toBe(true);
    expect(urlAllowed('https://example.com/api/x', list)).toBe(false);
    expect(urlAllowed('https://a.example.com/other', list)).toBe(false);
  });

  it('refuses URLs outside the allow-list before sending anything', () => {
    const f = fake();
    expect(() => app(f.deps).fetchApp.fetch('https://evil.test/')).toThrow('urlFetchWhitelist');
    expect(() => app(f.deps, {}).fetchApp.fetch('https://classroom.googleapis.com/v1/courses')).toThrow(
      'urlFetchWhitelist',
    );
    expect(f.got).toEqual([]);
  });

  it('needs script.external_request when the manifest lists scopes', () => {
    const f = fake();
    const { fetchApp } = app(f.deps, { ...MANIFEST, oauthScopes: ['https://www.googleapis.com/auth/script.locale'] });
    expect(() => fetchApp.fetch('https://classroom.googleapis.com/v1/courses')).toThrow('script.external_request');
  });
});

describe('fetch', () => {
  it('builds the request: method, headers, JSON string payload and content type', () => {
    const f = fake();
    const res = app(f.deps).fetchApp.fetch('https://classroom.googleapis.com/v1/invitations', {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ a: 1 }),
      headers: { Authorization: 'Bearer t' },
    });
    expect(f.got[0]!.req).toEqual({
      url: 'https://classroom.googleapis.com/v1/invitations',
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      payload: '{"a":1}',
      contentType: 'application/json',
    });
    expect(f.got[0]!.via).toBe('rest');
    expect(res.getResponseCode()).toBe(200);
    expect(JSON.parse(res.getContentText())).toEqual({ ok: true });
    expect(res.getHeaders()).toEqual({ 'Content-Type': 'application/json' });
    expect(res.getBlob().getDataAsString()).toBe('{"ok":true}');
  });

  it('form-encodes an object payload and defaults to GET without a body', () => {
    const f = fake();
    const { fetchApp } = app(f.deps);
    fetchApp.fetch('https://classroom.googleapis.com/x', { method: 'post', payload: { a: 'b c', n: 1 } });
    expect(f.got[0]!.req).toMatchObject({ payload: 'a=b%20c&n=1', contentType: 'application/x-www-form-urlencoded' });
    fetchApp.fetch('https://classroom.googleapis.com/y');
    expect(f.got[1]!.req.method).toBe('GET');
    expect(f.got[1]!.req.payload).toBeUndefined();
  });

  it("throws Apps Script's error for a failing status unless muteHttpExceptions", () => {
    const f = fake(404, '{"error":{"code":404}}');
    const { fetchApp } = app(f.deps);
    expect(() => fetchApp.fetch('https://classroom.googleapis.com/v1/invitations/x')).toThrow(
      'Request failed for https://classroom.googleapis.com returned code 404. Truncated server response: {"error":{"code":404}}',
    );
    const res = fetchApp.fetch('https://classroom.googleapis.com/v1/invitations/x', { muteHttpExceptions: true });
    expect(res.getResponseCode()).toBe(404);
  });

  it('fails like a DNS error for a host with no emulated server', () => {
    const f = fake();
    expect(() => app(f.deps).fetchApp.fetch('https://unknown-host.example.com/api/x')).toThrow('Address unavailable');
  });

  it('uses one round trip per fetch and routes /batch as a batch', () => {
    const f = fake();
    const { fetchApp, state } = app(f.deps);
    fetchApp.fetch('https://classroom.googleapis.com/v1/courses');
    fetchApp.fetch('https://classroom.googleapis.com/batch', {
      method: 'post',
      payload: 'x',
      contentType: 'multipart/mixed; boundary=b',
    });
    expect(f.got.map((g) => [g.via, g.rt])).toEqual([
      ['rest', 1],
      ['batch', 2],
    ]);
    expect(state.stats['9']!.urlFetchCalls).toBe(2);
  });
});

describe('fetchAll', () => {
  it('sends every request in ONE round trip, in order, and throws after all were sent', () => {
    const f = fake();
    const { fetchApp, state } = app(f.deps);
    const res = fetchApp.fetchAll([
      'https://classroom.googleapis.com/v1/courses',
      { url: 'https://classroom.googleapis.com/v1/invitations', method: 'post', payload: '{}' },
    ]);
    expect(res.map((r) => r.getResponseCode())).toEqual([200, 200]);
    expect(f.got.map((g) => [g.req.url.slice(-7), g.via, g.rt])).toEqual([
      ['courses', 'fetchAll', 1],
      ['tations', 'fetchAll', 1],
    ]);
    expect(f.roundTrips()).toBe(1);
    expect(state.stats['9']!.urlFetchCalls).toBe(2);
    const failing = fake(500);
    expect(() =>
      app(failing.deps).fetchApp.fetchAll(['https://classroom.googleapis.com/a', 'https://classroom.googleapis.com/b']),
    ).toThrow('returned code 500');
    expect(failing.got).toHaveLength(2);
  });
});

describe('daily quota', () => {
  it('throws after 20,000 calls in 24 hours and resets after the window', () => {
    const f = fake();
    const { fetchApp, state, ctx } = app(f.deps);
    state.stats['9'] = {
      propertyReads: 0,
      propertyWrites: 0,
      cacheReads: 0,
      cacheWrites: 0,
      urlFetchCalls: 0,
      urlFetchWindowStart: ctx.clock.now(),
      urlFetchWindowCalls: URL_FETCH_DAILY_QUOTA - 1,
    };
    fetchApp.fetch('https://classroom.googleapis.com/v1/courses');
    expect(() => fetchApp.fetch('https://classroom.googleapis.com/v1/courses')).toThrow(
      'Service invoked too many times for one day: urlfetch.',
    );
    ctx.clock.advance(24 * 3600000);
    expect(() => fetchApp.fetch('https://classroom.googleapis.com/v1/courses')).not.toThrow();
  });
});

describe('with the emulated Classroom REST endpoints', () => {
  const seed: WorldSeed = {
    domain: 'school.test',
    trustedDomains: [],
    untrustedDomains: [],
    users: [{ id: '100', email: 't@school.test', name: { givenName: 'T', familyName: 'T', fullName: 'T T' } }],
    courses: [
      { id: '300', name: 'Algebra', ownerId: '100', courseState: 'ACTIVE', teachers: ['100'], students: [] },
      { id: '301', name: 'Biology', ownerId: '100', courseState: 'ACTIVE', teachers: ['100'], students: [] },
    ],
    invitations: [],
    messages: [],
  };

  it('carries a 2-part batch in one round trip, each part logged via batch', () => {
    const clock = new VirtualClock();
    const api = new ClassroomApi(new ClassroomWorld(seed), clock, { latencyMs: 150 });
    const ctx = testContext(clock, { manifest: MANIFEST, user: { id: '100' } });
    const fetchApp = makeUrlFetchApp(ctx, {
      beginRoundTrip: () => api.beginRoundTrip(),
      route: (req, via, rt) => handleHttp(api, req, via, rt),
    });
    const part = (id: string) =>
      `--b\r\nContent-Type: application/http\r\nContent-ID: <${id}>\r\n\r\nGET /v1/courses/${id} HTTP/1.1\r\n\r\n`;
    const t0 = clock.now();
    const res = fetchApp.fetch('https://classroom.googleapis.com/batch', {
      method: 'post',
      contentType: 'multipart/mixed; boundary=b',
      payload: `${part('300')}${part('301')}--b--\r\n`,
      headers: { Authorization: 'Bearer emu-token:100' },
    });
    expect(res.getResponseCode()).toBe(200);
    expect(res.getContentText()).toContain('Algebra');
    expect(res.getContentText()).toContain('Biology');
    expect(clock.now() - t0).toBe(150);
    expect(api.log.map((e) => [e.method, e.via, e.roundTrip])).toEqual([
      ['courses.get', 'batch', 1],
      ['courses.get', 'batch', 1],
    ]);
  });
});
