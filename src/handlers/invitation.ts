// One invitation: show it, look it up by id, revoke or decline it after confirming, change its role, accept it.
import { accept, decline, revoke } from '../app/answer-invitation';
import { changeRole as change } from '../app/change-role';
import { invitationToConfirm, lookUpInvitation, showInvitation as show } from '../app/look-up-invitation';
import { openCourse } from '../app/open-course';
import { openHome } from '../app/open-home';
import { offerAfterRefusal } from '../app/transfer-ownership';
import { action } from '../cards/action';
import { buildCourseCard } from '../cards/course';
import { buildHomeCard } from '../cards/home';
import { buildConfirmCard, buildInvitationCard } from '../cards/invitation';
import { buildLookupCard } from '../cards/lookup';
import { buildAcceptedCard } from '../cards/message';
import { push, replace, restart, toHome } from '../cards/navigation';
import { buildTransferStartCard } from '../cards/transfer';
import type { ActionResponse, Card } from '../cards/types';
import { AppError, invalidInput } from '../domain/errors';
import { requireParam, requireRole, type Ctx } from '../entry/event';
import { describe } from '../i18n/errors';

// Invitation ids are opaque (base64-like in practice); this only keeps junk out of the API call.
const INVITATION_ID = /^[A-Za-z0-9_=-]{1,200}$/;

const invitationId = (ctx: Ctx) => requireParam(ctx, 'id', INVITATION_ID);

export function showInvitation(ctx: Ctx): ActionResponse {
  return push(buildInvitationCard(ctx.t, lookUpInvitation(invitationId(ctx))));
}

export function lookupUniversal(ctx: Ctx): Card {
  return buildLookupCard(ctx.t);
}

export function showLookup(ctx: Ctx): ActionResponse {
  return push(buildLookupCard(ctx.t));
}

export function lookup(ctx: Ctx): ActionResponse {
  const id = ctx.value('invitationId');
  if (!id) throw invalidInput('lookup.empty');
  if (!INVITATION_ID.test(id)) throw invalidInput('lookup.invalid');
  return push(buildInvitationCard(ctx.t, lookUpInvitation(id)));
}

/** "Revoke" on the invitation card: asks first. */
export function revokeInvitation(ctx: Ctx): ActionResponse {
  const v = invitationToConfirm(invitationId(ctx));
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

export function confirmRevoke(ctx: Ctx): ActionResponse {
  const id = invitationId(ctx);
  const courseId = requireParam(ctx, 'courseId');
  revoke(id);
  return restart(buildCourseCard(ctx.t, openCourse(courseId)), ctx.t('done.revoked'));
}

/** "Decline" on the invitation card: asks first. */
export function declineInvitation(ctx: Ctx): ActionResponse {
  const v = invitationToConfirm(invitationId(ctx));
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

export function confirmDecline(ctx: Ctx): ActionResponse {
  decline(invitationId(ctx));
  return toHome(buildHomeCard(ctx.t, openHome()), ctx.t('done.declined'));
}

export function changeRole(ctx: Ctx): ActionResponse {
  const { t } = ctx;
  const to = requireRole(ctx, 'newRole');
  const { before, email, result } = change(invitationId(ctx), to);
  const reason = (e: AppError) =>
    describe(t, new AppError(e.cause.code, e.cause.key, { ...e.cause.params, email }, e.cause.api));
  switch (result.kind) {
    case 'unchanged':
      return replace(buildInvitationCard(t, show(before)), t('done.roleUnchanged', { role: t(`role.${to}`) }));
    case 'changed':
      return replace(buildInvitationCard(t, show(result.invitation)), t('done.roleChanged', { role: t(`role.${to}`) }));
    case 'restored': {
      const notice = t('done.roleRestored', { reason: reason(result.error), role: t(`role.${before.role}`) });
      // Refused as owner because not a co-teacher yet: the transfer wizard, prefilled, does the two steps.
      const offer = offerAfterRefusal(before.courseId, result.error);
      if (offer) return push(buildTransferStartCard(t, { ...offer, email }), notice);
      return replace(buildInvitationCard(t, show(result.invitation)), notice);
    }
    case 'lost':
      return restart(
        buildCourseCard(t, openCourse(before.courseId)),
        t('done.roleLost', { reason: reason(result.error), email, role: t(`role.${before.role}`) }),
      );
  }
}

export function acceptInvitation(ctx: Ctx): ActionResponse {
  const { course, role } = accept(invitationId(ctx));
  const card = buildAcceptedCard(ctx.t, course, ctx.t(`role.${role}`));
  // The homepage underneath is refreshed too, so Back no longer offers the accepted invitation.
  return toHome(buildHomeCard(ctx.t, openHome()), undefined, card);
}
