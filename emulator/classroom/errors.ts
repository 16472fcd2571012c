// Classroom API failures as the emulated server raises them, and the JSON error body Google sends for them.

export class ApiFailure extends Error {
  constructor(
    readonly httpCode: number,
    readonly status: string,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** The message as it travels on the wire: Classroom puts the named reason in front, followed by one space. */
export function serverMessage(f: ApiFailure): string {
  return f.reason ? `@${f.reason} ${f.message}` : f.message;
}

// The legacy `errors[].reason` is a generic word per status, not the Classroom reason.
const GENERIC_REASON: Record<string, string> = {
  INVALID_ARGUMENT: 'badRequest',
  FAILED_PRECONDITION: 'failedPrecondition',
  UNAUTHENTICATED: 'authError',
  PERMISSION_DENIED: 'forbidden',
  NOT_FOUND: 'notFound',
  ALREADY_EXISTS: 'duplicate',
  RESOURCE_EXHAUSTED: 'rateLimitExceeded',
  INTERNAL: 'backendError',
  UNAVAILABLE: 'backendError',
};

export interface ErrorBody {
  error: {
    code: number;
    message: string;
    status: string;
    errors: { message: string; domain: 'global'; reason: string }[];
  };
}

export function errorBody(f: ApiFailure): ErrorBody {
  const message = serverMessage(f);
  const reason = GENERIC_REASON[f.status] ?? 'backendError';
  return { error: { code: f.httpCode, message, status: f.status, errors: [{ message, domain: 'global', reason }] } };
}

// Google's own generic texts, so messages shown to users look like production ones.
export const unauthenticated = (): ApiFailure =>
  new ApiFailure(
    401,
    'UNAUTHENTICATED',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid ' +
      'authentication credential.',
  );
export const invalidArgument = (message = 'Request contains an invalid argument.'): ApiFailure =>
  new ApiFailure(400, 'INVALID_ARGUMENT', message);
export const failedPrecondition = (reason?: string, message = 'Precondition check failed.'): ApiFailure =>
  new ApiFailure(400, 'FAILED_PRECONDITION', message, reason);
export const permissionDenied = (reason?: string, message = 'The caller does not have permission'): ApiFailure =>
  new ApiFailure(403, 'PERMISSION_DENIED', message, reason);
export const notFound = (message = 'Requested entity was not found.'): ApiFailure =>
  new ApiFailure(404, 'NOT_FOUND', message);
export const alreadyExists = (): ApiFailure => new ApiFailure(409, 'ALREADY_EXISTS', 'Requested entity already exists');
export const quotaExceeded = (): ApiFailure =>
  new ApiFailure(
    429,
    'RESOURCE_EXHAUSTED',
    "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user' of service " +
      "'classroom.googleapis.com'.",
  );

export const projectQuotaExceeded = (): ApiFailure =>
  new ApiFailure(
    429,
    'RESOURCE_EXHAUSTED',
    "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' of service " +
      "'classroom.googleapis.com'.",
  );

/** A transient server failure of the given HTTP status (fault injection). */
export function transientFailure(httpCode: number): ApiFailure {
  if (httpCode === 429) return quotaExceeded();
  if (httpCode === 503) return new ApiFailure(503, 'UNAVAILABLE', 'The service is currently unavailable.');
  if (httpCode === 500) return new ApiFailure(500, 'INTERNAL', 'Internal error encountered.');
  return new ApiFailure(httpCode, httpCode >= 500 ? 'INTERNAL' : 'UNKNOWN', `Error ${httpCode}.`);
}
