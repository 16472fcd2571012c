// The pure rules of the role-change journal and of invitation ids.
import { decodeInvitationId, idMatches, invitationIdProblem } from '../../src/domain/invitation-id';
import { noticeFor, parseIntents, settleFrom, type RoleChangeIntent } from '../../src/domain/journal';

const intent: RoleChangeIntent = {
  courseId: '502',
  invitationId: 'abc',
  userId: '111',
  email: 'chloe@x.edu',
  from: 'STUDENT',
  to: 'TEACHER',
  startedAt: 1,
};
const b64 = (s: string) => Buffer.from(s).toString('base64url');

describe('settling a journaled role change', () => {
  it("adopts the person's invitation when Google shows one, else creates the new role", () => {
    expect(settleFrom(intent, [{ courseId: '502', userId: '111', role: 'STUDENT' }])).toEqual({
      kind: 'settled',
      role: 'STUDENT',
    });
    expect(settleFrom(intent, [{ courseId: '502', userId: '999', role: 'STUDENT' }])).toEqual({
      kind: 'create',
      role: 'TEACHER',
    });
  });

  it('names the outcome from the role the person ends with', () => {
    expect(noticeFor(intent, 'TEACHER').outcome).toBe('finished');
    expect(noticeFor(intent, 'STUDENT').outcome).toBe('rolledBack');
    expect(noticeFor(intent, 'OWNER').outcome).toBe('unchanged');
    expect(noticeFor(intent, null, 'err.x')).toMatchObject({ outcome: 'failed', reason: 'err.x' });
  });

  it('drops anything malformed read back from properties', () => {
    expect(parseIntents('not json')).toEqual([]);
    expect(parseIntents(JSON.stringify([intent, { ...intent, to: '__proto__' }, null, 3]))).toEqual([intent]);
  });
});

describe('invitation ids', () => {
  it('decodes the observed shape "<courseId>|<userId>" (and the emulator\'s counter) as a sanity filter only', () => {
    expect(decodeInvitationId(b64('502|111'))).toEqual({ courseId: '502', userId: '111' });
    expect(decodeInvitationId(b64('502|111|7'))).toEqual({ courseId: '502', userId: '111' });
    for (const junk of ['__proto__', 'NaN', '-1', '', 'AAAA', b64('hello'), b64('502|abc')])
      expect(decodeInvitationId(junk)).toBeNull();
  });

  it('refuses only an id that decodes to another course or person than the invitation read by it', () => {
    expect(idMatches(b64('502|111'), { courseId: '502', userId: '111' })).toBe(true);
    expect(idMatches(b64('502|222'), { courseId: '502', userId: '111' })).toBe(false);
    expect(idMatches('opaque-id', { courseId: '502', userId: '111' })).toBe(true);
  });

  it('says what is wrong with a typed id, length first', () => {
    expect(invitationIdProblem('')).toBe('empty');
    expect(invitationIdProblem('A'.repeat(201))).toBe('tooLong');
    expect(invitationIdProblem('a b')).toBe('chars');
    expect(invitationIdProblem(b64('502|111'))).toBeNull();
  });
});
