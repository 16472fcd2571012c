// The open Gmail message in context: its people (the sender first, then To and Cc, less the user), each with where
// they stand across every course the user teaches, and in the chosen course for the "invite several" form. One
// round trip to Classroom for all of it (classroom/people-places.ts explains the plan), the ages from the ledger.
import { cachedCurrentUser, rememberCurrentUser } from '../classroom/profiles';
import { rememberCourses } from '../classroom/courses';
import { readPeoplePlaces } from '../classroom/people-places';
import { domainOf } from '../domain/addresses';
import type { PersonStatus } from '../domain/outcomes';
import { placesOf, type Place } from '../domain/standing';
import type { Course } from '../domain/types';
import { messagePeople } from '../platform/gmail';
import { loadLedger } from '../platform/ledger-store';

/** The card shows at most this many people (100 items per selection input; each line is one widget). */
export const MAX_PEOPLE = 60;

export interface MessagePerson {
  email: string;
  name?: string;
  /** In the chosen course, for the "invite several" form. */
  status: PersonStatus;
  /** `outside`: not at the user's domain (Classroom may refuse the domain; only it knows which ones). */
  outside: boolean;
  places: Place[];
  /** Classroom knows no such user. */
  unknown: boolean;
  /** Their lookup failed: the card says so rather than "in none". */
  failed: boolean;
  /** Sent the message. */
  sender: boolean;
}

export interface MessageContext {
  subject: string;
  courses: Course[];
  courseId: string;
  people: MessagePerson[];
  /** People left out past MAX_PEOPLE. */
  more: number;
}

function statusIn(courseId: string, places: readonly Place[]): PersonStatus {
  const here = places.find((p) => p.courseId === courseId);
  if (!here) return { kind: 'none' };
  return here.kind === 'invited' ? { kind: 'alreadyInvited', role: here.role } : { kind: 'alreadyMember' };
}

/** The message's people; null without a course to invite to. `only` narrows to one person (their own card). */
export function messageContext(
  messageId: string,
  accessToken: string,
  courseId?: string,
  only?: string,
): MessageContext | null {
  const { subject, people, sender } = messagePeople(messageId, accessToken);
  const cached = cachedCurrentUser();
  const known = cached?.email.toLowerCase();
  const candidates = people.filter((p) => p.email !== known && (!only || p.email === only.toLowerCase()));
  const shown = candidates.slice(0, MAX_PEOPLE + 1); // one extra: the user may be among them when not cached
  const read = readPeoplePlaces(
    shown.map((p) => p.email),
    !cached,
  );
  if (read.me) rememberCurrentUser(read.me);
  const me = (cached ?? read.me)?.email.toLowerCase() ?? '';
  rememberCourses(read.courses);
  const chosen = read.courses.find((c) => c.id === courseId) ?? read.courses[0];
  if (!chosen) return null;
  const teaching = new Set(read.courses.map((c) => c.id));
  const ledger = loadLedger();
  const now = Date.now();
  const others = shown.filter((p) => p.email !== me).slice(0, MAX_PEOPLE);
  return {
    subject,
    courses: read.courses,
    courseId: chosen.id,
    more: candidates.filter((p) => p.email !== me).length - others.length,
    people: others.map((p) => {
      const found = read.places.get(p.email);
      const places = found ? placesOf(p.email, found, teaching, ledger, now) : [];
      return {
        email: p.email,
        ...(p.name ? { name: p.name } : {}),
        status: statusIn(chosen.id, places),
        outside: domainOf(p.email) !== domainOf(me),
        places,
        unknown: found?.unknown ?? false,
        failed: found?.failed ?? false,
        sender: p.email === sender,
      };
    }),
  };
}
