// The widget builders of the CardService fake. Setters check their argument at once; what Apps Script only checks
// when the card is built (missing field names, buttons without a click, too many items) is checked in toWidgetJson.
import type { ActionJson, ButtonJson, IconJson, SelectionItemJson, SwitchControlJson, WidgetJson } from '../card-json';
import { Action, ClickableBuilder, IconImage, iconFrom } from './card-actions';
import {
  BRAND,
  Branded,
  expectBoolean,
  expectEnum,
  expectInteger,
  expectKind,
  expectString,
  invalidArgument,
  parseColor,
  type Kind,
} from './card-base';
import { Icon, SelectionInputType, SwitchControlType, TextButtonStyle } from './card-enums';

/** Google's limit on the items of any selection input (card reference, SelectionInput.items). */
export const MAX_SELECTION_ITEMS = 100;
/** The same limit, by its older name. */
export const MAX_MULTI_SELECT_ITEMS = MAX_SELECTION_ITEMS;

/** Anything that can be passed to CardSection.addWidget. */
export interface WidgetBuilder {
  readonly [BRAND]: Kind;
  toWidgetJson(where: string): WidgetJson;
}

export const WIDGET_KINDS: Kind[] = [
  'TextParagraph',
  'DecoratedText',
  'TextInput',
  'SelectionInput',
  'TextButton',
  'ImageButton',
  'ButtonSet',
  'Divider',
  'Image',
  'Grid',
];

export class TextParagraph extends Branded implements WidgetBuilder {
  readonly [BRAND] = 'TextParagraph' as const;
  private text: string | undefined;
  private maxLines: number | undefined;

  setText(text: unknown): this {
    this.text = expectString('TextParagraph.setText', text);
    return this;
  }

  setMaxLines(maxLines: unknown): this {
    this.maxLines = expectInteger('TextParagraph.setMaxLines', maxLines, 1);
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    if (this.text === undefined) throw new Error(`${where} (TextParagraph): text is required (call setText)`);
    return {
      textParagraph: this.maxLines === undefined ? { text: this.text } : { text: this.text, maxLines: this.maxLines },
    };
  }
}

/** Shared by TextButton and ImageButton. */
abstract class ButtonBase extends ClickableBuilder implements WidgetBuilder {
  protected altText: string | undefined;
  protected icon: IconJson | undefined;

  setAltText(altText: unknown): this {
    this.altText = expectString(`${this[BRAND]}.setAltText`, altText);
    return this;
  }

  setMaterialIcon(icon: unknown): this {
    const method = `${this[BRAND]}.setMaterialIcon`;
    this.icon = iconFrom(method, expectKind(method, icon, 'MaterialIcon'));
    return this;
  }

  abstract toButtonJson(where: string): ButtonJson;

  toWidgetJson(where: string): WidgetJson {
    return { buttonList: { buttons: [this.toButtonJson(where)] } };
  }

  protected clickJson(where: string): ButtonJson['onClick'] {
    const onClick = this.onClickJson(where);
    if (!onClick) throw new Error(`${where} (${this[BRAND]}): a button needs setOnClickAction or setOpenLink`);
    return onClick;
  }
}

export class TextButton extends ButtonBase {
  readonly [BRAND] = 'TextButton' as const;
  private text: string | undefined;
  private disabled: boolean | undefined;
  private style: ButtonJson['type'];
  private color: ButtonJson['color'];

  setText(text: unknown): this {
    this.text = expectString('TextButton.setText', text);
    return this;
  }

  setDisabled(disabled: unknown): this {
    this.disabled = expectBoolean('TextButton.setDisabled', disabled);
    return this;
  }

  setTextButtonStyle(textButtonStyle: unknown): this {
    this.style = expectEnum('TextButton.setTextButtonStyle', textButtonStyle, TextButtonStyle);
    return this;
  }

