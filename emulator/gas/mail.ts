// MailApp: sendEmail and getRemainingDailyQuota, with every sent mail recorded so tests can read it. Apps Script's
// daily recipient quota is 100 for consumer accounts and 1,500 for Workspace ones [DOC AS/guides/services/quotas,
// see docs/reference platform.md §4.4]; the window is modelled as 24 hours from the first mail, like URL Fetch's.
// The add-on only ever mails the signed-in user (the follow-up digest), so a mail to anybody else is refused here:
// a test catches a digest sent to someone else.
import { getOwn, requireScope, setOwn, type ServiceContext } from './context';

export const MAIL_DAILY_QUOTA = { consumer: 100, workspace: 1_500 } as const;
const DAY_MS = 86_400_000;

export interface SentMail {
  from: string;
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  at: number;
}

/** What MailApp keeps in the service state (optional: states saved before MailApp existed have none). */
export interface MailState {
  sent: SentMail[];
  /** Per user id: start of the quota window and mails sent in it. */
  windows: Record<string, { start: number; count: number }>;
}

export function mailStateOf(state: { mail?: MailState }): MailState {
  state.mail ??= { sent: [], windows: {} };
  return state.mail;
}

function quotaFor(email: string): number {
  return /@(gmail|googlemail)\.com$/i.test(email) ? MAIL_DAILY_QUOTA.consumer : MAIL_DAILY_QUOTA.workspace;
}

interface MailOptions {
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
}

export function makeMailApp(ctx: ServiceContext) {
  const mail = () => mailStateOf(ctx.state);
  const window = () => {
    const m = mail();
    const now = ctx.clock.now();
    let w = getOwn(m.windows, ctx.user.id);
    if (!w || now - w.start >= DAY_MS) {
      w = { start: now, count: 0 };
      setOwn(m.windows, ctx.user.id, w);
    }
    return w;
  };
  const send = (to: string, subject: string, body: string, options: MailOptions = {}) => {
    requireScope(ctx, 'MailApp.sendEmail', ['script.send_mail']);
    if (to.trim().toLowerCase() !== ctx.user.email.toLowerCase()) {
      throw ctx.fail(`Emulator: the add-on may only mail the signed-in user (${ctx.user.email}), not ${to}.`);
    }
    const w = window();
    if (w.count >= quotaFor(ctx.user.email)) {
      throw ctx.fail('Service invoked too many times for one day: email.');
    }
    w.count++;
    const sent: SentMail = { from: ctx.user.email, to, subject, body, at: ctx.clock.now() };
    if (options.htmlBody !== undefined) sent.htmlBody = options.htmlBody;
    mail().sent.push(sent);
  };
  return {
    sendEmail(
      a: string | { to: string; subject: string; body?: string; htmlBody?: string },
      subject?: string,
      body?: string,
      options?: MailOptions,
    ): void {
      ctx.enter('MailApp', 'sendEmail');
      if (typeof a === 'object') {
        const opts: MailOptions = a.htmlBody === undefined ? {} : { htmlBody: a.htmlBody };
        send(a.to, a.subject, a.body ?? '', opts);
      } else send(a, subject ?? '', body ?? '', options);
    },
    getRemainingDailyQuota(): number {
      ctx.enter('MailApp', 'getRemainingDailyQuota');
      return quotaFor(ctx.user.email) - window().count;
    },
  };
}
