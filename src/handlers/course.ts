// A course: open it (pending invitations + invite form) and invite the addresses typed in the form.
import { buildCourseCard } from '../cards/course';
import { buildResultsCard } from '../cards/results';
import { parseAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import { inviteOne, type InviteOutcome } from '../domain/invite';
import { isRole } from '../domain/roles';
import type { InvitationView } from '../domain/types';
import * as classroom from '../services/classroom';
import { courseById } from '../services/course-cache';
import { resolveProfiles } from '../services/profiles';
import { requireParam, type Ctx } from './event';
import { backTo, push, replace, describe } from './respond';

/** One click stays well under the ~30 s callback limit; longer lists go to a bulk job. */
export const MAX_PER_CLICK = 20;

export function loadPending(courseId: string): InvitationView[] {
  const pending = classroom.listInvitations({ courseId });
  const people = resolveProfiles(pending.map((i) => i.userId));
  return pending
    .map((inv) => ({ ...inv, invitee: people.get(inv.userId) ?? { id: inv.userId, email: '', name: '' } }))
    .sort((a, b) => (a.invitee.name || a.invitee.email).localeCompare(b.invitee.name || b.invitee.email));
}

export function courseCard(ctx: Ctx, courseId: string, offset = 0, draft?: string): GoogleAppsScript.Card_Service.Card {
  const course = courseById(courseId);
  return buildCourseCard(ctx.t, { course, pending: loadPending(courseId), offset, ...(draft ? { draft } : {}) });
}

export function openCourse(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  const offset = Number(ctx.params.offset ?? '0');
  const card = courseCard(ctx, courseId, Number.isInteger(offset) && offset >= 0 ? offset : 0);
  if (ctx.params.replace === 'back') return backTo(card);
  return ctx.params.replace === '1' ? replace(card) : push(card);
}

export function invite(ctx: Ctx): GoogleAppsScript.Card_Service.ActionResponse {
  const courseId = requireParam(ctx, 'courseId');
  const role = ctx.value('role') || 'STUDENT';
  if (!isRole(role)) throw invalidInput('err.invalidArgument');
  const { valid, invalid } = parseAddresses(ctx.values('emails').join('\n'));
  if (valid.length === 0 && invalid.length === 0) throw invalidInput('invite.none');
  if (valid.length > MAX_PER_CLICK) {
    throw invalidInput('invite.tooMany', { count: String(valid.length), max: String(MAX_PER_CLICK) });
  }
  const course = courseById(courseId);
  const ops = {
    create: (email: string, r: typeof role) => classroom.createInvitation(email, courseId, r),
    existing: (email: string) => classroom.listInvitations({ courseId, userId: email })[0],
    isMember: (email: string) => classroom.isMember(courseId, email),
  };
  const outcomes: InviteOutcome[] = [
    ...valid.map((a) => inviteOne(a.email, role, ops)),
    ...invalid.map((text): InviteOutcome => ({ email: text, status: 'invalid' })),
  ];
  return push(buildResultsCard(ctx.t, courseId, course.name, outcomes, (e) => describe(ctx.t, e)));
}
