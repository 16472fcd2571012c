// The digest email: what is pending by course with ages, who joined and what the sweep did since the last one,
// mailed to the user themselves in their language. The words come from the caller (a view composes them), so the
// use case stays free of the catalog.
import { resolveProfiles } from '../classroom/profiles';
import { digestDue, digestIsEmpty, digestOf, unnamedIds, type Digest } from '../domain/digest';
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

// Sends the digest when it is due and says something. The time is saved (`stamp`) before the mail goes out, so a
// kill in between loses one digest rather than sending it twice; it is put back when the daily quota refused it.
export function sendDigestIfDue(
  settings: FollowUpSettings,
  ledger: Ledger,
  courseNames: ReadonlyMap<string, string>,
  compose: DigestComposer | undefined,
  now: number,
  stamp: (lastDigestAt: number | undefined) => void,
): boolean {
  if (!compose || !settings.email || !digestDue(settings.sweep, settings.lastDigestAt, now)) return false;
  const digest = digestOf(ledger, settings.lastDigestAt ?? now - WEEK_MS, now);
  stamp(now);
  if (digestIsEmpty(digest)) return false;
  // Names for those the ledger knows by id only, from the profiles the cards already fetched (cached): no request,
  // since a trigger run has its round trips counted, and Google may refuse a pending invitee's profile anyway.
  for (const [id, p] of resolveProfiles(unnamedIds(digest), () => new Map()))
    if (p.name || p.email) digest.names[id] = p.name || p.email;
  const { subject, body } = compose(settings.locale ?? 'en', digest, courseNames);
  if (mailMyself(settings.email, subject, body)) return true;
  stamp(settings.lastDigestAt);
  return false;
}
