// The open Gmail message in context: its people (the sender first, less the user), PEOPLE_PAGE at a time, with where
// they stand in the user's courses (one round trip a page), and the course the message is about chosen by default.
import { cachedCurrentUser, rememberCurrentUser } from '../classroom/profiles';
import { rememberCourses } from '../classroom/courses';
import { readPeoplePlaces } from '../classroom/lists';
import { domainOf } from '../domain/addresses';
import type { PersonStatus } from '../domain/outcomes';
import { placesOf, type Place } from '../domain/standing';
import type { Course } from '../domain/types';
import { matchesName, PEOPLE_PAGE } from '../domain/list-pages';
import { messagePeople } from '../platform/gmail';
import { loadLedger } from '../platform/ledger-store';

function statusIn(courseId: string, places: readonly Place[]): PersonStatus {
  const here = places.find((p) => p.courseId === courseId);
  if (!here) return { kind: 'none' };
  return here.kind === 'invited' ? { kind: 'alreadyInvited', role: here.role } : { kind: 'alreadyMember' };
}

/** The course the message is about: a pending invitation (the sender's first), else one named in the subject. */
function courseAbout(courses: Course[], subject: string, people: readonly { sender: boolean; places: Place[] }[]) {
  const invited = [...people].sort((a, b) => Number(b.sender) - Number(a.sender));
  for (const p of invited) {
    const place = p.places.find((x) => x.kind === 'invited');
    const course = place && courses.find((c) => c.id === place.courseId);
    if (course) return course;
  }
  // The longest name first: "Algebra II" before "Algebra".
  const named = [...courses].sort((a, b) => b.name.length - a.name.length);
  return named.find((c) => c.name.trim().length > 2 && matchesName({ name: subject }, c.name));
}

// The message's people from `offset`, PEOPLE_PAGE of them; null without a course to invite to. `only`: one person.
export function messageContext(messageId: string, accessToken: string, courseId?: string, only?: string, offset = 0) {
  const { subject, people, sender } = messagePeople(messageId, accessToken);
  const cached = cachedCurrentUser();
  const known = cached?.email.toLowerCase();
  const candidates = people.filter((p) => p.email !== known && (!only || p.email === only.toLowerCase()));
  const start = offset > 0 && offset < candidates.length ? offset : 0;
  // One extra: the user may be among them when not cached.
  const shown = candidates.slice(start, start + PEOPLE_PAGE + 1);
  const emails = shown.map((p) => p.email);
  const read = readPeoplePlaces(emails, !cached);
  if (read.me) rememberCurrentUser(read.me);
  const me = (cached ?? read.me)?.email.toLowerCase() ?? '';
  rememberCourses(read.courses);
  if (read.courses.length === 0) return null;
  const teaching = new Set(read.courses.map((c) => c.id));
  const ledger = loadLedger();
  const now = Date.now();
  const others = shown.filter((p) => p.email !== me).slice(0, PEOPLE_PAGE);
  const placed = others.map((p) => {
    const found = read.places.get(p.email);
    return {
      email: p.email,
      ...(p.name ? { name: p.name } : {}),
      // Not at the user's domain: Classroom may refuse the domain; only it knows which ones.
      outside: domainOf(p.email) !== domainOf(me),
      places: found ? placesOf(p.email, found, teaching, ledger, now) : [],
      unknown: found?.unknown ?? false, // Classroom knows no such user
      failed: found?.failed ?? false, // their lookup failed: the card says so rather than "in none"
      sender: p.email === sender,
    };
  });
  const chosen =
    read.courses.find((c) => c.id === courseId) ?? courseAbout(read.courses, subject, placed) ?? read.courses[0];
  if (!chosen) return null;
  return {
    subject,
    courses: read.courses,
    courseId: chosen.id,
    offset: start,
    total: candidates.filter((p) => p.email !== me).length,
    // Where each stands in the chosen course, for the "invite several" form.
    people: placed.map((p) => ({ ...p, status: statusIn(chosen.id, p.places) })),
  };
}
