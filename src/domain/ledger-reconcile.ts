// Brings one course's ledger entries in line with what Google lists: new invitations are "seen", intents become
// pending or are dropped, vanished invitations become joined (now a member) or declined. A listed invitation is the
// add-on's only while its entry has watched it without a gap and with the same role; anything else is "seen".
import { WATCH_GAP_MS, isSettled, matches, settled, type Ledger, type LedgerEntry } from './ledger';
import type { Invitation } from './types';

/** A listed invitation, with the invitee's email when the caller resolved it. */
export type ListedInvitation = Invitation & { email?: string };

/** A course member (student or teacher) by user id and/or email. */
export type Member = { userId?: string; email?: string };

type ReconcileEvent = { kind: 'seen' | 'confirmed' | 'joined' | 'disappeared' | 'dropped'; entry: LedgerEntry };

// An intent younger than this may be a create still running elsewhere (runs last 6 min at most): kept unless listed.
export const INTENT_GRACE_MS = 6 * 60_000;

function isMember(e: LedgerEntry, members: readonly Member[]): boolean {
  return members.some(
    (m) =>
      (m.userId !== undefined && m.userId === e.userId) ||
      (m.email !== undefined && e.email !== undefined && m.email.toLowerCase() === e.email),
  );
}

// `listed`: every invitation Google lists for `courseId` (all pages); `members`: the course's students and teachers.
// Entries of other courses are untouched. Events carry the entry as it is after the change ('dropped': as it was).
export function reconcile(
  ledger: Ledger,
  courseId: string,
  listed: readonly ListedInvitation[],
  members: readonly Member[],
  now: number,
  intentGraceMs = INTENT_GRACE_MS,
) {
  const out: (LedgerEntry | undefined)[] = ledger.slice();
  const events: ReconcileEvent[] = [];
  const matched = new Set<number>();
  // Open entries of this course by position: only they can match (a ledger holds many courses).
  const open = ledger.flatMap((e, i) => (e.courseId === courseId && !isSettled(e) ? [i] : []));
  for (const inv of listed) {
    if (inv.courseId !== courseId) continue;
    const target = { courseId, invitationId: inv.id, userId: inv.userId, email: inv.email };
    const at = open.find((i) => !matched.has(i) && matches(out[i] as LedgerEntry, target)) ?? -1;
    const e = out[at];
    // Another role under the same id is another invitation (someone else's create, or a role change).
    if (e && (e.status === 'intended' || e.role === inv.role || e.origin === undefined)) {
      const next: LedgerEntry = { ...e, status: 'pending', invitationId: inv.id, userId: inv.userId, role: inv.role };
      if (!next.email && inv.email) next.email = inv.email.toLowerCase();
      // An intent listed is the add-on's own create; a pending entry keeps its watch only without a long gap (an
      // entry it only saw has no watch to keep).
      const watched = e.status === 'intended' || (e.observedAt !== undefined && now - e.observedAt <= WATCH_GAP_MS);
      if (watched && e.origin !== undefined) next.observedAt = now;
      else delete next.observedAt;
      out[at] = next;
      matched.add(at);
      if (e.status === 'intended') events.push({ kind: 'confirmed', entry: next });
    } else {
      if (e) {
        out[at] = settled(e, 'declined', now);
        events.push({ kind: 'disappeared', entry: out[at] });
        matched.add(at);
      }
      const { role, userId, id: invitationId } = inv;
      const seen: LedgerEntry = { status: 'pending', courseId, role, at: now, reminders: 0, userId, invitationId };
      if (inv.email) seen.email = inv.email.toLowerCase();
      matched.add(out.length);
      out.push(seen);
      events.push({ kind: 'seen', entry: seen });
    }
  }
  for (const i of open) {
    const e = out[i];
    if (!e || matched.has(i)) continue;
    if (isMember(e, members)) {
      out[i] = settled(e, 'joined', now);
      events.push({ kind: 'joined', entry: out[i] });
    } else if (e.status === 'intended') {
      if (now - e.at < intentGraceMs) continue;
      out[i] = undefined;
      events.push({ kind: 'dropped', entry: e });
    } else {
      out[i] = settled(e, 'declined', now);
      events.push({ kind: 'disappeared', entry: out[i] });
    }
  }
  return { ledger: out.filter((e): e is LedgerEntry => e !== undefined), events };
}
