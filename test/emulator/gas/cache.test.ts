// CacheService: expirations on the virtual clock, size limits, the 1,000-item cap and per-user stores.
import {
  CACHE_MAX_ITEMS,
  emptyServiceState,
  makeCacheService,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

function setup() {
  const clock = new VirtualClock();
  const state = emptyServiceState();
  const as = (id: string) => makeCacheService(testContext(clock, { state, user: { id } }));
  return { clock, state, as };
}

describe('CacheService', () => {
  it('expires entries after 600 s by default, on the virtual clock', () => {
    const { clock, as } = setup();
    const c = as('a').getUserCache();
    c.put('k', 'v');
    clock.advance(599999);
    expect(c.get('k')).toBe('v');
    clock.advance(1);
    expect(c.get('k')).toBeNull();
  });

  it('honours a given expiration and caps it at 6 hours', () => {
    const { clock, as } = setup();
    const c = as('a').getScriptCache();
    c.put('short', 'v', 5);
    c.put('long', 'v', 100000);
    clock.advance(5000);
    expect(c.get('short')).toBeNull();
    clock.advance(21600 * 1000 - 5001);
    expect(c.get('long')).toBe('v');
    clock.advance(1);
    expect(c.get('long')).toBeNull();
    expect(() => {
      c.put('k', 'v', 0);
    }).toThrow('expirationInSeconds');
  });

  it('keeps user caches apart and shares the script cache', () => {
    const { as } = setup();
    as('a').getUserCache().put('k', 'a');
    as('a').getScriptCache().put('s', '1');
    expect(as('b').getUserCache().get('k')).toBeNull();
    expect(as('b').getScriptCache().get('s')).toBe('1');
    expect(as('a').getDocumentCache()).toBeNull();
  });

  it('supports getAll, putAll, remove and removeAll, and stringifies values', () => {
    const c = setup().as('a').getUserCache();
    c.putAll({ a: 1, b: 'two', c: true }, 60);
    expect(c.getAll(['a', 'b', 'missing'])).toEqual({ a: '1', b: 'two' });
    c.remove('a');
    expect(c.get('a')).toBeNull();
    c.removeAll(['b', 'c']);
    expect(c.getAll(['a', 'b', 'c'])).toEqual({});
  });

  it('rejects a key over 250 characters and a value over 100 KB', () => {
    const c = setup().as('a').getUserCache();
    expect(() => {
      c.put('k'.repeat(250), 'v');
    }).not.toThrow();
    expect(() => {
      c.put('k'.repeat(251), 'v');
    }).toThrow('Argument too large: key');
    expect(() => {
      c.put('k', 'v'.repeat(100 * 1024 + 1));
    }).toThrow('Argument too large: value');
    expect(() => {
      c.putAll({ ok: 'v', big: 'v'.repeat(100 * 1024 + 1) });
    }).toThrow('Argument too large: value');
    expect(c.get('ok')).toBeNull();
  });

  it('past 1,000 items keeps the 900 farthest from expiration, so a short-lived entry goes first', () => {
    const c = setup().as('a').getUserCache();
    c.put('budget', 'short', 60);
    for (let i = 0; i < CACHE_MAX_ITEMS - 1; i++) c.put(`k${i}`, String(i), 21600);
    expect(c.get('budget')).toBe('short'); // 1,000 items: nothing evicted yet
    c.put('one-more', 'v', 21600);
    expect(c.get('budget')).toBeNull();
    const kept = [...Array(CACHE_MAX_ITEMS - 1).keys()].filter((i) => c.get(`k${i}`) !== null);
    expect(kept.length + (c.get('one-more') === null ? 0 : 1)).toBe(900);
    // Equal expirations: the most recently written stay.
    expect(c.get('one-more')).toBe('v');
    expect(c.get('k0')).toBeNull();
    expect(c.get(`k${CACHE_MAX_ITEMS - 2}`)).toBe(String(CACHE_MAX_ITEMS - 2));
  });

  it('keeps a later-expiring item over an earlier one written after it', () => {
    const { clock, as } = setup();
    const c = as('a').getUserCache();
    c.put('old-but-long', 'v', 21600);
    clock.advance(1000);
    for (let i = 0; i < CACHE_MAX_ITEMS; i++) c.put(`k${i}`, 'v', 600);
    expect(c.get('old-but-long')).toBe('v');
    expect(Object.keys(c.getAll([...Array(CACHE_MAX_ITEMS).keys()].map((i) => `k${i}`)))).toHaveLength(899);
  });
});
