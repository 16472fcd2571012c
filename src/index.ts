// Entry points only: Apps Script calls these by name (manifest triggers, card actions, time-driven triggers).
// build.mjs turns each export into a top-level function of dist/Code.js. Each delegates in a line or two.
import { invite, openCourse, openCourseById } from './handlers/course';
import { homeCard, refreshHome } from './handlers/home';
import * as invitation from './handlers/invitation';
import { back, respondAction, respondCards, respondTrigger, respondUniversal } from './handlers/respond';
import { removeTriggerAction, settingsCard } from './handlers/settings';
import * as bulk from './handlers/bulk';
import { gmailCards, gmailCourseChange, inviteFromGmail } from './handlers/gmail';
import { jobsTick, type TickReport } from './handlers/jobs';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
type UniversalActionResponse = GoogleAppsScript.Card_Service.UniversalActionResponse;

// Manifest triggers
export function onHomepage(e: unknown): Card | Card[] {
  return respondCards(e, homeCard);
}
export function onGmailMessage(e: unknown): Card | Card[] {
  return respondCards(e, gmailCards);
}

// Universal actions
export function onLookupUniversal(e: unknown): UniversalActionResponse {
  return respondUniversal(e, invitation.lookupCard);
}
export function onSettingsUniversal(e: unknown): UniversalActionResponse {
  return respondUniversal(e, settingsCard);
}

// Card actions
export function onBack(e: unknown): ActionResponse {
  return respondAction(e, back);
}
export function onRefreshHome(e: unknown): ActionResponse {
  return respondAction(e, refreshHome);
}
export function onOpenCourse(e: unknown): ActionResponse {
  return respondAction(e, openCourse);
}
export function onOpenCourseById(e: unknown): ActionResponse {
  return respondAction(e, openCourseById);
}

export function onInvite(e: unknown): ActionResponse {
  return respondAction(e, invite);
}
export function onShowInvitation(e: unknown): ActionResponse {
  return respondAction(e, invitation.showInvitation);
}
export function onShowLookup(e: unknown): ActionResponse {
  return respondAction(e, invitation.showLookup);
}
export function onLookup(e: unknown): ActionResponse {
  return respondAction(e, invitation.lookup);
}
export function onRevokeInvitation(e: unknown): ActionResponse {
  return respondAction(e, invitation.confirmRevoke);
}
export function onConfirmRevoke(e: unknown): ActionResponse {
  return respondAction(e, invitation.revoke);
}
export function onDeclineInvitation(e: unknown): ActionResponse {
  return respondAction(e, invitation.confirmDecline);
}
export function onConfirmDecline(e: unknown): ActionResponse {
  return respondAction(e, invitation.decline);
}
export function onChangeRole(e: unknown): ActionResponse {
  return respondAction(e, invitation.changeRole);
}
export function onAcceptInvitation(e: unknown): ActionResponse {
  return respondAction(e, invitation.accept);
}
export function onRemoveTrigger(e: unknown): ActionResponse {
  return respondAction(e, removeTriggerAction);
}

export function onGmailCourseChange(e: unknown): ActionResponse {
  return respondAction(e, gmailCourseChange);
}

export function onInviteFromGmail(e: unknown): ActionResponse {
  return respondAction(e, inviteFromGmail);
}

export function onShowBulk(e: unknown): ActionResponse {
  return respondAction(e, bulk.showBulk);
}

export function onPreviewBulk(e: unknown): ActionResponse {
  return respondAction(e, bulk.previewBulk);
}

export function onStartBulk(e: unknown): ActionResponse {
  return respondAction(e, bulk.startBulk);
}

export function onShowJob(e: unknown): ActionResponse {
  return respondAction(e, bulk.showJob);
}

export function onContinueJob(e: unknown): ActionResponse {
  return respondAction(e, bulk.continueJob);
}

export function onCancelJob(e: unknown): ActionResponse {
  return respondAction(e, bulk.cancelJob);
}

export function onCloseJob(e: unknown): ActionResponse {
  return respondAction(e, bulk.closeJob);
}

// Time-driven trigger (installed on demand by bulk jobs)
export function onJobsTick(): TickReport {
  return respondTrigger('onJobsTick', jobsTick);
}
