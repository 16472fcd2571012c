// The side-panel driver against a scripted fake add-on: triggers and events as Google builds them, card stacks and
// navigation, form state, required widgets, click matching and the errors a person (or a test) would see.
import {
  type AddonManifest,
  AddonPanel,
  type CardServiceFake,
  type HostApp,
  makeCardService,
  REQUIRED_FIELDS_MESSAGE,
  toEntryResult,
} from '@classroom-invitations/emulator';

const manifest: AddonManifest = {
  timeZone: 'Etc/UTC',
  addOns: {
    common: {
      homepageTrigger: { runFunction: 'onHomepage', enabled: true },
      universalActions: [
        { label: 'Settings', runFunction: 'onSettings' },
        { label: 'Help', openLink: 'https://help.test/' },
      ],
    },
    gmail: { contextualTriggers: [{ onTriggerFunction: 'onGmailMessage' }] },
    drive: { homepageTrigger: { runFunction: 'onDriveHomepage' } },
    calendar: {},
  },
};

type Handler = (e: any) => unknown;

/** A fake bundle: named handlers building real CardService objects, with every call recorded. */
function fakeAddon(handlers: Record<string, Handler>) {
  const calls: { fn: string; event: any; user: string }[] = [];
  const runner = (fn: string, event: object, user: string) => {
    calls.push({ fn, event, user });
    const handler = handlers[fn];
    if (!handler) throw new Error(`Script function not found: ${fn}`);
    return toEntryResult(handler(event));
  };
  return { calls, runner, last: () => calls[calls.length - 1]! };
}

let CS: CardServiceFake;
beforeEach(() => {
  CS = makeCardService();
});

const act = (fn: string, params: Record<string, string> = {}) =>
  CS.newAction().setFunctionName(fn).setParameters(params);
const button = (text: string, action: ReturnType<typeof act>) =>
  CS.newTextButton().setText(text).setOnClickAction(action);
const card = (title: string, ...widgets: unknown[]) => {
  const section = CS.newCardSection();
  for (const w of widgets.length > 0 ? widgets : [CS.newTextParagraph().setText(title)]) section.addWidget(w);
  return CS.newCardBuilder().setName(title).setHeader(CS.newCardHeader().setTitle(title)).addSection(section).build();
};
const respond = (nav?: (n: ReturnType<CardServiceFake['newNavigation']>) => unknown, note?: string) => {
  const builder = CS.newActionResponseBuilder();
  if (nav) {
    const navigation = CS.newNavigation();
    nav(navigation);
    builder.setNavigation(navigation);
  }
  if (note) builder.setNotification(CS.newNotification().setText(note));
  return builder.build();
};

function panelFor(
  handlers: Record<string, Handler>,
  host: HostApp = 'GMAIL',
  extra: Partial<ConstructorParameters<typeof AddonPanel>[1]> = {},
) {
  const addon = fakeAddon(handlers);
  const panel = new AddonPanel(addon.runner, { user: 'teacher@school.test', host, manifest, ...extra });
  return { panel, addon };
}

const inviteForm = () =>
  card(
    'Invite',
    CS.newTextInput().setFieldName('email').setTitle('Email address'),
    CS.newTextInput().setFieldName('note').setTitle('Note').setValue('Welcome'),
    CS.newSelectionInput()
      .setType(CS.SelectionInputType.DROPDOWN)
      .setFieldName('role')
      .setTitle('Role')
      .addItem('Student', 'STUDENT', true)
      .addItem('Teacher', 'TEACHER', false),
    CS.newSelectionInput()
      .setType(CS.SelectionInputType.CHECK_BOX)
      .setFieldName('courses')
      .setTitle('Courses')
      .addItem('Maths', 'c1', false)
      .addItem('<b>Art</b> &amp; Design', 'c2', false),
    CS.newDecoratedText()
      .setText('Send email')
      .setSwitchControl(CS.newSwitch().setFieldName('notify').setValue('yes').setSelected(false)),
    button('Send', act('onSend', { courseId: '42' }).addRequiredWidget('email')),
  );