  setBackgroundColor(backgroundColor: unknown): this {
    this.color = parseColor('TextButton.setBackgroundColor', backgroundColor);
    return this;
  }

  /** Newer Apps Script: an icon next to (or instead of) the text. */
  setIcon(icon: unknown): this {
    this.icon = iconFrom('TextButton.setIcon', icon);
    return this;
  }

  toButtonJson(where: string): ButtonJson {
    if (!this.text && !this.icon)
      throw new Error(`${where} (TextButton): a button needs text or an icon (call setText)`);
    const json: ButtonJson = { onClick: this.clickJson(where) };
    if (this.text) json.text = this.text;
    if (this.icon) json.icon = { ...this.icon };
    if (this.altText !== undefined) json.altText = this.altText;
    if (this.disabled !== undefined) json.disabled = this.disabled;
    if (this.style !== undefined) json.type = this.style;
    if (this.color !== undefined) json.color = { ...this.color };
    return json;
  }
}

export class ImageButton extends ButtonBase {
  readonly [BRAND] = 'ImageButton' as const;

  setIcon(icon: unknown): this {
    this.icon = { knownIcon: expectEnum('ImageButton.setIcon', icon, Icon) };
    return this;
  }

  setIconUrl(url: unknown): this {
    this.icon = { iconUrl: expectString('ImageButton.setIconUrl', url) };
    return this;
  }

  toButtonJson(where: string): ButtonJson {
    if (!this.icon)
      throw new Error(`${where} (ImageButton): an image button needs an icon (call setIcon or setIconUrl)`);
    const json: ButtonJson = { icon: { ...this.icon }, onClick: this.clickJson(where) };
    if (this.altText !== undefined) json.altText = this.altText;
    return json;
  }
}

type AnyButton = TextButton | ImageButton;

export class ButtonSet extends Branded implements WidgetBuilder {
  readonly [BRAND] = 'ButtonSet' as const;
  private readonly buttons: AnyButton[] = [];

  addButton(button: unknown): this {
    this.buttons.push(expectKind<AnyButton>('ButtonSet.addButton', button, 'TextButton', 'ImageButton'));
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    if (this.buttons.length === 0) throw new Error(`${where} (ButtonSet): add at least one button`);
    return { buttonList: { buttons: this.buttons.map((b, i) => b.toButtonJson(`${where}, button ${i + 1}`)) } };
  }
}

export class Switch extends Branded {
  readonly [BRAND] = 'Switch' as const;
  private fieldName: string | undefined;
  private value: string | undefined;
  private selected = false;
  private controlType: SwitchControlJson['controlType'];
  private onChangeAction: Action | undefined;

  setFieldName(fieldName: unknown): this {
    this.fieldName = expectString('Switch.setFieldName', fieldName);
    return this;
  }

  setValue(value: unknown): this {
    this.value = expectString('Switch.setValue', value);
    return this;
  }

  setSelected(selected: unknown): this {
    this.selected = expectBoolean('Switch.setSelected', selected);
    return this;
  }

  setControlType(controlType: unknown): this {
    const type = expectEnum('Switch.setControlType', controlType, SwitchControlType);
    this.controlType = type === 'CHECK_BOX' ? 'CHECKBOX' : 'SWITCH';
    return this;
  }

  setOnChangeAction(action: unknown): this {
    this.onChangeAction = expectKind<Action>('Switch.setOnChangeAction', action, 'Action');
    return this;
  }

  toJson(where: string): SwitchControlJson {
    if (!this.fieldName) throw new Error(`${where} (Switch): a switch needs a field name (call setFieldName)`);
    const json: SwitchControlJson = { name: this.fieldName, selected: this.selected };
    if (this.value !== undefined) json.value = this.value;
    if (this.controlType !== undefined) json.controlType = this.controlType;
    if (this.onChangeAction) json.onChangeAction = this.onChangeAction.toJson(`${where} (Switch onChange)`);
    return json;
  }
}

type DecoratedTextJson = NonNullable<WidgetJson['decoratedText']>;

