// REST routing, bearer-token auth and the multipart batch endpoint, as UrlFetchApp reaches them.
import {
  buildMultipart,
  ClassroomApi,
  ClassroomWorld,
  handleHttp,
  type HttpRequest,
  type MultipartPart,
  parseBatchResponse,
  parseHttpMessage,
  parseMultipart,
  VirtualClock,
} from '@classroom-invitations/emulator';
import { ID, smallSeed } from './fixtures';

const BASE = 'https://classroom.googleapis.com';
const auth = (user: string) => ({ Authorization: `Bearer emu-token:${user}` });

function setup() {
  const world = new ClassroomWorld(smallSeed());
  return { world, api: new ClassroomApi(world, new VirtualClock()) };
}

function send(api: ClassroomApi, method: string, path: string, payload?: unknown, user: string = ID.owner) {
  const req: HttpRequest = { url: BASE + path, method, headers: auth(user) };
  if (payload !== undefined) {
    req.payload = JSON.stringify(payload);
    req.contentType = 'application/json';
  }
  const res = handleHttp(api, req, 'rest', api.beginRoundTrip());
  return { status: res.status, body: JSON.parse(res.body) as Record<string, any>, headers: res.headers };
}

/** A batch body the way a client library writes it. */
function batchRequest(parts: { method: string; path: string; body?: unknown; id?: string }[], user = ID.owner) {
  const boundary = 'batch_client_boundary';
  const payload = buildMultipart(
    parts.map((p, i) => ({
      headers: { 'content-type': 'application/http', 'content-id': `<${p.id ?? `item${i}`}>` },
      body:
        `${p.method} ${p.path} HTTP/1.1\r\n` +
        (p.body === undefined ? '\r\n' : `Content-Type: application/json\r\n\r\n${JSON.stringify(p.body)}`),
    })),
    boundary,
  );
  const req: HttpRequest = {
    url: `${BASE}/batch`,
    method: 'post',
    headers: auth(user),
    contentType: `multipart/mixed; boundary=${boundary}`,
    payload,
  };
  return req;
}

describe('REST endpoints', () => {
  it('routes create, get, list, accept and delete', () => {
    const { api, world } = setup();
    const created = send(api, 'POST', '/v1/invitations', {
      userId: ID.newStudent,
      courseId: ID.course,
      role: 'STUDENT',
    });
    expect(created.status).toBe(200);
    expect(created.headers['Content-Type']).toMatch(/^application\/json/);
    const id = created.body.id as string;
    expect(send(api, 'GET', `/v1/invitations/${encodeURIComponent(id)}`).body).toEqual(created.body);
    expect(send(api, 'GET', `/v1/invitations?courseId=${ID.course}&pageSize=10`).body).toEqual({
      invitations: [created.body],
    });
    expect(send(api, 'GET', '/v1/invitations?userId=me', undefined, ID.newStudent).body.invitations).toHaveLength(1);
    expect(send(api, 'POST', `/v1/invitations/${id}:accept`, undefined, ID.newStudent)).toMatchObject({
      status: 200,
      body: {},
    });
    expect(world.course(ID.course)?.students).toContain(ID.newStudent);
    expect(send(api, 'DELETE', `/v1/invitations/${id}`).status).toBe(404);
    expect(api.log.map((e) => [e.method, e.via])).toEqual([
      ['invitations.create', 'rest'],
      ['invitations.get', 'rest'],
      ['invitations.list', 'rest'],
      ['invitations.list', 'rest'],
      ['invitations.accept', 'rest'],
      ['invitations.delete', 'rest'],
    ]);
  });

  it('routes courses and profiles, with repeated courseStates and encoded emails', () => {
    const { api } = setup();
    const listed = send(api, 'GET', '/v1/courses?teacherId=me&courseStates=ACTIVE&courseStates=ARCHIVED');
    expect(listed.body.courses.map((c: { id: string }) => c.id)).toEqual([ID.course, ID.archived]);
    expect(send(api, 'GET', `/v1/courses/${ID.course}`).body.name).toBe('Algebra');
    expect(send(api, 'GET', `/v1/userProfiles/${encodeURIComponent('nina.new@school.edu')}`).body.id).toBe(
      ID.newStudent,
    );
    expect(send(api, 'GET', '/v1/userProfiles/ghost%40school.edu').status).toBe(403);
  });

  it('answers 401 without a valid emulator token and 404 for unknown paths', () => {
    const { api } = setup();
    const noAuth = handleHttp(api, { url: `${BASE}/v1/courses`, method: 'GET', headers: {} }, 'rest');
    expect(noAuth.status).toBe(401);
    expect(JSON.parse(noAuth.body).error.status).toBe('UNAUTHENTICATED');
    const badAuth = { authorization: 'Bearer ya29.real-token' };
    expect(handleHttp(api, { url: `${BASE}/v1/courses`, method: 'GET', headers: badAuth }, 'rest').status).toBe(401);
    expect(send(api, 'GET', '/v1/courses', undefined, 'ghost').status).toBe(401);
    expect(send(api, 'GET', '/v1/nothing').status).toBe(404);
    expect(send(api, 'PATCH', '/v1/courses/1').status).toBe(404);
    expect(send(api, 'POST', '/v1/invitations', undefined).status).toBe(400);
  });

  it('rejects a malformed JSON body with INVALID_ARGUMENT', () => {
    const { api } = setup();
    const res = handleHttp(
      api,
      { url: `${BASE}/v1/invitations`, method: 'POST', headers: auth(ID.owner), payload: '{oops' },
      'rest',
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.status).toBe('INVALID_ARGUMENT');
  });
});

