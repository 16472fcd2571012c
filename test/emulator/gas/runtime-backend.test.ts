// The Apps Script runtime takes Google's side from its caller: a backend that is not Classroom gives the accounts,
// the advanced services and the HTTP server a bundle meets, and the runtime knows nothing else.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsScriptRuntime, VirtualClock, type GoogleBackend, type HttpRequest } from '@classroom-invitations/emulator';

const BUNDLE = `
function whoAmI() { return Session.getActiveUser().getEmail(); }
function advanced() { return { drive: Drive.Files.count(), classroom: typeof Classroom }; }
function ping() {
  var res = UrlFetchApp.fetch('https://api.example.com/ping', { muteHttpExceptions: true });
  return { code: res.getResponseCode(), body: res.getContentText() };
}
function elsewhere() { return UrlFetchApp.fetch('https://other.example.com/').getResponseCode(); }
`;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emu-backend-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  const manifest = {
    timeZone: 'Etc/UTC',
    urlFetchWhitelist: ['https://api.example.com/', 'https://other.example.com/'],
  };
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runtime() {
  const clock = new VirtualClock(0);
  const seen: { req: HttpRequest; roundTrip: number }[] = [];
  let roundTrips = 0;
  const backend: GoogleBackend = {
    user: (ref) => (ref === '7' || ref === 'kim@example.com' ? { id: '7', email: 'kim@example.com' } : undefined),
    messages: () => [],
    advancedServices: (userId) => ({ Drive: { Files: { count: () => Number(userId) * 6 } } }),
    http: {
      beginRoundTrip: () => {
        clock.advance(40);
        return ++roundTrips;
      },
      route: (req, _via, roundTrip) => {
        if (new URL(req.url).host !== 'api.example.com') return null;
        seen.push({ req, roundTrip });
        return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'pong' };
      },
    },
  };
  const trigger = { kind: 'trigger' } as const;
  const rt = new AppsScriptRuntime({ backend, clock, bundleDir: dir });
  return { rt, clock, seen, run: (fn: string, user = 'kim@example.com') => rt.run(fn, {}, user, trigger) };
}

describe('a runtime fed a non-Classroom backend', () => {
  it("runs as the backend's accounts, by id or email, and refuses anyone else", () => {
    const { run } = runtime();
    expect(run('whoAmI', '7')).toBe('kim@example.com');
    expect(run('whoAmI')).toBe('kim@example.com');
    expect(() => run('whoAmI', 'nobody@example.com')).toThrow('Unknown user: nobody@example.com');
  });

  it("installs the backend's advanced services as globals, and no Classroom it did not give", () => {
    expect(runtime().run('advanced')).toEqual({ drive: 42, classroom: 'undefined' });
  });

  it("sends UrlFetchApp to the backend's server, one round trip on the shared clock", () => {
    const { run, clock, seen } = runtime();
    expect(run('ping')).toEqual({ code: 200, body: 'pong' });
    expect(seen.map((s) => [s.req.method.toUpperCase(), s.req.url, s.roundTrip])).toEqual([
      ['GET', 'https://api.example.com/ping', 1],
    ]);
    expect(clock.now()).toBe(40);
  });

  it('fails a fetch to a host the backend does not serve', () => {
    expect(() => runtime().run('elsewhere')).toThrow('Address unavailable: https://other.example.com/');
  });
});
