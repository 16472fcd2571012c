// Both catalogs carry every message with the same placeholders and plural forms wherever a number is shown, every
// message renders in both languages with 0, 1, 2 and 1,000, and the locale is picked from the event.
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { localeOf, translator, type Message, type MessageKey } from '../../src/i18n';
import { countsOf, formsOf, pluralsOf } from './catalog-forms';

/** Placeholders that always hold a number: each must choose a plural form where it appears. */
const NUMERIC = new Set([
  'count',
  'days',
  'resent',
  'withdrawn',
  'left',
  'pending',
  'roleChanged',
  'valid',
  'invite',
  'changeRole',
  'withdraw',
  'none',
  'unchanged',
  'invalid',
  'max',
  'done',
  'total',
  'invited',
  'skipped',
  'failed',
  'alreadyInvited',
  'alreadyMember',
  'minutes',
]);

const placeholdersOf = (message: Message) =>
  [...new Set(formsOf(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)))].sort();

const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
const catalogs = { en, fr } as Record<'en' | 'fr', Record<string, Message>>;

describe('catalogs', () => {
  it.each(MESSAGE_KEYS)('%s has the same placeholders and counts in French', (key) => {
    expect(formsOf(fr[key]).join('').length).toBeGreaterThan(0);
    expect(placeholdersOf(fr[key])).toEqual(placeholdersOf(en[key]));
    expect(countsOf(fr[key]).sort()).toEqual(countsOf(en[key]).sort());
  });

  it.each(MESSAGE_KEYS)('%s: every number in it chooses a plural form, in both languages', (key) => {
    for (const lang of ['en', 'fr'] as const) {
      const message = catalogs[lang][key] as Message;
      const numbers = placeholdersOf(message).filter((p) => NUMERIC.has(p));
      const counts = countsOf(message);
      for (const n of numbers) expect({ lang, key, counted: counts.includes(n) }).toEqual({ lang, key, counted: true });
      for (const c of counts) expect(placeholdersOf(message)).toContain(c);
      // Every plural has its "other" form, the one Intl.PluralRules falls back to.
      for (const plural of pluralsOf(message)) expect(plural.forms.other).toBeTruthy();
    }
  });

  it.each(MESSAGE_KEYS)('%s renders in both languages with 0, 1, 2 and 1,000, leaving no placeholder', (key) => {
    for (const lang of ['en', 'fr'] as const) {
      const t = translator(lang);
      for (const n of [0, 1, 2, 1000]) {
        const params: Record<string, string | number> = {};
        for (const p of placeholdersOf(catalogs[lang][key] as Message)) params[p] = NUMERIC.has(p) ? n : `‹${p}›`;
        const text = t(key, params);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        if (n === 1000 && placeholdersOf(catalogs[lang][key] as Message).some((p) => NUMERIC.has(p))) {
          expect(text).toMatch(lang === 'en' ? /1,000/ : /1\s000/u);
        }
      }
    }
  });

  it('French differs from English for sentences (it is translated, not copied)', () => {
    const same = MESSAGE_KEYS.filter(
      (k) => JSON.stringify(en[k]) === JSON.stringify(fr[k]) && formsOf(en[k]).join('').includes(' '),
    );
    expect(same).toEqual([]);
  });
});

