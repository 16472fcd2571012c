// Small widget helpers shared by the views. Every piece of user or API text goes through esc() before it reaches
// a widget that renders HTML (TextParagraph, DecoratedText).
import type { EntryPoint } from '../entry-points';
import type { Translate } from '../i18n';
import { ROLES, type Role } from '../domain/roles';
import type { Action, IconImage, Section, TextButton, Widget } from './types';

const LOGO_URL = 'https://www.gstatic.com/images/branding/product/2x/classroom_48dp.png';

// Only &, < and > need escaping in card text: quotes are plain text there, and Google's card formatting does not
// promise to decode &quot; or &#39; (they could show as typed), so they are left as they are.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function esc(text: string) {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/** A card action: the function must be one of the entry points, so a typo fails the build. */
export function action(fn: EntryPoint, params: Record<string, string> = {}) {
  return CardService.newAction().setFunctionName(fn).setParameters(params);
}

/** A card named `name`, under the add-on's header. */
export function newCard(name: string, title: string, subtitle?: string) {
  const header = CardService.newCardHeader().setTitle(title).setImageUrl(LOGO_URL).setImageAltText('Classroom');
  if (subtitle) header.setSubtitle(subtitle);
  return CardService.newCardBuilder().setName(name).setHeader(header);
}

/** A section with its header ('' for none) and widgets. */
export function section(title: string, ...widgets: Widget[]) {
  const s = CardService.newCardSection();
  if (title) s.setHeader(title);
  for (const w of widgets) s.addWidget(w);
  return s;
}

export function paragraph(html: string) {
  return CardService.newTextParagraph().setText(html);
}

/** A paragraph of plain text, escaped, a line per argument. */
export function plain(...lines: string[]) {
  return paragraph(lines.map(esc).join('<br>'));
}

export function bold(text: string) {
  return paragraph(`<b>${esc(text)}</b>`);
}

export function icon(known: GoogleAppsScript.Card_Service.Icon) {
  return CardService.newIconImage().setIcon(known);
}

/** A Material icon by name: 'warning' marks what went wrong (never a document icon). */
export function material(name: string) {
  return CardService.newIconImage().setMaterialIcon(CardService.newMaterialIcon().setName(name));
}

/** A DecoratedText row over `html`, wrapped unless `wrap` is false; labels are plain text. */
export function row(
  html: string,
  parts: { top?: string; bottom?: string; icon?: IconImage; button?: TextButton; onClick?: Action; wrap?: false },
) {
  const r = CardService.newDecoratedText()
    .setText(html)
    .setWrapText(parts.wrap ?? true);
  if (parts.top) r.setTopLabel(parts.top);
  if (parts.bottom) r.setBottomLabel(parts.bottom);
  if (parts.icon) r.setStartIcon(parts.icon);
  if (parts.button) r.setButton(parts.button);
  if (parts.onClick) r.setOnClickAction(parts.onClick);
  return r;
}

export function button(text: string, onClick: Action, filled = false) {
  const b = CardService.newTextButton().setText(text).setOnClickAction(onClick);
  return filled ? b.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : b;
}

/** A plain text button: secondary and destructive actions (never the filled primary colour). */
export function textButton(text: string, onClick: Action) {
  return button(text, onClick).setTextButtonStyle(CardService.TextButtonStyle.BORDERLESS);
}

export function linkButton(text: string, url: string) {
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttons(...list: TextButton[]) {
  const set = CardService.newButtonSet();
  for (const b of list) set.addButton(b);
  return set;
}

/** The fixed footer: the primary action, filled, and maybe a secondary one. */
export function footer(text: string, onClick: Action, secondary?: TextButton) {
  const f = CardService.newFixedFooter().setPrimaryButton(button(text, onClick, true));
  return secondary ? f.setSecondaryButton(secondary) : f;
}

/** A text input, with its hint and its value (e.g. as typed before) when given. */
export function textInput(field: string, title: string, hint = '', value = '') {
  const input = CardService.newTextInput().setFieldName(field).setTitle(title);
  if (value) input.setValue(value);
  return hint ? input.setHint(hint) : input;
}

/** A selection input (a dropdown unless told), its items added by the caller. */
export function selection(field: string, title: string, type = CardService.SelectionInputType.DROPDOWN) {
  return CardService.newSelectionInput().setType(type).setFieldName(field).setTitle(title);
}

/** A red line of text, for errors inside a card. */
export function errorText(text: string) {
  return `<font color="#d93025">${esc(text)}</font>`;
}

/** An error or warning inside a card: the text with a warning icon (not a document icon). */
export function warningText(text: string) {
  return row(errorText(text), { icon: material('warning') });
}

export function roleSelect(t: Translate, field: string, selected: string, roles: readonly Role[] = ROLES) {
  const input = selection(field, t('role.label'));
  for (const role of roles) input.addItem(t(`role.${role}`), role, role === selected);
  return input;
}

export function notify(text: string) {
  return CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();
}

type Page = { offset: number; shown: number; total: number; step: number };

/** Previous and Next, each where its action is given; null when neither is. */
export function moves(t: Translate, prev: Action | null, next: Action | null) {
  const both = [prev && button(t('course.pending.prev'), prev), next && button(t('course.pending.next'), next)];
  const shown = both.filter((b): b is TextButton => !!b);
  return shown.length > 0 ? buttons(...shown) : null;
}

/** Previous/Next for a list shown `shown` items at a time from `offset` (a page of `step`); null when none applies. */
export function pageButtons(t: Translate, page: Page, go: (offset: number) => Action) {
  const { offset, shown, total, step } = page;
  return moves(
    t,
    offset > 0 ? go(Math.max(0, offset - step)) : null,
    offset + shown < total ? go(offset + Math.max(shown, 1)) : null,
  );
}

/** "21–40 of 150" and Previous/Next, added to `to` when the list does not fit one page. */
export function addPager(t: Translate, to: Section, page: Page, go: (offset: number) => Action) {
  const moves = pageButtons(t, page, go);
  if (!moves) return to;
  const { offset, shown, total } = page;
  return to
    .addWidget(plain(t('course.pending.range', { from: offset + 1, to: offset + shown, total })))
    .addWidget(moves);
}
