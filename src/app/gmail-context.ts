// The open Gmail message in context: its people (From, To, Cc, less the user) with where each stands in the chosen
// course, to invite some of them in one press.
import { listTeachingCourses } from '../classroom/advanced';
import { rememberCourses } from '../classroom/courses';
import { currentUser } from '../classroom/profiles';
import { courseRoster } from '../classroom/roster';
import type { PersonStatus } from '../domain/outcomes';
import { domainOf } from '../domain/addresses';
import type { CourseRoster } from '../domain/preview';
import type { Course } from '../domain/types';
import { messagePeople } from '../platform/gmail';

export interface MessageContext {
  subject: string;
  courses: Course[];
  courseId: string;
  /** `outside`: not at the user's domain (Classroom may refuse the domain; only it knows which ones). */
  people: { email: string; name?: string; status: PersonStatus; outside: boolean }[];
}

/** The message's people in `courseId` (the first course taught when absent); null without a course to invite to. */
export function messageContext(messageId: string, accessToken: string, courseId?: string): MessageContext | null {
  const { subject, people } = messagePeople(messageId, accessToken);
  const courses = listTeachingCourses();
  rememberCourses(courses);
  const chosen = courses.find((c) => c.id === courseId) ?? courses[0];
  if (!chosen) return null;
  const me = currentUser().email.toLowerCase();
  const others = people.filter((p) => p.email !== me);
  const roster: CourseRoster =
    others.length > 0
      ? courseRoster(
          chosen.id,
          others.map((p) => p.email),
        )
      : { invited: new Map(), members: new Set() };
  const statusOf = (email: string): PersonStatus => {
    const role = roster.invited.get(email);
    if (role) return { kind: 'alreadyInvited', role };
    return roster.members.has(email) ? { kind: 'alreadyMember' } : { kind: 'none' };
  };
  return {
    subject,
    courses,
    courseId: chosen.id,
    people: others.map((p) => ({
      email: p.email,
      ...(p.name ? { name: p.name } : {}),
      status: statusOf(p.email),
      outside: domainOf(p.email) !== domainOf(me),
    })),
  };
}
