// ClassroomApi: HTTP-shaped results, the call log, latency and the quota window on the virtual clock, seeded faults.
import {
  ClassroomApi,
  ClassroomWorld,
  ExecutionTimeout,
  mulberry32,
  VirtualClock,
} from '@classroom-invitations/emulator';
import { ID, smallSeed } from './fixtures';

function setup(opts: ConstructorParameters<typeof ClassroomApi>[2] = {}) {
  const world = new ClassroomWorld(smallSeed());
  const clock = new VirtualClock();
  return { world, clock, api: new ClassroomApi(world, clock, opts) };
}

const createBody = (userId: string) => ({ body: { userId, courseId: ID.course, role: 'STUDENT' } });

describe('ClassroomApi.call', () => {
  it('answers 200 with the JSON body and logs the call with its round trip', () => {
    const { api, clock } = setup();
    const rt = api.beginRoundTrip();
    const r = api.call('owner@school.edu', 'invitations.create', createBody(ID.newStudent), 'advanced', rt);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ userId: ID.newStudent, role: 'STUDENT' });
    expect(api.log).toEqual([
      {
        t: clock.now(),
        user: ID.owner,
        method: 'invitations.create',
        args: createBody(ID.newStudent),
        status: 200,
        via: 'advanced',
        roundTrip: rt,
      },
    ]);
    expect(api.requests).toBe(1);
  });

  it("turns failures into Google's error body, with the reason prefix and a generic legacy reason", () => {
    const { api } = setup();
    const r = api.call(ID.owner, 'invitations.create', createBody('ulf@spam.example'), 'rest');
    expect(r).toEqual({
      status: 403,
      body: {
        error: {
          code: 403,
          message: expect.stringMatching(/^@CannotInviteUserInUntrustedDomain \S/),
          status: 'PERMISSION_DENIED',
          errors: [
            {
              message: expect.stringMatching(/^@CannotInviteUserInUntrustedDomain /),
              domain: 'global',
              reason: 'forbidden',
            },
          ],
        },
      },
    });
    const dup = () => api.call(ID.owner, 'invitations.create', createBody(ID.newStudent), 'rest');
    dup();
    const conflict = dup().body as { error: { status: string; errors: { reason: string }[] } };
    expect(conflict.error.status).toBe('ALREADY_EXISTS');
    expect(conflict.error.errors[0]!.reason).toBe('duplicate');
    expect(api.log.map((e) => e.status)).toEqual([403, 200, 409]);
  });

  it('coerces REST-style string query values and rejects malformed ones', () => {
    const { api } = setup();
    for (const u of ['a', 'b', 'c'].map((x) => `${x}@school.edu`)) {
      const user = api.world.addUser({ email: u, name: { givenName: u, familyName: u, fullName: u } });
      api.call(ID.owner, 'invitations.create', createBody(user.id), 'rest');
    }
    const page = api.call(ID.owner, 'invitations.list', { query: { courseId: ID.course, pageSize: '2' } }, 'rest');
    expect((page.body as { invitations: unknown[] }).invitations).toHaveLength(2);
    expect(
      api.call(ID.owner, 'invitations.list', { query: { courseId: ID.course, pageSize: 'x' } }, 'rest').status,
    ).toBe(400);
    const states = api.call(ID.owner, 'courses.list', { query: { courseStates: 'ARCHIVED' } }, 'rest');
    expect((states.body as { courses: { id: string }[] }).courses.map((c) => c.id)).toEqual([ID.archived]);
    expect(api.call(ID.owner, 'courses.frobnicate', {}, 'rest').status).toBe(404);
  });

  it('lets an onCall hook abort after the world has changed (a killed execution)', () => {
    const { api, world } = setup();
    api.onCall = () => {
      throw new ExecutionTimeout();
    };
    expect(() => api.call(ID.owner, 'invitations.create', createBody(ID.newStudent), 'advanced')).toThrow(
      ExecutionTimeout,
    );
    expect(world.allInvitations()).toHaveLength(1);
    expect(api.log).toHaveLength(1);
  });
});

describe('round trips and latency', () => {
  it('advances the virtual clock by the latency and numbers round trips', () => {
    const { api, clock } = setup({ latencyMs: 200 });
    const start = clock.now();
    expect(api.beginRoundTrip()).toBe(1);
    expect(api.beginRoundTrip()).toBe(2);
    expect(clock.now() - start).toBe(400);
    expect(api.roundTrips).toBe(2);
    api.resetCounters();
    expect([api.roundTrips, api.requests, api.quotaErrors]).toEqual([0, 0, 0]);
  });

  it('throws ExecutionTimeout from the round trip that passes the deadline, before the world is touched', () => {
    const { api, clock, world } = setup({ latencyMs: 1000 });
    clock.deadline = clock.now() + 1500;
    api.beginRoundTrip();
    expect(() => api.beginRoundTrip()).toThrow(ExecutionTimeout);
    expect(world.allInvitations()).toEqual([]);
  });
});

