// Paging a long Classroom list card by card: a card shows SHOWN items of one list page (Google's pages hold up to
// 500), and the cursor carries the page tokens already seen so Previous and Next cost one list request each, never
// a walk through every page. Items keep Google's list order, which is stable between calls.

export const SHOWN = 20; // Items shown per card (each is one widget: a card holds at most 100 widgets in all)

/** Homepage rows per list: at most 10 invitations (2 widgets each), 20 jobs and 20 courses stay under 100 widgets. */
export const HOME_ROWS = { forMe: 10, jobs: 20, teaching: 20 } as const;
export const COUNTED = 150; // Taught courses whose pending the homepage counts (one request each, one round trip)
export const PEOPLE_PAGE = 40; // People of a Gmail message per card: one widget each, far below Google's 100

export type HomeOffsets = Record<keyof typeof HOME_ROWS, number>;

/** Where a card stands: the list pages seen so far (token '' = the first, base = index of its first item). */
export interface Cursor {
  trail: { token: string; base: number }[];
  at: number; // Index, within the current list page, of the first item shown
}

export const FIRST: Cursor = { trail: [{ token: '', base: 0 }], at: 0 };

export interface CardPage {
  from: number; // 1-based numbers of the first and last item shown (0 and 0 when the list is empty)
  to: number;
  /** Items counted so far; `more` when Google has further pages not read yet (then `total` is a lower bound). */
  total: number;
  more: boolean;
  at: number; // Index of the first shown item within the list page read
  next: Cursor | null;
  prev: Cursor | null;
}

const current = (cursor: Cursor) => cursor.trail[cursor.trail.length - 1] ?? { token: '', base: 0 };

export const pageToken = (cursor: Cursor): string => current(cursor).token;

/** The card's page once the list page at the cursor is read (`length` items, `nextToken` when more follow). */
export function cardPage(cursor: Cursor, length: number, nextToken: string): CardPage {
  const { base } = current(cursor);
  const lastStart = (n: number) => Math.max(0, Math.floor((n - 1) / SHOWN) * SHOWN);
  const at = Math.min(cursor.at, lastStart(length));
  const end = Math.min(at + SHOWN, length);
  let next: Cursor | null = null;
  if (end < length) next = { trail: cursor.trail, at: at + SHOWN };
  else if (nextToken) next = { trail: [...cursor.trail, { token: nextToken, base: base + length }], at: 0 };
  let prev: Cursor | null = null;
  if (at > 0) prev = { trail: cursor.trail, at: at - SHOWN };
  else if (cursor.trail.length > 1) {
    const trail = cursor.trail.slice(0, -1);
    prev = { trail, at: lastStart(base - current({ trail, at: 0 }).base) };
  }
  return {
    from: length === 0 ? 0 : base + at + 1,
    to: base + end,
    total: base + length,
    more: nextToken !== '',
    at,
    next,
    prev,
  };
}

/** The cursor as an action parameter (strings only) and back; anything malformed is the first page. */
export const encodeCursor = (cursor: Cursor): string =>
  JSON.stringify([cursor.at, ...cursor.trail.slice(1).flatMap((s) => [s.token, s.base])]);

export function decodeCursor(text: string | undefined): Cursor {
  if (!text) return FIRST;
  try {
    const parts: unknown = JSON.parse(text);
    if (!Array.isArray(parts) || parts.length % 2 !== 1 || parts.length > 41) return FIRST;
    const [at, ...rest] = parts as unknown[];
    if (!Number.isInteger(at) || (at as number) < 0 || (at as number) % SHOWN !== 0) return FIRST;
    const trail = [{ token: '', base: 0 }];
    for (let i = 0; i < rest.length; i += 2) {
      const token = rest[i];
      const base = rest[i + 1];
      if (typeof token !== 'string' || !token || token.length > 2000) return FIRST;
      if (!Number.isInteger(base) || (base as number) <= (trail[trail.length - 1]?.base ?? 0)) return FIRST;
      trail.push({ token, base: base as number });
    }
    return { trail, at: at as number };
  } catch {
    return FIRST;
  }
}

/** Letters without accents, lower case: "Géométrie" is found by "geometrie". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A course found by part of its name or section, accents and case ignored; an empty query matches all. */
export const matchesName = (course: { name: string; section?: string }, query: string): boolean =>
  fold(`${course.name} ${course.section ?? ''}`).includes(fold(query.trim()));
