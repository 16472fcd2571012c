// The open Gmail message's people, read with the narrow gmail.addons.current.message.metadata scope: the event's
// access token unlocks this one message for this execution, and only its headers are read.
import { parseAddresses, type Address } from '../domain/addresses';

export interface MessagePeople {
  subject: string;
  people: Address[];
}

export function messagePeople(messageId: string, accessToken: string): MessagePeople {
  GmailApp.setCurrentMessageAccessToken(accessToken);
  const message = GmailApp.getMessageById(messageId);
  const headers = [message.getFrom(), message.getTo(), message.getCc()].join(',');
  return { subject: message.getSubject(), people: parseAddresses(headers).valid };
}
