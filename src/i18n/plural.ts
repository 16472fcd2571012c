// The catalog syntax: ICU MessageFormat's plural subset, which translators know. A message is
// - a string: 'Invitation revoked.', with {placeholders} and plurals chosen by a numeric param, `#` being its number:
//   '{count, plural, =0 {Nobody to invite} one {Invite # person} other {Invite # people}}' (=N, zero… other);
// - or a list of counts and the separators between them ['{a, plural, =0 {} other {# invited}}', ' · ', '{b, …}']:
//   a count that reads empty (its =0 form) is left out with one separator, so "2 invited" is not followed by
//   "0 already invited"; when all read empty the first one shows its other form.
// Unlike full ICU, an apostrophe is plain text (French needs it), and nothing here can be nested in a plural but
// {placeholders}. Apart from index.ts so that the catalogs can name the type without importing the translator.
import type { MessageKey } from './en';

export type Message = string | readonly string[];
export type Catalog = Record<MessageKey, Message>;
export interface Plural {
  readonly by: string;
  readonly forms: Readonly<Record<string, string>>;
}

/** Where the brace opened at `open` closes (the end of the text if it does not). */
function closing(text: string, open: number): number {
  for (let i = open, depth = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** The text cut into plain text, {placeholders} (as names) and plurals. */
export function pieces(text: string): (string | { arg: string } | Plural)[] {
  const out: (string | { arg: string } | Plural)[] = [];
  let at = 0;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', at)) {
    const end = closing(text, open);
    const inner = text.slice(open + 1, end);
    const plural = /^(\w+), plural,([\s\S]*)$/.exec(inner);
    out.push(text.slice(at, open));
    if (plural) {
      const forms: Record<string, string> = {};
      for (let i = 0, body = plural[2] ?? ''; i < body.length;) {
        const form = /^\s*(=\d+|\w+)\s*\{/.exec(body.slice(i));
        if (!form) break;
        const start = i + form[0].length - 1;
        const stop = closing(body, start);
        forms[form[1] ?? 'other'] = body.slice(start + 1, stop);
        i = stop + 1;
      }
      out.push({ by: plural[1] ?? 'count', forms });
    } else out.push({ arg: inner });
    at = end + 1;
  }
  out.push(text.slice(at));
  return out.filter((piece) => piece !== '');
}
