// Entry points only: Apps Script calls these by name (manifest triggers, card actions, time-driven triggers).
// build.mjs turns each export into a top-level function of dist/Code.js. Each is the handler of the same name
// (onX → x) wrapped in the error funnel; src/entry-points.ts lists the same names (a test checks both ways).
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
export const onHomepage = respondCards(home.homepage);
export const onGmailMessage = respondCards(gmail.gmailMessage);
export const onSheetsHomepage = respondCards(sheetSync.sheetsHomepage);
export const onFileScopeGranted = respondCards(sheetSync.fileScopeGranted);

// Universal actions
export const onLookupUniversal = respondUniversal(invitation.lookupUniversal);
export const onSettingsUniversal = respondUniversal(settings.settingsUniversal);

// Card actions
export const onBack = respondAction(navigation.back);
export const onRefreshHome = respondAction(home.refreshHome);
export const onFindCourse = respondAction(home.findCourse);
export const onOpenCourse = respondAction(course.openCourse);
export const onOpenCourseById = respondAction(course.openCourseById);
export const onInvite = respondAction(course.invite);
export const onShowInvitation = respondAction(invitation.showInvitation);
export const onShowLookup = respondAction(invitation.showLookup);
export const onLookup = respondAction(invitation.lookup);
export const onRevokeInvitation = respondAction(invitation.revokeInvitation);
export const onConfirmRevoke = respondAction(invitation.confirmRevoke);
export const onDeclineInvitation = respondAction(invitation.declineInvitation);
export const onConfirmDecline = respondAction(invitation.confirmDecline);
export const onChangeRole = respondAction(invitation.changeRole);
export const onAcceptInvitation = respondAction(invitation.acceptInvitation);
export const onRemoveTrigger = respondAction(settings.removeTrigger);
export const onResendInvitation = respondAction(followUp.resendInvitation);
export const onConfirmResend = respondAction(followUp.confirmResend);
export const onResendOld = respondAction(followUp.resendOld);
export const onConfirmResendOld = respondAction(followUp.confirmResendOld);
export const onSaveSweep = respondAction(followUp.saveSweep);
export const onForgetHistory = respondAction(followUp.forgetHistory);
export const onConfirmForget = respondAction(followUp.confirmForget);
export const onFindInvitation = respondAction(followUp.findInvitation);
export const onGmailCourseChange = respondAction(gmail.gmailCourseChange);
export const onInviteFromGmail = respondAction(gmail.inviteFromGmail);
export const onReplyWithClassCode = respondCompose(gmail.replyWithClassCode);
export const onShowGmailPerson = respondAction(gmail.showGmailPerson);
export const onShowBulk = respondAction(bulk.showBulk);
export const onPreviewBulk = respondAction(bulk.previewBulk);
export const onStartBulk = respondAction(bulk.startBulk);
export const onShowJob = respondAction(bulk.showJob);
export const onContinueJob = respondAction(bulk.continueJob);
export const onCancelJob = respondAction(bulk.cancelJob);
export const onCloseJob = respondAction(bulk.closeJob);
export const onShowList = respondAction(lists.showList);
export const onShowTransferStart = respondAction(transfer.showTransferStart);
export const onStartTransfer = respondAction(transfer.startTransfer);
export const onShowTransfer = respondAction(transfer.showTransfer);
export const onCancelTransfer = respondAction(transfer.cancelTransfer);
export const onCloseTransfer = respondAction(transfer.closeTransfer);
export const onRequestFileScope = respondAction(sheetSync.requestFileScope);
export const onSheetPage = respondAction(sheetSync.sheetPage);
export const onPreviewSync = respondAction(sheetSync.previewSync);
export const onSyncPreviewPage = respondAction(sheetSync.syncPreviewPage);
export const onStartSync = respondAction(sheetSync.startSync);
export const onShowSync = respondAction(sheetSync.showSync);
export const onContinueSync = respondAction(sheetSync.continueSync);
export const onCancelSync = respondAction(sheetSync.cancelSync);
export const onCloseSync = respondAction(sheetSync.closeSync);

// Time-driven trigger (installed on demand by bulk jobs)
export const onJobsTick = respondTrigger('onJobsTick', jobs.jobsTick);
