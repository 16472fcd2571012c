// Address parsing: what teachers paste (lists, Name <email>, junk, duplicates) comes out clean, and a mistyped
// entry is reported whole with its reason, never turned into a different person.
import fc from 'fast-check';
import { domainOf, isEmail, parseAddresses, shorten, type InvalidReason } from '../../src/domain/addresses';

const problemsOf = (text: string) => parseAddresses(text).problems.map(({ text, reason }) => [text, reason]);

describe('parseAddresses', () => {
  it('splits on commas, semicolons, new lines and tabs, lower-cases and keeps names', () => {
    const r = parseAddresses(
      'Ada@School.edu; "Turing, Alan" <alan@school.edu>\nGrace Hopper <grace@school.edu>\tx@y.org',
    );
    expect(r.valid).toEqual([
      { email: 'ada@school.edu' },
      { email: 'alan@school.edu', name: 'Turing, Alan' },
      { email: 'grace@school.edu', name: 'Grace Hopper' },
      { email: 'x@y.org' },
    ]);
    expect(r.invalid).toEqual([]);
  });

  it('reports junk as invalid, as typed, with a reason, and counts duplicates once', () => {
    const r = parseAddresses('a@b.org, not-an-email, A@B.org, <script>@x, a@b');
    expect(r.valid.map((a) => a.email)).toEqual(['a@b.org']);
    expect(r.invalid).toEqual(['not-an-email', '<script>@x', 'a@b']);
    expect(r.problems).toEqual([
      { text: 'not-an-email', reason: 'noAt' },
      { text: '<script>@x', reason: 'badLocal' },
      { text: 'a@b', reason: 'badDomain' },
    ]);
    expect(r.duplicates).toBe(1);
  });

  it('accepts space-separated addresses copied from a sheet and mailto: links', () => {
    expect(parseAddresses('a@x.org b@x.org mailto:c@x.org').valid.map((a) => a.email)).toEqual([
      'a@x.org',
      'b@x.org',
      'c@x.org',
    ]);
  });

  it('returns nothing for blank input', () => {
    expect(parseAddresses(' \n ,; \u200B')).toEqual({
      valid: [],
      invalid: [],
      problems: [],
      duplicates: 0,
      cleaned: 0,
    });
  });

  it.each<[string, string, InvalidReason]>([
    ['a space inside an address (issue 9)', 'jane doe@demo-school.edu', 'space'],
    ['a name typed without <>', 'Jane Doe jane@demo-school.edu', 'space'],
    ['a space inside <>', 'Jane <jane doe@demo-school.edu>', 'space'],
    ['an em space inside an address', 'jane\u2003doe@demo-school.edu', 'space'],
    ['a no-break space inside an address', 'jane\u00A0doe@demo-school.edu', 'space'],
    ['no @', 'jane.demo-school.edu', 'noAt'],
    ['two @', 'jane@doe@demo-school.edu', 'manyAt'],
    ['a bad character before the @', 'ja(ne@demo-school.edu', 'badLocal'],
    ['two dots before the @', 'ja..ne@demo-school.edu', 'badLocal'],
    ['more than 64 characters before the @', `${'a'.repeat(65)}@demo-school.edu`, 'badLocal'],
    ['a domain without a dot', 'jane@demo-school', 'badDomain'],
    ['a domain ending in a dot', 'jane@demo-school.', 'badDomain'],
    ['more than 254 characters', `${'a'.repeat(60)}@${`${'b'.repeat(60)}.`.repeat(3)}${'c'.repeat(7)}.org`, 'tooLong'],
  ])('%s is ONE invalid entry with its reason, and nothing is queued', (_, text, reason) => {
    const r = parseAddresses(`ok@demo-school.edu\n${text}`);
    expect(r.valid).toEqual([{ email: 'ok@demo-school.edu' }]);
    expect(r.problems).toEqual([{ text: text.replace('\u00A0', ' '), reason }]);
    expect(r.invalid).toEqual([text.replace('\u00A0', ' ')]);
  });

  it('an address of 254 characters is still valid', () => {
    const email = `${'a'.repeat(60)}@${`${'b'.repeat(60)}.`.repeat(3)}${'c'.repeat(6)}.org`;
    expect(email).toHaveLength(254);
    expect(parseAddresses(email).valid).toEqual([{ email }]);
  });

  it('a comma inside a domain is one invalid entry with the likely address (issue 8)', () => {
    const r = parseAddresses('a@demo-school,edu\nmailto:B@demo-school,edu');
    expect(r.valid).toEqual([]);
    expect(r.problems).toEqual([
      { text: 'a@demo-school,edu', reason: 'comma', suggestion: 'a@demo-school.edu' },
      { text: 'mailto:B@demo-school,edu', reason: 'comma', suggestion: 'b@demo-school.edu' },
    ]);
    expect(r.invalid).toEqual(['a@demo-school,edu', 'mailto:B@demo-school,edu']);
  });

  it('a comma stays a separator between addresses and after spaces', () => {
    expect(parseAddresses('a@x.org,b@x.org,org').valid.map((a) => a.email)).toEqual(['a@x.org', 'b@x.org']);
    expect(problemsOf('a@demo-school, edu')).toEqual([
      ['a@demo-school', 'badDomain'],
      ['edu', 'noAt'],
    ]);
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['left-to-right mark', '\u200E'],
  ])('a %s inside an address is removed and counted', (_, ch) => {
    const r = parseAddresses(`ja${ch}ne@demo-school.edu, Ada <ada@demo${ch}-school.edu>, ok@demo-school.edu`);
    expect(r.valid).toEqual([
      { email: 'jane@demo-school.edu' },
      { email: 'ada@demo-school.edu', name: 'Ada' },
      { email: 'ok@demo-school.edu' },
    ]);
    expect(r.cleaned).toBe(2);
  });

  it.each([
    ['no-break space', '\u00A0'],
    ['narrow no-break space', '\u202F'],
  ])('a %s around an address is trimmed and counted; between addresses it separates them', (_, ch) => {
    const r = parseAddresses(`${ch}jane@demo-school.edu${ch}\na@x.org${ch}b@x.org`);
    expect(r.valid.map((a) => a.email)).toEqual(['jane@demo-school.edu', 'a@x.org', 'b@x.org']);
    expect(r.cleaned).toBe(2);
  });

  it('keeps a cleaned invalid entry without its invisible characters', () => {
    expect(problemsOf('jane\u200B doe@demo-school.edu')).toEqual([['jane doe@demo-school.edu', 'space']]);
  });

  it('a stray quote in a pasted list of 200 addresses spoils at most its own entry', () => {
    const emails = Array.from({ length: 200 }, (_, i) => `student${i}@demo-school.edu`);
    for (const sep of ['\n', ', ', ';']) {
      const lines = [...emails];
      lines[57] = `"${lines[57]}`;
      const r = parseAddresses(lines.join(sep));
      expect(r.valid).toHaveLength(199);
      expect(r.problems).toEqual([{ text: '"student57@demo-school.edu', reason: 'badLocal' }]);
    }
  });

  it('quotes still protect commas in display names, including Outlook-style names holding the address', () => {
    const r = parseAddresses('"Turing, Alan" <alan@x.org>, "ada@x.org" <ada@x.org>; "x, y@z.org" <xy@z.org>');
    expect(r.valid).toEqual([
      { email: 'alan@x.org', name: 'Turing, Alan' },
      { email: 'ada@x.org', name: 'ada@x.org' },
      { email: 'xy@z.org', name: 'x, y@z.org' },
    ]);
  });

  it('a pair of quotes around bare addresses does not swallow them', () => {
    expect(parseAddresses('a@x.org, "b@x.org, c@x.org, d@x.org"').valid.map((a) => a.email)).toEqual([
      'a@x.org',
      'c@x.org',
    ]);
  });

  it('one stray quote in a display name of a From/To/Cc header does not merge the headers', () => {
    const headers = ['"O\'Brien <ob@x.org>', 'Ada <ada@x.org>, "Smith, Jane" <jane@x.org>', 'Bob" <bob@x.org>'];
    for (const sep of [',', '\n']) {
      expect(parseAddresses(headers.join(sep)).valid).toEqual([
        { email: 'ob@x.org', name: "O'Brien" },
        { email: 'ada@x.org', name: 'Ada' },
        { email: 'jane@x.org', name: 'Smith, Jane' },
        { email: 'bob@x.org', name: 'Bob' },
      ]);
    }
  });
});

