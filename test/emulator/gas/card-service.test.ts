// The CardService fake: each builder records google.apps.card.v1-shaped JSON, throws where Apps Script throws, and
// toEntryResult accepts exactly what an add-on entry point may return (also from another vm realm).
import { runInNewContext } from 'node:vm';
import {
  type CardJson,
  type CardServiceFake,
  makeCardService,
  MAX_MULTI_SELECT_ITEMS,
  MAX_SELECTION_ITEMS,
  MAX_SECTIONS,
  MAX_WIDGETS,
  toEntryResult,
} from '@classroom-invitations/emulator';

let CS: CardServiceFake;
beforeEach(() => {
  CS = makeCardService();
});

const action = (fn = 'onClick') => CS.newAction().setFunctionName(fn);
const paragraph = (text = 'x') => CS.newTextParagraph().setText(text);
const section = (...widgets: unknown[]) => {
  const s = CS.newCardSection();
  for (const w of widgets.length > 0 ? widgets : [paragraph()]) s.addWidget(w);
  return s;
};
const cardWith = (...widgets: unknown[]) =>
  CS.newCardBuilder()
    .addSection(section(...widgets))
    .build();
const widgetOf = (widget: unknown) => toCardJson(cardWith(widget)).sections[0]!.widgets[0]!;

function toCardJson(card: unknown): CardJson {
  const result = toEntryResult(card);
  if (result.kind !== 'Card') throw new Error(`expected a Card, got ${result.kind}`);
  return result.card;
}

describe('enums', () => {
  it('are frozen string-valued objects named like Apps Script', () => {
    expect(CS.TextButtonStyle.FILLED).toBe('FILLED');
    expect(CS.SelectionInputType.MULTI_SELECT).toBe('MULTI_SELECT');
    expect(CS.Icon.EVENT_PERFORMER).toBe('EVENT_PERFORMER');
    expect(Object.isFrozen(CS.LoadIndicator)).toBe(true);
    expect(Object.keys(CS.DisplayStyle)).toEqual(['PEEK', 'REPLACE']);
  });

  it('reject values that are not members', () => {
    expect(() => CS.newTextButton().setTextButtonStyle('SHINY')).toThrow(/TextButton.setTextButtonStyle.*FILLED/);
    expect(() => CS.newSelectionInput().setType(2)).toThrow(/SelectionInput.setType/);
    expect(() => CS.newAction().setLoadIndicator('SPIN')).toThrow(/LoadIndicator|SPINNER/);
    expect(() => CS.newCardHeader().setImageStyle('ROUND')).toThrow(/CardHeader.setImageStyle/);
    expect(() => CS.newCardBuilder().setDisplayStyle('FULL')).toThrow(/CardBuilder.setDisplayStyle/);
    expect(() => CS.newOpenLink().setOpenAs('TAB')).toThrow(/OpenLink.setOpenAs/);
  });
});

