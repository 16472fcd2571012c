// What the Apps Script runtime needs from Google's side, given by its caller: the accounts scripts run as, the
// Gmail mailboxes, the advanced services (e.g. `Classroom`) and the servers UrlFetchApp reaches.
import type { SeedMessage } from '../types';
import type { UrlFetchDeps } from './url-fetch';

/** An account a script can run as. */
export interface Account {
  id: string;
  email: string;
}

export interface GoogleBackend {
  /** The account with this id or email, if any. */
  user(idOrEmail: string): Account | undefined;
  /** Every mailbox's messages (GmailApp shows the acting user's own). */
  messages(): readonly SeedMessage[];
  /** The advanced-service globals of one execution as `userId`, throwing errors built with `ErrorCtor`. */
  advancedServices(userId: string, ErrorCtor: ErrorConstructor): Record<string, object>;
  /** Round trips and routing for UrlFetchApp (a request to no emulated host gets null). */
  http: UrlFetchDeps;
}
