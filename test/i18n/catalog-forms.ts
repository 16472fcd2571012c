// What a catalog message can show, read with the translator's own parser (src/i18n/plural.ts `pieces`): every form,
// every plural and the params that choose them, for the tests that check both catalogs.
import { pieces, type Message, type Plural } from '../../src/i18n/plural';

const partsOf = (message: Message): readonly string[] => (typeof message === 'string' ? [message] : message);

/** The plurals of a message, outermost first. */
export function pluralsOf(message: Message): Plural[] {
  return partsOf(message).flatMap((text) =>
    pieces(text).flatMap((piece) =>
      typeof piece === 'object' && 'by' in piece ? [piece, ...Object.values(piece.forms).flatMap(pluralsOf)] : [],
    ),
  );
}

/** Every text a message can show (each plural form, its `#` written {param}), for tests that check the catalogs. */
export function formsOf(message: Message): string[] {
  const expand = (text: string): string[] =>
    pieces(text).reduce<string[]>(
      (texts, piece) =>
        typeof piece === 'string'
          ? texts.map((t) => t + piece)
          : 'arg' in piece
            ? texts.map((t) => `${t}{${piece.arg}}`)
            : Object.values(piece.forms)
                .flatMap((form) => expand(form.replace(/#/g, `{${piece.by}}`)))
                .flatMap((form) => texts.map((t) => t + form)),
      [''],
    );
  return partsOf(message).flatMap(expand);
}

/** The params that choose plural forms in a message. */
export function countsOf(message: Message): string[] {
  return pluralsOf(message).map((plural) => plural.by);
}
