// Small widget helpers shared by the views. Every piece of user or API text goes through esc() before it reaches
// a widget that renders HTML (TextParagraph, DecoratedText).
import type { Translate } from '../i18n';

export const LOGO_URL = 'https://www.gstatic.com/images/branding/product/2x/classroom_48dp.png';

// Only &, < and > need escaping in card text: quotes are plain text there, and Google's card formatting does not
// promise to decode &quot; or &#39; (they could show as typed), so they are left as they are.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function esc(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

export function header(title: string, subtitle?: string): GoogleAppsScript.Card_Service.CardHeader {
  const h = CardService.newCardHeader().setTitle(title).setImageUrl(LOGO_URL).setImageAltText('Classroom');
  return subtitle ? h.setSubtitle(subtitle) : h;
}

export function paragraph(html: string): GoogleAppsScript.Card_Service.TextParagraph {
  return CardService.newTextParagraph().setText(html);
}

export function button(
  text: string,
  onClick: GoogleAppsScript.Card_Service.Action,
  filled = false,
): GoogleAppsScript.Card_Service.TextButton {
  const b = CardService.newTextButton().setText(text).setOnClickAction(onClick);
  return filled ? b.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : b;
}

/** A plain text button: secondary and destructive actions (never the filled primary colour). */
export function textButton(
  text: string,
  onClick: GoogleAppsScript.Card_Service.Action,
): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton()
    .setText(text)
    .setOnClickAction(onClick)
    .setTextButtonStyle(CardService.TextButtonStyle.BORDERLESS);
}

export function linkButton(text: string, url: string): GoogleAppsScript.Card_Service.TextButton {
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttons(...list: GoogleAppsScript.Card_Service.TextButton[]): GoogleAppsScript.Card_Service.ButtonSet {
  const set = CardService.newButtonSet();
  for (const b of list) set.addButton(b);
  return set;
}

/** A red line of text, for errors inside a card. */
export function errorText(text: string): string {
  return `<font color="#d93025">${esc(text)}</font>`;
}

/** An error or warning inside a card: the text with a warning icon (not a document icon). */
export function warningText(text: string): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText()
    .setText(errorText(text))
    .setWrapText(true)
    .setStartIcon(CardService.newIconImage().setMaterialIcon(CardService.newMaterialIcon().setName('warning')));
}

export function roleSelect(
  t: Translate,
  fieldName: string,
  selected: string,
  roles: readonly string[] = ['STUDENT', 'TEACHER', 'OWNER'],
): GoogleAppsScript.Card_Service.SelectionInput {
  const input = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setFieldName(fieldName)
    .setTitle(t('role.label'));
  for (const role of roles) {
    input.addItem(t(`role.${role}` as 'role.STUDENT'), role, role === selected);
  }
  return input;
}

export function notify(text: string): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newActionResponseBuilder().setNotification(CardService.newNotification().setText(text)).build();
}

/**
 * "21–40 of 150" and Previous/Next for a list shown `shown` items at a time from `offset` (a page of `step`), added
 * to `section` when the list does not fit one page; `go(offset)` is the action showing the page there.
 */
export function addPager(
  t: Translate,
  section: GoogleAppsScript.Card_Service.CardSection,
  page: { offset: number; shown: number; total: number; step: number },
  go: (offset: number) => GoogleAppsScript.Card_Service.Action,
): GoogleAppsScript.Card_Service.CardSection {
  const { offset, shown, total, step } = page;
  if (total <= shown && offset === 0) return section;
  const moves: GoogleAppsScript.Card_Service.TextButton[] = [];
  if (offset > 0) moves.push(button(t('course.pending.prev'), go(Math.max(0, offset - step))));
  if (offset + shown < total) moves.push(button(t('course.pending.next'), go(offset + Math.max(shown, 1))));
  return section
    .addWidget(paragraph(esc(t('course.pending.range', { from: offset + 1, to: offset + shown, total }))))
    .addWidget(buttons(...moves));
}