describe('per-user quota', () => {
  it('refuses the (limit+1)th call within any 60 s, counting failing calls, per user', () => {
    const { api, clock } = setup({ quotaPerMinute: 5 });
    for (let i = 0; i < 5; i++) {
      api.call(ID.owner, 'courses.get', { id: i % 2 ? ID.course : 'missing' }, 'rest');
      clock.advance(10_000);
    }
    const refused = api.call(ID.owner, 'courses.get', { id: ID.course }, 'rest');
    expect(refused.status).toBe(429);
    expect((refused.body as { error: { status: string; errors: { reason: string }[] } }).error).toMatchObject({
      status: 'RESOURCE_EXHAUSTED',
      errors: [{ reason: 'rateLimitExceeded' }],
    });
    expect(api.quotaErrors).toBe(1);
    expect(api.call(ID.coTeacher, 'courses.get', { id: ID.course }, 'rest').status).toBe(200);
  });

  it('is a moving window: calls older than 60 s stop counting', () => {
    const { api, clock } = setup({ quotaPerMinute: 3 });
    const get = () => api.call(ID.owner, 'courses.get', { id: ID.course }, 'rest').status;
    expect([get(), get(), get()]).toEqual([200, 200, 200]);
    clock.advance(59_999);
    expect(get()).toBe(429); // the three calls at t0 still count, and this one counts too
    clock.advance(1); // t0 calls leave the window; the refused call at t0+59.999 s remains
    expect([get(), get()]).toEqual([200, 200]);
    expect(get()).toBe(429);
    expect(api.quotaErrors).toBe(2);
  });

  it('the 1200 default allows exactly 1200 calls a minute', () => {
    const { api, clock } = setup();
    const statuses = Array.from({ length: 1201 }, () => {
      clock.advance(10);
      return api.call(ID.owner, 'courses.get', { id: ID.course }, 'rest').status;
    });
    expect(statuses.filter((s) => s === 200)).toHaveLength(1200);
    expect(statuses[1200]).toBe(429);
  });
});

describe('per-project quota', () => {
  it('refuses every user once the project made 3,000 calls in the last minute (Classroom usage limits)', () => {
    const { api, clock } = setup();
    const users = [ID.owner, ID.coTeacher, ID.student];
    // Three users at 1,000 each: within their own 1,200, together at the project's 3,000.
    for (let i = 0; i < 3_000; i++) {
      clock.advance(5);
      expect(api.call(users[i % 3] ?? ID.owner, 'courses.get', { id: ID.course }, 'rest').status).toBe(200);
    }
    const refused = api.call(ID.otherTeacher, 'courses.get', { id: ID.course }, 'rest');
    expect(refused.status).toBe(429);
    expect(api.projectQuotaErrors).toBe(1);
    clock.advance(60_000);
    expect(api.call(ID.otherTeacher, 'courses.get', { id: ID.course }, 'rest').status).not.toBe(429);
  });
});

describe('Apps Script service faults', () => {
  it('draws Exceptions without details from a seed, the same pattern each time', () => {
    const draw = () => {
      const { api } = setup({ serviceFaults: { rate: 0.5, seed: 7 } });
      return Array.from({ length: 20 }, () => api.serviceFault());
    };
    const first = draw();
    expect(first).toEqual(draw());
    expect(first.filter((m) => m !== null).length).toBeGreaterThan(0);
    expect(new Set(first.filter((m) => m !== null))).toEqual(
      new Set(['Service invoked too many times for one day: urlfetch.', 'Empty response']),
    );
  });
});

describe('fault injection', () => {
  function faultPattern(seed: number, rate: number): number[] {
    const { api } = setup({ faults: { rate, seed } });
    return Array.from({ length: 200 }, () => api.call(ID.owner, 'courses.get', { id: ID.course }, 'rest').status);
  }

  it('is reproducible from its seed and close to its rate', () => {
    const a = faultPattern(42, 0.3);
    expect(faultPattern(42, 0.3)).toEqual(a);
    expect(faultPattern(43, 0.3)).not.toEqual(a);
    const failures = a.filter((s) => s !== 200);
    expect(failures.length).toBeGreaterThan(30);
    expect(failures.length).toBeLessThan(90);
    expect(new Set(failures)).toEqual(new Set([429, 500, 503]));
  });

  it('fails before the world is touched, so a failed create creates nothing', () => {
    const { api, world } = setup({ faults: { rate: 1, seed: 1, statuses: [503] } });
    const r = api.call(ID.owner, 'invitations.create', createBody(ID.newStudent), 'rest');
    expect(r.status).toBe(503);
    expect((r.body as { error: { status: string } }).error.status).toBe('UNAVAILABLE');
    expect(world.allInvitations()).toEqual([]);
    expect(api.faultsInjected).toBe(1);
    api.setFaults(null);
    expect(api.call(ID.owner, 'invitations.create', createBody(ID.newStudent), 'rest').status).toBe(200);
  });

  it('mulberry32 yields numbers in [0, 1)', () => {
    const next = mulberry32(7);
    const xs = Array.from({ length: 1000 }, next);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });
});
