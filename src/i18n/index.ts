// Picks the catalog from the user's locale (commonEventObject.userLocale, e.g. "fr" or "fr-CA"; English otherwise),
// fills {placeholders}, writes numbers the locale's way (1,000 / 1 000) and chooses plural forms with
// Intl.PluralRules.
//
// A catalog value is one of:
// - a plain string: 'Invitation revoked.'
// - a plural, chosen by the numeric param named in `by` (default `count`):
//     { one: '{count} pending invitation', other: '{count} pending invitations' }   (also zero/two/few/many)
// - a list of parts, concatenated, for a message with several counts: each count gets its own plural part, so
//   "{invited} invited, {failed} not invited" agrees with each number separately:
//     [{ by: 'invited', one: '{invited} invité', other: '{invited} invités' }, ', ', { by: 'failed', … }]
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { pluralParam, type Catalog, type Message, type Part } from './plural';

export type { MessageKey } from './en';
export { countsOf, formsOf, pluralParam, type Catalog, type Message, type Part, type Plural } from './plural';
export type Locale = 'en' | 'fr';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const CATALOGS: Record<Locale, Catalog> = { en, fr };

export function localeOf(userLocale: unknown): Locale {
  return typeof userLocale === 'string' && /^fr(?:[-_]|$)/i.test(userLocale) ? 'fr' : 'en';
}

/** Apps Script's V8 has Intl; should a runtime lack it, English-like rules and plain digits still read correctly. */
function intlFor(locale: Locale): {
  rules: { select(n: number): Intl.LDMLPluralRule };
  numbers: { format(n: number): string };
} {
  if (typeof Intl !== 'undefined' && typeof Intl.PluralRules === 'function') {
    return { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
  }
  const one = (n: number) => (locale === 'fr' ? n >= 0 && n < 2 : n === 1);
  return { rules: { select: (n) => (one(n) ? 'one' : 'other') }, numbers: { format: String } };
}

export function translator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const { rules, numbers } = intlFor(locale);
  const pick = (part: Part, params: Params): string => {
    if (typeof part === 'string') return part;
    const n = Number(params[pluralParam(part)]);
    if (!Number.isFinite(n)) return part.other;
    // "zero" is not a CLDR category of en or fr, but a catalog may still say "No …" for 0.
    if (n === 0 && part.zero !== undefined) return part.zero;
    return part[rules.select(n)] ?? part.other;
  };
  return (key, params = {}) => {
    const message = catalog[key] as Message | undefined;
    if (message === undefined) return key;
    const parts: readonly Part[] = Array.isArray(message) ? message : [message as Part];
    return parts
      .map((part) => pick(part, params))
      .join('')
      .replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
  };
}

/** A role named inside a sentence ("invited as student"); labels and menus use `role.<ROLE>` as they are. */
export function roleInText(t: Translate, role: string): string {
  return t(`role.inText.${role}` as 'role.inText.STUDENT');
}

/** Every key, for tests that check both catalogs are complete. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** Words by key name, for text a job writes outside any user event (the roster status column): keys are data there. */
export function wordsFor(locale: string): (key: string, params?: Record<string, string | number>) => string {
  const t = translator(localeOf(locale));
  return (key, params) => t(key as MessageKey, params);
}
