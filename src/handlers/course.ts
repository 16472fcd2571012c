// A course: open it (pending invitations + invite form) and invite the addresses typed in the form.
import { buildCourseCard } from '../cards/course';
import { buildResultsCard } from '../cards/results';
import { parseAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import type { InviteOutcome } from '../domain/invite';
import { isRole } from '../domain/roles';
import type { Course, InvitationView } from '../domain/types';
import { toCourse, toInvitation } from '../services/classroom';
import { courseById, cachedCourses, rememberCourses } from '../services/course-cache';
import { fetchProfilesBatched, invitationsPath, listMany } from '../services/reads';
import { apiFailure } from '../services/retry';
import { inviteMany, MAX_PER_CLICK } from '../services/invite';
import { resolveProfiles } from '../services/profiles';
import { previewFor } from './bulk';
import { requireParam, type Ctx } from './event';
import { backTo, push, replace, describe } from './respond';

/**
 * The course and its pending invitations in one round trip (the course from cache when it can), then the invitees'
 * names in batches: two round trips for 200 invitations instead of 202.
 */
export function loadCourse(courseId: string): { course: Course; pending: InvitationView[] } {
  const cached = cachedCourses([courseId]).get(courseId);
  const [list, got] = listMany([
    { path: invitationsPath({ courseId }), field: 'invitations' },
    ...(cached ? [] : [{ path: `/v1/courses/${encodeURIComponent(courseId)}` }]),
  ]);
  if (got?.error) throw apiFailure(got.error, 'course');
  if (list?.error) throw apiFailure(list.error, 'list');
  const course = cached ?? toCourse(got?.items[0]);
  if (!cached) rememberCourses([course]);
  const invitations = (list?.items ?? []).map((raw) => toInvitation(raw));
  const people = resolveProfiles(
    invitations.map((i) => i.userId),
    fetchProfilesBatched,
  );
  const pending = invitations
    .map((inv) => ({ ...inv, invitee: people.get(inv.userId) ?? { id: inv.userId, email: '', name: '' } }))
    .sort((a, b) => (a.invitee.name || a.invitee.email).localeCompare(b.invitee.name || b.invitee.email));
  return { course, pending };
}

export function courseCard(ctx: Ctx, courseId: string, offset = 0): GoogleAppsScript.Card_Service.Card {
  return buildCourseCard(ctx.t, { ...loadCourse(courseId), offset });
}

export function openCourse(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  const offset = Number(ctx.params.offset ?? '0');
  const card = courseCard(ctx, courseId, Number.isInteger(offset) && offset >= 0 ? offset : 0);
  if (ctx.params.replace === 'back') return backTo(card);
  return ctx.params.replace === '1' ? replace(card) : push(card);
}

// Course ids are numeric; aliases look like d:math_101 or p:project_x (CR/courses.aliases).
const COURSE_ID = /^[\w:.-]{1,100}$/;

export function openCourseById(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const courseId = ctx.value('courseId');
  if (!courseId) throw invalidInput('lookup.course.empty');
  if (!COURSE_ID.test(courseId)) throw invalidInput('lookup.course.invalid');
  return push(courseCard(ctx, courseId));
}

export function invite(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  const role = ctx.value('role') || 'STUDENT';
  if (!isRole(role)) throw invalidInput('err.invalidArgument');
  const parsed = parseAddresses(ctx.values('emails').join('\n'));
  const { valid, invalid } = parsed;
  if (valid.length === 0 && invalid.length === 0) throw invalidInput('invite.none');
  // More than one batch: the same list goes through the bulk preview and a job, nothing retyped.
  if (valid.length > MAX_PER_CLICK) return previewFor(ctx, courseId, role, parsed);
  const course = courseById(courseId);
  const outcomes: InviteOutcome[] = [
    ...(valid.length > 0
      ? inviteMany(
          courseId,
          valid.map((a) => a.email),
          role,
        )
      : []),
    ...invalid.map((text): InviteOutcome => ({ email: text, status: 'invalid' })),
  ];
  return push(buildResultsCard(ctx.t, courseId, course.name, outcomes, (e) => describe(ctx.t, e)));
}
