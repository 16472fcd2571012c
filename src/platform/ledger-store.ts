// The invitation ledger (domain/ledger.ts) kept in the user's properties: per user, never script properties (shared
// by every user of a published add-on). The encoded text is cut at line boundaries into values under the 9 KB limit,
// so a lost chunk costs only its own entries, never the ones after it. A save writes a new generation of chunks and
// the header pointing at it in one setProperties call, then deletes the old generation: a kill in between leaves the
// old ledger or the new one, never a mix.
import { retained, type Ledger, type LedgerEntry } from '../domain/ledger';
import { decodeLedger, encodeLedger, entriesBytes, pruneToBytes, splitUtf8, utf8Bytes } from '../domain/ledger-codec';
import { withUserLock } from './lock';

const HEADER = 'ledger';
const PREFIX = 'ledger:';
/** Under the 9 KB (9,216 bytes) per-value limit, with room for a line that does not fit whole. */
const CHUNK_BYTES = 8_000;
/** The ledger's share of the 500 KB user store; jobs and the rest keep 200 KB (docs/privacy.md, "How much"). */
export const LEDGER_MAX_BYTES = 300_000;

const props = () => PropertiesService.getUserProperties();

/** The header `<generation>|<chunks>`: which chunks make the ledger now. */
function readHeader(all: Record<string, string>) {
  const [gen = NaN, chunks = 0] = (all[HEADER] ?? '').split('|').map(Number);
  return Number.isInteger(gen) && Number.isInteger(chunks) && chunks > 0 ? { gen, chunks } : null;
}

const chunkKey = (gen: number, i: number) => `${PREFIX}${gen}:${i}`;

/** Cuts `text` into pieces of at most `max` UTF-8 bytes, at a line end where one fits. */
export function splitLines(text: string, max = CHUNK_BYTES): string[] {
  // Each line with its '\n'; one longer than a chunk (a large dictionary line) is cut by characters.
  const lines = text.split(/(?<=\n)/).flatMap((line) => (utf8Bytes(line) > max ? splitUtf8(line, max) : [line]));
  return splitUtf8(lines, max);
}

export function loadLedger(): LedgerEntry[] {
  const all = props().getProperties();
  const header = readHeader(all);
  if (!header) return [];
  return decodeLedger(Array.from({ length: header.chunks }, (_, i) => all[chunkKey(header.gen, i)] ?? '').join(''));
}

/** Apps Script's 500 KB per store (keys and values counted), less a margin for small writes meanwhile. */
const STORE_BYTES = 500_000 - 4_000;

// Saves the ledger without settled entries past RETENTION_DAYS, pruned (oldest settled first) to what the store can
// take: at most LEDGER_MAX_BYTES, and less when the rest of the store leaves less room. Returns what was saved. A new
// generation is written beside the old one when both fit; at capacity they do not, and the chunks are overwritten in
// place instead, still in ONE setProperties call (header included), so a kill leaves the old ledger or the new one.
export function saveLedger(ledger: Ledger, maxBytes = LEDGER_MAX_BYTES): LedgerEntry[] {
  const store = props();
  const all = store.getProperties();
  const header = readHeader(all);
  const others = entriesBytes(Object.entries(all).filter(([k]) => k !== HEADER && !k.startsWith(PREFIX)));
  const room = Math.max(0, Math.min(maxBytes, STORE_BYTES - others - 2_000));
  const kept = pruneToBytes(retained(ledger, Date.now()), room);
  const chunks = splitLines(encodeLedger(kept));
  const ledgerNow = entriesBytes(Object.entries(all).filter(([k]) => k === HEADER || k.startsWith(PREFIX)));
  const next = ((header?.gen ?? 0) + 1) % 1_000_000;
  const fresh = (gen: number) => {
    const values: Record<string, string> = { [HEADER]: `${gen}|${chunks.length}` };
    chunks.forEach((c, i) => (values[chunkKey(gen, i)] = c));
    return values;
  };
  let values = fresh(next);
  if (header && others + ledgerNow + entriesBytes(Object.entries(values)) > STORE_BYTES) values = fresh(header.gen);
  store.setProperties(values);
  // Every chunk not written now is garbage: the old generation, a killed save's leftovers, chunks past the end.
  for (const key of Object.keys(all)) if (key.startsWith(PREFIX) && !(key in values)) store.deleteProperty(key);
  return kept;
}

/** "Forget my history": the header first (the ledger then reads empty), then every chunk. */
export function deleteLedger(): void {
  const store = props();
  store.deleteProperty(HEADER);
  for (const key of Object.keys(store.getProperties())) if (key.startsWith(PREFIX)) store.deleteProperty(key);
}

// Reads, changes and saves the ledger under the user lock (taken here unless this execution holds it already), so
// a click and a trigger run never overwrite each other's entries. Returns the saved ledger, or null, having changed
// nothing, when the lock is still taken after `waitMs` (a trigger run may hold it for minutes).
export const tryUpdateLedger = (change: (ledger: LedgerEntry[]) => Ledger, waitMs: number): LedgerEntry[] | null =>
  withUserLock(() => saveLedger(change(loadLedger())), waitMs);

/** tryUpdateLedger for a trigger run, which may wait 10 s for the lock and fails if it does not get it. */
export function updateLedger(change: (ledger: LedgerEntry[]) => Ledger): LedgerEntry[] {
  const saved = tryUpdateLedger(change, 10_000);
  if (!saved) throw new Error('ledger: the user lock is still taken after 10 s');
  return saved;
}
