// Entry points only: Apps Script calls these by name (manifest triggers, card actions, time-driven triggers).
// build.mjs turns each export into a top-level function of dist/Code.js. Each runs the handler of the same name
// (onX → x) through the error funnel; src/entry-points.ts lists the same names (a test checks both ways).
import type { ActionResponse, Card, ComposeActionResponse, UniversalActionResponse } from './cards/types';
import { respondAction, respondCards, respondCompose, respondTrigger, respondUniversal } from './entry/respond';
import * as bulk from './handlers/bulk';
import * as course from './handlers/course';
import * as followUp from './handlers/follow-up';
import * as gmail from './handlers/gmail';
import * as home from './handlers/home';
import * as invitation from './handlers/invitation';
import * as jobs from './handlers/jobs';
import * as lists from './handlers/lists';
import * as navigation from './handlers/navigation';
import * as sheetSync from './handlers/sheet-sync';
import * as settings from './handlers/settings';
import * as transfer from './handlers/transfer';

// Manifest triggers
export function onHomepage(e: unknown): Card | Card[] {
  return respondCards(e, home.homepage);
}
export function onGmailMessage(e: unknown): Card | Card[] {
  return respondCards(e, gmail.gmailMessage);
}
export function onSheetsHomepage(e: unknown): Card | Card[] {
  return respondCards(e, sheetSync.sheetsHomepage);
}
export function onFileScopeGranted(e: unknown): Card | Card[] {
  return respondCards(e, sheetSync.fileScopeGranted);
}

// Universal actions
export function onLookupUniversal(e: unknown): UniversalActionResponse {
  return respondUniversal(e, invitation.lookupUniversal);
}
export function onSettingsUniversal(e: unknown): UniversalActionResponse {
  return respondUniversal(e, settings.settingsUniversal);
}

// Card actions
export function onBack(e: unknown): ActionResponse {
  return respondAction(e, navigation.back);
}
export function onRefreshHome(e: unknown): ActionResponse {
  return respondAction(e, home.refreshHome);
}

export function onFindCourse(e: unknown): ActionResponse {
  return respondAction(e, home.findCourse);
}
export function onOpenCourse(e: unknown): ActionResponse {
  return respondAction(e, course.openCourse);
}
export function onOpenCourseById(e: unknown): ActionResponse {
  return respondAction(e, course.openCourseById);
}
export function onInvite(e: unknown): ActionResponse {
  return respondAction(e, course.invite);
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
  return respondAction(e, invitation.revokeInvitation);
}
export function onConfirmRevoke(e: unknown): ActionResponse {
  return respondAction(e, invitation.confirmRevoke);
}
export function onDeclineInvitation(e: unknown): ActionResponse {
  return respondAction(e, invitation.declineInvitation);
}
export function onConfirmDecline(e: unknown): ActionResponse {
  return respondAction(e, invitation.confirmDecline);
}
export function onChangeRole(e: unknown): ActionResponse {
  return respondAction(e, invitation.changeRole);
}
export function onAcceptInvitation(e: unknown): ActionResponse {
  return respondAction(e, invitation.acceptInvitation);
}
export function onRemoveTrigger(e: unknown): ActionResponse {
  return respondAction(e, settings.removeTrigger);
}
export function onResendInvitation(e: unknown): ActionResponse {
  return respondAction(e, followUp.resendInvitation);
}
export function onConfirmResend(e: unknown): ActionResponse {
  return respondAction(e, followUp.confirmResend);
}
export function onResendOld(e: unknown): ActionResponse {
  return respondAction(e, followUp.resendOld);
}
export function onConfirmResendOld(e: unknown): ActionResponse {
  return respondAction(e, followUp.confirmResendOld);
}
export function onSaveSweep(e: unknown): ActionResponse {
  return respondAction(e, followUp.saveSweep);
}
export function onForgetHistory(e: unknown): ActionResponse {
  return respondAction(e, followUp.forgetHistory);
}
export function onConfirmForget(e: unknown): ActionResponse {
  return respondAction(e, followUp.confirmForget);
}
export function onFindInvitation(e: unknown): ActionResponse {
  return respondAction(e, followUp.findInvitation);
}
export function onGmailCourseChange(e: unknown): ActionResponse {
  return respondAction(e, gmail.gmailCourseChange);
}
export function onInviteFromGmail(e: unknown): ActionResponse {
  return respondAction(e, gmail.inviteFromGmail);
}
export function onReplyWithClassCode(e: unknown): ComposeActionResponse {
  return respondCompose(e, gmail.replyWithClassCode);
}
export function onShowGmailPerson(e: unknown): ActionResponse {
  return respondAction(e, gmail.showGmailPerson);
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
export function onShowList(e: unknown): ActionResponse {
  return respondAction(e, lists.showList);
}
export function onShowTransferStart(e: unknown): ActionResponse {
  return respondAction(e, transfer.showTransferStart);
}
export function onStartTransfer(e: unknown): ActionResponse {
  return respondAction(e, transfer.startTransfer);
}
export function onShowTransfer(e: unknown): ActionResponse {
  return respondAction(e, transfer.showTransfer);
}
export function onCancelTransfer(e: unknown): ActionResponse {
  return respondAction(e, transfer.cancelTransfer);
}
export function onCloseTransfer(e: unknown): ActionResponse {
  return respondAction(e, transfer.closeTransfer);
}
export function onRequestFileScope(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.requestFileScope);
}
export function onSheetPage(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.sheetPage);
}
export function onPreviewSync(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.previewSync);
}
export function onSyncPreviewPage(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.syncPreviewPage);
}
export function onStartSync(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.startSync);
}
export function onShowSync(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.showSync);
}
export function onContinueSync(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.continueSync);
}
export function onCancelSync(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.cancelSync);
}
export function onCloseSync(e: unknown): ActionResponse {
  return respondAction(e, sheetSync.closeSync);
}

// Time-driven trigger (installed on demand by bulk jobs)
export function onJobsTick(): jobs.TickReport {
  return respondTrigger('onJobsTick', jobs.jobsTick);
}