// Generators: good addresses live under .org, mistyped people under broken.example, so any valid broken.example
// address in the output would be a person the parser invented.
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const goodEmail = fc.tuple(word, word).map(([l, d]) => `${l}@${d}.org`);
const named = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{0,6}( [A-Z][a-z]{0,6})?$/), goodEmail)
  .map(([n, e]) => `${n} <${e}>`);
const spaced = fc.tuple(word, word).map(([first, last]) => `${first} ${last}@broken.example`);
const commaed = word.map((l) => `${l}@broken,example`);
const junk = fc.string({ maxLength: 12 }).filter((s) => !/[,;\t\r\n"<>@]/.test(s));
const entry = fc.oneof(goodEmail, named, spaced, commaed, junk);
const separator = fc.constantFrom(', ', ',', '; ', ';', '\n', '\r\n', '\t');
const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');

function join(entries: string[], seps: string[]): string {
  return entries.map((e, i) => (i === 0 ? e : `${seps[i % seps.length] ?? ','}${e}`)).join('');
}

function insertAt(text: string, at: number, ch: string): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + ch + text.slice(i);
}

describe('display names and what is wrong (issue 18)', () => {
  it('accepts quoted names with commas or brackets and names with emoji, counting nothing as cleaned', () => {
    const r = parseAddresses(
      '"Doe, Jane" <jane@x.org>\nZoë 🎓 <zoe@x.org>\nMia 👩‍🏫 <mia@x.org>\n"Bobby <b>Tables</b>" <bobby@x.org>',
    );
    expect(r.valid).toEqual([
      { email: 'jane@x.org', name: 'Doe, Jane' },
      { email: 'zoe@x.org', name: 'Zoë 🎓' },
      { email: 'mia@x.org', name: 'Mia 👩‍🏫' },
      { email: 'bobby@x.org', name: 'Bobby <b>Tables</b>' },
    ]);
    expect(r.invalid).toEqual([]);
    expect(r.cleaned).toBe(0);
  });

  it('still removes an invisible character inside the address itself', () => {
    const r = parseAddresses('Zoë <zo\u200Be@x.org>');
    expect(r.valid).toEqual([{ email: 'zoe@x.org', name: 'Zoë' }]);
    expect(r.cleaned).toBe(1);
  });

  it('says which part is missing', () => {
    expect(parseAddresses('@demo-school.edu').problems).toEqual([{ text: '@demo-school.edu', reason: 'noLocal' }]);
    expect(parseAddresses('jane@').problems).toEqual([{ text: 'jane@', reason: 'noDomain' }]);
    expect(parseAddresses('ja ne@x.org').problems[0]?.reason).toBe('space');
  });
});

describe('parseAddresses properties', () => {
  it('never invents a person: every valid address is a whole address of the input, even with stray quotes', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.array(separator, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (entries, seps, quotes) => {
          const text = quotes.reduce((t, at) => insertAt(t, at, '"'), join(entries, seps));
          const whole = new Set(entries.map((e) => (/<(.*)>/.exec(e)?.[1] ?? e).toLowerCase()));
          for (const { email } of parseAddresses(text).valid) expect(whole).toContain(email);
        },
      ),
    );
  });

  it('never throws, and every non-blank entry is valid, invalid or a duplicate; cleaned ones are counted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entry, fc.option(fc.tuple(fc.nat(), invisible))), { maxLength: 30 }),
        fc.array(separator, { minLength: 1, maxLength: 5 }),
        (items, seps) => {
          const entries = items.map(([e, inv]) => (inv ? insertAt(e, inv[0], inv[1]) : e));
          const nonBlank = items.filter(([e]) => e.trim() !== '');
          const r = parseAddresses(join(entries, seps));
          expect(r.valid.length + r.invalid.length + r.duplicates).toBe(nonBlank.length);
          expect(r.cleaned).toBe(nonBlank.filter(([, inv]) => inv).length);
          expect(r.problems.map((p) => p.text)).toEqual(r.invalid);
          for (const a of r.valid) expect(isEmail(a.email)).toBe(true);
          expect(new Set(r.valid.map((a) => a.email)).size).toBe(r.valid.length);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(() => parseAddresses(text)).not.toThrow();
      }),
    );
  });

  it('a stray quote anywhere in N good addresses, one per line or in one header line, leaves at least N-1', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(goodEmail, named), { minLength: 1, maxLength: 40, selector: (e) => e.toLowerCase() }),
        fc.constantFrom('\n', ', '),
        fc.nat(),
        (entries, sep, at) => {
          const emails = new Set(entries.map((e) => (/<(.*)>/.exec(e)?.[1] ?? e).toLowerCase()));
          fc.pre(emails.size === entries.length);
          const r = parseAddresses(insertAt(entries.join(sep), at, '"'));
          expect(r.valid.length).toBeGreaterThanOrEqual(entries.length - 1);
        },
      ),
    );
  });
});

describe('isEmail / domainOf / shorten', () => {
  it.each(['a@b.co', 'first.last+tag@sub.school.edu', "o'neil@x.org"])('%s is an email', (e) => {
    expect(isEmail(e)).toBe(true);
  });
  it.each(['a@b', '@b.org', 'a@@b.org', 'a b@c.org', 'a..b@c.org', `${'a'.repeat(250)}@c.org`])('%s is not', (e) => {
    expect(isEmail(e)).toBe(false);
  });
  it('takes the domain after the last @', () => {
    expect(domainOf('Ada@School.EDU')).toBe('school.edu');
  });
  it('shortens long text to 80 code points with an ellipsis, never cutting a character in half', () => {
    expect(shorten('short')).toBe('short');
    expect(shorten('a'.repeat(80))).toBe('a'.repeat(80));
    expect(shorten('a'.repeat(4130))).toBe(`${'a'.repeat(79)}…`);
    expect(shorten('😀'.repeat(20), 10)).toBe(`${'😀'.repeat(9)}…`);
  });
});
