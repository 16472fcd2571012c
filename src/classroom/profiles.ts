// Who is behind a numeric user id (and which id is behind an email), cached in the user's CacheService so a card
// render never pays one userProfiles.get per invitation twice.
import type { Profile } from '../domain/types';
import { getCachedMany, putCachedMany, shaped } from '../platform/cache';
import { fetchProfilesBatched, getProfile } from './rest';

const KEY_ID = 'profile:id:';
const KEY_EMAIL = 'profile:email:';
const isProfile = shaped<Profile>({ id: 'string', email: 'string', name: 'string' });

/** Fetches profiles that missed the cache (null where Google shows none); batched unless a caller says otherwise. */
export type ProfileFetcher = (ids: readonly string[]) => Map<string, Profile | null>;

function remember(profiles: Iterable<Profile>): void {
  const entries = new Map<string, Profile>();
  for (const p of profiles) {
    entries.set(KEY_ID + p.id, p);
    if (p.email) entries.set(KEY_EMAIL + p.email.toLowerCase(), p);
  }
  putCachedMany(entries);
}

/** Profiles for user ids (or emails); an unknown one gets a placeholder, so one hidden profile never breaks a list. */
export function resolveProfiles(keys: readonly string[], fetch: ProfileFetcher = fetchProfilesBatched) {
  const unique = [...new Set(keys)];
  const cacheKey = (k: string) => (k.includes('@') ? KEY_EMAIL + k.toLowerCase() : KEY_ID + k);
  const cached = getCachedMany(unique.map(cacheKey), isProfile);
  const missing = unique.filter((key) => !cached.has(cacheKey(key)));
  const fetched = missing.length > 0 ? fetch(missing) : new Map<string, Profile | null>();
  remember([...fetched.values()].filter((p) => p !== null));
  const placeholder = (key: string) => ({ id: key, email: key.includes('@') ? key : '', name: '' });
  return new Map(unique.map((key) => [key, cached.get(cacheKey(key)) ?? fetched.get(key) ?? placeholder(key)]));
}

const ME = 'profile:me';

export const cachedCurrentUser = (): Profile | undefined => getCachedMany([ME], isProfile).get(ME);

export function rememberCurrentUser(me: Profile): void {
  putCachedMany(new Map([[ME, me]]));
  remember([me]);
}

export function currentUser(): Profile {
  const hit = cachedCurrentUser();
  if (hit) return hit;
  const me = getProfile('me');
  rememberCurrentUser(me);
  return me;
}
