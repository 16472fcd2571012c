// Find invitations by email (or part of one) or by name: the ledger's entries and, for a whole address, a live read
// of that person's pending invitations in every course the user can see (invitations.list?userId=<email>: one call).
import { coursesById } from '../classroom/courses';
import { invitationsOfUser } from '../classroom/follow-up';
import { resolveProfiles } from '../classroom/profiles';
import { fetchProfilesBatched } from '../classroom/rest';
import { ageOf } from '../domain/age';
import { findByEmail, isSettled, type LedgerEntry } from '../domain/ledger';
import { loadLedger } from '../platform/ledger-store';

const WHOLE_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = 50; // Entries listed at most: a card shows 50

export function findInvitations(query: string) {
  const q = query.trim();
  const ledger = loadLedger();
  let hits = findByEmail(ledger, q);
  if (!q.includes('@')) {
    // By name: only where Google shows profiles (cached or fetched in batches), among open entries.
    const open = ledger.filter((e) => !isSettled(e) && e.userId && !hits.includes(e));
    const ids = open.map((e) => e.userId ?? '');
    const people = resolveProfiles(ids, fetchProfilesBatched);
    const nameOf = (e: LedgerEntry) => people.get(e.userId ?? '')?.name.toLowerCase();
    hits = [...hits, ...open.filter((e) => nameOf(e)?.includes(q.toLowerCase()))];
  }
  hits = hits.slice(0, MAX);
  // A person the ledger knows only by id (seen, not sent): named by their profile where Google shows it.
  const unnamed = hits.flatMap((e) => (!e.email && e.userId ? [e.userId] : []));
  const named = resolveProfiles(unnamed, fetchProfilesBatched);
  hits = hits.map((e) => {
    const email = !e.email && e.userId ? named.get(e.userId)?.email : undefined;
    return email ? { ...e, email: email.toLowerCase() } : e;
  });
  const live = WHOLE_ADDRESS.test(q) ? invitationsOfUser(q) : [];
  const courses = coursesById([...new Set([...hits.map((e) => e.courseId), ...live.map((i) => i.courseId)])]);
  const now = Date.now();
  const invitee = { id: '', email: q.toLowerCase(), name: '' };
  return {
    query: q,
    live: live.map((inv) => {
      const course = courses.get(inv.courseId);
      return { ...inv, invitee: { ...invitee, id: inv.userId }, ...(course ? { course } : {}) };
    }),
    recorded: hits.map((entry) => ({
      entry,
      courseName: courses.get(entry.courseId)?.name ?? entry.courseId,
      age: ageOf(entry, now),
    })),
  };
}
