// One invitation: show it, look it up by id, revoke or decline it after confirming, change its role, accept it.
import { action } from '../cards/action';
import { buildConfirmCard, buildInvitationCard, type Viewer } from '../cards/invitation';
import { buildLookupCard } from '../cards/lookup';
import { buildAcceptedCard } from '../cards/message';
import { changeRole as changeRoleSafely } from '../domain/change-role';
import { AppError, invalidInput } from '../domain/errors';
import { isRole } from '../domain/roles';
import type { Invitation, InvitationView } from '../domain/types';
import * as classroom from '../services/classroom';
import { courseById, coursesById } from '../services/course-cache';
import { currentUser, resolveProfiles } from '../services/profiles';
import { courseCard } from './course';
import { requireParam, type Ctx } from './event';
import { describe, push, replace, restart, toHome } from './respond';
import { homeCard } from './home';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;

// Invitation ids are opaque (base64-like in practice); this only keeps junk out of the API call.
const INVITATION_ID = /^[A-Za-z0-9_=-]{1,200}$/;

function view(inv: Invitation): InvitationView {
  const invitee = resolveProfiles([inv.userId]).get(inv.userId) ?? { id: inv.userId, email: '', name: '' };
  const course = coursesById([inv.courseId]).get(inv.courseId);
  return { ...inv, invitee, ...(course ? { course } : {}) };
}

function viewerOf(inv: Invitation): Viewer {
  return currentUser().id === inv.userId ? 'invitee' : 'manager';
}

function invitationCard(ctx: Ctx, inv: Invitation): Card {
  return buildInvitationCard(ctx.t, { view: view(inv), viewer: viewerOf(inv) });
}

export function showInvitation(ctx: Ctx): ActionResponse {
  return push(invitationCard(ctx, classroom.getInvitation(requireParam(ctx, 'id', INVITATION_ID))));
}

export function lookupCard(ctx: Ctx): Card {
  return buildLookupCard(ctx.t);
}

export function showLookup(ctx: Ctx): ActionResponse {
  return push(lookupCard(ctx));
}

export function lookup(ctx: Ctx): ActionResponse {
  const id = ctx.value('invitationId');
  if (!id) throw invalidInput('lookup.empty');
  if (!INVITATION_ID.test(id)) throw invalidInput('lookup.invalid');
  return push(invitationCard(ctx, classroom.getInvitation(id)));
}

export function confirmRevoke(ctx: Ctx): ActionResponse {
  const v = view(classroom.getInvitation(requireParam(ctx, 'id', INVITATION_ID)));
  const { t } = ctx;
  return push(
    buildConfirmCard(t, {
      title: t('revoke.title'),
      body: t('revoke.body', {
        name: v.invitee.name || v.invitee.email,
        email: v.invitee.email || v.userId,
        course: v.course?.name ?? v.courseId,
        role: t(`role.${v.role}`),
      }),
      confirmText: t('revoke.confirm'),
      confirm: action('onConfirmRevoke', { id: v.id, courseId: v.courseId }),
    }),
  );
}

export function revoke(ctx: Ctx): ActionResponse {
  const id = requireParam(ctx, 'id', INVITATION_ID);
  const courseId = requireParam(ctx, 'courseId');
  classroom.deleteInvitation(id);
  return restart(courseCard(ctx, courseId), ctx.t('done.revoked'));
}

export function confirmDecline(ctx: Ctx): ActionResponse {
  const v = view(classroom.getInvitation(requireParam(ctx, 'id', INVITATION_ID)));
  const { t } = ctx;
  return push(
    buildConfirmCard(t, {
      title: t('decline.title'),
      body: t('decline.body', { course: v.course?.name ?? v.courseId }),
      confirmText: t('decline.confirm'),
      confirm: action('onConfirmDecline', { id: v.id }),
    }),
  );
}

export function decline(ctx: Ctx): ActionResponse {
  classroom.deleteInvitation(requireParam(ctx, 'id', INVITATION_ID));
  return toHome(homeCard(ctx), ctx.t('done.declined'));
}

export function changeRole(ctx: Ctx): ActionResponse {
  const { t } = ctx;
  const to = ctx.value('newRole');
  if (!isRole(to)) throw invalidInput('err.invalidArgument');
  const current = classroom.getInvitation(requireParam(ctx, 'id', INVITATION_ID));
  const email = resolveProfiles([current.userId]).get(current.userId)?.email || current.userId;
  const result = changeRoleSafely(current, to, {
    remove: (id) => {
      classroom.deleteInvitation(id);
    },
    create: (userId, courseId, role) => classroom.createInvitation(userId, courseId, role),
  });
  const reason = (e: AppError) =>
    describe(t, new AppError(e.cause.code, e.cause.key, { ...e.cause.params, email }, e.cause.api));
  switch (result.kind) {
    case 'unchanged':
      return replace(invitationCard(ctx, current), t('done.roleUnchanged', { role: t(`role.${to}`) }));
    case 'changed':
      return replace(invitationCard(ctx, result.invitation), t('done.roleChanged', { role: t(`role.${to}`) }));
    case 'restored':
      return replace(
        invitationCard(ctx, result.invitation),
        t('done.roleRestored', { reason: reason(result.error), role: t(`role.${current.role}`) }),
      );
    case 'lost':
      return restart(
        courseCard(ctx, current.courseId),
        t('done.roleLost', { reason: reason(result.error), email, role: t(`role.${current.role}`) }),
      );
  }
}

export function accept(ctx: Ctx): ActionResponse {
  const inv = classroom.getInvitation(requireParam(ctx, 'id', INVITATION_ID));
  // Only the invitee may accept (CR/invitations/accept): say so before making a call bound to fail.
  if (viewerOf(inv) !== 'invitee') throw new AppError('CONFLICT', 'err.accept.denied');
  classroom.acceptInvitation(inv.id);
  const course = courseById(inv.courseId);
  const card = buildAcceptedCard(ctx.t, course, ctx.t(`role.${inv.role}`));
  // The homepage underneath is refreshed too, so Back no longer offers the accepted invitation.
  return toHome(homeCard(ctx), undefined, card);
}
