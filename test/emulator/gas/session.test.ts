// Session and Logger/console: the acting user, locale, time zone and temporary key; log lines per execution.
import { makeConsole, makeLogger, makeSession, testContext, VirtualClock } from '@classroom-invitations/emulator';

const user = { id: '42', email: 'ada@school.test', locale: 'fr' };

describe('Session', () => {
  it('returns the acting user, their locale and the script time zone', () => {
    const s = makeSession(testContext(new VirtualClock(), { user, manifest: { timeZone: 'Europe/Paris' } }));
    expect(s.getActiveUser().getEmail()).toBe('ada@school.test');
    expect(s.getEffectiveUser().getEmail()).toBe('ada@school.test');
    expect(s.getActiveUserLocale()).toBe('fr');
    expect(s.getScriptTimeZone()).toBe('Europe/Paris');
  });

  it('gives a stable temporary key per user that differs between users', () => {
    const key = (id: string) =>
      makeSession(testContext(new VirtualClock(), { user: { id } })).getTemporaryActiveUserKey();
    expect(key('1')).toBe(key('1'));
    expect(key('1')).not.toBe(key('2'));
    expect(key('1')).not.toContain('1@');
  });

  it('needs the userinfo.email scope once the manifest lists its scopes', () => {
    const ctx = testContext(new VirtualClock(), {
      user,
      manifest: { oauthScopes: ['https://www.googleapis.com/auth/script.locale'] },
    });
    expect(() => makeSession(ctx).getActiveUser()).toThrow(
      'Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    const ok = testContext(new VirtualClock(), {
      user,
      manifest: { oauthScopes: ['https://www.googleapis.com/auth/userinfo.email'] },
    });
    expect(makeSession(ok).getActiveUser().getEmail()).toBe('ada@school.test');
  });
});

describe('Logger and console', () => {
  it('record lines in the execution log, with formats, objects and levels', () => {
    const ctx = testContext(new VirtualClock());
    const logger = makeLogger(ctx);
    const con = makeConsole(ctx);
    logger.log('plain');
    logger.log('%s has %d items', 'cart', 3);
    logger.log({ a: 1 });
    con.log('x', 1, { b: [2] });
    con.warn('careful');
    con.error(new Error('bad'));
    expect(ctx.logs).toEqual([
      'plain',
      'cart has 3 items',
      '{"a":1}',
      'x 1 {"b":[2]}',
      'WARNING: careful',
      'ERROR: Error: bad',
    ]);
    expect(logger.getLog()).toBe('plain\ncart has 3 items\n{"a":1}');
  });
});
