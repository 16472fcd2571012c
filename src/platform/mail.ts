// MailApp, used for one thing: the follow-up digest, sent to the signed-in user only (scope script.send_mail).
/** Mails the user's own address; returns false when today's MailApp quota is spent. */
export function mailMyself(to: string, subject: string, body: string): boolean {
  if (MailApp.getRemainingDailyQuota() < 1) return false;
  MailApp.sendEmail(to, subject, body);
  return true;
}
