// What a person sees and can press on a card: the clickable things with their visible text, and all visible texts.
import type { ButtonJson, CardJson, OnClickJson } from '../card-json';
import { plainText } from './html-text';

export type ClickableKind = 'button' | 'footerButton' | 'decoratedText' | 'cardAction' | 'gridItem' | 'image';

export interface Clickable {
  kind: ClickableKind;
  /** The visible text (HTML stripped): button text, alt text of icon buttons and images, grid item title. */
  text: string;
  onClick: OnClickJson;
  disabled: boolean;
  /** Grid item identifier, for grid clicks. */
  itemId?: string;
  /** For a DecoratedText's button: the row's visible texts (top label, text, bottom label), to tell rows apart. */
  row?: string[];
}

function buttonText(button: ButtonJson): string {
  return plainText(button.text ?? button.altText ?? button.icon?.altText ?? '');
}

function fromButton(button: ButtonJson, kind: ClickableKind): Clickable {
  return { kind, text: buttonText(button), onClick: button.onClick, disabled: button.disabled === true };
}

/** Every clickable of the card: widgets in reading order, then the fixed footer, then the card's menu actions. */
export function clickables(card: CardJson): Clickable[] {
  const out: Clickable[] = [];
  for (const section of card.sections) {
    for (const widget of section.widgets) {
      for (const button of widget.buttonList?.buttons ?? []) out.push(fromButton(button, 'button'));
      const dt = widget.decoratedText;
      if (dt?.onClick)
        out.push({ kind: 'decoratedText', text: plainText(dt.text), onClick: dt.onClick, disabled: false });
      if (dt?.button) {
        const row = [dt.topLabel, plainText(dt.text), dt.bottomLabel].filter((t) => t !== undefined);
        out.push({ ...fromButton(dt.button, 'button'), row });
      }
      const image = widget.image;
      if (image?.onClick) {
        out.push({ kind: 'image', text: plainText(image.altText ?? ''), onClick: image.onClick, disabled: false });
      }
      const grid = widget.grid;
      if (grid?.onClick) {
        for (const item of grid.items) {
          const text = plainText(item.title ?? item.image?.altText ?? '');
          out.push({
            kind: 'gridItem',
            text,
            onClick: grid.onClick,
            disabled: false,
            ...(item.id ? { itemId: item.id } : {}),
          });
        }
      }
    }
  }
  const footer = card.fixedFooter;
  if (footer?.primaryButton) out.push(fromButton(footer.primaryButton, 'footerButton'));
  if (footer?.secondaryButton) out.push(fromButton(footer.secondaryButton, 'footerButton'));
  for (const action of card.cardActions ?? []) {
    out.push({ kind: 'cardAction', text: plainText(action.actionLabel), onClick: action.onClick, disabled: false });
  }
  return out;
}

/** Every text shown on the card (not its menu), HTML stripped, in reading order. */
export function visibleTexts(card: CardJson): string[] {
  const out: string[] = [];
  const add = (text: string | undefined): void => {
    const plain = text === undefined ? '' : plainText(text);
    if (plain !== '') out.push(plain);
  };
  // Plain-text fields of Google's card reference (header title and subtitle, DecoratedText's top and bottom labels,
  // selection items): markup there is shown as typed, "<b>" and "&amp;" included. Only DecoratedText.text,
  // TextParagraph (and section headers) render the HTML subset.
  const addPlain = (text: string | undefined): void => {
    if (text) out.push(text);
  };
  addPlain(card.header?.title);
  addPlain(card.header?.subtitle);
  for (const section of card.sections) {
    add(section.header);
    for (const widget of section.widgets) {
      add(widget.textParagraph?.text);
      const dt = widget.decoratedText;
      if (dt) {
        addPlain(dt.topLabel);
        add(dt.text);
        addPlain(dt.bottomLabel);
        if (dt.button) add(dt.button.text);
      }
      add(widget.textInput?.label);
      if (widget.selectionInput) {
        add(widget.selectionInput.label);
        for (const item of widget.selectionInput.items) addPlain(item.text);
      }
      for (const button of widget.buttonList?.buttons ?? []) add(button.text);
      if (widget.grid) {
        add(widget.grid.title);
        for (const item of widget.grid.items) {
          add(item.title);
          add(item.subtitle);
        }
      }
    }
  }
  add(card.fixedFooter?.primaryButton?.text);
  add(card.fixedFooter?.secondaryButton?.text);
  return out;
}
