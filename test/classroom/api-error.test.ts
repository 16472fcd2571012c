// Normalising failures: the code and the @Reason token are read; the localized words around them are not.
import { fromException, fromRestBody } from '../../src/classroom/api-error';
import { messageKeyFor } from '../../src/domain/errors';

function gasError(message: string, details?: unknown): Error {
  return Object.assign(new Error(message), { name: 'GoogleJsonResponseException', details });
}

describe('fromException', () => {
  it('reads code and reason from an advanced-service exception', () => {
    const e = gasError(
      'API call to classroom.invitations.create failed with error: @IneligibleOwner The user is not eligible.',
      {
        code: 400,
        message: '@IneligibleOwner The user is not eligible.',
        errors: [{ reason: 'failedPrecondition', domain: 'global', message: 'x' }],
      },
    );
    expect(fromException(e)).toEqual({
      httpCode: 400,
      status: 'FAILED_PRECONDITION',
      reason: 'IneligibleOwner',
      message: 'The user is not eligible.',
    });
  });

  it('ignores the localized wrapper (a Spanish message gives the same result)', () => {
    const details = {
      code: 403,
      message: '@ClassroomApiDisabled The user is not permitted to access the Classroom API.',
    };
    const en = fromException(
      gasError('API call to classroom.courses.list failed with error: ' + details.message, details),
    );
    const es = fromException(
      gasError('No se ha podido llamar a la API classroom.courses.list; error: ' + details.message, details),
    );
    expect(es).toEqual(en);
    expect(en.reason).toBe('ClassroomApiDisabled');
    expect(en.status).toBe('PERMISSION_DENIED');
  });

  it('does not take a longer reason for a shorter one (matches with the trailing space)', () => {
    expect(fromException(gasError('x', { code: 400, message: '@CourseNotModifiableNow text' })).reason).toBe(
      'CourseNotModifiableNow',
    );
  });

  it('tells a reasonless FAILED_PRECONDITION (already member) from a bad request', () => {
    const pre = fromException(
      gasError('x', { code: 400, message: 'Precondition check failed.', errors: [{ reason: 'failedPrecondition' }] }),
    );
    const bad = fromException(
      gasError('x', { code: 400, message: 'Invalid value', errors: [{ reason: 'badRequest' }] }),
    );
    expect(pre.status).toBe('FAILED_PRECONDITION');
    expect(bad.status).toBe('INVALID_ARGUMENT');
  });

  it.each([
    [404, 'NOT_FOUND'],
    [409, 'ALREADY_EXISTS'],
    [429, 'RESOURCE_EXHAUSTED'],
    [503, 'UNAVAILABLE'],
  ])('maps %i to %s', (code, status) => {
    expect(fromException(gasError('x', { code, message: 'm' })).status).toBe(status);
  });

  it("reads Apps Script's own exceptions (no details) as transient, never a code inside their words", () => {
    const exception = (message: string) => Object.assign(new Error(message), { name: 'Exception' });
    for (const message of [
      'Service invoked too many times for one day: urlfetch.',
      'Empty response',
      'Address unavailable: https://classroom.googleapis.com/batch',
      'Request failed for https://classroom.googleapis.com returned code 400. Truncated server response: x',
      'Le service a renvoyé une erreur 400 inattendue.',
    ]) {
      expect(fromException(exception(message))).toMatchObject({ httpCode: 503, status: 'UNAVAILABLE' });
    }
    expect(fromException(gasError('Erreur 500 interne', { code: 404, message: 'Not found' })).httpCode).toBe(404);
  });

  it('marks what is not an API failure with code 0 (a bug, a killed execution)', () => {
    expect(fromException(new TypeError('Cannot read 400 of undefined')).httpCode).toBe(0);
    expect(fromException(new Error('Exceeded maximum execution time')).httpCode).toBe(0);
    expect(fromException('boom').httpCode).toBe(0);
    expect(fromException(null).httpCode).toBe(0);
  });
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

  it('survives a body that is not JSON-shaped', () => {
    expect(fromRestBody(502, 'Bad Gateway')).toMatchObject({ httpCode: 502, status: 'UNAVAILABLE' });
  });
});

describe('a named reason without details', () => {
  const bare = (message: string) =>
    fromException(gasError(`API call to classroom.invitations.create failed: ${message}`));

  it('gets the status Google gives that reason: 403 for the domain refusals, 400 for the preconditions', () => {
    expect(bare('@CannotInviteUserInUntrustedDomain The user is outside.')).toMatchObject({
      httpCode: 403,
      status: 'PERMISSION_DENIED',
      reason: 'CannotInviteUserInUntrustedDomain',
    });
    expect(bare('@UserInIllegalDomain The user is in an illegal domain.')).toMatchObject({
      httpCode: 403,
      status: 'PERMISSION_DENIED',
    });
    expect(bare('@CourseNotModifiable The course is archived.')).toMatchObject({
      httpCode: 400,
      status: 'FAILED_PRECONDITION',
    });
    expect(bare('@UserCourseJoinRateLimitReached Too many joins.')).toMatchObject({ httpCode: 429 });
  });

  it('is named in plain words whatever the status', () => {
    for (const [reason, key] of [
      ['CannotInviteUserInUntrustedDomain', 'err.untrustedDomain'],
      ['UserInIllegalDomain', 'err.illegalDomain'],
      ['CannotDirectAddUser', 'err.directAdd'],
      ['CourseNotModifiable', 'err.courseNotModifiable'],
      ['CannotRemoveCourseOwnerTransferIncomplete', 'err.cannotRemoveOwner'],
    ] as const) {
      expect(messageKeyFor(bare(`@${reason} words`), 'create')).toBe(key);
    }
  });
});
