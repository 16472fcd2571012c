// The runtime runs a hand-written bundle folder: fresh scope per execution, globals, virtual Date, the 6-minute
// kill, locks released at the end, triggers, state round trip, Classroom and CardService from the bundle.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, type EmulatorState, ExecutionTimeout, type WorldSeed } from '@classroom-invitations/emulator';

const BUNDLE = `
var counter = 0;
function bump() { counter++; return counter; }
function globalsPresent() {
  return ['Classroom', 'CardService', 'PropertiesService', 'CacheService', 'LockService', 'Utilities', 'Session',
    'ScriptApp', 'UrlFetchApp', 'GmailApp', 'Logger', 'console'].filter(function (n) { return typeof globalThis[n] !== 'object'; });
}
function dates() {
  var d = new Date();
  return { now: Date.now(), made: d.getTime(), isDate: d instanceof Date, parsed: new Date(0).getTime(), text: typeof Date() };
}
function sleepy() {
  var lock = LockService.getUserLock();
  lock.waitLock(1000);
  PropertiesService.getUserProperties().setProperty('started', 'yes');
  for (;;) Utilities.sleep(60000);
}
function swallowTimeout() {
  try { for (;;) Utilities.sleep(60000); } catch (e) { return 'caught'; }
}
function remember(e) {
  PropertiesService.getUserProperties().setProperty('who', Session.getActiveUser().getEmail());
  PropertiesService.getUserProperties().setProperty('event', JSON.stringify(e));
  CacheService.getUserCache().put('k', 'v', 60);
  console.log('remembered', 42);
  return 'ok';
}
function boom() { throw new Error('bundle says no'); }
function serviceError() { return PropertiesService.getUserProperties().setProperty('big', 'x'.repeat(10000)); }
function catchServiceError() {
  try { CacheService.getUserCache().put('x'.repeat(300), 'v'); } catch (e) { return e instanceof Error && e.message; }
}
function install() {
  return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId();
}
function tick(e) {
  var p = PropertiesService.getUserProperties();
  p.setProperty('ticks', String(Number(p.getProperty('ticks') || '0') + 1));
  p.setProperty('lastUid', e.triggerUid);
}
function withLock() {
  var lock = LockService.getScriptLock();
  var got = lock.tryLock(5000);
  Logger.log('first got %s', got);
  PropertiesService.getScriptProperties().setProperty('inside', 'yes');
  return got;
}
function secondLock() {
  return LockService.getScriptLock().tryLock(5000);
}
function swallow() {
  try { PropertiesService.getUserProperties().setProperty('a', '1'); } catch (e) { /* ignore */ }
  return 'swallowed';
}
function listCourses() {
  var res = Classroom.Courses.list({});
  return (res.courses || []).map(function (c) { return c.name; });
}
function classroomError() {
  try { Classroom.Invitations.get('nope'); } catch (e) { return { isError: e instanceof Error, message: e.message }; }
}
function homepage(e) {
  var title = e.commonEventObject.userLocale;
  return CardService.newCardBuilder()
    .setHeader(CardService.newCardHeader().setTitle('Hello ' + title))
    .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('x')))
    .build();
}
function notACard() { return { hello: 1 }; }
function restFetch() {
  var res = UrlFetchApp.fetch('https://classroom.googleapis.com/v1/courses', {
    headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() }, muteHttpExceptions: true });
  return { code: res.getResponseCode(), names: (JSON.parse(res.getContentText()).courses || []).map(function (c) { return c.name; }) };
}
`;

const MANIFEST = {
  timeZone: 'Etc/UTC',
  urlFetchWhitelist: ['https://classroom.googleapis.com/'],
  addOns: { common: { name: 'Test' } },
};

