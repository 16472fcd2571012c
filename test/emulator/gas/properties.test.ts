// PropertiesService: per-user and shared stores, Apps Script's size limits and the read/write counters.
import {
  emptyServiceState,
  makePropertiesService,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

function setup() {
  const clock = new VirtualClock();
  const state = emptyServiceState();
  const as = (id: string) => makePropertiesService(testContext(clock, { state, user: { id, email: `${id}@x.test` } }));
  return { state, as };
}

describe('PropertiesService', () => {
  it('keeps user properties per user and script properties shared', () => {
    const { as } = setup();
    as('a').getUserProperties().setProperty('k', 'for a');
    as('a').getScriptProperties().setProperty('shared', '1');
    expect(as('a').getUserProperties().getProperty('k')).toBe('for a');
    expect(as('b').getUserProperties().getProperty('k')).toBeNull();
    expect(as('b').getScriptProperties().getProperty('shared')).toBe('1');
    expect(as('a').getDocumentProperties()).toBeNull();
  });

  it('stringifies values and supports the whole Properties API', () => {
    const p = setup().as('a').getUserProperties();
    p.setProperty('n', 42).setProperty('b', true);
    expect(p.getProperty('n')).toBe('42');
    p.setProperties({ x: 'X', y: 1 });
    expect(p.getProperties()).toEqual({ n: '42', b: 'true', x: 'X', y: '1' });
    expect(p.getKeys().sort()).toEqual(['b', 'n', 'x', 'y']);
    p.setProperties({ only: 'me' }, true);
    expect(p.getProperties()).toEqual({ only: 'me' });
    p.deleteProperty('only');
    expect(p.getKeys()).toEqual([]);
    p.setProperty('z', '1').deleteAllProperties();
    expect(p.getProperties()).toEqual({});
  });

  it('returns copies, so mutating getProperties() does not write', () => {
    const p = setup().as('a').getUserProperties();
    p.setProperty('k', 'v');
    const copy = p.getProperties();
    copy.k = 'changed';
    expect(p.getProperty('k')).toBe('v');
  });

  it('treats "__proto__" as an ordinary key', () => {
    const p = setup().as('a').getUserProperties();
    p.setProperty('__proto__', 'v');
    expect(p.getProperty('__proto__')).toBe('v');
    expect(p.getKeys()).toEqual(['__proto__']);
  });

  it('rejects a value over 9 KB (UTF-8 bytes) and keeps the store unchanged', () => {
    const p = setup().as('a').getUserProperties();
    p.setProperty('ok', 'x'.repeat(PROPERTY_VALUE_LIMIT));
    expect(() => p.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow('Argument too large: value');
    // 3 bytes per character in UTF-8: 3,073 × 3 = 9,219 bytes.
    expect(() => p.setProperty('big', '€'.repeat(3073))).toThrow('Argument too large: value');
    expect(() => p.setProperties({ a: '1', big: 'x'.repeat(PROPERTY_VALUE_LIMIT + 1) })).toThrow('Argument too large');
    expect(p.getKeys()).toEqual(['ok']);
  });

  it('rejects writes past 500 KB per store (keys + values), per store', () => {
    const { as } = setup();
    const p = as('a').getUserProperties();
    const value = 'v'.repeat(9000);
    const fits = Math.floor(PROPERTY_STORE_LIMIT / (9000 + 4));
    for (let i = 0; i < fits; i++) p.setProperty(`k${String(i).padStart(3, '0')}`, value);
    expect(() => p.setProperty('k999', value)).toThrow('You have exceeded the property storage quota');
    expect(p.getProperty('k999')).toBeNull();
    // Another user's store is separate.
    expect(() => as('b').getUserProperties().setProperty('k', value)).not.toThrow();
    // Replacing a value with a shorter one is fine.
    expect(() => p.setProperty('k000', 'short')).not.toThrow();
  });

  it('counts reads and writes per user', () => {
    const { as, state } = setup();
    const p = as('a').getUserProperties();
    p.setProperty('k', 'v');
    p.getProperty('k');
    p.getProperties();
    p.deleteProperty('k');
    expect(state.stats.a).toMatchObject({ propertyReads: 2, propertyWrites: 2 });
  });
});