describe('multipart helpers', () => {
  it('round-trip parts, tolerating a preamble, LF line ends and an epilogue', () => {
    const parts: MultipartPart[] = [
      {
        headers: { 'content-type': 'application/http', 'content-id': '<a>' },
        body: 'GET /v1/courses HTTP/1.1\r\n\r\n',
      },
      { headers: { 'content-type': 'application/http' }, body: 'line1\r\nline2' },
    ];
    const built = buildMultipart(parts, 'XYZ');
    expect(built).toContain('Content-ID: <a>');
    expect(parseMultipart(`preamble\r\n${built}epilogue`, 'XYZ')).toEqual(parts);
    const lf = '--B\nContent-Type: application/http\n\nDELETE /v1/invitations/x HTTP/1.1\n\n\n--B--\n';
    const [only] = parseMultipart(lf, 'B');
    expect(only?.headers).toEqual({ 'content-type': 'application/http' });
    expect(parseHttpMessage(only!.body)).toEqual({
      method: 'DELETE',
      path: '/v1/invitations/x',
      headers: {},
      body: '',
    });
  });

  it('parses an embedded request with headers and a JSON body', () => {
    const msg = parseHttpMessage('POST /v1/invitations HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{"a":1}');
    expect(msg).toEqual({
      method: 'POST',
      path: '/v1/invitations',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(parseHttpMessage('not http')).toBeUndefined();
  });
});

describe('the batch endpoint', () => {
  it('runs 50 parts in one round trip and answers each in order with its Content-ID', () => {
    const { api, world } = setup();
    const users = Array.from({ length: 50 }, (_, i) =>
      world.addUser({ email: `b${i}@school.edu`, name: { givenName: 'B', familyName: `${i}`, fullName: `B ${i}` } }),
    );
    const req = batchRequest(
      users.map((u, i) => ({
        method: 'POST',
        path: '/v1/invitations',
        body: { userId: u.email, courseId: ID.course, role: 'STUDENT' },
        id: `inv${i}`,
      })),
    );
    const rt = api.beginRoundTrip();
    const res = handleHttp(api, req, 'rest', rt);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toMatch(/^multipart\/mixed; boundary=batch_\w+/);
    const replies = parseBatchResponse(res);
    expect(replies).toHaveLength(50);
    replies.forEach((r, i) => {
      expect(r.contentId).toBe(`<response-inv${i}>`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ userId: users[i]!.id, courseId: ID.course });
    });
    expect(world.allInvitations()).toHaveLength(50);
    expect(new Set(api.log.map((e) => `${e.via}/${e.roundTrip}`))).toEqual(new Set([`batch/${rt}`]));
    expect(api.requests).toBe(50);
  });

  it('refuses 51 parts as a whole, calling nothing', () => {
    const { api, world } = setup();
    const req = batchRequest(Array.from({ length: 51 }, () => ({ method: 'GET', path: `/v1/courses/${ID.course}` })));
    const res = handleHttp(api, req, 'rest');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.status).toBe('INVALID_ARGUMENT');
    expect(api.requests).toBe(0);
    expect(world.allInvitations()).toEqual([]);
  });

  it('refuses a part whose request line holds a full URL (Google wants path-only lines), calling nothing for it', () => {
    const { api } = setup();
    const req = batchRequest([
      { method: 'GET', path: `${BASE}/v1/courses/${ID.course}` },
      { method: 'GET', path: `/v1/courses/${ID.course}` },
    ]);
    const res = handleHttp(api, req, 'rest');
    expect(parseBatchResponse(res).map((x) => x.status)).toEqual([400, 200]);
    expect(api.requests).toBe(1);
  });

  it('reports per-part errors next to successes', () => {
    const { api } = setup();
    const req = batchRequest([
      {
        method: 'POST',
        path: '/v1/invitations',
        body: { userId: ID.newStudent, courseId: ID.course, role: 'STUDENT' },
      },
      {
        method: 'POST',
        path: '/v1/invitations',
        body: { userId: ID.newStudent, courseId: ID.course, role: 'STUDENT' },
      },
      {
        method: 'POST',
        path: '/v1/invitations',
        body: { userId: 'ulf@spam.example', courseId: ID.course, role: 'STUDENT' },
      },
      { method: 'GET', path: '/v1/courses/999' },
      { method: 'GET', path: '/v1/unknown' },
    ]);
    const replies = parseBatchResponse(handleHttp(api, req, 'rest'));
    expect(replies.map((r) => r.status)).toEqual([200, 409, 403, 404, 404]);
    expect((replies[2]!.body as { error: { message: string } }).error.message).toMatch(
      /^@CannotInviteUserInUntrustedDomain /,
    );
  });

  it('needs the outer token and a multipart body', () => {
    const { api } = setup();
    const req = batchRequest([{ method: 'GET', path: `/v1/courses/${ID.course}` }]);
    expect(handleHttp(api, { ...req, headers: {} }, 'rest').status).toBe(401);
    expect(handleHttp(api, { ...req, contentType: 'application/json' }, 'rest').status).toBe(400);
    const empty = { ...req, payload: '--batch_client_boundary--' };
    expect(handleHttp(api, empty, 'rest').status).toBe(400);
  });
});
