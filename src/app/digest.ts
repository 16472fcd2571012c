// The digest email: what is pending by course with ages, who joined and what the sweep did since the last one,
// mailed to the user themselves in their language. The words come from the caller (a view composes them), so the
// use case stays free of the catalog.
import { digestDue, digestIsEmpty, digestOf, type Digest } from '../domain/digest';
import type { Ledger } from '../domain/ledger';
import type { FollowUpSettings } from '../platform/follow-up-store';
import { mailMyself } from '../platform/mail';

/** Puts a digest into words: the subject and plain-text body, in `locale`, with course names by id. */
export type DigestComposer = (
  locale: string,
  digest: Digest,
  courseNames: ReadonlyMap<string, string>,
) => { subject: string; body: string };

const WEEK_MS = 7 * 86_400_000;

/**
 * Sends the digest when it is due and says something; returns the time to remember as the last digest (unchanged
 * when nothing was sent).
 */
export function sendDigestIfDue(
  settings: FollowUpSettings,
  ledger: Ledger,
  courseNames: ReadonlyMap<string, string>,
  compose: DigestComposer | undefined,
  now: number,
): number | undefined {
  if (!compose || !settings.email || !digestDue(settings.sweep, settings.lastDigestAt, now))
    return settings.lastDigestAt;
  const digest = digestOf(ledger, settings.lastDigestAt ?? now - WEEK_MS, now);
  if (digestIsEmpty(digest)) return now;
  const { subject, body } = compose(settings.locale ?? 'en', digest, courseNames);
  return mailMyself(settings.email, subject, body) ? now : settings.lastDigestAt;
}