describe('triggers and events', () => {
  it('opens the homepage with the common event object and the legacy fields', () => {
    const { panel, addon } = panelFor({ onHomepage: () => card('Home') }, 'GMAIL', {
      locale: 'fr',
      timeZone: 'Europe/Paris',
      now: () => Date.UTC(2026, 6, 1, 12),
    });
    panel.openHomepage();
    expect(addon.last().fn).toBe('onHomepage');
    expect(addon.last().user).toBe('teacher@school.test');
    expect(addon.last().event).toEqual({
      commonEventObject: {
        hostApp: 'GMAIL',
        platform: 'WEB',
        userLocale: 'fr',
        timeZone: { id: 'Europe/Paris', offset: 7_200_000 },
      },
      clientPlatform: 'web',
      hostApp: 'gmail',
      userLocale: 'fr',
      userTimezone: { id: 'Europe/Paris', offset: '7200000' },
    });
    expect(panel.card?.header?.title).toBe('Home');
    expect(panel.stackKind).toBe('homepage');
  });

  it('computes the time zone offset at the given instant (winter time differs)', () => {
    const { panel, addon } = panelFor({ onHomepage: () => card('Home') }, 'GMAIL', {
      timeZone: 'America/New_York',
      now: () => Date.UTC(2026, 0, 15, 12),
    });
    panel.openHomepage();
    expect(addon.last().event.commonEventObject.timeZone).toEqual({ id: 'America/New_York', offset: -18_000_000 });
  });

  it('uses a host-level homepage trigger over the common one, and refuses hosts the add-on does not extend', () => {
    const { panel, addon } = panelFor({ onDriveHomepage: () => card('Drive home') }, 'DRIVE');
    panel.openHomepage();
    expect(addon.last().fn).toBe('onDriveHomepage');
    expect(addon.last().event.commonEventObject.hostApp).toBe('DRIVE');
    expect(() => {
      panelFor({}, 'SHEETS').panel.openHomepage();
    }).toThrow(/does not extend SHEETS/);
  });

  it('opens a message with the gmail object and legacy messageMetadata, and closes back to the homepage', () => {
    const { panel, addon } = panelFor({
      onHomepage: () => card('Home'),
      onGmailMessage: () => [card('Message'), card('Other')],
    });
    panel.openHomepage();
    panel.openMessage({ messageId: 'm1', threadId: 't1' });
    expect(addon.last().fn).toBe('onGmailMessage');
    expect(addon.last().event.gmail).toEqual({ messageId: 'm1', threadId: 't1', accessToken: 'emu-msg-token:m1' });
    expect(addon.last().event.messageMetadata).toEqual({ messageId: 'm1', accessToken: 'emu-msg-token:m1' });
    expect(panel.stackKind).toBe('contextual');
    expect(panel.card?.header?.title).toBe('Message');
    panel.closeMessage();
    expect(panel.stackKind).toBe('homepage');
    expect(panel.card?.header?.title).toBe('Home');
    expect(addon.calls.map((c) => c.fn)).toEqual(['onHomepage', 'onGmailMessage']); // the homepage was kept
  });

  it('only Gmail has messages', () => {
    const { panel } = panelFor({}, 'DRIVE');
    expect(() => {
      panel.openMessage({ messageId: 'm1', threadId: 't1' });
    }).toThrow(/only the GMAIL host/);
  });

  it('sends the form inputs, parameters and message of the visible card with an action', () => {
    const { panel, addon } = panelFor({
      onGmailMessage: inviteForm,
      onSend: () => respond(undefined, 'Sent'),
    });
    panel.openMessage({ messageId: 'm9', threadId: 't9' });
    panel.fill('email', 'ana@school.test');
    panel.select('role', ['TEACHER']);
    panel.select('courses', ['c1', 'Art & Design']);
    panel.toggle('notify', true);
    panel.click('Send');
    const { event } = addon.last();
    expect(addon.last().fn).toBe('onSend');
    expect(event.commonEventObject.parameters).toEqual({ courseId: '42' });
    expect(event.parameters).toEqual({ courseId: '42' });
    expect(event.commonEventObject.formInputs).toEqual({
      email: { stringInputs: { value: ['ana@school.test'] } },
      note: { stringInputs: { value: ['Welcome'] } },
      role: { stringInputs: { value: ['TEACHER'] } },
      courses: { stringInputs: { value: ['c1', 'c2'] } },
      notify: { stringInputs: { value: ['yes'] } },
    });
    expect(event.formInput).toEqual({
      email: 'ana@school.test',
      note: 'Welcome',
      role: 'TEACHER',
      courses: 'c1',
      notify: 'yes',
    });
    expect(event.formInputs.courses).toEqual(['c1', 'c2']);
    expect(event.gmail.accessToken).toBe('emu-msg-token:m9');
    expect(panel.notification).toBe('Sent');
  });

  it('leaves empty inputs out of formInputs, as Google does', () => {
    const { panel, addon } = panelFor({ onHomepage: inviteForm, onSend: () => respond() });
    panel.openHomepage();
    panel.fill('email', 'x@school.test');
    panel.fill('note', '');
    panel.click('Send');
    const inputs = addon.last().event.commonEventObject.formInputs;
    expect(Object.keys(inputs).sort()).toEqual(['email', 'role']);
    expect(addon.last().event.gmail).toBeUndefined();
  });
});

