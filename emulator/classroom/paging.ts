// Opaque page tokens for list methods. A token remembers the query it belongs to and the sort key of the last item
// returned, so deleting items between pages neither repeats nor skips the others.
import { invalidArgument } from './errors';

/** Sort key of an item: compared element by element; lists are returned in ascending key order. */
export type SortKey = number[];

interface TokenData {
  q: string;
  k: SortKey;
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function decodeToken(token: string, query: string): SortKey {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidArgument('Invalid page token.');
  }
  const t = data as Partial<TokenData> | null;
  if (!t || typeof t.q !== 'string' || !Array.isArray(t.k)) throw invalidArgument('Invalid page token.');
  // Google requires the rest of the request to be identical to the one that produced the token.
  if (t.q !== query) throw invalidArgument('The page token does not match the request.');
  return t.k;
}

/**
 * One page of `items` (already in ascending key order). `query` identifies the request apart from paging;
 * `pageSize` must be positive.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => SortKey,
  query: string,
  pageSize: number,
  pageToken?: string,
): { page: T[]; nextPageToken?: string } {
  let rest = items;
  if (pageToken) {
    const after = decodeToken(pageToken, query);
    rest = items.filter((it) => compareKeys(keyOf(it), after) > 0);
  }
  const page = rest.slice(0, pageSize);
  const last = page[page.length - 1];
  if (rest.length <= pageSize || last === undefined) return { page };
  const data: TokenData = { q: query, k: keyOf(last) };
  return { page, nextPageToken: Buffer.from(JSON.stringify(data), 'utf8').toString('base64url') };
}
