// A roster sync job as cursors: the sheet is the work list (its rows), the checkpoint only says how far the job got,
// which rows are in flight and which to take again, so 20,000 rows fit in one 9 KB property value.
/** What happened to one row; the status column says it in plain language. 'retry' keeps the row for later. */
export type RowOutcomeCode =
  | 'invited'
  | 'roleChanged'
  | 'withdrawn'
  | 'alreadyInvited'
  | 'member'
  | 'nothingToWithdraw'
  | 'invalid'
  | 'failed'
  | 'retry';

export interface RowOutcome {
  row: number;
  code: RowOutcomeCode;
  /** Why, as a message key: a RowReason for 'invalid', the error's key for 'failed'. */
  detail?: string;
}

export interface SyncCheckpoint {
  v: 1;
  spreadsheetId: string;
  sheetId: number;
  /** First data row (after the header). */
  firstRow: number;
  /** Last data row of the sheet when the job started; rows after it were added later and are not synced. */
  lastRow: number;
  /** Next row of the first pass. */
  cursor: number;
  /** Rows handed out and not yet answered, as compact ranges ("2-40,57"): re-planned from live state on resume. */
  inFlight: string;
  /** Rows to take again once the first pass is over: compact ranges, or "x" + a hex bitmap from firstRow when
   *  that is shorter (a scattered list of 20,000 rows stays exact in 5,000 characters). */
  retry: string;
  counts: Partial<Record<Exclude<RowOutcomeCode, 'retry'>, number>>;
}

/** Rows per batch at most: a scattered batch of retries still fits the checkpoint beside the retry list. */
export const MAX_BATCH_ROWS = 200;

/** Keeps the retry list within this many characters; beyond it, close ranges merge (see coarsen). */
const RETRY_BUDGET_CHARS = 6000;

export function startCheckpoint(spreadsheetId: string, sheetId: number, firstRow: number, lastRow: number) {
  const checkpoint: SyncCheckpoint = {
    v: 1,
    spreadsheetId,
    sheetId,
    firstRow,
    lastRow,
    cursor: firstRow,
    inFlight: '',
    retry: '',
    counts: {},
  };
  return checkpoint;
}

type Range = [number, number];

export function parseRanges(text: string): Range[] {
  if (!text) return [];
  return text.split(',').map((part): Range => {
    const [a, b] = part.split('-');
    const from = Number(a);
    return [from, b === undefined ? from : Number(b)];
  });
}

export function formatRanges(ranges: readonly Range[]): string {
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(',');
}

/** Sorted, merged ranges of a set of row numbers. */
export function toRanges(rows: Iterable<number>): Range[] {
  const sorted = [...new Set(rows)].sort((x, y) => x - y);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

export function expandRanges(ranges: readonly Range[]): number[] {
  const out: number[] = [];
  for (const [a, b] of ranges) for (let r = a; r <= b; r++) out.push(r);
  return out;
}

/**
 * Merges the ranges separated by the smallest gaps until the text fits the budget. Rows in the gaps get visited
 * again; that is safe because every row is planned again from the course's live state before anything is sent.
 */
export function coarsen(ranges: readonly Range[], budget: number): Range[] {
  let current = ranges.map((r): Range => [r[0], r[1]]);
  while (formatRanges(current).length > budget && current.length > 1) {
    const gaps: number[] = [];
    for (let i = 1; i < current.length; i++) gaps.push((current[i]?.[0] ?? 0) - (current[i - 1]?.[1] ?? 0));
    const threshold = [...gaps].sort((x, y) => x - y)[Math.floor(gaps.length / 2)] ?? 0;
    const next: Range[] = [];
    current.forEach((r, i) => {
      const last = next[next.length - 1];
      if (last && i > 0 && (gaps[i - 1] ?? 0) <= threshold) last[1] = r[1];
      else next.push([r[0], r[1]]);
    });
    current = next;
  }
  return current;
}

/** One bit per row from `first`, four rows per hex digit. */
function toBitmap(rows: readonly number[], first: number, last: number): string {
  const digits = new Array<number>(Math.ceil((last - first + 1) / 4)).fill(0);
  for (const r of rows) {
    const i = r - first;
    digits[i >> 2] = (digits[i >> 2] ?? 0) | (1 << (i & 3));
  }
  return `x${digits.map((d) => d.toString(16)).join('')}`;
}

function fromBitmap(text: string, first: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const d = parseInt(text.charAt(i), 16);
    for (let b = 0; b < 4; b++) if (d & (1 << b)) out.push(first + (i - 1) * 4 + b);
  }
  return out;
}

