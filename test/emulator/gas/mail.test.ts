// MailApp: mails recorded for tests, only to the signed-in user, within the scope and the daily recipient quota.
import {
  emptyServiceState,
  MAIL_DAILY_QUOTA,
  makeMailApp,
  type ManifestInfo,
  testContext,
  VirtualClock,
} from '@classroom-invitations/emulator';

const SEND_MAIL: ManifestInfo = { oauthScopes: ['https://www.googleapis.com/auth/script.send_mail'] };
const DAY = 86_400_000;

function mailAs(email: string, manifest: ManifestInfo = SEND_MAIL) {
  const clock = new VirtualClock();
  const state = emptyServiceState();
  return { clock, state, mail: makeMailApp(testContext(clock, { manifest, state, user: { email } })) };
}

describe('MailApp', () => {
  it('records a mail to the user themselves', () => {
    const { mail, state } = mailAs('ada@school.test');
    mail.sendEmail('Ada@school.test', 'Digest', 'Body');
    expect(state.mail?.sent).toEqual([
      { from: 'ada@school.test', to: 'Ada@school.test', subject: 'Digest', body: 'Body', at: expect.any(Number) },
    ]);
  });

  it('refuses anybody else, and refuses without the send_mail scope', () => {
    expect(() => {
      mailAs('ada@school.test').mail.sendEmail('sam@school.test', 's', 'b');
    }).toThrow(/only mail/);
    expect(() => {
      mailAs('ada@school.test', { oauthScopes: [] }).mail.sendEmail('ada@school.test', 's', 'b');
    }).toThrow(/script\.send_mail/);
  });

  it('counts the daily quota (1,500 for Workspace, 100 for consumer accounts), renewed after 24 hours', () => {
    const ws = mailAs('ada@school.test');
    expect(ws.mail.getRemainingDailyQuota()).toBe(MAIL_DAILY_QUOTA.workspace);
    const consumer = mailAs('kim@gmail.com');
    for (let i = 0; i < MAIL_DAILY_QUOTA.consumer; i++) consumer.mail.sendEmail('kim@gmail.com', 's', 'b');
    expect(consumer.mail.getRemainingDailyQuota()).toBe(0);
    expect(() => {
      consumer.mail.sendEmail('kim@gmail.com', 's', 'b');
    }).toThrow(/too many times/);
    consumer.clock.advance(DAY);
    expect(consumer.mail.getRemainingDailyQuota()).toBe(MAIL_DAILY_QUOTA.consumer);
  });
});