describe('plurals', () => {
  const enT = translator('en');
  const frT = translator('fr');

  it('French is singular for 0 and 1, plural from 2, with one agreement per count', () => {
    const summary = (n: number) =>
      frT('invite.results.summary', { invited: n, alreadyInvited: n, alreadyMember: n, failed: n });
    // A number and its word never wrap apart: a no-break space (U+00A0) between them.
    expect(summary(1)).toBe('1\u00a0invité, 1\u00a0déjà invité, 1\u00a0déjà dans le cours, 1\u00a0non invité');
    expect(summary(2)).toBe('2\u00a0invités, 2\u00a0déjà invités, 2\u00a0déjà dans le cours, 2\u00a0non invités');
    expect(frT('invite.results.summary', { invited: 1, alreadyInvited: 2, alreadyMember: 0, failed: 1000 })).toBe(
      '1\u00a0invité, 2\u00a0déjà invités, 1\u202f000\u00a0non invités',
    );
  });

  it('counts of zero are left out of the results and job lines, one part always staying', () => {
    const zero = { invited: 0, alreadyInvited: 0, alreadyMember: 0, failed: 0 };
    expect(enT('job.counts', { ...zero, invited: 2, failed: 1 })).toBe('2 invited · 1 not invited');
    expect(enT('job.counts', { ...zero, alreadyMember: 3 })).toBe('3 already in the course');
    expect(enT('job.counts', zero)).toBe('0 invited');
    expect(enT('invite.results.summary', { ...zero, invited: 2 })).toBe('2 invited');
    expect(enT('invite.results.summary', { ...zero, alreadyInvited: 1, failed: 2 })).toBe(
      '1 already invited, 2 not invited',
    );
    expect(frT('invite.results.summary', zero)).toBe('0\u00a0invité');
    expect(frT('job.counts', { ...zero, alreadyInvited: 2 })).toBe('2\u00a0déjà invités');
    expect(enT('job.counts.resend', { invited: 5, failed: 0 })).toBe('5 resent');
  });

  it("English is singular for 1 only; numbers are grouped the locale's way", () => {
    expect(enT('home.teaching.pending', { count: 1 })).toBe('1 pending invitation');
    expect(enT('home.teaching.pending', { count: 0 })).toBe('0 pending invitations');
    expect(enT('preview.confirm', { count: 1 })).toBe('Invite 1 person');
    expect(enT('preview.confirm', { count: 1500 })).toBe('Invite 1,500 people');
    expect(enT('preview.confirm', { count: 0 })).toBe('Nobody to invite');
    expect(frT('preview.confirm', { count: 1500 })).toBe('Inviter 1\u202f500\u00a0personnes');
  });

  it('a count given as text still chooses the form, and is shown as given', () => {
    expect(enT('bulk.tooManyJobs', { count: '1' })).toMatch(/^You already have 1 job running/);
  });

  it('without Intl (an older runtime) plurals still agree and numbers stay digits', () => {
    const saved = Intl.PluralRules;
    (Intl as { PluralRules?: unknown }).PluralRules = undefined;
    try {
      expect(translator('fr')('preview.duplicates', { count: 1 })).toBe('1\u00a0doublon retiré');
      expect(translator('fr')('preview.duplicates', { count: 1500 })).toBe('1500\u00a0doublons retirés');
      expect(translator('en')('preview.duplicates', { count: 0 })).toBe('0 duplicates removed');
    } finally {
      (Intl as { PluralRules?: unknown }).PluralRules = saved;
    }
  });

  it('strings are never re-read as templates: user text with braces stays as typed', () => {
    expect(enT('invalid.suggestion', { suggestion: '{count}@x.org' })).toBe('did you mean {count}@x.org?');
  });
});

describe('localeOf / translator', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['fr_FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
    [42, 'en'],
    ['french', 'en'],
  ])('%s → %s', (given, want) => {
    expect(localeOf(given)).toBe(want);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('fr')('done.roleChanged', { email: 'a@b.fr', role: 'Enseignant' })).toBe(
      'a@b.fr est maintenant invité comme Enseignant.',
    );
    expect(translator('en')('done.roleChanged')).toBe('{email} is now invited as {role}.');
  });
});

describe('catalog syntax', () => {
  it('reads an apostrophe as text and a placeholder inside a plural form', () => {
    expect(translator('fr')('sync.unresolved.row', { ref: "l'algèbre", reason: 'x', rows: '3' })).toContain(
      "l'algèbre",
    );
    expect(formsOf("{n, plural, one {# d'{what}} other {# d'{what}s}}")).toEqual(["{n} d'{what}", "{n} d'{what}s"]);
    expect(countsOf('{a, plural, other {#}} and {b, plural, =0 {none} other {#}}')).toEqual(['a', 'b']);
  });
});
