// One invitation: show it, look it up by id, revoke or decline it after confirming, change its role, accept it.
// After a change every card on the stack is rebuilt, so Back never shows a stale role or an id that is gone.
import { accept, decline, revoke } from '../app/answer-invitation';
import { changeRole as change, settleChange, type RoleChange } from '../app/change-role';
import { invitationToConfirm, lookUpInvitation, showInvitation as show } from '../app/look-up-invitation';
import { openHome } from '../app/open-home';
import { buildHomeCard } from '../cards/home';
import { buildInvitationCard } from '../cards/invitation';
import { buildLookupCard } from '../cards/lookup';
import { buildAcceptedCard, buildIneligibleOwnerCard, buildWarningCard } from '../cards/message';
import { askFirst, courseStack as stack, push, toHome } from '../cards/navigation';
import { openStackAfter } from '../app/course-view';
import { action } from '../cards/ui';
import type { Card } from '../cards/types';
import { AppError, invalidInput } from '../domain/errors';
import { INVITATION_ID_MAX, invitationIdProblem } from '../domain/invitation-id';
import type { Role } from '../domain/roles';
import type { Invitation } from '../domain/types';
import { requireParam, requireRole, type Ctx } from '../entry/event';
import { describe } from '../i18n/errors';
import { roleInText } from '../i18n';

// Ids are opaque to us beyond this shape; app/permissions.ts checks the rest (a get first, then who asks).
const INVITATION_ID = new RegExp(`^[A-Za-z0-9_=-]{1,${INVITATION_ID_MAX}}$`);

const LOOKUP_ERRORS = { empty: 'lookup.empty', tooLong: 'lookup.tooLong', chars: 'lookup.invalid' } as const;

const invitationId = (ctx: Ctx) => requireParam(ctx, 'id', INVITATION_ID);

export function showInvitation(ctx: Ctx) {
  return push(buildInvitationCard(ctx.t, { ...lookUpInvitation(invitationId(ctx)), via: ctx.via }));
}

export function lookupUniversal(ctx: Ctx) {
  return buildLookupCard(ctx.t);
}

export function showLookup(ctx: Ctx) {
  return push(buildLookupCard(ctx.t));
}

export function lookup(ctx: Ctx) {
  const id = ctx.value('invitationId');
  const problem = invitationIdProblem(id);
  if (problem) throw invalidInput(LOOKUP_ERRORS[problem], { max: String(INVITATION_ID_MAX) });
  return push(buildInvitationCard(ctx.t, lookUpInvitation(id)));
}

/** "Revoke" on the invitation card: asks first. */
export function revokeInvitation(ctx: Ctx) {
  const v = invitationToConfirm(invitationId(ctx), 'revoke');
  const { t } = ctx;
  const body = t('revoke.body', {
    name: v.invitee.name || v.invitee.email,
    email: v.invitee.email || v.userId,
    course: v.course?.name ?? v.courseId,
    role: roleInText(t, v.role),
  });
  const confirm = action('onConfirmRevoke', { id: v.id, courseId: v.courseId, ...ctx.via });
  return askFirst(t, t('revoke.title'), body, t('revoke.confirm'), confirm);
}

/** Every card under a change in `courseId` read again (the root, the card it was made from, then `above`). */
function courseStack(ctx: Ctx, courseId: string, above: Card[] = [], notification?: string) {
  return stack(ctx.t, openStackAfter(courseId, ctx.via, ctx.gmail), above, notification);
}

export function confirmRevoke(ctx: Ctx) {
  // The course comes from the invitation read by its id (never from the event): a forged courseId changes nothing.
  const inv = revoke(invitationId(ctx));
  return courseStack(ctx, inv.courseId, [], ctx.t('done.revoked'));
}

/** "Decline" on the invitation card: asks first. */
export function declineInvitation(ctx: Ctx) {
  const v = invitationToConfirm(invitationId(ctx), 'decline');
  const { t } = ctx;
  const body = t('decline.body', { course: v.course?.name ?? v.courseId });
  return askFirst(t, t('decline.title'), body, t('decline.confirm'), action('onConfirmDecline', { id: v.id }));
}

export function confirmDecline(ctx: Ctx) {
  decline(invitationId(ctx));
  return toHome(buildHomeCard(ctx.t, openHome()), ctx.t('done.declined'));
}

export function changeRole(ctx: Ctx) {
  // The form's choice, or the role a button names (e.g. "Invite as co-teacher" on the two-step card).
  const to = requireRole(ctx, 'newRole', ctx.params.newRole ?? '');
  const done = change(invitationId(ctx), to);
  const response = answerChange(ctx, to, done);
  settleChange(done); // last: a kill before it leaves the journal entry, and the next opening tells the user
  return response;
}

function answerChange(ctx: Ctx, to: Role, change_: RoleChange) {
  const { t } = ctx;
  const { before, email, result } = change_;
  const role = (r: string) => roleInText(t, r);
  const reason = (e: AppError) =>
    describe(t, new AppError(e.cause.code, e.cause.key, { ...e.cause.params, email }, e.cause.api));
  // A role-change outcome that needs more than a line (restored, saved for later, lost): a card, not a toast.
  const outcome = (body: string) => buildWarningCard(t, 'role-outcome', t('done.roleTitle', { email }), body);
  const withInvitation = (inv: Invitation, above: Card[], note?: string) =>
    courseStack(ctx, inv.courseId, [buildInvitationCard(t, { ...show(inv), via: ctx.via }), ...above], note);
  switch (result.kind) {
    case 'unchanged':
      return withInvitation(before, [], t('done.roleUnchanged', { role: role(to) }));
    case 'changed':
      return withInvitation(result.invitation, [], t('done.roleChanged', { email, role: role(to) }));
    case 'ineligibleOwner':
      // Nothing was deleted: the cards below are still true.
      return push(buildIneligibleOwnerCard(t, before, email, show(before).view.course?.name ?? before.courseId));
    case 'restored': {
      const from = role(before.role);
      const body = t('done.roleRestored', { reason: reason(result.error), email, from, to: role(to) });
      return withInvitation(result.invitation, [outcome(body)]);
    }
    case 'pending':
      // The service is failing: no rebuild (it would fail too); the change is journaled and finished later.
      return push(outcome(t('done.rolePending', { email, from: role(before.role), to: role(to) })));
    case 'lost': {
      const body = t('done.roleLost', { reason: reason(result.error), email, role: role(before.role) });
      return courseStack(ctx, before.courseId, [outcome(body)]);
    }
  }
}

export function acceptInvitation(ctx: Ctx) {
  const { course, role } = accept(invitationId(ctx));
  const card = buildAcceptedCard(ctx.t, course, role);
  // The homepage underneath is refreshed too, so Back no longer offers the accepted invitation.
  return toHome(buildHomeCard(ctx.t, openHome()), undefined, card);
}
