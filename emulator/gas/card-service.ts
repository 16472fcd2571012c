// The CardService global of the emulator: real builder classes with Apps Script's method names that record cards and
// responses as emulator/card-json.ts JSON, plus toEntryResult, which turns what an entry point returned into that JSON.
import type {
  ActionResponseJson,
  ButtonJson,
  CardHeaderJson,
  CardJson,
  EntryResultJson,
  NavigationJson,
  OnClickJson,
  SectionJson,
} from '../card-json';
import { Action, ClickableBuilder, IconImage, MaterialIcon, OpenLink, type OpenLinkJson } from './card-actions';
import {
  BRAND,
  Branded,
  Built,
  copyJson,
  describe,
  expectArray,
  expectBoolean,
  expectEnum,
  expectInteger,
  expectKind,
  expectString,
  invalidArgument,
  kindOf,
} from './card-base';
import { DisplayStyle, ImageStyle, cardEnums } from './card-enums';
import { ComposeActionResponseBuilder, isComposeResponse } from './compose';
import { EditorFileScopeActionResponseBuilder, isEditorFileScopeResponse } from './editor-file-scope';
import {
  BorderStyle,
  ButtonSet,
  DecoratedText,
  Divider,
  Grid,
  GridItem,
  Image,
  ImageButton,
  ImageComponent,
  ImageCropStyle,
  SelectionInput,
  Suggestions,
  Switch,
  TextButton,
  TextInput,
  TextParagraph,
  WIDGET_KINDS,
  type WidgetBuilder,
} from './card-widgets';

/** Apps Script's limits: sections per card and widgets per section. */
export const MAX_SECTIONS = 100;
export const MAX_WIDGETS = 100;

export class CardHeader extends Branded {
  readonly [BRAND] = 'CardHeader' as const;
  private readonly json: Partial<CardHeaderJson> = {};

  setTitle(title: unknown): this {
    this.json.title = expectString('CardHeader.setTitle', title);
    return this;
  }

  setSubtitle(subtitle: unknown): this {
    this.json.subtitle = expectString('CardHeader.setSubtitle', subtitle);
    return this;
  }

  setImageUrl(imageUrl: unknown): this {
    this.json.imageUrl = expectString('CardHeader.setImageUrl', imageUrl);
    return this;
  }

  setImageStyle(imageStyle: unknown): this {
    this.json.imageType = expectEnum('CardHeader.setImageStyle', imageStyle, ImageStyle);
    return this;
  }

  setImageAltText(imageAltText: unknown): this {
    this.json.imageAltText = expectString('CardHeader.setImageAltText', imageAltText);
    return this;
  }

  toJson(where: string): CardHeaderJson {
    if (!this.json.title) throw new Error(`${where}: a card header needs a title (call setTitle)`);
    return { ...this.json, title: this.json.title };
  }
}

export class CardSection extends Branded {
  readonly [BRAND] = 'CardSection' as const;
  private header: string | undefined;
  private readonly widgets: WidgetBuilder[] = [];
  private collapsible: boolean | undefined;
  private uncollapsible: number | undefined;

  setHeader(header: unknown): this {
    this.header = expectString('CardSection.setHeader', header);
    return this;
  }

  addWidget(widget: unknown): this {
    if (kindOf(widget) === 'Switch') {
      throw invalidArgument(
        'CardSection.addWidget',
        'a Switch is not a widget; put it in DecoratedText.setSwitchControl',
      );
    }
    this.widgets.push(expectKind<WidgetBuilder>('CardSection.addWidget', widget, ...WIDGET_KINDS));
    return this;
  }

  setCollapsible(collapsible: unknown): this {
    this.collapsible = expectBoolean('CardSection.setCollapsible', collapsible);
    return this;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: unknown): this {
    this.uncollapsible = expectInteger('CardSection.setNumUncollapsibleWidgets', numUncollapsibleWidgets, 0);
    return this;
  }

  toJson(where: string): SectionJson {
    if (this.widgets.length === 0) throw new Error(`${where}: a section needs at least one widget`);
    if (this.widgets.length > MAX_WIDGETS) {
      throw new Error(`${where}: a section holds at most ${MAX_WIDGETS} widgets, got ${this.widgets.length}`);
    }
    const json: SectionJson = { widgets: this.widgets.map((w, i) => w.toWidgetJson(`${where}, widget ${i + 1}`)) };
    if (this.header !== undefined) json.header = this.header;
    if (this.collapsible !== undefined) json.collapsible = this.collapsible;
    if (this.uncollapsible !== undefined) json.uncollapsibleWidgetsCount = this.uncollapsible;
    return json;
  }
}

