// Both catalogs carry every message with the same placeholders, and the locale is picked from the event.
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { localeOf, MESSAGE_KEYS, translator } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogs', () => {
  it.each(MESSAGE_KEYS)('%s has the same placeholders in French', (key) => {
    expect(fr[key].length).toBeGreaterThan(0);
    expect(placeholders(fr[key])).toEqual(placeholders(en[key]));
  });

  it('French differs from English for sentences (it is translated, not copied)', () => {
    const same = MESSAGE_KEYS.filter((k) => en[k] === fr[k] && en[k].includes(' '));
    expect(same).toEqual([]);
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
