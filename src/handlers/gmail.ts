// Gmail contextual trigger: the open message's people (From, To, Cc, less the user) with their status in the chosen
// course; the teacher picks people, a role, and invites them in one press.
import { buildGmailCard, type GmailData, type PersonStatus } from '../cards/gmail';
import { buildResultsCard } from '../cards/results';
import { parseAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import type { CourseState } from '../domain/preview';
import { isRole } from '../domain/roles';
import { listTeachingCourses } from '../services/classroom';
import { courseById, rememberCourses } from '../services/course-cache';
import { courseStatus } from '../services/course-status';
import { messagePeople } from '../services/gmail';
import { inviteMany, MAX_PER_CLICK } from '../services/invite';
import { currentUser } from '../services/profiles';
import { previewFor } from './bulk';
import type { Ctx } from './event';
import { homeCard } from './home';
import { describe, push, replace } from './respond';

type Card = GoogleAppsScript.Card_Service.Card;

function gmailData(ctx: Ctx, courseId?: string): GmailData | null {
  if (!ctx.gmail) return null;
  const { subject, people } = messagePeople(ctx.gmail.messageId, ctx.gmail.accessToken);
  const courses = listTeachingCourses();
  rememberCourses(courses);
  const chosen = courses.find((c) => c.id === courseId) ?? courses[0];
  if (!chosen) return null;
  const me = currentUser().email.toLowerCase();
  const others = people.filter((p) => p.email !== me);
  const state: CourseState = others.length > 0 ? courseStatus(chosen.id) : { invited: new Map(), members: new Set() };
  const statusOf = (email: string): PersonStatus => {
    const role = state.invited.get(email);
    if (role) return { kind: 'invited', role };
    return state.members.has(email) ? { kind: 'member' } : { kind: 'none' };
  };
  return {
    subject,
    courses,
    courseId: chosen.id,
    people: others.map((p) => ({ email: p.email, ...(p.name ? { name: p.name } : {}), status: statusOf(p.email) })),
  };
}

/** The contextual card; without a message or a course to invite to, the homepage. */
export function gmailCards(ctx: Ctx): Card {
  const data = gmailData(ctx);
  return data ? buildGmailCard(ctx.t, data) : homeCard(ctx);
}

export function gmailCourseChange(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const data = gmailData(ctx, ctx.value('courseId'));
  return replace(data ? buildGmailCard(ctx.t, data) : homeCard(ctx));
}

/** Invites the selected people in one round trip (a batch request), each with its own result line. */
export function inviteFromGmail(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const courseId = ctx.value('courseId') || ctx.params.courseId || '';
  const role = ctx.value('role') || 'STUDENT';
  if (!isRole(role) || !courseId) throw invalidInput('err.invalidArgument');
  const parsed = parseAddresses(ctx.values('people').join('\n'));
  const { valid } = parsed;
  if (valid.length === 0) throw invalidInput('gmail.noneSelected');
  if (valid.length > MAX_PER_CLICK) return previewFor(ctx, courseId, role, parsed);
  const course = courseById(courseId);
  const outcomes = inviteMany(
    courseId,
    valid.map((a) => a.email),
    role,
  );
  return push(buildResultsCard(ctx.t, courseId, course.name, outcomes, (e) => describe(ctx.t, e)));
}
