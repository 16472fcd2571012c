// Picks the catalog from the user's locale (commonEventObject.userLocale, e.g. "fr" or "fr-CA"; English otherwise),
// fills {placeholders}, writes numbers the locale's way (1,000 / 1 000) and chooses plural forms with
// Intl.PluralRules. The catalog syntax is in plural.ts.
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { pieces, type Catalog, type Message } from './plural';

export type { MessageKey } from './en';
export type { Catalog, Message } from './plural';
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
  const value = (params: Params, name: string) => {
    const v = params[name];
    return typeof v === 'number' ? numbers.format(v) : (v ?? `{${name}}`);
  };
  // `exact`: whether =N forms apply (not when every count of a list read empty and the first must show).
  const render = (text: string, params: Params, exact = true): string =>
    pieces(text)
      .map((piece) => {
        if (typeof piece === 'string') return piece;
        if ('arg' in piece) return value(params, piece.arg);
        const n = Number(params[piece.by]);
        const form = Number.isFinite(n)
          ? ((exact ? piece.forms[`=${n}`] : undefined) ?? piece.forms[rules.select(n)] ?? piece.forms.other)
          : piece.forms.other;
        return render((form ?? '').replace(/#/g, value(params, piece.by)), params);
      })
      .join('');
  return (key, params = {}) => {
    const message = catalog[key] as Message | undefined;
    if (message === undefined) return key;
    if (typeof message === 'string') return render(message, params);
    // A list: counts at even places, separators between them; a count that reads empty goes with one separator.
    const counts = message.filter((_, i) => i % 2 === 0).map((text) => render(text, params));
    const shown = counts.flatMap((text, i) => (text === '' ? [] : [i]));
    if (shown.length === 0) return render(message[0] ?? '', params, false);
    return shown.map((i, k) => `${k === 0 ? '' : (message[2 * i - 1] ?? '')}${counts[i] ?? ''}`).join('');
  };
}

/** A role named inside a sentence ("invited as student"); labels and menus use `role.<ROLE>` as they are. */
export function roleInText(t: Translate, role: string): string {
  return t(`role.inText.${role}` as 'role.inText.STUDENT');
}

/** Words by key name, for text a job writes outside any user event (the roster status column): keys are data there. */
export function wordsFor(locale: string): (key: string, params?: Record<string, string | number>) => string {
  const t = translator(localeOf(locale));
  return (key, params) => t(key as MessageKey, params);
}
