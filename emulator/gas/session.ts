// Session: who is running the script, their locale, the script's time zone and the per-user temporary key.
import { createHash } from 'node:crypto';
import { requireScope, type ServiceContext } from './context';

export interface User {
  getEmail(): string;
  toString(): string;
}

export function makeSession(ctx: ServiceContext) {
  const user = (method: string): User => {
    ctx.enter('Session', method);
    requireScope(ctx, `Session.${method}`, ['userinfo.email']);
    const email = ctx.user.email;
    return { getEmail: () => email, toString: () => email };
  };
  return {
    getActiveUser: () => user('getActiveUser'),
    getEffectiveUser: () => user('getEffectiveUser'),
    getActiveUserLocale(): string {
      ctx.enter('Session', 'getActiveUserLocale');
      return ctx.user.locale;
    },
    getScriptTimeZone(): string {
      ctx.enter('Session', 'getScriptTimeZone');
      return ctx.manifest.timeZone ?? 'Etc/UTC';
    },
    /** Stable per user within the emulator; opaque, like Google's (which rotates monthly). */
    getTemporaryActiveUserKey(): string {
      ctx.enter('Session', 'getTemporaryActiveUserKey');
      return createHash('sha256').update(`emu-user-key:${ctx.user.id}`).digest('base64url').slice(0, 43);
    },
  };
}
