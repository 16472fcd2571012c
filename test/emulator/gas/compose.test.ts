// Gmail compose actions as Google documents them (developers.google.com/workspace/add-ons/gmail/compose): a reply
// draft needs the compose-action scope and the message's token, a ComposeActionResponse carries it, and the host opens
// it only for an action set with setComposeAction.
import {
  AddonPanel,
  makeCardService,
  makeGmailApp,
  type ManifestInfo,
  messageAccessToken,
  type SeedMessage,
  testContext,
  toEntryResult,
  VirtualClock,
} from '@classroom-invitations/emulator';

const MESSAGE: SeedMessage = {
  id: 'm1',
  threadId: 't1',
  owner: 'ada@school.test',
  from: 'Sam Student <sam@school.test>',
  to: ['ada@school.test'],
  cc: [],
  subject: 'Join my class?',
  date: '2026-09-01T07:00:00Z',
  snippet: 'Hello',
};
const METADATA = 'https://www.googleapis.com/auth/gmail.addons.current.message.metadata';
const COMPOSE = 'https://www.googleapis.com/auth/gmail.addons.current.action.compose';

const gmailWith = (scopes: string[]) => {
  const manifest: ManifestInfo = { oauthScopes: scopes };
  const gmail = makeGmailApp(testContext(new VirtualClock(), { manifest, user: { email: 'ada@school.test' } }), () => [
    MESSAGE,
  ]);
  gmail.setCurrentMessageAccessToken(messageAccessToken('m1'));
  return gmail;
};

describe('GmailMessage.createDraftReply', () => {
  it('needs the compose-action scope', () => {
    const m = gmailWith([METADATA]).getMessageById('m1');
    expect(() => m.createDraftReply('hi')).toThrow(/gmail\.addons\.current\.action\.compose/);
  });

  it('drafts a reply to the sender, "Re:" subject, HTML kept, in a ComposeActionResponse', () => {
    const draft = gmailWith([METADATA, COMPOSE])
      .getMessageById('m1')
      .createDraftReply('plain', { htmlBody: '<b>x</b>' });
    const response = makeCardService().newComposeActionResponseBuilder().setGmailDraft(draft).build();
    expect(toEntryResult(response)).toEqual({
      kind: 'ComposeActionResponse',
      draft: {
        id: draft.getId(),
        to: 'Sam Student <sam@school.test>',
        subject: 'Re: Join my class?',
        body: 'plain',
        htmlBody: '<b>x</b>',
        inReplyTo: 'm1',
      },
    });
  });

  it('refuses a response without a draft', () => {
    expect(() => makeCardService().newComposeActionResponseBuilder().build()).toThrow(/setGmailDraft/);
  });
});

describe('the host and a compose response', () => {
  const draft = { id: 'd1', to: 'sam@school.test', subject: 'Re: x', body: 'b' };
  const card = (compose: boolean) => {
    const action = { function: 'onReply', parameters: [], ...(compose ? { composedEmailType: 'REPLY_AS_DRAFT' } : {}) };
    return {
      kind: 'Card',
      card: { sections: [{ widgets: [{ buttonList: { buttons: [{ text: 'Reply', onClick: { action } }] } }] }] },
    };
  };
  const panelFor = (compose: boolean) =>
    new AddonPanel((fn) => (fn === 'onReply' ? { kind: 'ComposeActionResponse', draft } : card(compose)) as never, {
      user: 'ada@school.test',
      host: 'GMAIL',
      manifest: { addOns: { common: { homepageTrigger: { runFunction: 'onHome' } }, gmail: {} } },
    });

  it('opens the draft of an action set with setComposeAction, until the user closes it', () => {
    const p = panelFor(true);
    p.openHomepage();
    p.click('Reply');
    expect(p.lastError).toBeNull();
    expect(p.snapshot().openedDraft).toEqual(draft);
    p.closeDraft();
    expect(p.snapshot().openedDraft).toBeNull();
  });

  it('refuses a compose response to a plain action', () => {
    const p = panelFor(false);
    p.openHomepage();
    p.click('Reply');
    expect(p.lastError).toMatch(/setComposeAction/);
    expect(p.snapshot().openedDraft).toBeNull();
  });

  it('refuses any other answer to a compose action, as Google does: a notification is not a draft', () => {
    const notification = { kind: 'ActionResponse', notification: 'No class code' };
    const p = new AddonPanel((fn) => (fn === 'onReply' ? notification : card(true)) as never, {
      user: 'ada@school.test',
      host: 'GMAIL',
      manifest: { addOns: { common: { homepageTrigger: { runFunction: 'onHome' } }, gmail: {} } },
    });
    p.openHomepage();
    p.click('Reply');
    expect(p.lastError).toMatch(/compose action must return a ComposeActionResponse, got ActionResponse/);
    expect(p.snapshot().openedDraft).toBeNull();
  });
});
