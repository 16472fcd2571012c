// A course: open it (pending invitations + invite form) and invite the addresses typed in the form.
import { invitePeople } from '../app/invite-people';
import { buildPreviewCard } from '../cards/preview';
import { backTo, courseStack, push, show } from '../cards/navigation';
import { buildCourseCard } from '../cards/course';
import { openCourseView, openStackAfter } from '../app/course-view';
import { buildResultsCard } from '../cards/results';
import { parseAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import { decodeCursor } from '../domain/list-pages';
import { requireParam, requireRole, type Ctx } from '../entry/event';

export function openCourse(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  const card = buildCourseCard(ctx.t, openCourseView(courseId, decodeCursor(ctx.params.cursor)));
  return ctx.params.replace === 'back' ? backTo(card) : show(card, ctx.params.replace === '1');
}

// Course ids are numeric; aliases look like d:math_101 or p:project_x (CR/courses.aliases).
const MAX_COURSE_ID = 100;
const COURSE_ID = /^[\w:.-]{1,100}$/;

export function openCourseById(ctx: Ctx) {
  const courseId = ctx.value('courseId');
  if (!courseId) throw invalidInput('lookup.course.empty');
  if (courseId.length > MAX_COURSE_ID) throw invalidInput('lookup.course.tooLong', { max: MAX_COURSE_ID });
  if (!COURSE_ID.test(courseId)) throw invalidInput('lookup.course.invalid');
  return push(buildCourseCard(ctx.t, openCourseView(courseId)));
}

export function invite(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  const role = requireRole(ctx, 'role', 'STUDENT');
  const parsed = parseAddresses(ctx.values('emails').join('\n'));
  if (parsed.valid.length === 0 && parsed.invalid.length === 0) throw invalidInput('invite.none');
  const result = invitePeople(courseId, role, parsed);
  if (result.kind === 'preview') return push(buildPreviewCard(ctx.t, result));
  const results = buildResultsCard(ctx.t, courseId, result.course.name, result.outcomes, result.cleaned);
  // The course and the homepage below are read again: Back shows the new pending invitations and counts.
  return courseStack(ctx.t, openStackAfter(courseId, {}, ctx.gmail), [results]);
}
