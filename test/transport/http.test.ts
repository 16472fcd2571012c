// HTTP over UrlFetchApp: batches of 50 in one round trip, parts read one by one, only failed parts retried, bounded.
import { sendAll as send, type Endpoint, type PartRequest, type RetryPolicy } from '../../src/transport/http';
import { emulator } from '../app/env';

/** Classroom as an endpoint that knows nothing of its error shapes: 429 and 5xx are worth a retry. */
const endpoint: Endpoint = {
  root: 'https://classroom.googleapis.com',
  retryable: (r) => r.status === 429 || r.status >= 500,
};
const sendAll = (reqs: PartRequest[], policy?: RetryPolicy) => send(endpoint, reqs, policy);

const ADA = 'ada.lovelace@demo-school.edu';
const profile = (id: string) => ({ method: 'GET' as const, path: `/v1/userProfiles/${id}` });

describe('sendAll', () => {
  it('sends 120 reads as three batches in one round trip and answers each in order', () => {
    const emu = emulator();
    const ids = Array.from({ length: 120 }, (_, i) => (i % 2 ? 'me' : 'ada.lovelace@demo-school.edu'));
    const res = emu.asUser(ADA, () => sendAll(ids.map(profile)));
    expect(res).toHaveLength(120);
    expect(res.every((r) => r.status === 200 && (r.body as { emailAddress: string }).emailAddress === ADA)).toBe(true);
    expect(emu.api.roundTrips).toBe(1);
    expect(emu.api.log.every((e) => e.via === 'batch')).toBe(true);
  });

  it('returns a part error as it is, without retrying it', () => {
    const emu = emulator();
    const res = emu.asUser(ADA, () => sendAll([profile('nobody@demo-school.edu'), profile('me')]));
    expect(res.map((r) => r.status)).toEqual([403, 200]);
    expect(emu.api.requests).toBe(2);
  });

  it('retries only the parts that failed transiently, with backoff on the virtual clock', () => {
    const emu = emulator({ faults: { rate: 0.3, seed: 3, statuses: [503] } });
    const before = emu.clock.now();
    const res = emu.asUser(ADA, () => sendAll(Array.from({ length: 50 }, () => profile('me'))));
    expect(res.every((r) => r.status === 200)).toBe(true);
    expect(emu.api.requests).toBeGreaterThan(50);
    expect(emu.api.requests).toBeLessThan(100); // only failed parts went again
    expect(emu.clock.now() - before).toBeGreaterThan(150 * emu.api.roundTrips); // slept between tries
  });

  it('gives up after its bounded tries and reports the failure', () => {
    const emu = emulator({ faults: { rate: 1, seed: 1, statuses: [500] } });
    const res = emu.asUser(ADA, () =>
      sendAll([profile('me')], { maxTries: 3, maxTotalMs: 60_000, baseMs: 100, capMs: 400 }),
    );
    expect(res[0]!.status).toBe(500);
    expect(emu.api.requests).toBe(3);
  });
});