export class CardAction extends ClickableBuilder {
  readonly [BRAND] = 'CardAction' as const;
  private text: string | undefined;

  setText(text: unknown): this {
    this.text = expectString('CardAction.setText', text);
    return this;
  }

  toJson(where: string): { actionLabel: string; onClick: OnClickJson } {
    if (!this.text) throw new Error(`${where}: a card action needs a text (call setText)`);
    const onClick = this.onClickJson(where);
    if (!onClick) throw new Error(`${where}: a card action needs setOnClickAction or setOpenLink`);
    return { actionLabel: this.text, onClick };
  }
}

export class FixedFooter extends Branded {
  readonly [BRAND] = 'FixedFooter' as const;
  private primary: TextButton | undefined;
  private secondary: TextButton | undefined;

  setPrimaryButton(button: unknown): this {
    this.primary = expectKind<TextButton>('FixedFooter.setPrimaryButton', button, 'TextButton');
    return this;
  }

  setSecondaryButton(button: unknown): this {
    this.secondary = expectKind<TextButton>('FixedFooter.setSecondaryButton', button, 'TextButton');
    return this;
  }

  toJson(where: string): { primaryButton?: ButtonJson; secondaryButton?: ButtonJson } {
    if (!this.primary) throw new Error(`${where}: a fixed footer needs a primary button (call setPrimaryButton)`);
    const json: { primaryButton?: ButtonJson; secondaryButton?: ButtonJson } = {
      primaryButton: this.primary.toButtonJson(`${where}, primary button`),
    };
    if (this.secondary) json.secondaryButton = this.secondary.toButtonJson(`${where}, secondary button`);
    return json;
  }
}

/** A built card: immutable JSON. */
export class Card extends Built<CardJson> {
  readonly [BRAND] = 'Card' as const;
}

export class CardBuilder extends Branded {
  readonly [BRAND] = 'CardBuilder' as const;
  private header: CardHeader | undefined;
  private peekHeader: CardHeader | undefined;
  private readonly sections: CardSection[] = [];
  private readonly cardActions: CardAction[] = [];
  private footer: FixedFooter | undefined;
  private name: string | undefined;
  private displayStyle: 'PEEK' | 'REPLACE' | undefined;

  setHeader(cardHeader: unknown): this {
    this.header = expectKind<CardHeader>('CardBuilder.setHeader', cardHeader, 'CardHeader');
    return this;
  }

  setPeekCardHeader(peekCardHeader: unknown): this {
    this.peekHeader = expectKind<CardHeader>('CardBuilder.setPeekCardHeader', peekCardHeader, 'CardHeader');
    return this;
  }

  addSection(section: unknown): this {
    this.sections.push(expectKind<CardSection>('CardBuilder.addSection', section, 'CardSection'));
    return this;
  }

  addCardAction(cardAction: unknown): this {
    this.cardActions.push(expectKind<CardAction>('CardBuilder.addCardAction', cardAction, 'CardAction'));
    return this;
  }

  setFixedFooter(fixedFooter: unknown): this {
    this.footer = expectKind<FixedFooter>('CardBuilder.setFixedFooter', fixedFooter, 'FixedFooter');
    return this;
  }

  setName(name: unknown): this {
    this.name = expectString('CardBuilder.setName', name);
    return this;
  }

  setDisplayStyle(displayStyle: unknown): this {
    this.displayStyle = expectEnum('CardBuilder.setDisplayStyle', displayStyle, DisplayStyle);
    return this;
  }

  /** Validates the whole tree, as Apps Script does here, and freezes it as JSON. */
  build(): Card {
    const where = this.name ? `Card "${this.name}"` : 'Card';
    if (this.sections.length === 0) throw new Error(`${where}: a card needs at least one section (call addSection)`);
    if (this.sections.length > MAX_SECTIONS) {
      throw new Error(`${where}: a card holds at most ${MAX_SECTIONS} sections, got ${this.sections.length}`);
    }
    const json: CardJson = { sections: this.sections.map((s, i) => s.toJson(`${where}, section ${i + 1}`)) };
    // Google's card reference (GoogleAppsCardV1Card): at most 100 widgets per card in all. Google drops the section
    // that crosses the limit and every section after it, and the host shows "Something went wrong"; failing here
    // makes that visible to tests.
    const widgets = json.sections.reduce((n, s) => n + s.widgets.length, 0);
    if (widgets > MAX_WIDGETS) {
      throw new Error(`${where}: a card holds at most ${MAX_WIDGETS} widgets in all, got ${widgets}`);
    }
    if (this.name !== undefined) json.name = this.name;
    if (this.header) json.header = this.header.toJson(`${where}, header`);
    if (this.peekHeader) json.peekCardHeader = this.peekHeader.toJson(`${where}, peek header`);
    if (this.cardActions.length > 0) {
      json.cardActions = this.cardActions.map((a, i) => a.toJson(`${where}, card action ${i + 1}`));
    }
    if (this.footer) json.fixedFooter = this.footer.toJson(`${where}, fixed footer`);
    if (this.displayStyle !== undefined) json.displayStyle = this.displayStyle;
    return new Card(copyJson(json));
  }
}

