// Invite outcomes decided from Classroom's answers (role changes: test/app/change-role.test.ts).
import { classifyCreate } from '../../src/classroom/follow-up';
import { needsRoster, outcomeOf } from '../../src/domain/outcomes';

const state = {
  invited: new Map([['b@x.org', 'OWNER' as const]]),
  members: new Set(['m@x.org']),
};
const body = (code: number, status: string, message = 'm') => ({ error: { code, status, message } });

describe('outcomeOf', () => {
  it('reports a created invitation with its role', () => {
    expect(outcomeOf('a@x.org', 'TEACHER', { kind: 'invited' })).toEqual({
      email: 'a@x.org',
      status: 'invited',
      role: 'TEACHER',
    });
  });

  it('names the role of an invitation that already existed', () => {
    expect(outcomeOf('b@x.org', 'STUDENT', { kind: 'alreadyInvited' }, state)).toEqual({
      email: 'b@x.org',
      status: 'alreadyInvited',
      role: 'OWNER',
    });
  });

  it('tells a member from a disabled account after a reasonless FAILED_PRECONDITION', () => {
    expect(outcomeOf('m@x.org', 'STUDENT', { kind: 'precondition' }, state).status).toBe('alreadyMember');
    const disabled = outcomeOf('d@x.org', 'STUDENT', { kind: 'precondition' }, state);
    expect(disabled.status).toBe('failed');
    expect(disabled.error?.cause.key).toBe('err.create.disabled');
  });

  it('keeps the reason of a refusal, with the address, for the message', () => {
    const o = outcomeOf(
      'o@x.org',
      'OWNER',
      classifyCreate({ status: 400, body: body(400, 'FAILED_PRECONDITION', '@IneligibleOwner x') }),
    );
    expect(o.error?.cause.key).toBe('err.ineligibleOwner');
    expect(o.error?.cause.params.email).toBe('o@x.org');
  });

  it('needs the roster only for answers that cannot be told apart without it', () => {
    expect(needsRoster([{ kind: 'invited' }])).toBe(false);
    expect(needsRoster([{ kind: 'invited' }, { kind: 'alreadyInvited' }])).toBe(true);
  });
});
