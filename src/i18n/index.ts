// Picks the catalog from the user's locale (commonEventObject.userLocale, e.g. "fr" or "fr-CA"; English otherwise)
// and fills {placeholders}.
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey } from './en';
export type Locale = 'en' | 'fr';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, fr };

export function localeOf(userLocale: unknown): Locale {
  return typeof userLocale === 'string' && /^fr(?:[-_]|$)/i.test(userLocale) ? 'fr' : 'en';
}

export function translator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
}

/** Every key, for tests that check both catalogs are complete. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** Words by key name, for text a job writes outside any user event (the roster status column): keys are data there. */
export function wordsFor(locale: string): (key: string, params?: Record<string, string | number>) => string {
  const t = translator(localeOf(locale));
  return (key, params) => t(key as MessageKey, params);
}
