// GmailApp: the current-message token gate, message ownership, metadata getters and the body being off-scope.
import {
  makeGmailApp,
  type ManifestInfo,
  messageAccessToken,
  type SeedMessage,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

const MESSAGES: SeedMessage[] = [
  {
    id: 'm1',
    threadId: 't1',
    owner: 'Ada@school.test',
    from: 'Sam Student <sam@school.test>',
    to: ['ada@school.test', 'Grace <grace@school.test>'],
    cc: ['parent@mail.test'],
    subject: 'Join my class?',
    date: '2026-09-01T07:00:00Z',
    snippet: 'Hello',
  },
];
const METADATA: ManifestInfo = {
  oauthScopes: ['https://www.googleapis.com/auth/gmail.addons.current.message.metadata'],
};

const gmailAs = (email: string, manifest: ManifestInfo = METADATA) =>
  makeGmailApp(testContext(new VirtualClock(), { manifest, user: { email } }), () => MESSAGES);

describe('GmailApp', () => {
  it('reads the open message after setCurrentMessageAccessToken with its token', () => {
    const gmail = gmailAs('ada@school.test');
    gmail.setCurrentMessageAccessToken(messageAccessToken('m1'));
    const m = gmail.getMessageById('m1');
    expect(m.getId()).toBe('m1');
    expect(m.getThread().getId()).toBe('t1');
    expect(m.getFrom()).toBe('Sam Student <sam@school.test>');
    expect(m.getTo()).toBe('ada@school.test, Grace <grace@school.test>');
    expect(m.getCc()).toBe('parent@mail.test');
    expect(m.getBcc()).toBe('');
    expect(m.getReplyTo()).toBe('Sam Student <sam@school.test>');
    expect(m.getSubject()).toBe('Join my class?');
    expect(m.getDate().getTime()).toBe(Date.UTC(2026, 8, 1, 7));
  });

  it('denies access without the token, or with the token of another message', () => {
    const gmail = gmailAs('ada@school.test');
    expect(() => gmail.getMessageById('m1')).toThrow('Access denied');
    gmail.setCurrentMessageAccessToken(messageAccessToken('m2'));
    expect(() => gmail.getMessageById('m1')).toThrow('Missing current message access token');
  });

  it("refuses a message from someone else's mailbox and unknown ids", () => {
    const gmail = gmailAs('grace@school.test');
    gmail.setCurrentMessageAccessToken(messageAccessToken('m1'));
    expect(() => gmail.getMessageById('m1')).toThrow('Invalid argument: id');
    gmail.setCurrentMessageAccessToken(messageAccessToken('nope'));
    expect(() => gmail.getMessageById('nope')).toThrow('Invalid argument: id');
  });

  it('refuses the body: the add-on only has the metadata scope', () => {
    const gmail = gmailAs('ada@school.test');
    gmail.setCurrentMessageAccessToken(messageAccessToken('m1'));
    const m = gmail.getMessageById('m1');
    expect(() => m.getPlainBody()).toThrow('only has the gmail.addons.current.message.metadata scope');
    expect(() => m.getBody()).toThrow('Specified permissions are not sufficient to call GmailMessage.getBody');
  });

  it('needs a Gmail message scope to read the message at all', () => {
    const gmail = gmailAs('ada@school.test', { oauthScopes: ['https://www.googleapis.com/auth/script.locale'] });
    gmail.setCurrentMessageAccessToken(messageAccessToken('m1'));
    expect(() => gmail.getMessageById('m1')).toThrow('gmail.addons.current.message.metadata');
  });
});
