// Turns a failed Classroom answer into an ApiError. Reads the numeric code and the `@Reason ` token only: the
// English words around them are not parsed.
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

// Google's advice: match the reason with its trailing space, so one reason that prefixes another cannot match.
const REASON = /@([A-Za-z]+)(?:\s|$)/;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

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
