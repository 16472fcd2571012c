// Classroom's all-optional JSON narrowed to the add-on's plain data (a malformed resource is a server bug we refuse
// to render), and a failed answer to an ApiError: from its numeric code and `@Reason ` token only, not its English.
import { AppError, type ApiError } from '../domain/errors';
import { isRole } from '../domain/roles';
import type { Course, Invitation, Profile } from '../domain/types';

type Raw = Record<string, unknown> | undefined;

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

const malformed = (what: string) => new AppError('CLASSROOM_API', 'err.unknown', { detail: `malformed ${what}` });

export function toInvitation(raw: Raw): Invitation {
  const [id, courseId, userId, role] = [text(raw?.id), text(raw?.courseId), text(raw?.userId), raw?.role];
  if (!id || !courseId || !userId || !isRole(role)) throw malformed('invitation');
  return { id, courseId, userId, role };
}

export function toCourse(raw: Raw): Course {
  const id = text(raw?.id);
  if (!raw || !id) throw malformed('course');
  const enrollmentCode = text(raw.enrollmentCode);
  return {
    id,
    name: text(raw.name, id),
    section: text(raw.section),
    ownerId: text(raw.ownerId),
    state: text(raw.courseState, 'COURSE_STATE_UNSPECIFIED') as Course['state'],
    link: text(raw.alternateLink),
    ...(enrollmentCode ? { enrollmentCode } : {}),
  };
}

export function toProfile(raw: Raw, asked: string): Profile {
  const email = text(raw?.emailAddress, asked.includes('@') ? asked : '');
  return { id: text(raw?.id, asked), email, name: text((raw?.name as Raw)?.fullName, email) };
}

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

// Google's advice: match the reason with its trailing space, so one reason that prefixes another cannot match.
const REASON = /@([A-Za-z]+)(?:\s|$)/;

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

// From a REST error body `{error: {code, message, status, errors}}` (UrlFetchApp, batch parts). Without a status, a
// 400 is FAILED_PRECONDITION when it carries a Classroom reason or the legacy `errors[0].reason` says
// failedPrecondition (how invitations.create reports "already a member"), else a bad request.
export function fromRestBody(httpCode: number, body: unknown): ApiError {
  const error = asRecord(asRecord(body)?.error);
  const rawMessage = typeof error?.message === 'string' ? error.message : '';
  const code = typeof error?.code === 'number' ? error.code : httpCode;
  const reason = REASON.exec(rawMessage)?.[1];
  const legacyReason = Array.isArray(error?.errors) ? asRecord(error.errors[0])?.reason : undefined;
  let status = typeof error?.status === 'string' && error.status ? error.status : undefined;
  if (!status && code === 400)
    status = reason || legacyReason === 'failedPrecondition' ? 'FAILED_PRECONDITION' : 'INVALID_ARGUMENT';
  return {
    httpCode: code,
    status: status ?? STATUS_BY_CODE[code] ?? (code >= 500 ? 'INTERNAL' : 'UNKNOWN'),
    ...(reason ? { reason } : {}),
    message: rawMessage.replace(/^.*?@[A-Za-z]+\s*/, '').trim() || rawMessage,
  };
}