export class DecoratedText extends ClickableBuilder implements WidgetBuilder {
  readonly [BRAND] = 'DecoratedText' as const;
  private text: string | undefined;
  private topLabel: string | undefined;
  private bottomLabel: string | undefined;
  private wrapText: boolean | undefined;
  private startIcon: IconJson | undefined;
  private endIcon: IconJson | undefined;
  /** button and switchControl are one oneof in the proto: the last one set wins. */
  private control: { button: AnyButton } | { switchControl: Switch } | undefined;

  setText(text: unknown): this {
    this.text = expectString('DecoratedText.setText', text);
    return this;
  }

  setTopLabel(text: unknown): this {
    this.topLabel = expectString('DecoratedText.setTopLabel', text);
    return this;
  }

  setBottomLabel(text: unknown): this {
    this.bottomLabel = expectString('DecoratedText.setBottomLabel', text);
    return this;
  }

  setWrapText(wrapText: unknown): this {
    this.wrapText = expectBoolean('DecoratedText.setWrapText', wrapText);
    return this;
  }

  setStartIcon(startIcon: unknown): this {
    this.startIcon = expectKind<IconImage>('DecoratedText.setStartIcon', startIcon, 'IconImage').toJson(
      'DecoratedText.setStartIcon',
    );
    return this;
  }

  setEndIcon(endIcon: unknown): this {
    this.endIcon = expectKind<IconImage>('DecoratedText.setEndIcon', endIcon, 'IconImage').toJson(
      'DecoratedText.setEndIcon',
    );
    return this;
  }

  /** Deprecated KeyValue-era setters, still accepted by Apps Script. */
  setIcon(icon: unknown): this {
    this.startIcon = { ...this.startIcon, knownIcon: expectEnum('DecoratedText.setIcon', icon, Icon) };
    return this;
  }

  setIconUrl(url: unknown): this {
    this.startIcon = { ...this.startIcon, iconUrl: expectString('DecoratedText.setIconUrl', url) };
    return this;
  }

  setIconAltText(altText: unknown): this {
    this.startIcon = { ...this.startIcon, altText: expectString('DecoratedText.setIconAltText', altText) };
    return this;
  }

  setButton(button: unknown): this {
    this.control = { button: expectKind<AnyButton>('DecoratedText.setButton', button, 'TextButton', 'ImageButton') };
    return this;
  }

  setSwitchControl(switchToSet: unknown): this {
    this.control = { switchControl: expectKind<Switch>('DecoratedText.setSwitchControl', switchToSet, 'Switch') };
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    // "Required. The primary text." (card reference); in proto3 JSON an empty string is the same as none.
    if (!this.text) throw new Error(`${where} (DecoratedText): text is required (call setText with some text)`);
    const json: DecoratedTextJson = { text: this.text };
    if (this.startIcon) json.startIcon = { ...this.startIcon };
    if (this.topLabel !== undefined) json.topLabel = this.topLabel;
    if (this.wrapText !== undefined) json.wrapText = this.wrapText;
    if (this.bottomLabel !== undefined) json.bottomLabel = this.bottomLabel;
    const onClick = this.onClickJson(`${where} (DecoratedText)`);
    if (onClick) json.onClick = onClick;
    if (this.control && 'button' in this.control)
      json.button = this.control.button.toButtonJson(`${where} (DecoratedText button)`);
    if (this.control && 'switchControl' in this.control) json.switchControl = this.control.switchControl.toJson(where);
    if (this.endIcon) json.endIcon = { ...this.endIcon };
    return { decoratedText: json };
  }
}

export class Suggestions extends Branded {
  readonly [BRAND] = 'Suggestions' as const;
  readonly items: string[] = [];

  addSuggestion(suggestion: unknown): this {
    this.items.push(expectString('Suggestions.addSuggestion', suggestion));
    return this;
  }

