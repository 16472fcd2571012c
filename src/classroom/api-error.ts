// Turns whatever a failed Classroom call threw or returned into an ApiError. Reads the numeric code and the
// `@Reason ` token only: the English words around them are localized by Apps Script and must not be parsed.
import type { ApiError } from '../domain/errors';

const STATUS_BY_CODE: Record<number, string> = {
  400: 'FAILED_PRECONDITION',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/**
 * The HTTP code each named reason comes with (common-errors page; platform.md §1.4, §9), for a reason that arrives
 * without details: the PERMISSION_DENIED ones are 403 (`UserInIllegalDomain`'s code is unverified: public code sees
 * it from invitations.create next to the untrusted-domain refusal, so 403 like it), the join limit 429, every other
 * reason a 400 FAILED_PRECONDITION.
 */
const CODE_BY_REASON: Record<string, number> = {
  CannotInviteUserInUntrustedDomain: 403,
  UserInIllegalDomain: 403,
  CannotDirectAddUser: 403,
  ClassroomApiDisabled: 403,
  ClassroomDisabled: 403,
  ProjectPermissionDenied: 403,
  UserCourseJoinRateLimitReached: 429,
};

// Google's advice: match the reason with its trailing space, so one reason that prefixes another cannot match.
const REASON = /@([A-Za-z]+)(?:\s|$)/;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * The status for a code. A 400 is FAILED_PRECONDITION when it carries a Classroom reason or the legacy
 * `errors[0].reason` says failedPrecondition (how invitations.create reports "already a member"), else a bad request.
 */
function statusFor(code: number, reason: string | undefined, given: unknown, legacyReason?: unknown): string {
  if (typeof given === 'string' && given.length > 0) return given;
  if (code === 400) return reason || legacyReason === 'failedPrecondition' ? 'FAILED_PRECONDITION' : 'INVALID_ARGUMENT';
  return STATUS_BY_CODE[code] ?? (code >= 500 ? 'INTERNAL' : 'UNKNOWN');
}

function legacyReasonOf(errors: unknown): unknown {
  return Array.isArray(errors) ? asRecord(errors[0])?.reason : undefined;
}

function fromParts(code: number, status: unknown, rawMessage: string, legacyReason?: unknown): ApiError {
  const reason = REASON.exec(rawMessage)?.[1];
  const message = rawMessage.replace(/^.*?@[A-Za-z]+\s*/, '').trim() || rawMessage;
  return {
    httpCode: code,
    status: statusFor(code, reason, status, legacyReason),
    ...(reason ? { reason } : {}),
    message,
  };
}

/** From a REST error body `{error: {code, message, status}}` (UrlFetchApp, batch parts). */
export function fromRestBody(httpCode: number, body: unknown): ApiError {
  const error = asRecord(asRecord(body)?.error);
  const message = typeof error?.message === 'string' ? error.message : '';
  return fromParts(
    typeof error?.code === 'number' ? error.code : httpCode,
    error?.status,
    message,
    legacyReasonOf(error?.errors),
  );
}

/**
 * From an exception thrown by the advanced service (GoogleJsonResponseException) or anything else. The HTTP code
 * comes from `details.code` only: the text around it is localized, and a "400" or "500" in it may be anything.
 * Apps Script's own exceptions ("Service invoked too many times…", "Empty response", "Address unavailable") carry
 * no details and say nothing about the request: they are transient. Anything else without details (a bug, the
 * execution being stopped) is not an API failure (httpCode 0).
 */
export function fromException(e: unknown): ApiError {
  const record = asRecord(e);
  const text = typeof record?.message === 'string' ? record.message : String(e);
  const details = asRecord(record?.details);
  const code = typeof details?.code === 'number' ? details.code : 0;
  const serverMessage = typeof details?.message === 'string' ? details.message : text;
  if (code) return fromParts(code, details?.status, serverMessage, legacyReasonOf(details?.errors));
  // Without details, a Classroom reason still names the refusal, with the code Google gives that reason.
  const reason = REASON.exec(serverMessage)?.[1];
  if (reason) return fromParts(CODE_BY_REASON[reason] ?? 400, undefined, serverMessage);
  if (isServiceException(e)) return { httpCode: 503, status: 'UNAVAILABLE', message: text };
  return { httpCode: 0, status: 'UNKNOWN', message: text };
}

/** Apps Script's service exceptions are named Exception (a plain Error where the runtime names none). */
function isServiceException(e: unknown): boolean {
  return e instanceof Error && (e.name === 'Exception' || e.name === 'GoogleJsonResponseException');
}
