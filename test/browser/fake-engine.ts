// A scripted PreviewEngine for the server and renderer tests: it shows a fixture card with every widget and records
// what the page asked for, so the preview can be checked without the add-on bundle or the emulator.
import {
  type ActionJson,
  type CardJson,
  type DrawerView,
  type FormValues,
  type PreviewEngine,
  PreviewInputError,
  type PreviewState,
  type SeedMessage,
  type Selection,
  type UserSummary,
} from '@classroom-invitations/emulator';

const action = (fn: string, params: Record<string, string> = {}): ActionJson => ({
  function: fn,
  parameters: Object.entries(params).map(([key, value]) => ({ key, value })),
});

export const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  img: '<img src=x onerror="window.__pwned = \'img\'">',
  jsLink: '<a href="javascript:window.__pwned=\'link\'">bad link</a>',
  fontAttr: '<font color="red" onmouseover="window.__pwned=\'font\'">red text</font>',
  quoteBreak: '"><img src=x onerror="window.__pwned=\'attr\'">',
};

/** One card using every widget of card-json.ts, with hostile text in the places a page could be injected. */
export function everyWidgetCard(): CardJson {
  return {
    name: 'fixture',
    header: { title: 'Fixture card', subtitle: 'Every widget', imageUrl: '/logo.svg', imageType: 'CIRCLE' },
    cardActions: [{ actionLabel: 'Refresh card', onClick: { action: action('onRefresh') } }],
    sections: [
      {
        header: 'Text',
        widgets: [
          { textParagraph: { text: '<b>Bold</b> <i>italic</i> <u>under</u> <s>strike</s><br>second line' } },
          {
            textParagraph: {
              text: '<font color="#d93025">Red words</font> and <a href="https://classroom.google.com/c/1">a link</a>',
            },
          },
          {
            textParagraph: { text: `Hostile: ${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.jsLink} ${HOSTILE.fontAttr}` },
          },
          { textParagraph: { text: 'Tom &amp; Jerry &lt;3 &unknown; 5 > 4' } },
        ],
      },
      {
        header: 'Decorated',
        widgets: [
          {
            decoratedText: {
              topLabel: 'Invitation',
              text: 'ada@school.example',
              bottomLabel: 'Student · pending',
              startIcon: { knownIcon: 'EMAIL' },
              button: { text: 'Revoke', onClick: { action: action('onRevoke', { id: 'inv-1' }) } },
            },
          },
          {
            decoratedText: {
              text: 'Notify me',
              switchControl: { name: 'notify', value: 'yes', selected: true },
            },
          },
          { decoratedText: { text: 'Open course', onClick: { action: action('onOpenCourse', { courseId: 'c-1' }) } } },
          { decoratedText: { topLabel: 'R&amp;D <b>lab</b>', text: '<b>Marked</b> row', bottomLabel: 'x &lt; y' } },
          {
            selectionInput: {
              name: 'sort',
              label: 'Sort by',
              type: 'DROPDOWN',
              items: [
                { text: 'Name', value: 'name', selected: true },
                { text: 'Date', value: 'date', selected: false },
              ],
              onChangeAction: action('onSort'),
            },
          },
        ],
      },
      {
        header: 'Inputs',
        widgets: [
          { textInput: { name: 'emails', label: 'Emails', hintText: 'One per line', type: 'MULTIPLE_LINE' } },
          { textInput: { name: 'note', label: `Note ${HOSTILE.quoteBreak}`, value: HOSTILE.quoteBreak } },
          {
            selectionInput: {
              name: 'role',
              label: 'Role',
              type: 'DROPDOWN',
              items: [
                { text: 'Student', value: 'STUDENT', selected: true },
                { text: 'Teacher', value: 'TEACHER', selected: false },
              ],
            },
          },
          {
            selectionInput: {
              name: 'when',
              label: 'When',
              type: 'RADIO_BUTTON',
              items: [
                { text: 'Now', value: 'now', selected: false },
                { text: 'Tonight', value: 'tonight', selected: true },
              ],
            },
          },
          {
            selectionInput: {
              name: 'courses',
              label: 'Courses',
              type: 'CHECK_BOX',
              items: [
                { text: 'Algebra', value: 'c-1', selected: true },
                { text: `Bio ${HOSTILE.quoteBreak}`, value: `c-2${HOSTILE.quoteBreak}`, selected: false },
              ],
            },
          },
          {
            selectionInput: {
              name: 'flags',
              label: 'Flags',
              type: 'SWITCH',
              items: [{ text: 'Send email', value: 'email', selected: false }],
            },
          },
          {
            selectionInput: {
              name: 'tags',
              label: 'Tags',
              type: 'MULTI_SELECT',
              items: [
                { text: 'Math', value: 'math', selected: true },
                { text: 'Science', value: 'science', selected: false },
              ],
            },
          },
        ],
      },
      {
        header: 'Buttons and more',
        collapsible: true,
        uncollapsibleWidgetsCount: 2,
        widgets: [
          {
            buttonList: {
              buttons: [
                { text: 'Invite', type: 'FILLED', onClick: { action: action('onInvite', { courseId: 'c-1' }) } },
                { text: 'Cancel', type: 'OUTLINED', onClick: { action: action('onCancel') } },
                { text: 'Docs', onClick: { openLink: { url: 'https://classroom.google.com/help' } } },
                { text: 'Disabled', disabled: true, onClick: { action: action('never') } },
              ],
            },
          },
          { divider: {} },
          { image: { imageUrl: '/logo.svg', altText: 'School logo' } },
          {
            grid: {
              title: 'Courses grid',
              columnCount: 2,
              items: [
                { id: 'g-1', title: 'Algebra', subtitle: '3 students' },
                { id: 'g-2', title: 'Biology', subtitle: '12 students' },
              ],
              onClick: { action: action('onGrid') },
            },
          },
        ],
      },
    ],
    fixedFooter: {
      primaryButton: { text: 'Save', type: 'FILLED', onClick: { action: action('onSave') } },
      secondaryButton: { text: 'Close', type: 'OUTLINED', onClick: { action: action('onClose') } },
    },
  };
}

