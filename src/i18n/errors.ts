// Errors put into words, in one place: an AppError by its message key (with the API's status as detail); anything
// else is logged for Executions / Cloud Logging and shown only as "something went wrong".
import { isAppError } from '../domain/errors';
import type { Translate } from './index';

/** The words for an error; logs what the user must not see. */
export function describe(t: Translate, error: unknown): string {
  if (isAppError(error)) {
    const { key, params, api } = error.cause;
    return t(key, { detail: api ? `${api.status}${api.reason ? ` ${api.reason}` : ''}` : key, email: '', ...params });
  }
  console.error('Unexpected error', error instanceof Error ? (error.stack ?? error.message) : error);
  return t('err.internal');
}
