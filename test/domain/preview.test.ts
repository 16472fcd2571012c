// The bulk dry run sorts every entry before anything is sent.
import { parseAddresses } from '../../src/domain/addresses';
import { previewInvites } from '../../src/domain/preview';

describe('previewInvites', () => {
  it('sorts entries into to invite, already invited (with role), member, invalid, external, duplicates', () => {
    const parsed = parseAddresses(
      'new@school.edu, inv@school.edu, mem@school.edu, Out <out@gmail.example>, junk, NEW@school.edu',
    );
    const p = previewInvites(
      parsed,
      { invited: new Map([['inv@school.edu', 'TEACHER']]), members: new Set(['mem@school.edu']) },
      'School.edu',
    );
    expect(p).toEqual({
      toInvite: ['new@school.edu', 'out@gmail.example'],
      alreadyInvited: [{ email: 'inv@school.edu', role: 'TEACHER' }],
      alreadyMember: ['mem@school.edu'],
      invalid: ['junk'],
      external: ['out@gmail.example'],
      duplicates: 1,
    });
  });
});
