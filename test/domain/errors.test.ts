// Every documented Classroom failure maps to a message that names the fix, per operation.
import { messageKeyFor, isTransient, type ApiError, type Operation } from '../../src/domain/errors';
import { en } from '../../src/i18n/en';

const api = (httpCode: number, status: string, reason?: string): ApiError => ({
  httpCode,
  status,
  ...(reason ? { reason } : {}),
  message: 'x',
});

describe('messageKeyFor', () => {
  it.each([
    ['ClassroomApiDisabled', 403, 'PERMISSION_DENIED', 'err.apiDisabled'],
    ['ClassroomDisabled', 403, 'PERMISSION_DENIED', 'err.classroomDisabled'],
    ['CannotInviteUserInUntrustedDomain', 403, 'PERMISSION_DENIED', 'err.untrustedDomain'],
    ['IneligibleOwner', 400, 'FAILED_PRECONDITION', 'err.ineligibleOwner'],
    ['PendingInvitationExists', 400, 'FAILED_PRECONDITION', 'err.pendingOwnerInvitation'],
    ['CourseMemberLimitReached', 400, 'FAILED_PRECONDITION', 'err.memberLimit'],
    ['CourseTeacherLimitReached', 400, 'FAILED_PRECONDITION', 'err.teacherLimit'],
    ['UserGroupsMembershipLimitReached', 400, 'FAILED_PRECONDITION', 'err.userCourseLimit'],
    ['CourseNotModifiable', 400, 'FAILED_PRECONDITION', 'err.courseNotModifiable'],
    ['InactiveCourseOwner', 400, 'FAILED_PRECONDITION', 'err.inactiveOwner'],
    ['UserCourseJoinRateLimitReached', 429, 'RESOURCE_EXHAUSTED', 'err.joinRateLimit'],
  ])('@%s → %s', (reason, code, status, key) => {
    expect(messageKeyFor(api(code, status, reason), 'create')).toBe(key);
  });

  it.each<[string, number, Operation, string]>([
    ['NOT_FOUND', 404, 'get', 'err.invitation.notFound'],
    ['NOT_FOUND', 404, 'create', 'err.create.notFound'],
    ['PERMISSION_DENIED', 403, 'accept', 'err.accept.denied'],
    ['PERMISSION_DENIED', 403, 'create', 'err.create.denied'],
    ['PERMISSION_DENIED', 403, 'profile', 'err.profile.notFound'],
    ['ALREADY_EXISTS', 409, 'create', 'err.alreadyInvited'],
    ['FAILED_PRECONDITION', 400, 'create', 'err.create.alreadyMemberOrDisabled'],
    ['RESOURCE_EXHAUSTED', 429, 'list', 'err.rateLimited'],
    ['INTERNAL', 500, 'list', 'err.unavailable'],
    ['UNAVAILABLE', 503, 'get', 'err.unavailable'],
    ['SOMETHING_NEW', 418, 'get', 'err.unknown'],
  ])('%s on %s → %s', (status, code, op, key) => {
    expect(messageKeyFor(api(code, status), op)).toBe(key);
  });

  it('explains the two steps for an owner who is not yet a co-teacher', () => {
    expect(en['err.ineligibleOwner']).toMatch(/Teacher.*Owner/);
  });
});

describe('isTransient', () => {
  it('retries 429 and 5xx but not a daily join limit nor 4xx', () => {
    expect(isTransient(api(429, 'RESOURCE_EXHAUSTED'))).toBe(true);
    expect(isTransient(api(503, 'UNAVAILABLE'))).toBe(true);
    expect(isTransient(api(500, 'INTERNAL'))).toBe(true);
    expect(isTransient(api(429, 'RESOURCE_EXHAUSTED', 'UserCourseJoinRateLimitReached'))).toBe(false);
    expect(isTransient(api(404, 'NOT_FOUND'))).toBe(false);
  });
});