describe('card structure', () => {
  it('records header, sections, card actions, footer, name and display style', () => {
    const card = CS.newCardBuilder()
      .setName('home')
      .setHeader(
        CS.newCardHeader()
          .setTitle('Classroom')
          .setSubtitle('Invitations')
          .setImageUrl('https://x.test/logo.png')
          .setImageStyle(CS.ImageStyle.CIRCLE)
          .setImageAltText('logo'),
      )
      .setPeekCardHeader(CS.newCardHeader().setTitle('Peek'))
      .addSection(section(paragraph('one')).setHeader('First').setCollapsible(true).setNumUncollapsibleWidgets(1))
      .addCardAction(CS.newCardAction().setText('Help').setOpenLink(CS.newOpenLink().setUrl('https://help.test/')))
      .setFixedFooter(
        CS.newFixedFooter()
          .setPrimaryButton(CS.newTextButton().setText('Save').setOnClickAction(action('onSave')))
          .setSecondaryButton(CS.newTextButton().setText('Cancel').setOnClickAction(action('onCancel'))),
      )
      .setDisplayStyle(CS.DisplayStyle.PEEK)
      .build();
    expect(toCardJson(card)).toEqual({
      name: 'home',
      header: {
        title: 'Classroom',
        subtitle: 'Invitations',
        imageUrl: 'https://x.test/logo.png',
        imageType: 'CIRCLE',
        imageAltText: 'logo',
      },
      peekCardHeader: { title: 'Peek' },
      sections: [
        {
          header: 'First',
          collapsible: true,
          uncollapsibleWidgetsCount: 1,
          widgets: [{ textParagraph: { text: 'one' } }],
        },
      ],
      cardActions: [{ actionLabel: 'Help', onClick: { openLink: { url: 'https://help.test/' } } }],
      fixedFooter: {
        primaryButton: { text: 'Save', onClick: { action: { function: 'onSave', parameters: [] } } },
        secondaryButton: { text: 'Cancel', onClick: { action: { function: 'onCancel', parameters: [] } } },
      },
      displayStyle: 'PEEK',
    });
  });

  it('printJson is the JSON of the card', () => {
    const card = cardWith(paragraph('hello'));
    expect(JSON.parse(card.printJson())).toEqual(toCardJson(card));
  });

  it('a built card does not change when its builders change later', () => {
    const s = section(paragraph('before'));
    const builder = CS.newCardBuilder().addSection(s);
    const card = builder.build();
    s.addWidget(paragraph('after'));
    builder.setName('renamed');
    expect(toCardJson(card)).toEqual({ sections: [{ widgets: [{ textParagraph: { text: 'before' } }] }] });
  });

  it('throws for a card without sections and a section without widgets', () => {
    expect(() => CS.newCardBuilder().build()).toThrow(/at least one section/);
    expect(() => CS.newCardBuilder().addSection(CS.newCardSection()).build()).toThrow(/section 1.*at least one widget/);
  });

  it('throws above the section and widget limits, not at them', () => {
    const full = CS.newCardBuilder();
    for (let i = 0; i < MAX_SECTIONS; i++) full.addSection(section());
    expect(() => full.build()).not.toThrow();
    full.addSection(section());
    expect(() => full.build()).toThrow(/at most 100 sections/);

    const s = CS.newCardSection();
    for (let i = 0; i < MAX_WIDGETS; i++) s.addWidget(paragraph());
    expect(() => CS.newCardBuilder().addSection(s).build()).not.toThrow();
    s.addWidget(paragraph());
    expect(() => CS.newCardBuilder().addSection(s).build()).toThrow(/at most 100 widgets/);
  });

  it('throws when the sections together cross 100 widgets (Google drops the rest: "Something went wrong")', () => {
    const half = () => {
      const s = CS.newCardSection();
      for (let i = 0; i < 50; i++) s.addWidget(paragraph());
      return s;
    };
    expect(() => CS.newCardBuilder().addSection(half()).addSection(half()).build()).not.toThrow();
    const over = CS.newCardBuilder().addSection(half()).addSection(half()).addSection(section());
    expect(() => over.build()).toThrow(/a card holds at most 100 widgets in all, got 101/);
  });

  it('rejects wrong objects where a builder expects a specific kind', () => {
    expect(() => CS.newCardBuilder().addSection(paragraph())).toThrow(/expected CardSection, got TextParagraph/);
    expect(() => CS.newCardSection().addWidget({ text: 'fake' })).toThrow(/CardSection.addWidget/);
    expect(() => CS.newCardSection().addWidget(CS.newSwitch())).toThrow(/DecoratedText.setSwitchControl/);
    expect(() => CS.newCardBuilder().setHeader('Title')).toThrow(/CardBuilder.setHeader/);
  });

  it('requires a header title and a card action text and click', () => {
    expect(() => CS.newCardBuilder().setHeader(CS.newCardHeader()).addSection(section()).build()).toThrow(/title/);
    const noClick = CS.newCardBuilder().addSection(section()).addCardAction(CS.newCardAction().setText('Menu'));
    expect(() => noClick.build()).toThrow(/card action 1.*setOnClickAction or setOpenLink/);
  });

  it('requires a primary button in a fixed footer', () => {
    const builder = CS.newCardBuilder()
      .addSection(section())
      .setFixedFooter(
        CS.newFixedFooter().setSecondaryButton(CS.newTextButton().setText('x').setOnClickAction(action())),
      );
    expect(() => builder.build()).toThrow(/primary button/);
  });
});