describe('navigation', () => {
  const nav = () =>
    panelFor({
      onHomepage: () => card('Root', button('Next', act('onPush', { n: '1' }))),
      onPush: (e) => {
        const n = Number(e.parameters.n);
        return respond((x) =>
          x.pushCard(
            card(
              `Card ${n}`,
              button('Next', act('onPush', { n: String(n + 1) })),
              button('Up', act('onUp')),
              button('Home', act('onHome')),
              button('Swap', act('onSwap')),
              button('Pop', act('onPop')),
            ),
          ),
        );
      },
      onUp: () => respond((x) => x.popToNamedCard('Card 1')),
      onHome: () => respond((x) => x.popToRoot()),
      onSwap: () => respond((x) => x.updateCard(card('Swapped'))),
      onPop: () => respond((x) => x.popCard().popCard().popCard()),
      onLost: () => respond((x) => x.popToNamedCard('Nowhere')),
    });

  it('pushes, updates in place, pops to a named card and to the root', () => {
    const { panel } = nav();
    panel.openHomepage();
    panel.click('Next');
    panel.click('Next');
    panel.click('Next');
    expect(panel.stack.map((c) => c.name)).toEqual(['Root', 'Card 1', 'Card 2', 'Card 3']);
    panel.click('Up');
    expect(panel.stack.map((c) => c.name)).toEqual(['Root', 'Card 1']);
    panel.click('Swap');
    expect(panel.stack.map((c) => c.name)).toEqual(['Root', 'Swapped']);
    panel.back();
    panel.click('Next');
    panel.click('Home');
    expect(panel.stack.map((c) => c.name)).toEqual(['Root']);
  });

  it('never pops the root card, and back() has no arrow on it', () => {
    const { panel } = nav();
    panel.openHomepage();
    panel.click('Next');
    panel.click('Pop');
    expect(panel.stack.map((c) => c.name)).toEqual(['Root']);
    expect(() => {
      panel.back();
    }).toThrow(/no back arrow/);
  });

  it('reports a pop to a card name that is not in the stack', () => {
    const { panel } = panelFor({
      onHomepage: () => card('Root', button('Lost', act('onLost'))),
      onLost: () => respond((x) => x.popToNamedCard('Nowhere')),
    });
    panel.openHomepage();
    panel.click('Lost');
    expect(panel.lastError).toMatch(/onLost failed: .*no card named "Nowhere"/);
  });

  it('keeps each card its own form values when going back', () => {
    const { panel } = panelFor({
      onHomepage: () =>
        card('Form', CS.newTextInput().setFieldName('q').setTitle('Search'), button('More', act('onMore'))),
      onMore: () => respond((x) => x.pushCard(card('Other', CS.newTextInput().setFieldName('q').setTitle('Other')))),
    });
    panel.openHomepage();
    panel.fill('q', 'typed on the root');
    panel.click('More');
    expect(panel.formValues).toEqual({ q: [''] });
    panel.back();
    expect(panel.formValues).toEqual({ q: ['typed on the root'] });
  });

  it('keeps typed values through updateCard only when the action persists values', () => {
    const form = (fn: string) =>
      card(
        'Form',
        CS.newTextInput().setFieldName('q').setTitle('Search').setValue('server'),
        button('Go', act(fn).setPersistValues(fn === 'onKeep')),
      );
    const { panel } = panelFor({
      onHomepage: () => form('onKeep'),
      onKeep: () => respond((x) => x.updateCard(form('onDrop'))),
      onDrop: () => respond((x) => x.updateCard(form('onDrop'))),
    });
    panel.openHomepage();
    panel.fill('q', 'mine');
    panel.click('Go');
    expect(panel.formValues.q).toEqual(['mine']);
    panel.click('Go');
    expect(panel.formValues.q).toEqual(['server']);
  });

  it('navigates the contextual stack while a message is open, leaving the homepage stack alone', () => {
    const { panel } = panelFor({
      onHomepage: () => card('Home'),
      onGmailMessage: () => card('Message', button('Details', act('onDetails'))),
      onDetails: () => respond((x) => x.pushCard(card('Details'))),
    });
    panel.openHomepage();
    panel.openMessage({ messageId: 'm1', threadId: 't1' });
    panel.click('Details');
    expect(panel.stack.map((c) => c.name)).toEqual(['Message', 'Details']);
    panel.closeMessage();
    expect(panel.stack.map((c) => c.name)).toEqual(['Home']);
  });
});