  addSuggestions(suggestions: unknown): this {
    if (!Array.isArray(suggestions))
      throw invalidArgument('Suggestions.addSuggestions', 'expected an array of strings');
    for (const s of suggestions) this.items.push(expectString('Suggestions.addSuggestions', s));
    return this;
  }
}

/** card-json's TextInput plus the autocomplete fields of the proto (the renderer may show them). */
type TextInputJson = NonNullable<WidgetJson['textInput']> & {
  initialSuggestions?: { items: { text: string }[] };
  autoCompleteAction?: ActionJson;
};

export class TextInput extends Branded implements WidgetBuilder {
  readonly [BRAND] = 'TextInput' as const;
  private fieldName: string | undefined;
  private title: string | undefined;
  private hint: string | undefined;
  private value: string | undefined;
  private multiline: boolean | undefined;
  private onChangeAction: Action | undefined;
  private suggestions: string[] | undefined;
  private suggestionsAction: Action | undefined;

  setFieldName(fieldName: unknown): this {
    this.fieldName = expectString('TextInput.setFieldName', fieldName);
    return this;
  }

  setTitle(title: unknown): this {
    this.title = expectString('TextInput.setTitle', title);
    return this;
  }

  setHint(hint: unknown): this {
    this.hint = expectString('TextInput.setHint', hint);
    return this;
  }

  setValue(value: unknown): this {
    this.value = expectString('TextInput.setValue', value);
    return this;
  }

  setMultiline(multiline: unknown): this {
    this.multiline = expectBoolean('TextInput.setMultiline', multiline);
    return this;
  }

  setOnChangeAction(action: unknown): this {
    this.onChangeAction = expectKind<Action>('TextInput.setOnChangeAction', action, 'Action');
    return this;
  }

  setSuggestions(suggestions: unknown): this {
    this.suggestions = [...expectKind<Suggestions>('TextInput.setSuggestions', suggestions, 'Suggestions').items];
    return this;
  }

  setSuggestionsAction(suggestionsAction: unknown): this {
    this.suggestionsAction = expectKind<Action>('TextInput.setSuggestionsAction', suggestionsAction, 'Action');
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    if (!this.fieldName) throw new Error(`${where} (TextInput): a text input needs a field name (call setFieldName)`);
    const json: TextInputJson = { name: this.fieldName };
    if (this.title !== undefined) json.label = this.title;
    if (this.hint !== undefined) json.hintText = this.hint;
    if (this.value !== undefined) json.value = this.value;
    if (this.multiline !== undefined) json.type = this.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE';
    if (this.onChangeAction) json.onChangeAction = this.onChangeAction.toJson(`${where} (TextInput onChange)`);
    if (this.suggestions) json.initialSuggestions = { items: this.suggestions.map((text) => ({ text })) };
    if (this.suggestionsAction)
      json.autoCompleteAction = this.suggestionsAction.toJson(`${where} (TextInput suggestions)`);
    return { textInput: json };
  }
}

type SelectionItem = SelectionItemJson & { startIconUri?: string; bottomText?: string };

export class SelectionInput extends Branded implements WidgetBuilder {
  readonly [BRAND] = 'SelectionInput' as const;
  private fieldName: string | undefined;
  private title: string | undefined;
  private type: NonNullable<WidgetJson['selectionInput']>['type'] = 'CHECK_BOX';
  private readonly items: SelectionItem[] = [];
  private onChangeAction: Action | undefined;
  private maxSelected: number | undefined;

  setFieldName(fieldName: unknown): this {
    this.fieldName = expectString('SelectionInput.setFieldName', fieldName);
    return this;
  }

  setTitle(title: unknown): this {
    this.title = expectString('SelectionInput.setTitle', title);
    return this;
  }

  setType(type: unknown): this {
    this.type = expectEnum('SelectionInput.setType', type, SelectionInputType);
    return this;
  }