describe('widgets', () => {
  it('TextParagraph records text and max lines', () => {
    expect(widgetOf(paragraph('<b>Hi</b>').setMaxLines(3))).toEqual({
      textParagraph: { text: '<b>Hi</b>', maxLines: 3 },
    });
  });

  it('DecoratedText records labels, icons, wrap, click and button', () => {
    const widget = CS.newDecoratedText()
      .setText('alice@school.test')
      .setTopLabel('Student')
      .setBottomLabel('Pending')
      .setWrapText(true)
      .setStartIcon(CS.newIconImage().setIcon(CS.Icon.PERSON).setAltText('person'))
      .setEndIcon(CS.newIconImage().setMaterialIcon(CS.newMaterialIcon().setName('delete')))
      .setOnClickAction(action('onOpen').setParameters({ id: '7' }))
      .setButton(CS.newTextButton().setText('Revoke').setOnClickAction(action('onRevoke')));
    expect(widgetOf(widget)).toEqual({
      decoratedText: {
        text: 'alice@school.test',
        topLabel: 'Student',
        bottomLabel: 'Pending',
        wrapText: true,
        startIcon: { knownIcon: 'PERSON', altText: 'person' },
        endIcon: { materialIcon: { name: 'delete' } },
        onClick: { action: { function: 'onOpen', parameters: [{ key: 'id', value: '7' }] } },
        button: { text: 'Revoke', onClick: { action: { function: 'onRevoke', parameters: [] } } },
      },
    });
  });

  it('DecoratedText records a switch control (the last control set wins)', () => {
    const widget = CS.newDecoratedText()
      .setText('Notify me')
      .setButton(CS.newTextButton().setText('x').setOnClickAction(action()))
      .setSwitchControl(
        CS.newSwitch()
          .setFieldName('notify')
          .setValue('yes')
          .setSelected(true)
          .setControlType(CS.SwitchControlType.CHECK_BOX)
          .setOnChangeAction(action('onNotify')),
      );
    expect(widgetOf(widget)).toEqual({
      decoratedText: {
        text: 'Notify me',
        switchControl: {
          name: 'notify',
          value: 'yes',
          selected: true,
          controlType: 'CHECKBOX',
          onChangeAction: { function: 'onNotify', parameters: [] },
        },
      },
    });
  });

  it('DecoratedText needs text, a switch needs a field name', () => {
    expect(() => cardWith(CS.newDecoratedText().setTopLabel('x'))).toThrow(/DecoratedText.*text is required/);
    // An empty string is no text in Google's JSON (proto3): still missing.
    expect(() => cardWith(CS.newDecoratedText().setTopLabel('x').setText(''))).toThrow(/text is required/);
    const unnamed = CS.newDecoratedText().setText('x').setSwitchControl(CS.newSwitch().setSelected(true));
    expect(() => cardWith(unnamed)).toThrow(/Switch.*field name/);
  });

  it('TextInput records name, title, hint, value, multiline, onChange and suggestions', () => {
    const widget = CS.newTextInput()
      .setFieldName('email')
      .setTitle('Email')
      .setHint('name@school.test')
      .setValue('a@b.test')
      .setMultiline(true)
      .setOnChangeAction(action('onEmailChange'))
      .setSuggestions(CS.newSuggestions().addSuggestion('x@y.test').addSuggestions(['z@y.test']));
    expect(widgetOf(widget)).toEqual({
      textInput: {
        name: 'email',
        label: 'Email',
        hintText: 'name@school.test',
        value: 'a@b.test',
        type: 'MULTIPLE_LINE',
        onChangeAction: { function: 'onEmailChange', parameters: [] },
        initialSuggestions: { items: [{ text: 'x@y.test' }, { text: 'z@y.test' }] },
      },
    });
  });

  it('inputs without a field name fail when the card is built', () => {
    expect(() => cardWith(CS.newTextInput().setTitle('Email'))).toThrow(
      /section 1, widget 1 \(TextInput\).*field name/,
    );
    expect(() => cardWith(CS.newSelectionInput().addItem('a', 'a', false))).toThrow(/SelectionInput.*field name/);
  });

  it('SelectionInput records type, items (stringified) and onChange; CHECK_BOX is the default', () => {
    const checkbox = CS.newSelectionInput().setFieldName('c').addItem('One', 1, true);
    expect(widgetOf(checkbox)).toEqual({
      selectionInput: { name: 'c', type: 'CHECK_BOX', items: [{ text: 'One', value: '1', selected: true }] },
    });
    const dropdown = CS.newSelectionInput()
      .setType(CS.SelectionInputType.DROPDOWN)
      .setFieldName('role')
      .setTitle('Role')
      .addItem('Student', 'STUDENT', true)
      .addItem('Teacher', 'TEACHER', false)
      .setOnChangeAction(action('onRole'));
    expect(widgetOf(dropdown)).toEqual({
      selectionInput: {
        name: 'role',
        label: 'Role',
        type: 'DROPDOWN',
        items: [
          { text: 'Student', value: 'STUDENT', selected: true },
          { text: 'Teacher', value: 'TEACHER', selected: false },
        ],
        onChangeAction: { function: 'onRole', parameters: [] },
      },
    });
  });

  it.each(['DROPDOWN', 'CHECK_BOX', 'RADIO_BUTTON', 'SWITCH', 'MULTI_SELECT'] as const)(
    'a %s selection input holds at most 100 items (SelectionInput.items)',
    (type) => {
      const input = CS.newSelectionInput().setType(CS.SelectionInputType[type]).setFieldName('f');
      for (let i = 0; i < MAX_SELECTION_ITEMS; i++) input.addItem(`item ${i}`, `${i}`, false);
      expect(() => cardWith(input)).not.toThrow();
      input.addItem('one too many', 'x', false);
      expect(() => cardWith(input)).toThrow(new RegExp(`a ${type} input holds at most 100 static items, got 101`));
    },
  );

  it('MULTI_SELECT holds at most 100 static items', () => {
    const multi = CS.newSelectionInput().setType(CS.SelectionInputType.MULTI_SELECT).setFieldName('m');
    for (let i = 0; i < MAX_MULTI_SELECT_ITEMS; i++) multi.addMultiSelectItem(`u${i}`, `${i}`, false, '', '');
    expect(() => cardWith(multi)).not.toThrow();
    multi.addMultiSelectItem('one too many', 'x', false, 'https://x.test/i.png', 'bottom');
    expect(() => cardWith(multi)).toThrow(/at most 100 static items, got 101/);
  });

  it('TextButton records text, style, colour, disabled, alt text, icon and link', () => {
    const widget = CS.newTextButton()
      .setText('Open Classroom')
      .setTextButtonStyle(CS.TextButtonStyle.FILLED)
      .setBackgroundColor('#1e8e3e')
      .setDisabled(false)
      .setAltText('Open in Classroom')
      .setIcon(CS.Icon.BOOKMARK)
      .setOpenLink(
        CS.newOpenLink()
          .setUrl('https://classroom.google.com/c/1')
          .setOpenAs(CS.OpenAs.OVERLAY)
          .setOnClose(CS.OnClose.RELOAD_ADD_ON),
      );
    expect(widgetOf(widget)).toEqual({
      buttonList: {
        buttons: [
          {
            text: 'Open Classroom',
            icon: { knownIcon: 'BOOKMARK' },
            altText: 'Open in Classroom',
            disabled: false,
            type: 'FILLED',
            color: { red: 0.118, green: 0.557, blue: 0.243 },
            onClick: { openLink: { url: 'https://classroom.google.com/c/1', openAs: 'OVERLAY', onClose: 'RELOAD' } },
          },
        ],
      },
    });
  });

  it('a button needs text or an icon, and a click', () => {
    expect(() => cardWith(CS.newTextButton().setOnClickAction(action()))).toThrow(/TextButton.*text or an icon/);
    expect(() => cardWith(CS.newTextButton().setText('Go'))).toThrow(/TextButton.*setOnClickAction or setOpenLink/);
    expect(() => cardWith(CS.newImageButton().setIcon(CS.Icon.STAR))).toThrow(/ImageButton.*setOnClickAction/);
    expect(() => cardWith(CS.newImageButton().setOnClickAction(action()))).toThrow(/ImageButton.*icon/);
    const icon = CS.newTextButton().setMaterialIcon(CS.newMaterialIcon().setName('add')).setOnClickAction(action());
    expect(() => cardWith(icon)).not.toThrow();
  });

  it('a button takes an action or a link, not both', () => {
    const link = CS.newOpenLink().setUrl('https://x.test/');
    expect(() => CS.newTextButton().setOnClickAction(action()).setOpenLink(link)).toThrow(/already has an Action/);
    expect(() => CS.newTextButton().setOpenLink(link).setOnClickAction(action())).toThrow(/already has an OpenLink/);
    expect(() => CS.newDecoratedText().setOpenLink(link).setOnClickAction(action())).toThrow(/DecoratedText/);
  });

  it('a click setter rejects anything but an Action or OpenLink', () => {
    expect(() => CS.newTextButton().setOnClickAction('onSave')).toThrow(/expected Action, got string/);
    expect(() => CS.newDecoratedText().setOnClickAction(CS.newOpenLink())).toThrow(/expected Action, got OpenLink/);
    expect(() => CS.newTextButton().setOpenLink(undefined)).toThrow(/expected OpenLink/);
  });

  it('ImageButton, ButtonSet, Divider, Image and Grid record their JSON', () => {
    const set = CS.newButtonSet()
      .addButton(
        CS.newImageButton().setIconUrl('https://x.test/i.png').setAltText('Info').setOnClickAction(action('onInfo')),
      )
      .addButton(CS.newTextButton().setText('Go').setOnClickAction(action('onGo')));
    expect(widgetOf(set)).toEqual({
      buttonList: {
        buttons: [
          {
            icon: { iconUrl: 'https://x.test/i.png' },
            altText: 'Info',
            onClick: { action: { function: 'onInfo', parameters: [] } },
          },
          { text: 'Go', onClick: { action: { function: 'onGo', parameters: [] } } },
        ],
      },
    });
    expect(widgetOf(CS.newDivider())).toEqual({ divider: {} });
    expect(
      widgetOf(
        CS.newImage().setImageUrl('https://x.test/p.png').setAltText('Photo').setOnClickAction(action('onPhoto')),
      ),
    ).toEqual({
      image: {
        imageUrl: 'https://x.test/p.png',
        altText: 'Photo',
        onClick: { action: { function: 'onPhoto', parameters: [] } },
      },
    });
    const grid = CS.newGrid()
      .setTitle('Courses')
      .setNumColumns(2)
      .addItem(
        CS.newGridItem()
          .setIdentifier('c1')
          .setTitle('Maths')
          .setSubtitle('Room 1')
          .setImage(CS.newImageComponent().setImageUrl('https://x.test/m.png').setAltText('maths')),
      )
      .setOnClickAction(action('onCourse'));
    expect(widgetOf(grid)).toEqual({
      grid: {
        title: 'Courses',
        columnCount: 2,
        items: [
          {
            id: 'c1',
            title: 'Maths',
            subtitle: 'Room 1',
            image: { imageUri: 'https://x.test/m.png', altText: 'maths' },
          },
        ],
        onClick: { action: { function: 'onCourse', parameters: [] } },
      },
    });
    expect(() => cardWith(CS.newButtonSet())).toThrow(/ButtonSet.*at least one button/);
  });

  it('IconImage keeps one icon source', () => {
    const icon = CS.newIconImage().setIconUrl('https://x.test/a.png').setIcon(CS.Icon.EMAIL).setAltText('mail');
    expect(widgetOf(CS.newDecoratedText().setText('t').setStartIcon(icon)).decoratedText?.startIcon).toEqual({
      knownIcon: 'EMAIL',
      altText: 'mail',
    });
  });
});

