// Normalising failures: the code and the @Reason token are read; the words around them are not.
import { fromRestBody } from '../../src/classroom/mappers';
import { messageKeyFor } from '../../src/domain/errors';

const failure = (code: number, message: string, more: Record<string, unknown> = {}) => ({
  error: { code, message, ...more },
});

describe('fromRestBody', () => {
  it('reads a REST error body, status included', () => {
    expect(
      fromRestBody(403, {
        error: { code: 403, status: 'PERMISSION_DENIED', message: '@CannotInviteUserInUntrustedDomain No.' },
      }),
    ).toEqual({
      httpCode: 403,
      status: 'PERMISSION_DENIED',
      reason: 'CannotInviteUserInUntrustedDomain',
      message: 'No.',
    });
  });

  it('reads code and reason without a status, and the legacy failedPrecondition reason', () => {
    const body = failure(400, '@IneligibleOwner The user is not eligible.', {
      errors: [{ reason: 'failedPrecondition', domain: 'global', message: 'x' }],
    });
    expect(fromRestBody(400, body)).toEqual({
      httpCode: 400,
      status: 'FAILED_PRECONDITION',
      reason: 'IneligibleOwner',
      message: 'The user is not eligible.',
    });
  });

  it('does not take a longer reason for a shorter one (matches with the trailing space)', () => {
    expect(fromRestBody(400, failure(400, '@CourseNotModifiableNow text')).reason).toBe('CourseNotModifiableNow');
  });

  it('tells a reasonless FAILED_PRECONDITION (already member) from a bad request', () => {
    const pre = fromRestBody(
      400,
      failure(400, 'Precondition check failed.', { errors: [{ reason: 'failedPrecondition' }] }),
    );
    const bad = fromRestBody(400, failure(400, 'Invalid value', { errors: [{ reason: 'badRequest' }] }));
    expect(pre.status).toBe('FAILED_PRECONDITION');
    expect(bad.status).toBe('INVALID_ARGUMENT');
  });

  it.each([
    [404, 'NOT_FOUND'],
    [409, 'ALREADY_EXISTS'],
    [429, 'RESOURCE_EXHAUSTED'],
    [503, 'UNAVAILABLE'],
  ])('maps %i to %s', (code, status) => {
    expect(fromRestBody(code, failure(code, 'm')).status).toBe(status);
  });

  it('survives a body that is not JSON-shaped', () => {
    expect(fromRestBody(502, 'Bad Gateway')).toMatchObject({ httpCode: 502, status: 'UNAVAILABLE' });
  });

  it('names a reason in plain words whatever the status', () => {
    for (const [reason, key] of [
      ['CannotInviteUserInUntrustedDomain', 'err.untrustedDomain'],
      ['UserInIllegalDomain', 'err.illegalDomain'],
      ['CannotDirectAddUser', 'err.directAdd'],
      ['CourseNotModifiable', 'err.courseNotModifiable'],
      ['CannotRemoveCourseOwnerTransferIncomplete', 'err.cannotRemoveOwner'],
    ] as const) {
      expect(messageKeyFor(fromRestBody(400, failure(400, `@${reason} words`)), 'create')).toBe(key);
    }
  });
});