function retryRows(checkpoint: SyncCheckpoint): number[] {
  const text = checkpoint.retry;
  return text.startsWith('x') ? fromBitmap(text, checkpoint.firstRow) : expandRanges(parseRanges(text));
}

/** The shortest exact form of the retry list; merged ranges only when even that passes the budget. */
function encodeRetry(rows: readonly number[], checkpoint: SyncCheckpoint): string {
  const ranges = toRanges(rows);
  const text = formatRanges(ranges);
  if (text.length <= RETRY_BUDGET_CHARS || rows.length === 0) return text;
  const first = checkpoint.firstRow;
  const last = rows.reduce((m, r) => Math.max(m, r), first);
  const bitmap = toBitmap(rows, first, last);
  return bitmap.length <= RETRY_BUDGET_CHARS ? bitmap : formatRanges(coarsen(ranges, RETRY_BUDGET_CHARS));
}

/** The rows to work on next: the rows in flight (an execution died with them), else the next batch, else retries. */
export function nextRows(checkpoint: SyncCheckpoint, batchSize: number): number[] {
  const size = Math.max(1, Math.min(batchSize, MAX_BATCH_ROWS));
  const inFlight = expandRanges(parseRanges(checkpoint.inFlight));
  if (inFlight.length > 0) return inFlight;
  if (checkpoint.cursor <= checkpoint.lastRow) {
    const last = Math.min(checkpoint.lastRow, checkpoint.cursor + size - 1);
    const out: number[] = [];
    for (let r = checkpoint.cursor; r <= last; r++) out.push(r);
    return out;
  }
  return retryRows(checkpoint).slice(0, size);
}

/** Records rows as handed out, before anything is sent for them. */
export function markInFlight(checkpoint: SyncCheckpoint, rows: readonly number[]): SyncCheckpoint {
  const taken = new Set(rows);
  const retry = retryRows(checkpoint).filter((r) => !taken.has(r));
  const highest = rows.reduce((m, r) => Math.max(m, r), checkpoint.cursor - 1);
  const inFlight = new Set([...expandRanges(parseRanges(checkpoint.inFlight)), ...rows]);
  return {
    ...checkpoint,
    cursor: Math.min(checkpoint.lastRow + 1, Math.max(checkpoint.cursor, highest + 1)),
    inFlight: formatRanges(toRanges(inFlight)),
    retry: encodeRetry(retry, checkpoint),
  };
}

/** Settles answered rows: counts final outcomes and keeps 'retry' rows for later. */
export function applyOutcomes(checkpoint: SyncCheckpoint, outcomes: readonly RowOutcome[]): SyncCheckpoint {
  const answered = new Set(outcomes.map((o) => o.row));
  const inFlight = expandRanges(parseRanges(checkpoint.inFlight)).filter((r) => !answered.has(r));
  const retry = retryRows(checkpoint);
  const counts = { ...checkpoint.counts };
  for (const o of outcomes) {
    if (o.code === 'retry') retry.push(o.row);
    else counts[o.code] = (counts[o.code] ?? 0) + 1;
  }
  return {
    ...checkpoint,
    inFlight: formatRanges(toRanges(inFlight)),
    retry: encodeRetry(retry, checkpoint),
    counts,
  };
}

export function isFinished(checkpoint: SyncCheckpoint): boolean {
  return checkpoint.cursor > checkpoint.lastRow && checkpoint.inFlight === '' && checkpoint.retry === '';
}

/** A status cell as data: the view words it per language. */
interface StatusCell {
  code: RowOutcomeCode;
  detail?: string;
  /** ISO 8601 time of the outcome. */
  at: string;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Plain-language status text, e.g. "Invited · 1 Dec 2026, 12:03". `detail` is itself a message key (a row
 * reason or an error key) and is translated first.
 */
export function statusText(cell: StatusCell, t: Translate, formatTime: (iso: string) => string): string {
  const detail = cell.detail === undefined ? '' : t(cell.detail);
  return t(`sync.status.${cell.code}`, { detail, at: formatTime(cell.at) });
}