  /** Apps Script takes any text/value and stringifies them. */
  addItem(text: unknown, value: unknown, selected: unknown): this {
    this.items.push({
      text: expectString('SelectionInput.addItem', text),
      value: expectString('SelectionInput.addItem', value),
      selected: expectBoolean('SelectionInput.addItem', selected),
    });
    return this;
  }

  addMultiSelectItem(
    text: unknown,
    value: unknown,
    selected: unknown,
    startIconUri?: unknown,
    bottomText?: unknown,
  ): this {
    const item: SelectionItem = {
      text: expectString('SelectionInput.addMultiSelectItem', text),
      value: expectString('SelectionInput.addMultiSelectItem', value),
      selected: expectBoolean('SelectionInput.addMultiSelectItem', selected),
    };
    if (startIconUri !== undefined && startIconUri !== null && startIconUri !== '') {
      item.startIconUri = expectString('SelectionInput.addMultiSelectItem', startIconUri);
    }
    if (bottomText !== undefined && bottomText !== null && bottomText !== '') {
      item.bottomText = expectString('SelectionInput.addMultiSelectItem', bottomText);
    }
    this.items.push(item);
    return this;
  }

  setOnChangeAction(action: unknown): this {
    this.onChangeAction = expectKind<Action>('SelectionInput.setOnChangeAction', action, 'Action');
    return this;
  }

  setMultiSelectMaxSelectedItems(maxSelectedItems: unknown): this {
    this.maxSelected = expectInteger('SelectionInput.setMultiSelectMaxSelectedItems', maxSelectedItems, 1);
    return this;
  }

  /** Autocomplete tuning for external data sources; nothing to record for static items. */
  setMultiSelectMinQueryLength(_queryLength: unknown): this {
    return this;
  }

  setExternalDataSource(action: unknown): this {
    expectKind<Action>('SelectionInput.setExternalDataSource', action, 'Action');
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    if (!this.fieldName) {
      throw new Error(`${where} (SelectionInput): a selection input needs a field name (call setFieldName)`);
    }
    // Google's card reference, SelectionInput.items: at most 100 items, for every type (dropdown, check box, radio
    // button, switch, multi-select).
    if (this.items.length > MAX_SELECTION_ITEMS) {
      throw new Error(
        `${where} (SelectionInput): a ${this.type} input holds at most ${MAX_SELECTION_ITEMS} static items, got ${this.items.length}`,
      );
    }
    const json: NonNullable<WidgetJson['selectionInput']> & { multiSelectMaxSelectedItems?: number } = {
      name: this.fieldName,
      type: this.type,
      items: this.items.map((item) => ({ ...item })),
    };
    if (this.title !== undefined) json.label = this.title;
    if (this.onChangeAction) json.onChangeAction = this.onChangeAction.toJson(`${where} (SelectionInput onChange)`);
    if (this.maxSelected !== undefined) json.multiSelectMaxSelectedItems = this.maxSelected;
    return { selectionInput: json };
  }
}

export class Divider extends Branded implements WidgetBuilder {
  readonly [BRAND] = 'Divider' as const;

  toWidgetJson(): WidgetJson {
    return { divider: {} };
  }
}

export class Image extends ClickableBuilder implements WidgetBuilder {
  readonly [BRAND] = 'Image' as const;
  private imageUrl: string | undefined;
  private altText: string | undefined;

  setImageUrl(url: unknown): this {
    this.imageUrl = expectString('Image.setImageUrl', url);
    return this;
  }

  setAltText(altText: unknown): this {
    this.altText = expectString('Image.setAltText', altText);
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    if (!this.imageUrl) throw new Error(`${where} (Image): an image needs a URL (call setImageUrl)`);
    const json: NonNullable<WidgetJson['image']> = { imageUrl: this.imageUrl };
    if (this.altText !== undefined) json.altText = this.altText;
    const onClick = this.onClickJson(`${where} (Image)`);
    if (onClick) json.onClick = onClick;
    return { image: json };
  }
}

