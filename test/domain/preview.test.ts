// The bulk dry run sorts every entry before anything is sent.
import { parseAddresses } from '../../src/domain/addresses';
import { previewInvites, toSend } from '../../src/domain/preview';

describe('previewInvites', () => {
  it('sorts every entry into exactly one group: inside, outside, already invited, member, invalid', () => {
    const parsed = parseAddresses(
      'new@school.edu, inv@school.edu, mem@school.edu, Out <out@gmail.example>, junk, NEW@school.edu',
    );
    const p = previewInvites(
      parsed,
      { invited: new Map([['inv@school.edu', 'TEACHER']]), members: new Set(['mem@school.edu']) },
      'School.edu',
    );
    expect(p).toEqual({
      toInvite: ['new@school.edu'],
      external: ['out@gmail.example'],
      alreadyInvited: [{ email: 'inv@school.edu', role: 'TEACHER' }],
      alreadyMember: ['mem@school.edu'],
      invalid: [{ text: 'junk', reason: 'noAt' }],
      duplicates: 1,
      cleaned: 0,
    });
    expect(toSend(p)).toEqual(['new@school.edu', 'out@gmail.example']);
  });
});