describe('universal actions', () => {
  it('push the cards they display onto the visible stack', () => {
    const { panel, addon } = panelFor({
      onHomepage: () => card('Home'),
      onSettings: () =>
        CS.newUniversalActionResponseBuilder()
          .displayAddOnCards([card('Settings')])
          .build(),
    });
    panel.openHomepage();
    panel.universalAction('Settings');
    expect(addon.last().event.commonEventObject.hostApp).toBe('GMAIL');
    expect(panel.stack.map((c) => c.name)).toEqual(['Home', 'Settings']);
    expect(panel.snapshot().universalActions).toEqual(['Settings', 'Help']);
  });

  it('open their link, and unknown labels fail listing the known ones', () => {
    const { panel, addon } = panelFor({ onHomepage: () => card('Home') });
    panel.openHomepage();
    panel.universalAction('Help');
    expect(panel.openedLinks).toEqual(['https://help.test/']);
    expect(addon.calls).toHaveLength(1);
    expect(() => {
      panel.universalAction('About');
    }).toThrow(/No universal action "About".*Settings, Help/);
  });

  it('must return a UniversalActionResponse', () => {
    const { panel } = panelFor({ onHomepage: () => card('Home'), onSettings: () => card('Settings') });
    panel.openHomepage();
    panel.universalAction('Settings');
    expect(panel.lastError).toMatch(/onSettings failed: .*UniversalActionResponse, got Card/);
    expect(panel.stack).toHaveLength(1);
  });
});

