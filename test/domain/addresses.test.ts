// Address parsing: what teachers paste (lists, Name <email>, junk, duplicates) comes out clean.
import fc from 'fast-check';
import { domainOf, isEmail, parseAddresses } from '../../src/domain/addresses';

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

  it('reports junk as invalid, as typed, and counts duplicates once', () => {
    const r = parseAddresses('a@b.org, not-an-email, A@B.org, <script>@x, a@b');
    expect(r.valid.map((a) => a.email)).toEqual(['a@b.org']);
    expect(r.invalid).toEqual(['not-an-email', '<script>@x', 'a@b']);
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
    expect(parseAddresses(' \n ,; ')).toEqual({ valid: [], invalid: [], duplicates: 0 });
  });

  it('never loses an entry: every non-blank token is valid, invalid or a duplicate', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 12 })), { maxLength: 40 }), (entries) => {
        const tokens = entries
          .join(',')
          .split(/[,;\n\r\t]/)
          .flatMap((e) => e.trim().split(/\s+/))
          .filter(Boolean);
        const r = parseAddresses(entries.join(','));
        expect(r.valid.length + r.invalid.length + r.duplicates).toBeLessThanOrEqual(tokens.length);
        for (const a of r.valid) expect(isEmail(a.email)).toBe(true);
        expect(new Set(r.valid.map((a) => a.email)).size).toBe(r.valid.length);
      }),
    );
  });
});

describe('isEmail / domainOf', () => {
  it.each(['a@b.co', 'first.last+tag@sub.school.edu', "o'neil@x.org"])('%s is an email', (e) => {
    expect(isEmail(e)).toBe(true);
  });
  it.each(['a@b', '@b.org', 'a@@b.org', 'a b@c.org', 'a..b@c.org', `${'a'.repeat(250)}@c.org`])('%s is not', (e) => {
    expect(isEmail(e)).toBe(false);
  });
  it('takes the domain after the last @', () => {
    expect(domainOf('Ada@School.EDU')).toBe('school.edu');
  });
});