const SEED: WorldSeed = {
  domain: 'school.test',
  trustedDomains: [],
  untrustedDomains: [],
  users: [
    { id: '100', email: 'teacher@school.test', name: { givenName: 'Tea', familyName: 'Cher', fullName: 'Tea Cher' } },
    { id: '200', email: 'student@school.test', name: { givenName: 'Stu', familyName: 'Dent', fullName: 'Stu Dent' } },
  ],
  courses: [
    { id: '300', name: 'Algebra', ownerId: '100', courseState: 'ACTIVE', teachers: ['100'], students: ['200'] },
  ],
  invitations: [],
  messages: [],
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-runtime-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(MANIFEST));
  // A file gas-local must not load (the filter keeps Code.js only).
  writeFileSync(join(dir, 'other.js'), 'throw new Error("other.js must not load");');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const make = (extra: Partial<ConstructorParameters<typeof Emulator>[0]> = {}) =>
  new Emulator({ seed: SEED, bundleDir: dir, latencyMs: 100, ...extra });
const trigger = { kind: 'trigger' } as const;

describe('executions', () => {
  it('gives every execution a fresh global scope', () => {
    const emu = make();
    expect(emu.run('bump', {}, '100', trigger)).toBe(1);
    expect(emu.run('bump', {}, '100', trigger)).toBe(1);
  });

  it('provides every service global', () => {
    expect(make().run('globalsPresent', {}, '100', trigger)).toEqual([]);
  });

  it('gives the script a Date that reads the virtual clock', () => {
    const emu = make();
    emu.clock.advance(12345);
    const d = emu.run('dates', {}, '100', trigger) as Record<string, unknown>;
    expect(d).toEqual({ now: emu.clock.now(), made: emu.clock.now(), isDate: true, parsed: 0, text: 'string' });
  });

  it('resolves users by id or email and rejects unknown ones', () => {
    const emu = make();
    expect(emu.run('remember', {}, 'Student@School.test', trigger)).toBe('ok');
    expect(emu.userProperties('200').who).toBe('student@school.test');
    expect(() => emu.run('remember', {}, 'nobody@school.test', trigger)).toThrow('Unknown user');
  });

  it('passes the event, persists properties and cache, and records the execution with its logs', () => {
    const emu = make();
    emu.run('remember', { a: [1, 2] }, '100', trigger);
    expect(JSON.parse(emu.userProperties('100').event!)).toEqual({ a: [1, 2] });
    expect(emu.userCache('100')).toEqual({ k: 'v' });
    emu.clock.advance(61000);
    expect(emu.userCache('100')).toEqual({});
    const entry = emu.executions.at(-1)!;
    expect(entry).toMatchObject({ fn: 'remember', user: '100', kind: 'trigger', status: 'ok' });
    expect(entry.logs).toEqual(['remembered 42']);
  });

  it("throws Apps Script's error for a missing function", () => {
    const emu = make();
    expect(() => emu.run('nope', {}, '100')).toThrow('Script function not found: nope');
    expect(emu.executions.at(-1)).toMatchObject({ fn: 'nope', status: 'error' });
  });

  it("propagates the bundle's error message with the execution id", () => {
    const emu = make();
    let caught: unknown;
    try {
      emu.run('boom', {}, '100', trigger);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe('bundle says no');
    const executionId = (caught as { executionId?: string }).executionId;
    expect(executionId).toBe(emu.executions.at(-1)!.id);
    expect(emu.executions.at(-1)).toMatchObject({ status: 'error', error: 'bundle says no' });
  });

  it('throws service errors of the script realm, which the bundle can recognise with instanceof Error', () => {
    const emu = make();
    expect(() => emu.run('serviceError', {}, '100', trigger)).toThrow('Argument too large: value');
    expect(emu.run('catchServiceError', {}, '100', trigger)).toBe('Argument too large: key');
  });
});

describe('the 6-minute and 30-second limits', () => {
  it('kills a sleeping loop with ExecutionTimeout and releases its lock', () => {
    const emu = make();
    const start = emu.clock.now();
    expect(() => emu.run('sleepy', {}, '100', trigger)).toThrow(ExecutionTimeout);
    expect(emu.clock.now() - start).toBeGreaterThan(360000);
    expect(emu.clock.now() - start).toBeLessThanOrEqual(360000 + 60000);
    expect(emu.executions.at(-1)).toMatchObject({ status: 'timeout', error: 'Exceeded maximum execution time' });
    expect(emu.userProperties('100').started).toBe('yes');
    expect(emu.locks.held()).toEqual({});
    expect(emu.clock.deadline).toBeNull();
  });

  it('still fails an execution that caught the timeout', () => {
    const emu = make();
    expect(() => emu.run('swallowTimeout', {}, '100', trigger)).toThrow(ExecutionTimeout);
    expect(emu.executions.at(-1)!.status).toBe('timeout');
  });

  it('kills a card callback at 30 s of virtual time, and nothing after that point runs', () => {
    const emu = make();
    const start = emu.clock.now();
    expect(() => emu.run('sleepy', {}, '100')).toThrow(ExecutionTimeout);
    expect(emu.clock.now() - start).toBeGreaterThan(30000);
    expect(emu.clock.now() - start).toBeLessThanOrEqual(90000);
    expect(emu.executions.at(-1)).toMatchObject({ kind: 'ui', status: 'timeout' });
    const relaxed = make({ cardActionLimitMs: 360000 });
    const t0 = relaxed.clock.now();
    expect(() => relaxed.run('sleepy', {}, '100')).toThrow(ExecutionTimeout);
    expect(relaxed.clock.now() - t0).toBeGreaterThan(360000);
  });

  it('honours a custom limit', () => {
    const emu = make({ executionLimitMs: 30000 });
    const start = emu.clock.now();
    expect(() => emu.run('sleepy', {}, '100', trigger)).toThrow(ExecutionTimeout);
    expect(emu.clock.now() - start).toBeLessThanOrEqual(90000);
  });
});

describe('the service-call hook', () => {
  it('kills an execution at a chosen call, even if the bundle catches the error', () => {
    const emu = make();
    const kill = new Error('killed by test');
    emu.onServiceCall = (service, method) => {
      if (service === 'Properties' && method === 'setProperty') throw kill;
    };
    expect(() => emu.run('swallow', {}, '100', trigger)).toThrow(kill);
    expect(emu.userProperties('100')).toEqual({});
    expect(emu.executions.at(-1)!.status).toBe('error');
  });

  it('reports top-level and nested service calls', () => {
    const emu = make();
    const calls: string[] = [];
    emu.onServiceCall = (s, m) => calls.push(`${s}.${m}`);
    emu.run('remember', {}, '100', trigger);
    expect(calls).toEqual(
      expect.arrayContaining([
        'PropertiesService.getUserProperties',
        'Properties.setProperty',
        'Session.getActiveUser',
        'CacheService.getUserCache',
        'Cache.put',
      ]),
    );
  });

  it('lets a concurrent execution see a held lock, wait on the virtual clock and fail', () => {
    const emu = make();
    let inner: unknown = 'not run';
    let before = 0;
    let after = 0;
    emu.onServiceCall = (service, method) => {
      if (service === 'Properties' && method === 'setProperty' && inner === 'not run') {
        inner = 'running';
        before = emu.clock.now();
        inner = emu.run('secondLock', {}, '200', trigger);
        after = emu.clock.now();
      }
    };
    expect(emu.run('withLock', {}, '100', trigger)).toBe(true);
    expect(inner).toBe(false);
    expect(after - before).toBe(5000);
    expect(emu.scriptProperties().inside).toBe('yes');
    expect(emu.locks.held()).toEqual({});
    // Once the first execution ended, its lock is free again.
    emu.onServiceCall = undefined;
    expect(emu.run('secondLock', {}, '200', trigger)).toBe(true);
  });
});

describe('triggers', () => {
  it('installs a trigger, fires it when due and reschedules it', () => {
    const emu = make();
    const id = emu.run('install', {}, '100', trigger) as string;
    expect(emu.triggers).toEqual([expect.objectContaining({ id, user: '100', handler: 'tick', everyMs: 3600000 })]);
    expect(emu.runDueTriggers()).toEqual([]);
    emu.clock.advance(3600000);
    const runs = emu.runDueTriggers();
    expect(runs).toEqual([expect.objectContaining({ triggerId: id, status: 'ok' })]);
    expect(emu.userProperties('100')).toMatchObject({ ticks: '1', lastUid: id });
    expect(emu.triggers[0]!.nextRunAt).toBeGreaterThan(emu.clock.now());
    expect(emu.runDueTriggers()).toEqual([]);
    emu.clock.advance(2 * 3600000);
    emu.runDueTriggers();
    expect(emu.userProperties('100').ticks).toBe('2'); // a missed run is not replayed twice
  });

  it('runs a trigger on demand with a time-driven event object', () => {
    const emu = make();
    const id = emu.run('install', {}, '100', trigger) as string;
    emu.runTrigger(id);
    expect(emu.userProperties('100').lastUid).toBe(id);
    expect(emu.executions.at(-1)).toMatchObject({ kind: 'trigger', triggerId: id, fn: 'tick' });
    expect(() => emu.runTrigger('999')).toThrow('No trigger');
  });
});

describe('state', () => {
  it('round-trips world, properties, caches, triggers and clock through JSON', () => {
    const emu = make();
    emu.run('remember', {}, '100', trigger);
    emu.run('install', {}, '100', trigger);
    const saved = JSON.parse(JSON.stringify(emu.state())) as EmulatorState;
    const again = Emulator.fromState(saved, { bundleDir: dir });
    expect(again.clock.now()).toBe(emu.clock.now());
    expect(again.userProperties('100')).toEqual(emu.userProperties('100'));
    expect(again.userCache('100')).toEqual({ k: 'v' });
    expect(again.triggers).toEqual(emu.triggers);
    expect(again.state()).toEqual(saved);
    // Counters continue: a new trigger gets a new id.
    const id = again.run('install', {}, '100', trigger) as string;
    expect(again.triggers.map((t) => t.id)).toEqual([emu.triggers[0]!.id, id]);
    expect(new Set(again.triggers.map((t) => t.id)).size).toBe(2);
  });
});

describe('Classroom and CardService from the bundle', () => {
  it('lists courses through the advanced service, one round trip per call', () => {
    const emu = make();
    const t0 = emu.clock.now();
    expect(emu.run('listCourses', {}, '100', trigger)).toEqual(['Algebra']);
    expect(emu.api.roundTrips).toBe(1);
    expect(emu.clock.now() - t0).toBe(100);
    expect(emu.api.log[0]).toMatchObject({ method: 'courses.list', user: '100', via: 'advanced' });
  });

  it('throws Classroom errors as Errors of the script realm', () => {
    const result = make().run('classroomError', {}, '100', trigger) as { isError: boolean; message: string };
    expect(result.isError).toBe(true);
    expect(result.message).toMatch(/^API call to classroom\.invitations\.get failed with error: /);
  });

  it('returns card JSON for UI executions and rejects other return values', () => {
    const emu = make();
    const result = emu.run('homepage', { commonEventObject: { userLocale: 'fr' } }, '100');
    expect(result).toMatchObject({ kind: 'Card', card: { header: { title: 'Hello fr' } } });
    expect(() => emu.run('notACard', {}, '100')).toThrow('Invalid return value');
  });

  it('routes UrlFetchApp REST calls to the emulated Classroom with the OAuth token', () => {
    const emu = make();
    expect(emu.run('restFetch', {}, '200', trigger)).toEqual({ code: 200, names: ['Algebra'] });
    expect(emu.api.log[0]).toMatchObject({ method: 'courses.list', user: '200', via: 'rest' });
    expect(emu.stats('200').urlFetchCalls).toBe(1);
  });
});