function secondCard(): CardJson {
  return {
    name: 'second',
    header: { title: 'Second card' },
    sections: [{ widgets: [{ textParagraph: { text: 'Pushed' } }] }],
  };
}

export interface RecordedAction {
  action: ActionJson;
  formValues: FormValues;
}

export class FakeEngine implements PreviewEngine {
  selection: Selection = { user: 'u-teacher', host: 'GMAIL', locale: 'en' };
  stack: CardJson[] = [everyWidgetCard()];
  messageId: string | null = null;
  actions: RecordedAction[] = [];
  universals: string[] = [];
  forms: FormValues[] = [];
  notification: string | null = null;
  lastError: string | null = null;
  openedLinks: string[] = [];
  private newLinks: string[] = [];

  state(): PreviewState {
    const links = this.newLinks;
    this.newLinks = [];
    return {
      addon: {
        name: 'Classroom Invitations',
        logoUrl: '/logo.svg',
        primaryColor: '#1e8e3e',
        universalActions: ['Look up an invitation', 'Settings and about'],
      },
      selection: { ...this.selection },
      messageId: this.messageId,
      panel: {
        host: this.selection.host,
        user: this.selection.user,
        locale: this.selection.locale,
        stackKind: this.messageId === null ? 'homepage' : 'contextual',
        stack: this.stack,
        formValues: {},
        notification: this.notification,
        openedLinks: this.openedLinks,
        lastError: this.lastError,
      },
      newLinks: links,
      info: null,
    };
  }

  open(selection: Selection): PreviewState {
    if (!this.users().some((u) => u.id === selection.user))
      throw new PreviewInputError(`Unknown user: ${selection.user}`);
    this.selection = selection;
    this.stack = [everyWidgetCard()];
    return this.state();
  }

  message(messageId: string | null): PreviewState {
    this.messageId = messageId;
    return this.state();
  }

  action(act: ActionJson, formValues: FormValues): PreviewState {
    this.actions.push({ action: act, formValues });
    this.notification = null;
    this.lastError = null;
    if (act.function === 'onInvite') this.notification = 'Invited 1 person';
    if (act.function === 'onOpenCourse') this.stack = [...this.stack, secondCard()];
    if (act.function === 'onCancel') this.lastError = 'onCancel failed: nope';
    if (act.function === 'onSave') {
      this.openedLinks = [...this.openedLinks, 'https://classroom.google.com/c/saved'];
      this.newLinks = ['https://classroom.google.com/c/saved'];
    }
    return this.state();
  }

  form(formValues: FormValues): PreviewState {
    this.forms.push(formValues);
    return this.state();
  }

  universal(label: string): PreviewState {
    this.universals.push(label);
    return this.state();
  }

  back(): PreviewState {
    if (this.stack.length > 1) this.stack = this.stack.slice(0, -1);
    return this.state();
  }

  runTrigger(id: string): PreviewState {
    if (id !== 't-1') throw new PreviewInputError(`No trigger ${id}.`);
    return this.state();
  }

  advanceClock(_ms: number): PreviewState {
    return this.state();
  }

  drawer(): DrawerView {
    return {
      clock: Date.UTC(2026, 8, 1, 8),
      timeZone: 'Etc/UTC',
      calls: [
        {
          t: Date.UTC(2026, 8, 1, 8),
          user: 'u-teacher',
          method: 'invitations.create',
          args: { courseId: 'c-1' },
          status: 200,
          via: 'advanced',
          roundTrip: 1,
        },
        {
          t: Date.UTC(2026, 8, 1, 8),
          user: 'u-teacher',
          method: 'invitations.create',
          args: { courseId: 'c-1' },
          status: 409,
          via: 'advanced',
          roundTrip: 2,
        },
      ],
      triggers: [
        { id: 't-1', user: 'u-teacher', handler: 'dailySync', everyMs: 3_600_000, nextRunAt: Date.UTC(2026, 8, 1, 9) },
      ],
      properties: { lastCourse: 'c-1' },
      cache: {},
      executions: [],
    };
  }

  messages(): SeedMessage[] {
    return [
      {
        id: 'm-1',
        threadId: 't-1',
        owner: 'teacher@school.example',
        from: 'Ada Parent <ada.parent@mail.example>',
        to: ['teacher@school.example'],
        cc: [],
        subject: `Question ${HOSTILE.script}`,
        date: '2026-08-31T10:00:00Z',
        snippet: 'Can my daughter join?',
      },
    ];
  }

  users(): UserSummary[] {
    return [
      {
        id: 'u-teacher',
        email: 'teacher@school.example',
        name: 'Tina Teacher',
        kind: 'Teacher',
        admin: false,
        disabled: false,
      },
      {
        id: 'u-student',
        email: 'student@school.example',
        name: 'Sam Student',
        kind: 'Student',
        admin: false,
        disabled: false,
      },
    ];
  }
}
