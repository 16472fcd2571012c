// GmailApp for a Gmail add-on: the open message is readable only after setCurrentMessageAccessToken with its
// token, only by its owner, and only as metadata (the add-on holds the current.message.metadata scope).
import type { SeedMessage } from '../types';
import { makeDraft, type GmailDraftFake } from './compose';
import { requireScope, type ServiceContext } from './context';

export function messageAccessToken(messageId: string): string {
  return `emu-msg-token:${messageId}`;
}

const BODY_SCOPES = [
  'gmail.addons.current.message.readonly',
  'gmail.addons.current.message.action',
  'gmail.readonly',
  'https://mail.google.com/',
];
const METADATA_SCOPES = ['gmail.addons.current.message.metadata', ...BODY_SCOPES];

export interface GmailMessage {
  getId(): string;
  getThread(): { getId(): string };
  getFrom(): string;
  getTo(): string;
  getCc(): string;
  getBcc(): string;
  getReplyTo(): string;
  getSubject(): string;
  getDate(): Date;
  getPlainBody(): string;
  getBody(): string;
  getRawContent(): string;
  createDraftReply(body: string, options?: { htmlBody?: string; subject?: string }): GmailDraftFake;
}

/** Drafting a reply to the open message: the compose action scope (or a wider Gmail one). */
const COMPOSE_SCOPES = [
  'gmail.addons.current.action.compose',
  'gmail.compose',
  'gmail.modify',
  'https://mail.google.com/',
];

function makeMessage(ctx: ServiceContext, m: SeedMessage, drafts: { count: number }): GmailMessage {
  const bodyDenied = (method: string) => () => {
    ctx.enter('GmailMessage', method);
    const declared = ctx.manifest.oauthScopes;
    const full = BODY_SCOPES.map((s) => (s.startsWith('https://') ? s : `https://www.googleapis.com/auth/${s}`));
    if (declared && !full.some((s) => declared.includes(s))) {
      throw ctx.fail(
        `Specified permissions are not sufficient to call GmailMessage.${method}. Required permissions: ${full[0]!} ` +
          '(the add-on only has the gmail.addons.current.message.metadata scope: headers, not the body).',
      );
    }
    return m.snippet; // the seed has no body: the snippet stands in for it when a body scope is granted
  };
  return {
    getId: () => m.id,
    getThread: () => ({ getId: () => m.threadId }),
    getFrom: () => m.from,
    getTo: () => m.to.join(', '),
    getCc: () => m.cc.join(', '),
    getBcc: () => '',
    getReplyTo: () => m.from,
    getSubject: () => m.subject,
    getDate: () => ctx.newDate(Date.parse(m.date)),
    getPlainBody: bodyDenied('getPlainBody'),
    getBody: bodyDenied('getBody'),
    getRawContent: bodyDenied('getRawContent'),
    createDraftReply: (body, options = {}) => {
      ctx.enter('GmailMessage', 'createDraftReply');
      requireScope(ctx, 'GmailMessage.createDraftReply', COMPOSE_SCOPES);
      if (typeof body !== 'string') throw ctx.fail('Invalid argument: body');
      const subject = options.subject ?? (/^re:/i.test(m.subject) ? m.subject : `Re: ${m.subject}`);
      drafts.count += 1;
      return makeDraft({
        id: `r-draft-${m.id}-${drafts.count}`,
        to: m.from,
        subject,
        body,
        ...(options.htmlBody !== undefined ? { htmlBody: options.htmlBody } : {}),
        inReplyTo: m.id,
      });
    },
  };
}

export function makeGmailApp(ctx: ServiceContext, messages: () => readonly SeedMessage[]) {
  let token: string | null = null;
  const drafts = { count: 0 };
  return {
    setCurrentMessageAccessToken(accessToken: string) {
      if (typeof accessToken !== 'string' || accessToken === '') throw ctx.fail('Invalid argument: accessToken');
      token = accessToken;
    },
    /**
     * A new (standalone) draft. Google's compose guide: a compose action's draft may be "a standalone draft or a
     * reply" built with the Gmail service, under the action.compose scope (or a wider Gmail one).
     */
    createDraft(recipient: string, subject: string, body: string, options: { htmlBody?: string } = {}): GmailDraftFake {
      ctx.enter('GmailApp', 'createDraft');
      requireScope(ctx, 'GmailApp.createDraft', COMPOSE_SCOPES);
      if (typeof recipient !== 'string' || typeof subject !== 'string' || typeof body !== 'string')
        throw ctx.fail('Invalid argument: createDraft(recipient, subject, body)');
      drafts.count += 1;
      return makeDraft({
        id: `s-draft-${drafts.count}`,
        to: recipient,
        subject,
        body,
        ...(options.htmlBody !== undefined ? { htmlBody: options.htmlBody } : {}),
      });
    },
    getMessageById(id: string): GmailMessage {
      requireScope(ctx, 'GmailApp.getMessageById', METADATA_SCOPES);
      if (typeof id !== 'string' || id === '') throw ctx.fail('Invalid argument: id');
      if (token !== messageAccessToken(id)) {
        throw ctx.fail(
          `Access denied: : Missing current message access token for message ${id}. ` +
            'Call GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken) first.',
        );
      }
      const m = messages().find((x) => x.id === id);
      if (!m || m.owner.toLowerCase() !== ctx.user.email.toLowerCase()) throw ctx.fail('Invalid argument: id');
      return makeMessage(ctx, m, drafts);
    },
  };
}
