// Classroom's answer to invitations.create read in the add-on's terms.
import { classifyCreate } from '../../src/classroom/follow-up';

const body = (code: number, status: string, message = 'm') => ({ error: { code, status, message } });

describe('classifyCreate', () => {
  it.each([
    [{ status: 200, body: {} }, 'invited'],
    [{ status: 409, body: body(409, 'ALREADY_EXISTS') }, 'alreadyInvited'],
    [{ status: 400, body: body(400, 'FAILED_PRECONDITION') }, 'precondition'],
    [{ status: 400, body: body(400, 'FAILED_PRECONDITION', '@IneligibleOwner x') }, 'failed'],
    [{ status: 429, body: body(429, 'RESOURCE_EXHAUSTED') }, 'retry'],
    [{ status: 503, body: 'Service Unavailable' }, 'retry'],
    [{ status: 0, body: {} }, 'retry'],
    [undefined, 'retry'],
    [{ status: 403, body: body(403, 'PERMISSION_DENIED', '@CannotInviteUserInUntrustedDomain x') }, 'failed'],
  ])('%j → %s', (res, kind) => {
    expect(classifyCreate(res).kind).toBe(kind);
  });
});