function cardJson(method: string, card: unknown): CardJson {
  if (kindOf(card) === 'CardBuilder') throw invalidArgument(method, 'got a CardBuilder; call build() first');
  return expectKind<Card>(method, card, 'Card').json;
}

export class Navigation extends Branded {
  readonly [BRAND] = 'Navigation' as const;
  readonly #ops: NavigationJson[] = [];

  pushCard(card: unknown): this {
    this.#ops.push({ pushCard: cardJson('Navigation.pushCard', card) });
    return this;
  }

  updateCard(card: unknown): this {
    this.#ops.push({ updateCard: cardJson('Navigation.updateCard', card) });
    return this;
  }

  popCard(): this {
    this.#ops.push({ popCard: true });
    return this;
  }

  popToRoot(): this {
    this.#ops.push({ popToRoot: true });
    return this;
  }

  popToNamedCard(cardName: unknown): this {
    this.#ops.push({ popToCard: expectString('Navigation.popToNamedCard', cardName) });
    return this;
  }

  get ops(): NavigationJson[] {
    return copyJson(this.#ops);
  }

  printJson(): string {
    return JSON.stringify(this.#ops, null, 2);
  }
}

export class Notification extends Branded {
  readonly [BRAND] = 'Notification' as const;
  text: string | undefined;

  setText(text: unknown): this {
    const value = expectString('Notification.setText', text);
    if (value.trim() === '') throw invalidArgument('Notification.setText', 'the notification text is empty');
    this.text = value;
    return this;
  }
}

/** A built ActionResponse or UniversalActionResponse. */
export class ActionResponse extends Built<ActionResponseJson> {
  readonly [BRAND]: 'ActionResponse' | 'UniversalActionResponse';

  constructor(json: ActionResponseJson) {
    super(json);
    this[BRAND] = json.kind;
  }
}

export class ActionResponseBuilder extends Branded {
  readonly [BRAND] = 'ActionResponseBuilder' as const;
  private navigation: Navigation | undefined;
  private notification: Notification | undefined;
  private openLink: OpenLink | undefined;
  private stateChanged: boolean | undefined;

  setNavigation(navigation: unknown): this {
    this.navigation = expectKind<Navigation>('ActionResponseBuilder.setNavigation', navigation, 'Navigation');
    return this;
  }

  setNotification(notification: unknown): this {
    this.notification = expectKind<Notification>('ActionResponseBuilder.setNotification', notification, 'Notification');
    return this;
  }

  setOpenLink(openLink: unknown): this {
    this.openLink = expectKind<OpenLink>('ActionResponseBuilder.setOpenLink', openLink, 'OpenLink');
    return this;
  }

  setStateChanged(stateChanged: unknown): this {
    this.stateChanged = expectBoolean('ActionResponseBuilder.setStateChanged', stateChanged);
    return this;
  }

  build(): ActionResponse {
    const json: ActionResponseJson = { kind: 'ActionResponse', navigations: [] };
    if (this.navigation) {
      json.navigations = this.navigation.ops;
      if (json.navigations.length === 0) {
        throw new Error('ActionResponse: the Navigation has no operation (pushCard, updateCard, popCard, ...)');
      }
    }
    if (this.notification) {
      if (this.notification.text === undefined) throw new Error('ActionResponse: the Notification has no text');
      json.notification = { text: this.notification.text };
    }
    if (this.openLink) json.openLink = this.openLink.toJson('ActionResponse');
    if (this.stateChanged !== undefined) json.stateChanged = this.stateChanged;
    return new ActionResponse(json);
  }
}

export class UniversalActionResponseBuilder extends Branded {
  readonly [BRAND] = 'UniversalActionResponseBuilder' as const;
  private cards: CardJson[] | undefined;
  private openLink: OpenLinkJson | undefined;

  displayAddOnCards(cardObjects: unknown): this {
    const method = 'UniversalActionResponseBuilder.displayAddOnCards';
    const cards = expectArray(method, cardObjects).map((card) => cardJson(method, card));
    if (cards.length === 0) throw invalidArgument(method, 'the array of cards is empty');
    this.cards = cards;
    return this;
  }

  setOpenLink(openLink: unknown): this {
    const link = expectKind<OpenLink>('UniversalActionResponseBuilder.setOpenLink', openLink, 'OpenLink');
    this.openLink = link.toJson('UniversalActionResponseBuilder.setOpenLink');
    return this;
  }

  build(): ActionResponse {
    if (!this.cards && !this.openLink) {
      throw new Error('UniversalActionResponse: call displayAddOnCards or setOpenLink before build()');
    }
    const json: ActionResponseJson = {
      kind: 'UniversalActionResponse',
      navigations: (this.cards ?? []).map((card) => ({ pushCard: card })),
    };
    if (this.openLink) json.openLink = this.openLink;
    return new ActionResponse(json);
  }
}

/** A fresh CardService global. Methods are own arrow functions, so destructuring them works too. */
export function makeCardService() {
  return {
    ...cardEnums,
    newAction: () => new Action(),
    newActionResponseBuilder: () => new ActionResponseBuilder(),
    newBorderStyle: () => new BorderStyle(),
    newButtonSet: () => new ButtonSet(),
    newCardAction: () => new CardAction(),
    newCardBuilder: () => new CardBuilder(),
    newCardHeader: () => new CardHeader(),
    newCardSection: () => new CardSection(),
    newComposeActionResponseBuilder: () => new ComposeActionResponseBuilder(),
    newDecoratedText: () => new DecoratedText(),
    newDivider: () => new Divider(),
    newEditorFileScopeActionResponseBuilder: () => new EditorFileScopeActionResponseBuilder(),
    newFixedFooter: () => new FixedFooter(),
    newGrid: () => new Grid(),
    newGridItem: () => new GridItem(),
    newIconImage: () => new IconImage(),
    newImage: () => new Image(),
    newImageButton: () => new ImageButton(),
    newImageComponent: () => new ImageComponent(),
    newImageCropStyle: () => new ImageCropStyle(),
    newMaterialIcon: () => new MaterialIcon(),
    newNavigation: () => new Navigation(),
    newNotification: () => new Notification(),
    newOpenLink: () => new OpenLink(),
    newSelectionInput: () => new SelectionInput(),
    newSuggestions: () => new Suggestions(),
    newSwitch: () => new Switch(),
    newTextButton: () => new TextButton(),
    newTextInput: () => new TextInput(),
    newTextParagraph: () => new TextParagraph(),
    newUniversalActionResponseBuilder: () => new UniversalActionResponseBuilder(),
  };
}

export type CardServiceFake = ReturnType<typeof makeCardService>;

/**
 * Turns what an entry point returned (Card, Card[], ActionResponse, UniversalActionResponse) into card JSON.
 * Throws for anything else, as Apps Script reports an invalid return value of an add-on function.
 */
export function toEntryResult(value: unknown): EntryResultJson {
  const kind = kindOf(value);
  if (kind === 'Card') return { kind: 'Card', card: (value as Card).json };
  if (kind === 'ActionResponse' || kind === 'UniversalActionResponse') return (value as ActionResponse).json;
  if (isEditorFileScopeResponse(value)) return value.json;
  if (isComposeResponse(value)) return value.json;
  if (Array.isArray(value)) {
    const items = expectArray('return value', value);
    if (items.length === 0) throw new Error('Invalid return value: an empty array of cards');
    const cards = items.map((item, i) => {
      if (kindOf(item) !== 'Card')
        throw new Error(`Invalid return value: item ${i} of the array is ${describe(item)}, not a Card`);
      return (item as Card).json;
    });
    return { kind: 'Cards', cards };
  }
  const hint =
    kind === 'CardBuilder' || kind === 'ActionResponseBuilder' || kind === 'UniversalActionResponseBuilder'
      ? ` (a ${kind}: call build())`
      : kind === 'Navigation'
        ? ' (a Navigation: wrap it in newActionResponseBuilder().setNavigation(...).build())'
        : '';
  throw new Error(
    `Invalid return value: expected a Card, an array of Cards, an ActionResponse or a UniversalActionResponse, got ${describe(value)}${hint}`,
  );
}
