// Invite outcomes and role changes decided from Classroom's answers, including the restore path.
import { changeRole } from '../../src/domain/change-role';
import { AppError } from '../../src/domain/errors';
import { inviteOne, type InviteOps } from '../../src/domain/invite';
import type { Invitation } from '../../src/domain/types';

const apiError = (httpCode: number, status: string, reason?: string) =>
  new AppError('CLASSROOM_API', 'err.unknown', {}, { httpCode, status, message: 'm', ...(reason ? { reason } : {}) });

const inv = (role: Invitation['role'], id = 'i1'): Invitation => ({ id, courseId: 'c1', userId: 'u1', role });

function ops(create: InviteOps['create'], extra: Partial<InviteOps> = {}): InviteOps {
  return { create, existing: () => undefined, isMember: () => false, ...extra };
}

describe('inviteOne', () => {
  it('reports a created invitation with its role', () => {
    expect(inviteOne('a@x.org', 'TEACHER', ops(() => inv('TEACHER')))).toEqual({
      email: 'a@x.org',
      status: 'invited',
      role: 'TEACHER',
    });
  });

  it('turns ALREADY_EXISTS into "already invited" with the existing role', () => {
    const o = inviteOne('a@x.org', 'STUDENT', ops(() => { throw apiError(409, 'ALREADY_EXISTS'); }, { existing: () => inv('OWNER') }));
    expect(o).toEqual({ email: 'a@x.org', status: 'alreadyInvited', role: 'OWNER' });
  });

  it('turns a reasonless FAILED_PRECONDITION into "already a member" only when the roster says so', () => {
    const fail = () => { throw apiError(400, 'FAILED_PRECONDITION'); };
    expect(inviteOne('a@x.org', 'STUDENT', ops(fail, { isMember: () => true })).status).toBe('alreadyMember');
    const disabled = inviteOne('a@x.org', 'STUDENT', ops(fail, { isMember: () => false }));
    expect(disabled.status).toBe('failed');
    expect(disabled.error?.cause.key).toBe('err.create.disabled');
  });

  it('keeps the error of any other failure and rethrows what is not a Classroom answer', () => {
    expect(inviteOne('a@x.org', 'OWNER', ops(() => { throw apiError(400, 'FAILED_PRECONDITION', 'IneligibleOwner'); })).status).toBe('failed');
    expect(() => inviteOne('a@x.org', 'STUDENT', ops(() => { throw new Error('Exceeded maximum execution time'); }))).toThrow('Exceeded');
  });
});

describe('changeRole', () => {
  it('does nothing when the role is the same', () => {
    const calls: string[] = [];
    const r = changeRole(inv('STUDENT'), 'STUDENT', { remove: () => calls.push('remove'), create: () => inv('STUDENT') });
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
      create: () => { throw apiError(503, 'UNAVAILABLE'); },
    });
    expect(r.kind).toBe('lost');
  });

  it('changes nothing when the delete fails', () => {
    let created = false;
    expect(() =>
      changeRole(inv('STUDENT'), 'TEACHER', {
        remove: () => { throw apiError(403, 'PERMISSION_DENIED'); },
        create: () => ((created = true), inv('TEACHER')),
      }),
    ).toThrow(AppError);
    expect(created).toBe(false);
  });
});