describe('Action', () => {
  it('records function, parameters, load indicator, persistence and required widgets', () => {
    const a = CS.newAction()
      .setFunctionName('onInvite')
      .setParameters({ courseId: '42', role: 'STUDENT' })
      .setLoadIndicator(CS.LoadIndicator.NONE)
      .setPersistValues(true)
      .addRequiredWidget('email')
      .addRequiredWidget('role')
      .setAllWidgetsAreRequired(false);
    expect(
      widgetOf(CS.newTextButton().setText('Invite').setOnClickAction(a)).buttonList?.buttons[0]?.onClick.action,
    ).toEqual({
      function: 'onInvite',
      parameters: [
        { key: 'courseId', value: '42' },
        { key: 'role', value: 'STUDENT' },
      ],
      loadIndicator: 'NONE',
      persistValues: true,
      requiredWidgets: ['email', 'role'],
      allWidgetsAreRequired: false,
    });
  });

  it('setParameters only takes string values', () => {
    expect(() => CS.newAction().setParameters({ count: 3 })).toThrow(/"count" must be a string, got number 3/);
    expect(() => CS.newAction().setParameters({ ids: ['1'] })).toThrow(/"ids" must be a string, got an array/);
    expect(() => CS.newAction().setParameters('a=b')).toThrow(/expected an object of strings/);
  });

  it('an Action without a function name fails when the enclosing card is built, not before', () => {
    const button = CS.newTextButton()
      .setText('Go')
      .setOnClickAction(CS.newAction().setParameters({ a: 'b' }));
    expect(() => cardWith(button)).toThrow(/section 1, widget 1.*no function name/);
    expect(() => CS.newAction().setFunctionName('not a name')).toThrow(/not a function name/);
  });

  it('OpenLink needs a URL', () => {
    expect(() => CS.newOpenLink().setUrl('classroom')).toThrow(/not a URL/);
    expect(() => cardWith(CS.newTextButton().setText('x').setOpenLink(CS.newOpenLink()))).toThrow(
      /OpenLink has no URL/,
    );
  });
});

