// The names Apps Script may call, declared once: the exports of src/index.ts (a test checks they match, both ways).
// Cards and triggers take their names from here, so a typo is a compile error and no view imports index.ts.
export const ENTRY_POINTS = [
  // Manifest triggers
  'onHomepage',
  'onGmailMessage',
  // Universal actions
  'onLookupUniversal',
  'onSettingsUniversal',
  // Card actions
  'onBack',
  'onRefreshHome',
  'onOpenCourse',
  'onOpenCourseById',
  'onInvite',
  'onShowInvitation',
  'onShowLookup',
  'onLookup',
  'onRevokeInvitation',
  'onConfirmRevoke',
  'onDeclineInvitation',
  'onConfirmDecline',
  'onChangeRole',
  'onAcceptInvitation',
  'onRemoveTrigger',
  'onResendInvitation',
  'onConfirmResend',
  'onResendOld',
  'onConfirmResendOld',
  'onSaveSweep',
  'onFindInvitation',
  'onGmailCourseChange',
  'onInviteFromGmail',
  'onReplyWithClassCode',
  'onShowGmailPerson',
  'onShowBulk',
  'onPreviewBulk',
  'onStartBulk',
  'onShowJob',
  'onContinueJob',
  'onCancelJob',
  'onCloseJob',
  'onShowList',
  'onShowTransferStart',
  'onStartTransfer',
  'onShowTransfer',
  'onCancelTransfer',
  'onCloseTransfer',
  // Time-driven trigger
  'onJobsTick',
] as const;

export type EntryPoint = (typeof ENTRY_POINTS)[number];
