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
//   a part marked `hideZero` is left out with the separator before it when its count is 0 ("2 invited", not
//   "2 invited, 0 already invited…"); the first counted part stays when all would go.
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

/** The parts to show: those marked `hideZero` with a zero count left out, each with the separator before it. */
function shownParts(parts: readonly Part[], params: Params): readonly Part[] {
  const hidden = (part: Part) =>
    typeof part !== 'string' && part.hideZero === true && Number(params[pluralParam(part)]) === 0;
  if (!parts.some(hidden)) return parts;
  const counted = parts.filter((part) => typeof part !== 'string');
  const kept = counted.some((part) => !hidden(part)) ? counted.filter((part) => !hidden(part)) : counted.slice(0, 1);
  const first = parts.findIndex((part) => typeof part !== 'string');
  const last = parts.length - 1 - [...parts].reverse().findIndex((part) => typeof part !== 'string');
  const out: Part[] = [];
  let shown = 0;
  parts.forEach((part, i) => {
    if (typeof part === 'string') {
      if (i < first || i > last) out.push(part); // text around the counts, not a separator
      return;
    }
    if (!kept.includes(part)) return;
    const separator = parts[i - 1];
    if (shown > 0 && typeof separator === 'string') out.push(separator);
    out.push(part);
    shown++;
  });
  return out;
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
    const parts = shownParts(Array.isArray(message) ? message : [message as Part], params);
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