describe('required widgets', () => {
  it('do not run the action while empty, and name the missing field', () => {
    const { panel, addon } = panelFor({ onHomepage: inviteForm, onSend: () => respond(undefined, 'Sent') });
    panel.openHomepage();
    panel.click('Send');
    expect(addon.calls.map((c) => c.fn)).toEqual(['onHomepage']);
    expect(panel.notification).toBe(`${REQUIRED_FIELDS_MESSAGE}: Email address`);
    panel.fill('email', '   '.trim());
    panel.click('Send');
    expect(addon.calls).toHaveLength(1);
    panel.fill('email', 'a@school.test');
    panel.click('Send');
    expect(addon.last().fn).toBe('onSend');
    expect(panel.notification).toBe('Sent');
  });

  it('setAllWidgetsAreRequired needs every input filled', () => {
    const { panel, addon } = panelFor({
      onHomepage: () =>
        card(
          'All',
          CS.newTextInput().setFieldName('a').setTitle('First'),
          CS.newTextInput().setFieldName('b').setTitle('Second'),
          button('Go', act('onGo').setAllWidgetsAreRequired(true)),
        ),
      onGo: () => respond(undefined, 'ok'),
    });
    panel.openHomepage();
    panel.fill('a', '1');
    panel.click('Go');
    expect(panel.notification).toBe(`${REQUIRED_FIELDS_MESSAGE}: Second`);
    panel.fill('b', '2');
    panel.click('Go');
    expect(addon.last().fn).toBe('onGo');
  });
});

describe('clicking', () => {
  const clickCard = () =>
    card(
      'Clicks',
      CS.newDecoratedText()
        .setText('<b>ana</b>@school.test')
        .setOnClickAction(act('onRow', { id: 'ana' })),
      CS.newDecoratedText()
        .setText('ben@school.test')
        .setButton(button('Revoke', act('onRevoke', { id: 'ben' }))),
      CS.newButtonSet()
        .addButton(button('Revoke', act('onRevoke', { id: 'x' })))
        .addButton(button('Open', act('onOpen')).setDisabled(true)),
      CS.newImage()
        .setImageUrl('https://x.test/p.png')
        .setAltText('Photo')
        .setOpenLink(CS.newOpenLink().setUrl('https://photo.test/')),
      CS.newGrid().addItem(CS.newGridItem().setTitle('Maths').setIdentifier('c1')).setOnClickAction(act('onGrid')),
    );

  it('matches visible text (HTML stripped) of rows, images and grid items', () => {
    const { panel, addon } = panelFor({ onHomepage: clickCard, onRow: () => respond(), onGrid: () => respond() });
    panel.openHomepage();
    panel.click('ana@school.test');
    expect(addon.last().event.parameters).toEqual({ id: 'ana' });
    panel.click('Maths');
    expect(addon.last().fn).toBe('onGrid');
    panel.click('Photo');
    expect(panel.openedLinks).toEqual(['https://photo.test/']);
  });

  it('an ambiguous text fails listing the candidates; a predicate can pick one', () => {
    const { panel, addon } = panelFor({ onHomepage: clickCard, onRevoke: () => respond() });
    panel.openHomepage();
    expect(() => {
      panel.click('Revoke');
    }).toThrow(/Ambiguous click "Revoke": button "Revoke" \(row: ben@school.test\), button "Revoke"/);
    panel.click((c) => c.text === 'Revoke' && c.onClick.action?.parameters[0]?.value === 'x');
    expect(addon.last().event.parameters).toEqual({ id: 'x' });
    panel.click('Revoke', { row: 'ben@school.test' });
    expect(addon.last().event.parameters).toEqual({ id: 'ben' });
    expect(() => {
      panel.click('Revoke', { row: 'ana@school.test' });
    }).toThrow(/Nothing clickable "Revoke" in the row "ana@school.test"/);
  });

  it('an unknown text fails listing what is clickable; a disabled button cannot be clicked', () => {
    const { panel } = panelFor({ onHomepage: clickCard });
    panel.openHomepage();
    expect(() => {
      panel.click('Delete');
    }).toThrow(/Nothing clickable "Delete" on the card "Clicks".*decoratedText "ana@school.test".*gridItem "Maths"/);
    expect(() => {
      panel.click('Open');
    }).toThrow(/disabled/);
  });

  it('finds footer buttons and card actions', () => {
    const withFooter = () =>
      CS.newCardBuilder()
        .setHeader(CS.newCardHeader().setTitle('Footer'))
        .addSection(CS.newCardSection().addWidget(CS.newTextParagraph().setText('x')))
        .addCardAction(CS.newCardAction().setText('Refresh').setOnClickAction(act('onRefresh')))
        .setFixedFooter(CS.newFixedFooter().setPrimaryButton(button('Invite', act('onInvite'))))
        .build();
    const { panel, addon } = panelFor({
      onHomepage: withFooter,
      onRefresh: () => respond(),
      onInvite: () => respond(),
    });
    panel.openHomepage();
    expect(panel.menuItems()).toEqual(['Refresh']);
    panel.click('Refresh');
    expect(addon.last().fn).toBe('onRefresh');
    panel.click('Invite');
    expect(addon.last().fn).toBe('onInvite');
  });
});

