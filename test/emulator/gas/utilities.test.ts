// Utilities: sleep on the virtual clock, seeded UUIDs, Java-style formatting, base64 and blobs.
import {
  emptyServiceState,
  ExecutionTimeout,
  makeUtilities,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

function setup(seed = 1) {
  const clock = new VirtualClock(Date.UTC(2026, 8, 1, 8, 5, 9, 7));
  const state = emptyServiceState(seed);
  return { clock, state, u: makeUtilities(testContext(clock, { state })) };
}

describe('Utilities.sleep', () => {
  it('advances the virtual clock instead of waiting', () => {
    const { clock, u } = setup();
    const t0 = clock.now();
    u.sleep(300000);
    expect(clock.now() - t0).toBe(300000);
  });

  it('rejects more than 300000 ms and negative values', () => {
    const { u } = setup();
    expect(() => {
      u.sleep(300001);
    }).toThrow('Argument too large');
    expect(() => {
      u.sleep(-1);
    }).toThrow('Invalid argument');
  });

  it('throws ExecutionTimeout past the deadline', () => {
    const { clock, u } = setup();
    clock.deadline = clock.now() + 1000;
    expect(() => {
      u.sleep(1001);
    }).toThrow(ExecutionTimeout);
  });
});

describe('Utilities.getUuid', () => {
  it('is a v4-shaped UUID, unique within a run and repeatable from the seed', () => {
    const a = setup(7).u;
    const b = setup(7).u;
    const first = [a.getUuid(), a.getUuid(), a.getUuid()];
    expect(first[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(first).size).toBe(3);
    expect([b.getUuid(), b.getUuid(), b.getUuid()]).toEqual(first);
    expect(setup(8).u.getUuid()).not.toBe(first[0]);
  });
});

describe('Utilities.formatString', () => {
  it.each([
    ['%s of %s', ['3', 10], '3 of 10'],
    ['%d items', [4.7], '4 items'],
    ['%05d', [42], '00042'],
    ['%.2f', [3.14159], '3.14'],
    ['%-4s|', ['ab'], 'ab  |'],
    ['%4s|', ['ab'], '  ab|'],
    ['100%%', [], '100%'],
    ['%x', [255], 'ff'],
    ['%+d', [5], '+5'],
  ])('formats %j', (template, args, expected) => {
    expect(setup().u.formatString(template, ...args)).toBe(expected);
  });
});

describe('Utilities.formatDate', () => {
  const when = new Date(Date.UTC(2026, 8, 1, 8, 5, 9, 7)); // Tuesday 1 September 2026, 08:05:09.007 UTC

  it.each([
    ['Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", '2026-09-01T08:05:09.007Z'],
    ['UTC', 'EEE, d MMM yyyy HH:mm', 'Tue, 1 Sep 2026 08:05'],
    ['UTC', 'EEEE d MMMM yy', 'Tuesday 1 September 26'],
    ['America/New_York', 'h:mm a Z', '4:05 AM -0400'],
    ['Europe/Paris', 'HH:mm XXX', '10:05 +02:00'],
    ['Asia/Kolkata', 'HH:mm Z', '13:35 +0530'],
    ['UTC', "'it''s' H", 'its 8'],
  ])('in %s with %s', (tz, pattern, expected) => {
    expect(setup().u.formatDate(when, tz, pattern)).toBe(expected);
  });

  it('rejects a bad time zone and a bad pattern letter', () => {
    const { u } = setup();
    expect(() => u.formatDate(when, 'Not/AZone', 'yyyy')).toThrow('Invalid argument: timeZone');
    expect(() => u.formatDate(when, 'UTC', 'yyyy q')).toThrow('Invalid argument: format');
  });
});

describe('base64 and blobs', () => {
  it('round-trips UTF-8 text through base64 and a blob', () => {
    const { u } = setup();
    const encoded = u.base64Encode('héllo ✓');
    expect(encoded).toBe(Buffer.from('héllo ✓').toString('base64'));
    const bytes = u.base64Decode(encoded);
    expect(bytes.some((b) => b < 0)).toBe(true); // Java bytes are signed
    expect(u.newBlob(bytes).getDataAsString()).toBe('héllo ✓');
    expect(u.newBlob('plain', 'text/plain', 'a.txt').getContentType()).toBe('text/plain');
  });

  it('uses - and _ in the web-safe alphabet', () => {
    const { u } = setup();
    const data = [0xfb, 0xff, 0xbf];
    expect(u.base64Encode(data)).toBe('+/+/');
    expect(u.base64EncodeWebSafe(data)).toBe('-_-_');
    expect(u.base64DecodeWebSafe('-_-_')).toEqual([-5, -1, -65]);
    expect(() => u.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('exposes the Charset enum', () => {
    expect(setup().u.Charset).toEqual({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
  });
});
