// The JSON the emulator's CardService records, shaped like google.apps.card.v1 (googleapis card.proto, JSON names),
// plus the add-on response envelopes. The host driver, the tests and the browser renderer all read this shape.

export interface ActionJson {
  function: string;
  parameters: { key: string; value: string }[];
  loadIndicator?: 'SPINNER' | 'NONE';
  persistValues?: boolean;
  /** Widgets that must be filled before the action runs (Action.addRequiredWidget). */
  requiredWidgets?: string[];
  allWidgetsAreRequired?: boolean;
  /** Set by setComposeAction: the action must answer with a ComposeActionResponse (a Gmail draft to open). */
  composedEmailType?: 'REPLY_AS_DRAFT' | 'STANDALONE_DRAFT';
}

export interface OnClickJson {
  action?: ActionJson;
  openLink?: { url: string; openAs?: 'FULL_SIZE' | 'OVERLAY'; onClose?: 'NOTHING' | 'RELOAD' };
}

export interface IconJson {
  knownIcon?: string; // e.g. 'EMAIL', 'PERSON', 'CLOCK'
  iconUrl?: string;
  materialIcon?: { name: string };
  altText?: string;
}

export interface ButtonJson {
  text?: string;
  icon?: IconJson;
  altText?: string;
  onClick: OnClickJson;
  disabled?: boolean;
  /** TextButtonStyle: FILLED / OUTLINED / TEXT (BORDERLESS in older names). */
  type?: 'FILLED' | 'OUTLINED' | 'TEXT' | 'FILLED_TONAL' | 'BORDERLESS';
  color?: { red: number; green: number; blue: number; alpha?: number };
}

export interface SelectionItemJson {
  text: string;
  value: string;
  selected: boolean;
}

export interface SwitchControlJson {
  name: string;
  value?: string;
  selected: boolean;
  onChangeAction?: ActionJson;
  controlType?: 'SWITCH' | 'CHECKBOX' | 'CHECK_BOX';
}

export interface WidgetJson {
  textParagraph?: { text: string; maxLines?: number };
  decoratedText?: {
    startIcon?: IconJson;
    topLabel?: string;
    text: string;
    wrapText?: boolean;
    bottomLabel?: string;
    onClick?: OnClickJson;
    button?: ButtonJson;
    switchControl?: SwitchControlJson;
    endIcon?: IconJson;
  };
  textInput?: {
    name: string;
    label?: string;
    hintText?: string;
    value?: string;
    type?: 'SINGLE_LINE' | 'MULTIPLE_LINE';
    onChangeAction?: ActionJson;
  };
  selectionInput?: {
    name: string;
    label?: string;
    type: 'CHECK_BOX' | 'RADIO_BUTTON' | 'SWITCH' | 'DROPDOWN' | 'MULTI_SELECT';
    items: SelectionItemJson[];
    onChangeAction?: ActionJson;
  };
  buttonList?: { buttons: ButtonJson[] };
  divider?: Record<string, never>;
  image?: { imageUrl: string; altText?: string; onClick?: OnClickJson };
  grid?: {
    title?: string;
    columnCount?: number;
    items: { id?: string; title?: string; subtitle?: string; image?: { imageUri: string; altText?: string } }[];
    onClick?: OnClickJson;
  };
}

export interface SectionJson {
  header?: string;
  widgets: WidgetJson[];
  collapsible?: boolean;
  uncollapsibleWidgetsCount?: number;
}

export interface CardHeaderJson {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  imageType?: 'SQUARE' | 'CIRCLE';
  imageAltText?: string;
}

export interface CardJson {
  name?: string;
  header?: CardHeaderJson;
  peekCardHeader?: CardHeaderJson;
  sections: SectionJson[];
  cardActions?: { actionLabel: string; onClick: OnClickJson }[];
  fixedFooter?: { primaryButton?: ButtonJson; secondaryButton?: ButtonJson };
  displayStyle?: 'PEEK' | 'REPLACE';
}

export type NavigationJson =
  { pushCard: CardJson } | { updateCard: CardJson } | { popCard: true } | { popToRoot: true } | { popToCard: string };

/** ActionResponse.build() (card actions) and UniversalActionResponse.build() (universal actions). */
export interface ActionResponseJson {
  kind: 'ActionResponse' | 'UniversalActionResponse';
  navigations: NavigationJson[];
  notification?: { text: string };
  openLink?: { url: string; openAs?: string; onClose?: string };
  stateChanged?: boolean;
}

/** EditorFileScopeActionResponse.build(): the editor asks the user for drive.file access to the open file. */
export interface EditorFileScopeResponseJson {
  kind: 'EditorFileScopeActionResponse';
  requestFileScopeForActiveDocument: true;
}

/** A Gmail draft as the add-on built it (GmailMessage.createDraftReply, GmailApp.createDraft). */
export interface DraftJson {
  id: string;
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  /** The message replied to (createDraftReply); absent for a standalone draft. */
  inReplyTo?: string;
}

/** ComposeActionResponse.build(): Gmail opens this draft for the user to edit and send. */
export interface ComposeResponseJson {
  kind: 'ComposeActionResponse';
  draft: DraftJson;
}

/** What an entry point returned, as recorded: one card, several cards (homepage/contextual), or a response. */
export type EntryResultJson =
  | { kind: 'Card'; card: CardJson }
  | { kind: 'Cards'; cards: CardJson[] }
  | ActionResponseJson
  | EditorFileScopeResponseJson
  | ComposeResponseJson;
