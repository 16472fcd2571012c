// The open Gmail message's people, read with the narrow gmail.addons.current.message.metadata scope: the event's
// access token unlocks this one message for this execution, and only its headers are read. A reply draft needs the
// gmail.addons.current.action.compose scope and the same token; the draft is only created, never sent.
import { parseAddresses } from '../domain/addresses';

function openMessage(messageId: string, accessToken: string) {
  GmailApp.setCurrentMessageAccessToken(accessToken);
  const message = GmailApp.getMessageById(messageId);
  const people = parseAddresses([message.getFrom(), message.getTo(), message.getCc()].join(',')).valid;
  return { message, people, sender: parseAddresses(message.getFrom()).valid[0] };
}

/** The message's subject and people; the sender (From) is marked on the card: often an admin, not an invitee. */
export function messagePeople(messageId: string, accessToken: string) {
  const { message, people, sender } = openMessage(messageId, accessToken);
  return { subject: message.getSubject(), people, ...(sender ? { sender: sender.email } : {}) };
}

// Creates the draft a compose action returns (Google's pattern, https://developers.google.com/workspace/add-ons/gmail/
// compose: setCurrentMessageAccessToken, then a GmailMessage reply or a GmailApp draft). To the people picked
// (`to`): a reply in the thread when that is the sender alone (or nobody was picked), else a new draft addressed to
// them, "Re:" the message's subject. `compose` gets the one recipient's display name, if there is one.
export function draftTo(
  messageId: string,
  accessToken: string,
  to: readonly string[],
  compose: (name: string | undefined) => { body: string; htmlBody: string } | undefined,
): GoogleAppsScript.Gmail.GmailDraft | undefined {
  const { message, people, sender } = openMessage(messageId, accessToken);
  const picked = to.map((e) => e.toLowerCase());
  const toSender = picked.length === 0 || (picked.length === 1 && picked[0] === sender?.email);
  const named = toSender ? sender : people.find((p) => picked.length === 1 && p.email === picked[0]);
  const content = compose(named?.name);
  if (!content) return undefined;
  if (toSender) return message.createDraftReply(content.body, { htmlBody: content.htmlBody });
  const subject = /^re:/i.test(message.getSubject()) ? message.getSubject() : `Re: ${message.getSubject()}`;
  return GmailApp.createDraft(picked.join(', '), subject, content.body, { htmlBody: content.htmlBody });
}
