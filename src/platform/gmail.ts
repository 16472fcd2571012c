// The open Gmail message's people, read with the narrow gmail.addons.current.message.metadata scope: the event's
// access token unlocks this one message for this execution, and only its headers are read. A reply draft needs the
// gmail.addons.current.action.compose scope and the same token; the draft is only created, never sent.
import { parseAddresses, type Address } from '../domain/addresses';

export interface MessagePeople {
  subject: string;
  people: Address[];
  /** The From address, marked on the card: often an admin or a colleague, not someone to invite. */
  sender?: string;
}

export function messagePeople(messageId: string, accessToken: string): MessagePeople {
  GmailApp.setCurrentMessageAccessToken(accessToken);
  const message = GmailApp.getMessageById(messageId);
  const headers = [message.getFrom(), message.getTo(), message.getCc()].join(',');
  const sender = parseAddresses(message.getFrom()).valid[0]?.email;
  return { subject: message.getSubject(), people: parseAddresses(headers).valid, ...(sender ? { sender } : {}) };
}

/**
 * Creates a reply draft to the open message (Google's compose-action pattern,
 * https://developers.google.com/workspace/add-ons/gmail/compose: setCurrentMessageAccessToken, then
 * GmailMessage.createDraftReply), returned for a ComposeActionResponse; also the sender's display name.
 */
export function draftReply(
  messageId: string,
  accessToken: string,
  compose: (senderName: string | undefined) => { body: string; htmlBody: string; subject?: string } | undefined,
): GoogleAppsScript.Gmail.GmailDraft | undefined {
  GmailApp.setCurrentMessageAccessToken(accessToken);
  const message = GmailApp.getMessageById(messageId);
  const sender = parseAddresses(message.getFrom()).valid[0];
  const content = compose(sender?.name);
  if (!content) return undefined;
  return message.createDraftReply(content.body, { htmlBody: content.htmlBody });
}
