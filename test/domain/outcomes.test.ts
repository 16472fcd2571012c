// Invite outcomes and role changes decided from Classroom's answers, including the restore path.
import { changeRole } from '../../src/domain/change-role';
import { AppError } from '../../src/domain/errors';
import { classifyCreate } from '../../src/classroom/create';
import { needsRoster, outcomeOf } from '../../src/domain/outcomes';
import type { Invitation } from '../../src/domain/types';

const apiError = (httpCode: number, status: string, reason?: string) =>
  new AppError('CLASSROOM_API', 'err.unknown', {}, { httpCode, status, message: 'm', ...(reason ? { reason } : {}) });

const inv = (role: Invitation['role'], id = 'i1'): Invitation => ({ id, courseId: 'c1', userId: 'u1', role });

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

describe('changeRole', () => {
  it('does nothing when the role is the same', () => {
    const calls: string[] = [];
    const r = changeRole(inv('STUDENT'), 'STUDENT', {
      remove: () => calls.push('remove'),
      create: () => inv('STUDENT'),
    });
    expect(r).toEqual({ kind: 'unchanged' });
    expect(calls).toEqual([]);
  });

  it('deletes then creates with the new role', () => {
    const calls: string[] = [];
    const r = changeRole(inv('STUDENT'), 'TEACHER', {
      remove: (id) => calls.push(`remove ${id}`),
      create: (_u, _c, role) => (calls.push(`create ${role}`), inv(role, 'i2')),
    });
    expect(calls).toEqual(['remove i1', 'create TEACHER']);
    expect(r).toEqual({ kind: 'changed', invitation: inv('TEACHER', 'i2') });
  });

  it('recreates the original invitation when the new one is refused', () => {
    const r = changeRole(inv('STUDENT'), 'OWNER', {
      remove: () => undefined,
      create: (_u, _c, role) => {
        if (role === 'OWNER') throw apiError(400, 'FAILED_PRECONDITION', 'IneligibleOwner');
        return inv(role, 'i3');
      },
    });
    expect(r.kind).toBe('restored');
    expect(r.kind === 'restored' && r.invitation.role).toBe('STUDENT');
  });

  it('reports both errors when even the restore fails', () => {
    const r = changeRole(inv('STUDENT'), 'TEACHER', {
      remove: () => undefined,
      create: () => {
        throw apiError(503, 'UNAVAILABLE');
      },
    });
    expect(r.kind).toBe('lost');
  });

  it('changes nothing when the delete fails', () => {
    let created = false;
    expect(() =>
      changeRole(inv('STUDENT'), 'TEACHER', {
        remove: () => {
          throw apiError(403, 'PERMISSION_DENIED');
        },
        create: () => ((created = true), inv('TEACHER')),
      }),
    ).toThrow(AppError);
    expect(created).toBe(false);
  });
});