describe('responses', () => {
  const card = (title: string) =>
    CS.newCardBuilder()
      .setName(title)
      .addSection(section(paragraph(title)))
      .build();

  it('ActionResponse records navigations in order, notification, link and state change', () => {
    const response = CS.newActionResponseBuilder()
      .setNavigation(
        CS.newNavigation().popCard().pushCard(card('a')).updateCard(card('b')).popToNamedCard('home').popToRoot(),
      )
      .setNotification(CS.newNotification().setText('Invited'))
      .setOpenLink(CS.newOpenLink().setUrl('https://classroom.google.com/'))
      .setStateChanged(true)
      .build();
    const a = toCardJson(card('a'));
    const b = toCardJson(card('b'));
    expect(toEntryResult(response)).toEqual({
      kind: 'ActionResponse',
      navigations: [{ popCard: true }, { pushCard: a }, { updateCard: b }, { popToCard: 'home' }, { popToRoot: true }],
      notification: { text: 'Invited' },
      openLink: { url: 'https://classroom.google.com/' },
      stateChanged: true,
    });
    expect(JSON.parse(response.printJson())).toEqual(toEntryResult(response));
  });

  it('a navigation without an operation, or a card not built, is an error', () => {
    expect(() => CS.newActionResponseBuilder().setNavigation(CS.newNavigation()).build()).toThrow(/no operation/);
    const unbuilt = CS.newCardBuilder().addSection(section());
    expect(() => CS.newNavigation().pushCard(unbuilt)).toThrow(/CardBuilder; call build\(\) first/);
  });

  it('a notification needs text', () => {
    expect(() => CS.newNotification().setText('')).toThrow(/Notification.setText.*empty/);
    expect(() => CS.newActionResponseBuilder().setNotification(CS.newNotification()).build()).toThrow(/no text/);
  });

  it('UniversalActionResponse pushes its cards, or opens a link', () => {
    const response = CS.newUniversalActionResponseBuilder()
      .displayAddOnCards([card('a'), card('b')])
      .build();
    expect(toEntryResult(response)).toEqual({
      kind: 'UniversalActionResponse',
      navigations: [{ pushCard: toCardJson(card('a')) }, { pushCard: toCardJson(card('b')) }],
    });
    const link = CS.newUniversalActionResponseBuilder().setOpenLink(CS.newOpenLink().setUrl('https://x.test/')).build();
    expect(toEntryResult(link)).toEqual({
      kind: 'UniversalActionResponse',
      navigations: [],
      openLink: { url: 'https://x.test/' },
    });
    expect(() => CS.newUniversalActionResponseBuilder().build()).toThrow(/displayAddOnCards or setOpenLink/);
    expect(() => CS.newUniversalActionResponseBuilder().displayAddOnCards([paragraph()])).toThrow(/expected Card/);
  });
});