describe('form fields', () => {
  it('start from the card: text values, selected items, switches', () => {
    const { panel } = panelFor({ onHomepage: inviteForm });
    panel.openHomepage();
    expect(panel.formValues).toEqual({ email: [''], note: ['Welcome'], role: ['STUDENT'], courses: [], notify: [] });
  });

  it('unknown fields and wrong setters fail loudly', () => {
    const { panel } = panelFor({ onHomepage: inviteForm });
    panel.openHomepage();
    expect(() => {
      panel.fill('mail', 'x');
    }).toThrow(/No input named "mail".*email \(text\)/);
    expect(() => {
      panel.fill('role', 'TEACHER');
    }).toThrow(/role is a selection input; use select/);
    expect(() => {
      panel.select('role', ['OWNER']);
    }).toThrow(/"OWNER" is not an item of role.*"STUDENT" \(Student\)/);
    expect(() => {
      panel.select('role', ['STUDENT', 'TEACHER']);
    }).toThrow(/DROPDOWN: select one item/);
    expect(() => {
      panel.toggle('courses', true);
    }).toThrow(/not a switch or a single check box/);
  });

  it('run the onChangeAction when the value changes, not when it stays', () => {
    const { panel, addon } = panelFor({
      onHomepage: () => card('Change', CS.newTextInput().setFieldName('q').setTitle('Q').setOnChangeAction(act('onQ'))),
      onQ: (e) => respond(undefined, `q=${e.commonEventObject.formInputs.q.stringInputs.value[0]}`),
    });
    panel.openHomepage();
    panel.fill('q', 'abc');
    expect(addon.last().fn).toBe('onQ');
    expect(panel.notification).toBe('q=abc');
    panel.fill('q', 'abc');
    expect(addon.calls).toHaveLength(2);
  });
});

describe('failures', () => {
  it('a throwing function shows "<fn> failed: message" (also for errors from another realm)', () => {
    const { panel } = panelFor({
      onHomepage: () => card('Home', button('Boom', act('onBoom')), button('Foreign', act('onForeign'))),
      onBoom: () => {
        throw new Error('@ClassroomApiDisabled off');
      },
      onForeign: () => {
        // What a vm-realm Error looks like here: not instanceof Error.
        throw Object.assign(Object.create(null), { message: 'from the bundle' });
      },
    });
    panel.openHomepage();
    panel.click('Boom');
    expect(panel.lastError).toBe('onBoom failed: @ClassroomApiDisabled off');
    expect(panel.notification).toBe(panel.lastError);
    panel.click('Foreign');
    expect(panel.lastError).toBe('onForeign failed: from the bundle');
    expect(panel.card?.header?.title).toBe('Home');
  });

  it('a Card returned to a click is an error, and the next action clears it', () => {
    const { panel } = panelFor({
      onHomepage: () => card('Home', button('Wrong', act('onWrong')), button('Right', act('onRight'))),
      onWrong: () => card('Oops'),
      onRight: () => respond(undefined, 'fine'),
    });
    panel.openHomepage();
    panel.click('Wrong');
    expect(panel.lastError).toMatch(/onWrong failed: an action must return an ActionResponse, got Card/);
    expect(panel.stack).toHaveLength(1);
    panel.click('Right');
    expect(panel.lastError).toBeNull();
    expect(panel.notification).toBe('fine');
  });

  it('a homepage that throws leaves no card and reports the error; missing functions too', () => {
    const { panel } = panelFor({});
    panel.openHomepage();
    expect(panel.card).toBeUndefined();
    expect(panel.lastError).toBe('onHomepage failed: Script function not found: onHomepage');
  });

  it('is busy while the function runs and refuses a second action meanwhile', () => {
    let seenBusy: boolean | undefined;
    let nested: unknown;
    const holder: { panel?: AddonPanel } = {};
    const { panel } = panelFor({
      onHomepage: () => card('Home', button('Go', act('onGo'))),
      onGo: () => {
        seenBusy = holder.panel?.busy;
        try {
          holder.panel?.click('Go');
        } catch (err) {
          nested = err;
        }
        return respond();
      },
    });
    holder.panel = panel;
    panel.openHomepage();
    panel.click('Go');
    expect(seenBusy).toBe(true);
    expect(String(nested)).toMatch(/still running/);
    expect(panel.busy).toBe(false);
  });
});

