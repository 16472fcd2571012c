// Errors the add-on reasons about: the Classroom API's failures (normalised) and bad user input, clasp-style
// with a machine code in `cause`, plus the mapping from an API failure to the plain-language message that fixes it.
import type { MessageKey } from '../i18n';

export type { MessageKey };

// A Classroom API failure as its REST JSON body says it (single calls, batch parts and fetchAll alike).
export interface ApiError {
  httpCode: number;
  status: string; // Canonical status: NOT_FOUND, PERMISSION_DENIED, FAILED_PRECONDITION, ALREADY_EXISTS, ...
  reason?: string; // Classroom's named reason from the `@Reason ` prefix, e.g. IneligibleOwner
  message: string; // The server's text without the reason prefix (English; shown only as a last resort)
}

type ErrorCode = 'CLASSROOM_API' | 'INVALID_INPUT' | 'BAD_EVENT' | 'CONFLICT';

export class AppError extends Error {
  declare readonly cause: { code: ErrorCode; key: MessageKey; params: Record<string, string | number>; api?: ApiError };

  constructor(code: ErrorCode, key: MessageKey, params: Record<string, string | number> = {}, api?: ApiError) {
    super(api ? `${key}: ${api.status}${api.reason ? ` @${api.reason}` : ''} ${api.message}` : key);
    // Set directly rather than through the ES2022 constructor option, whatever the engine supports.
    Object.defineProperty(this, 'cause', { value: { code, key, params, ...(api ? { api } : {}) }, enumerable: false });
    this.name = 'AppError';
  }
}

/** Bad input from the user: the message key names the fix; nothing was written. */
export const invalidInput = (key: MessageKey, params: Record<string, string | number> = {}): AppError =>
  new AppError('INVALID_INPUT', key, params);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** What the add-on was doing, because NOT_FOUND or PERMISSION_DENIED mean different fixes per operation. */
export type Operation = 'create' | 'get' | 'accept' | 'delete' | 'list' | 'courses' | 'course' | 'profile';

const TRANSIENT_CODES: readonly number[] = [429, 500, 502, 503, 504];

// A per-user daily join limit is a 429 too, but waiting seconds will not lift it.
export const isTransient = (error: ApiError) =>
  TRANSIENT_CODES.includes(error.httpCode) && error.reason !== 'UserCourseJoinRateLimitReached';

const BY_REASON: Record<string, MessageKey> = {
  // Not Google's: the add-on held the request back to stay within the quotas (transport/budget.ts).
  AddonBudget: 'err.budget',
  ClassroomApiDisabled: 'err.apiDisabled',
  ClassroomDisabled: 'err.classroomDisabled',
  ProjectPermissionDenied: 'err.projectDenied',
  CannotInviteUserInUntrustedDomain: 'err.untrustedDomain',
  UserInIllegalDomain: 'err.illegalDomain',
  CannotDirectAddUser: 'err.directAdd',
  IneligibleOwner: 'err.ineligibleOwner',
  PendingInvitationExists: 'err.pendingOwnerInvitation',
  CourseMemberLimitReached: 'err.memberLimit',
  CourseTeacherLimitReached: 'err.teacherLimit',
  UserGroupsMembershipLimitReached: 'err.userCourseLimit',
  CourseNotModifiable: 'err.courseNotModifiable',
  InactiveCourseOwner: 'err.inactiveOwner',
  UserCourseJoinRateLimitReached: 'err.joinRateLimit',
  UserCannotOwnCourse: 'err.cannotOwn',
  CannotRemoveCourseOwner: 'err.cannotRemoveOwner',
  CannotRemoveCourseOwnerTransferIncomplete: 'err.cannotRemoveOwner',
  CourseTitleCannotContainUrl: 'err.titleUrl',
  // The add-on never filters by both; if it ever did, that is its own bug.
  ListCoursesStudentAndTeacherFilter: 'err.internal',
};

// Per operation: what NOT_FOUND means, then what PERMISSION_DENIED means.
const BY_OPERATION: Record<Operation, [MessageKey, MessageKey]> = {
  create: ['err.create.notFound', 'err.create.denied'],
  get: ['err.invitation.notFound', 'err.get.denied'],
  accept: ['err.invitation.notFound', 'err.accept.denied'],
  delete: ['err.invitation.notFound', 'err.delete.denied'],
  list: ['err.course.notFound', 'err.list.denied'],
  courses: ['err.course.notFound', 'err.list.denied'],
  course: ['err.course.notFound', 'err.course.denied'],
  // userProfiles.get answers 403, not 404, for a profile that does not exist.
  profile: ['err.profile.notFound', 'err.profile.notFound'],
};

const BY_STATUS = new Map<string, MessageKey>([
  ['ALREADY_EXISTS', 'err.alreadyInvited'],
  ['INVALID_ARGUMENT', 'err.invalidArgument'],
  ['RESOURCE_EXHAUSTED', 'err.rateLimited'],
  ['UNAUTHENTICATED', 'err.unauthenticated'],
  ['INTERNAL', 'err.unavailable'],
  ['UNAVAILABLE', 'err.unavailable'],
  ['DEADLINE_EXCEEDED', 'err.unavailable'],
]);

/** The message key that explains an API failure, for the operation that met it. */
export function messageKeyFor(error: ApiError, op: Operation): MessageKey {
  const byReason = error.reason ? BY_REASON[error.reason] : undefined;
  if (byReason) return byReason;
  if (error.status === 'NOT_FOUND') return BY_OPERATION[op][0];
  if (error.status === 'PERMISSION_DENIED') return BY_OPERATION[op][1];
  // Without a reason, create fails this way when the person already has this role (or a higher one)
  // or their account is disabled (CR/invitations/create).
  if (error.status === 'FAILED_PRECONDITION')
    return op === 'create' ? 'err.create.alreadyMemberOrDisabled' : 'err.precondition';
  return BY_STATUS.get(error.status) ?? 'err.unknown';
}