describe('toEntryResult', () => {
  const card = () => cardWith(paragraph('c'));

  it('turns a Card, an array of Cards and responses into JSON', () => {
    expect(toEntryResult(card())).toEqual({
      kind: 'Card',
      card: { sections: [{ widgets: [{ textParagraph: { text: 'c' } }] }] },
    });
    const cards = toEntryResult([card(), card()]);
    expect(cards.kind).toBe('Cards');
    expect(cards.kind === 'Cards' && cards.cards).toHaveLength(2);
    const notify = CS.newActionResponseBuilder().setNotification(CS.newNotification().setText('hi')).build();
    expect(toEntryResult(notify)).toEqual({ kind: 'ActionResponse', navigations: [], notification: { text: 'hi' } });
  });

  it('rejects anything else with a clear message', () => {
    expect(() => toEntryResult(undefined)).toThrow(/Invalid return value.*got undefined/);
    expect(() => toEntryResult('card')).toThrow(/Invalid return value/);
    expect(() => toEntryResult({ sections: [] })).toThrow(/got a plain object/);
    expect(() => toEntryResult([])).toThrow(/empty array/);
    expect(() => toEntryResult([card(), 'x'])).toThrow(/item 1 of the array/);
    expect(() => toEntryResult(CS.newCardBuilder())).toThrow(/CardBuilder: call build\(\)/);
    expect(() => toEntryResult(CS.newNavigation().popCard())).toThrow(/setNavigation/);
  });

  it('accepts cards and arrays built by code running in another vm realm', () => {
    const result = runInNewContext(
      `[1, 2].map((n) => CardService.newCardBuilder()
        .addSection(CardService.newCardSection().addWidget(CardService.newTextParagraph().setText('n' + n)))
        .build())`,
      { CardService: CS },
    );
    expect(result instanceof Array).toBe(false); // a foreign array: the check must not rely on instanceof
    expect(toEntryResult(result)).toEqual({
      kind: 'Cards',
      cards: [1, 2].map((n) => ({ sections: [{ widgets: [{ textParagraph: { text: `n${n}` } }] }] })),
    });
    const foreignParams = runInNewContext(`CardService.newAction().setFunctionName('f').setParameters({ a: 'b' })`, {
      CardService: CS,
    });
    const button = CS.newTextButton().setText('x').setOnClickAction(foreignParams);
    expect(widgetOf(button).buttonList?.buttons[0]?.onClick.action?.parameters).toEqual([{ key: 'a', value: 'b' }]);
  });

  it('recognises cards built by a second copy of the module (brand, not instanceof)', () => {
    jest.isolateModules(() => {
      type Module = typeof import('@classroom-invitations/emulator');
      // isolateModules only works with a synchronous require.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const other = require('@classroom-invitations/emulator') as Module;
      // Our section goes into their builder, and their card comes back through our toEntryResult.
      const built = other.makeCardService().newCardBuilder().addSection(section(CS.newDivider())).build();
      expect(toEntryResult(built)).toEqual({ kind: 'Card', card: { sections: [{ widgets: [{ divider: {} }] }] } });
    });
  });
});