describe('views', () => {
  it('texts() lists what the card shows, HTML of the rich fields stripped and entities decoded', () => {
    const { panel } = panelFor({
      onHomepage: () =>
        CS.newCardBuilder()
          .setHeader(CS.newCardHeader().setTitle('Tom & Jerry').setSubtitle('Course'))
          .addSection(
            CS.newCardSection()
              .setHeader('People')
              .addWidget(CS.newTextParagraph().setText('Line 1<br>Line &lt;2&gt;'))
              .addWidget(
                CS.newDecoratedText().setTopLabel('Student').setText('ana@school.test').setBottomLabel('Pending'),
              )
              .addWidget(CS.newTextInput().setFieldName('e').setTitle('Email'))
              .addWidget(CS.newSelectionInput().setFieldName('r').setTitle('Role').addItem('Teacher', 'T', false))
              .addWidget(button('Invite', act('onInvite'))),
          )
          .addCardAction(CS.newCardAction().setText('Menu only').setOnClickAction(act('onMenu')))
          .build(),
    });
    panel.openHomepage();
    expect(panel.texts()).toEqual([
      'Tom & Jerry',
      'Course',
      'People',
      'Line 1\nLine <2>',
      'Student',
      'ana@school.test',
      'Pending',
      'Email',
      'Role',
      'Teacher',
      'Invite',
    ]);
  });

  it('snapshot() is plain JSON of the panel', () => {
    const { panel } = panelFor({ onHomepage: inviteForm }, 'GMAIL', { locale: 'fr' });
    panel.openHomepage();
    const snap = panel.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap).toMatchObject({
      host: 'GMAIL',
      user: 'teacher@school.test',
      locale: 'fr',
      stackKind: 'homepage',
      message: null,
      notification: null,
      openedLinks: [],
      lastError: null,
    });
    expect(snap.stack).toHaveLength(1);
    expect(snap.formValues.role).toEqual(['STUDENT']);
  });

  it('several homepage cards: the first is the root, others can be opened', () => {
    const { panel } = panelFor({ onHomepage: () => [card('A'), card('B')] });
    panel.openHomepage();
    expect(panel.rootCards.map((c) => c.name)).toEqual(['A', 'B']);
    expect(panel.card?.name).toBe('A');
    panel.showRootCard(1);
    expect(panel.card?.name).toBe('B');
  });
});

describe('plain-text fields', () => {
  it('shows markup in labels and headers as typed, and renders it in the text', () => {
    const { panel } = panelFor({
      onHomepage: () =>
        CS.newCardBuilder()
          .setHeader(CS.newCardHeader().setTitle('R&amp;D <b>lab</b>').setSubtitle('<i>sub</i>'))
          .addSection(
            CS.newCardSection().addWidget(
              CS.newDecoratedText().setTopLabel('<b>top</b>').setText('<b>A</b> &amp; B').setBottomLabel('x &lt; y'),
            ),
          )
          .build(),
    });
    panel.openHomepage();
    expect(panel.texts()).toEqual(['R&amp;D <b>lab</b>', '<i>sub</i>', '<b>top</b>', 'A & B', 'x &lt; y']);
  });
});
