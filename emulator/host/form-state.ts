// The inputs of a card and the values a person has put in them, as the side panel keeps them per card, plus the
// conversion to the event's formInputs.
import type { ActionJson, CardJson, SelectionItemJson, WidgetJson } from '../card-json';
import { plainText } from './html-text';

/** Current values per field name; text inputs hold one string, selections and switches their selected values. */
export type FormValues = Record<string, string[]>;

export type SelectionType = NonNullable<WidgetJson['selectionInput']>['type'];

export type Field =
  | { kind: 'text'; name: string; label: string; initial: string; onChangeAction?: ActionJson }
  | {
      kind: 'selection';
      name: string;
      label: string;
      type: SelectionType;
      items: SelectionItemJson[];
      onChangeAction?: ActionJson;
    }
  | { kind: 'switch'; name: string; label: string; value: string; selected: boolean; onChangeAction?: ActionJson };

/**
 * The value a switch reports when on and no setValue was given. Google does not document it [UNVERIFIED];
 * add-ons should always call Switch.setValue.
 */
export const DEFAULT_SWITCH_VALUE = 'true';

/** Every input of the card, in reading order. */
export function cardFields(card: CardJson): Field[] {
  const fields: Field[] = [];
  for (const section of card.sections) {
    for (const widget of section.widgets) {
      const { textInput, selectionInput, decoratedText } = widget;
      if (textInput) {
        fields.push({
          kind: 'text',
          name: textInput.name,
          label: plainText(textInput.label ?? textInput.name),
          initial: textInput.value ?? '',
          ...(textInput.onChangeAction ? { onChangeAction: textInput.onChangeAction } : {}),
        });
      }
      if (selectionInput) {
        fields.push({
          kind: 'selection',
          name: selectionInput.name,
          label: plainText(selectionInput.label ?? selectionInput.name),
          type: selectionInput.type,
          items: selectionInput.items,
          ...(selectionInput.onChangeAction ? { onChangeAction: selectionInput.onChangeAction } : {}),
        });
      }
      const sw = decoratedText?.switchControl;
      if (decoratedText && sw) {
        fields.push({
          kind: 'switch',
          name: sw.name,
          label: plainText(decoratedText.text || decoratedText.topLabel || sw.name),
          value: sw.value ?? DEFAULT_SWITCH_VALUE,
          selected: sw.selected,
          ...(sw.onChangeAction ? { onChangeAction: sw.onChangeAction } : {}),
        });
      }
    }
  }
  return fields;
}

/** The values a freshly shown card starts with: text input values, selected items, switches that are on. */
export function initialValues(card: CardJson): FormValues {
  const values: FormValues = {};
  for (const field of cardFields(card)) {
    if (field.kind === 'text') values[field.name] = [field.initial];
    else if (field.kind === 'selection') {
      values[field.name] = field.items.filter((i) => i.selected).map((i) => i.value);
    } else values[field.name] = field.selected ? [field.value] : [];
  }
  return values;
}

/** A field is empty when nothing is selected or its text is blank; Google leaves such fields out of formInputs. */
export function isEmpty(values: string[] | undefined): boolean {
  return !values || values.length === 0 || values.every((v) => v === '');
}

/** The event's commonEventObject.formInputs: one stringInputs entry per non-empty field. */
export function formInputs(values: FormValues): Record<string, { stringInputs: { value: string[] } }> {
  const out: Record<string, { stringInputs: { value: string[] } }> = {};
  for (const [name, list] of Object.entries(values)) {
    if (!isEmpty(list)) out[name] = { stringInputs: { value: [...list] } };
  }
  return out;
}

export function findField(card: CardJson, name: string): Field {
  const fields = cardFields(card);
  const field = fields.find((f) => f.name === name);
  if (!field) {
    const known = fields.map((f) => `${f.name} (${f.kind})`).join(', ') || 'none';
    throw new Error(
      `No input named "${name}" on the card "${card.header?.title ?? card.name ?? '?'}". Inputs: ${known}`,
    );
  }
  return field;
}

/** Maps what a test or the browser asks to select (values or visible item texts) to item values, checking them. */
export function resolveSelection(field: Extract<Field, { kind: 'selection' }>, wanted: string[]): string[] {
  const values = wanted.map((w) => {
    const item = field.items.find((i) => i.value === w) ?? field.items.find((i) => plainText(i.text) === w);
    if (!item) {
      const items = field.items.map((i) => `${JSON.stringify(i.value)} (${plainText(i.text)})`).join(', ');
      throw new Error(`"${w}" is not an item of ${field.name}. Items: ${items || 'none'}`);
    }
    return item.value;
  });
  const single = field.type === 'DROPDOWN' || field.type === 'RADIO_BUTTON';
  if (single && values.length > 1) {
    throw new Error(`${field.name} is a ${field.type}: select one item, got ${values.length}`);
  }
  return [...new Set(values)];
}