/** Styling objects of the grid API: accepted so code runs, not recorded (the card JSON has no place for them). */
export class ImageCropStyle extends Branded {
  readonly [BRAND] = 'ImageCropStyle' as const;
  setImageCropType(_type: unknown): this {
    return this;
  }
  setAspectRatio(_ratio: unknown): this {
    return this;
  }
}

export class BorderStyle extends Branded {
  readonly [BRAND] = 'BorderStyle' as const;
  setType(_type: unknown): this {
    return this;
  }
  setStrokeColor(_color: unknown): this {
    return this;
  }
  setCornerRadius(_radius: unknown): this {
    return this;
  }
}

export class ImageComponent extends Branded {
  readonly [BRAND] = 'ImageComponent' as const;
  imageUrl: string | undefined;
  altText: string | undefined;

  setImageUrl(url: unknown): this {
    this.imageUrl = expectString('ImageComponent.setImageUrl', url);
    return this;
  }

  setAltText(altText: unknown): this {
    this.altText = expectString('ImageComponent.setAltText', altText);
    return this;
  }

  setCropStyle(style: unknown): this {
    expectKind('ImageComponent.setCropStyle', style, 'ImageCropStyle');
    return this;
  }

  setBorderStyle(style: unknown): this {
    expectKind('ImageComponent.setBorderStyle', style, 'BorderStyle');
    return this;
  }
}

type GridItemJson = NonNullable<WidgetJson['grid']>['items'][number];

export class GridItem extends Branded {
  readonly [BRAND] = 'GridItem' as const;
  private readonly json: GridItemJson = {};

  setIdentifier(id: unknown): this {
    this.json.id = expectString('GridItem.setIdentifier', id);
    return this;
  }

  setTitle(title: unknown): this {
    this.json.title = expectString('GridItem.setTitle', title);
    return this;
  }

  setSubtitle(subtitle: unknown): this {
    this.json.subtitle = expectString('GridItem.setSubtitle', subtitle);
    return this;
  }

  setImage(image: unknown): this {
    const component = expectKind<ImageComponent>('GridItem.setImage', image, 'ImageComponent');
    if (!component.imageUrl) throw invalidArgument('GridItem.setImage', 'the ImageComponent has no URL');
    this.json.image = { imageUri: component.imageUrl };
    if (component.altText !== undefined) this.json.image.altText = component.altText;
    return this;
  }

  setLayout(_layout: unknown): this {
    return this;
  }

  setTextAlignment(_alignment: unknown): this {
    return this;
  }

  toJson(): GridItemJson {
    return { ...this.json, ...(this.json.image ? { image: { ...this.json.image } } : {}) };
  }
}

export class Grid extends ClickableBuilder implements WidgetBuilder {
  readonly [BRAND] = 'Grid' as const;
  private title: string | undefined;
  private columnCount: number | undefined;
  private readonly items: GridItem[] = [];

  setTitle(title: unknown): this {
    this.title = expectString('Grid.setTitle', title);
    return this;
  }

  setNumColumns(numColumns: unknown): this {
    this.columnCount = expectInteger('Grid.setNumColumns', numColumns, 1);
    return this;
  }

  addItem(gridItem: unknown): this {
    this.items.push(expectKind<GridItem>('Grid.addItem', gridItem, 'GridItem'));
    return this;
  }

  setBorderStyle(style: unknown): this {
    expectKind('Grid.setBorderStyle', style, 'BorderStyle');
    return this;
  }

  toWidgetJson(where: string): WidgetJson {
    const json: NonNullable<WidgetJson['grid']> = { items: this.items.map((item) => item.toJson()) };
    if (this.title !== undefined) json.title = this.title;
    if (this.columnCount !== undefined) json.columnCount = this.columnCount;
    const onClick = this.onClickJson(`${where} (Grid)`);
    if (onClick) json.onClick = onClick;
    return { grid: json };
  }
}
