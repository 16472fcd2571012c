// The preview server's HTTP contract, with a fake engine: routes, static files, and that bad input gets a 400 JSON
// answer (never a crash, never a call into the engine).
import { type RunningPreview, startPreview } from '@classroom-invitations/emulator';
import { request } from 'node:http';
import { FakeEngine } from './fake-engine';

let preview: RunningPreview;
let engine: FakeEngine;

beforeEach(async () => {
  engine = new FakeEngine();
  preview = await startPreview({ port: 0, engine });
});

afterEach(async () => {
  await preview.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(preview.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function get(path: string): Promise<{ status: number; json: any }> {
  const res = await fetch(preview.url + path);
  return { status: res.status, json: await res.json() };
}

test('listens on a random local port and reports its URL', () => {
  expect(preview.url).toMatch(/^http:\/\/localhost:\d+$/);
  expect(preview.url).not.toBe('http://localhost:0');
});

test('GET routes answer with the engine state, users, messages and drawer', async () => {
  const state = await get('/api/state');
  expect(state.status).toBe(200);
  expect(state.json.panel.stack[0].header.title).toBe('Fixture card');
  expect((await get('/api/users')).json.map((u: { id: string }) => u.id)).toEqual(['u-teacher', 'u-student']);
  expect((await get('/api/messages')).json[0].id).toBe('m-1');
  expect((await get('/api/drawer')).json.triggers[0].id).toBe('t-1');
});

test('an action carries the action JSON and the form values to the engine', async () => {
  const action = { function: 'onInvite', parameters: [{ key: 'courseId', value: 'c-1' }] };
  const res = await post('/api/action', { action, formValues: { emails: ['a@x.example'], role: ['STUDENT'] } });
  expect(res.status).toBe(200);
  expect(res.json.panel.notification).toBe('Invited 1 person');
  expect(engine.actions).toEqual([{ action, formValues: { emails: ['a@x.example'], role: ['STUDENT'] } }]);
});

test('open keeps unspecified parts of the selection', async () => {
  const res = await post('/api/open', { locale: 'fr' });
  expect(res.status).toBe(200);
  expect(res.json.selection).toEqual({ user: 'u-teacher', host: 'GMAIL', locale: 'fr' });
});

test.each([
  ['/api/action', 'not json', /not valid JSON/],
  ['/api/action', [], /JSON object/],
  ['/api/action', { action: { function: 'x; alert(1)' } }, /function name/],
  ['/api/action', { action: { function: 'ok', parameters: [{ key: 'a', value: 1 }] } }, /parameter/],
  ['/api/action', { action: { function: 'ok' }, formValues: { emails: 'a@x' } }, /list of strings/],
  ['/api/action', { action: { function: 'ok' }, formValues: { n: [1] } }, /list of strings/],
  ['/api/open', { host: 'MEET' }, /host/],
  ['/api/open', { locale: 'de' }, /locale/],
  ['/api/open', { user: 'nobody' }, /Unknown user/],
  ['/api/message', { messageId: 42 }, /messageId/],
  ['/api/universal', {}, /label/],
  ['/api/trigger/run', { id: 'nope' }, /No trigger/],
  ['/api/clock/advance', { ms: -5 }, /positive/],
  ['/api/clock/advance', { ms: 'soon' }, /positive/],
])('POST %s with %j → 400 with a message', async (path, body, message) => {
  const res = await post(path, body);
  expect(res.status).toBe(400);
  expect(res.json.error).toMatch(message);
  expect(engine.actions).toHaveLength(0);
});

test('unknown API routes are 404 and wrong methods 405', async () => {
  expect((await get('/api/nothing')).status).toBe(404);
  expect((await get('/api/action')).status).toBe(405);
});

test('a body over the size limit is refused with 413', async () => {
  const res = await post('/api/action', { action: { function: 'x' }, pad: 'x'.repeat(1_100_000) });
  expect(res.status).toBe(413);
});

test('serves the page and its scripts, and nothing outside public/', async () => {
  const page = await fetch(preview.url + '/');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  expect(await page.text()).toContain('render.js');
  expect((await fetch(preview.url + '/render.js')).headers.get('content-type')).toMatch(/javascript/);
  for (const path of ['/../server.ts', '/%2e%2e/server.ts', '/..%2f..%2fpackage.json', '/%E0%A4%A', '/missing.js']) {
    const res = await fetch(preview.url + path);
    expect([400, 404]).toContain(res.status);
  }
});

test('the engine throwing something unexpected becomes a 500 JSON answer and the server keeps serving', async () => {
  engine.drawer = () => {
    throw new Error('boom');
  };
  const res = await get('/api/drawer');
  expect(res.status).toBe(500);
  expect(res.json.error).toBe('boom');
  expect((await get('/api/state')).status).toBe(200);
});

/** A raw request, so the test can forge what a browser on another site would send (Host, Origin, Content-Type). */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<number> {
  const { port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('only the preview page itself drives the API', () => {
  const own = () => `localhost:${new URL(preview.url).port}`;
  const action = JSON.stringify({ action: { function: 'onInvite' }, formValues: {} });

  test('a same-origin JSON post is served, as is one from a client that sends no Origin (curl, tests)', async () => {
    const json = { 'content-type': 'application/json', host: own() };
    expect(
      await raw('POST', '/api/action', { ...json, origin: `http://${own()}`, 'sec-fetch-site': 'same-origin' }, action),
    ).toBe(200);
    expect(await raw('POST', '/api/action', json, action)).toBe(200);
    expect(engine.actions).toHaveLength(2);
  });

  test.each([
    [
      'a cross-site HTML form post',
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    ],
    ['a cross-site fetch sending JSON', { 'content-type': 'application/json', origin: 'https://evil.example' }],
    ['a fetch from another local port', { 'content-type': 'application/json', origin: 'http://localhost:1' }],
    ['a cross-site request without Origin', { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }],
    ['a same-origin post that is not JSON', { 'content-type': 'text/plain' }],
    ['a post without Content-Type', {}],
  ])('%s gets 403 and reaches no engine', async (_what, headers: Record<string, string>) => {
    expect(await raw('POST', '/api/action', { host: own(), ...headers }, action)).toBe(403);
    expect(engine.actions).toHaveLength(0);
  });

  test('a request addressed to another host name (DNS rebinding) gets 403, even a read', async () => {
    const json = { 'content-type': 'application/json' };
    expect(await raw('POST', '/api/action', { ...json, host: 'evil.example:80' }, action)).toBe(403);
    expect(await raw('GET', '/api/state', { host: `attacker.example:${new URL(preview.url).port}` })).toBe(403);
    expect(await raw('GET', '/api/state', { host: own() })).toBe(200);
    expect(engine.actions).toHaveLength(0);
  });
});
