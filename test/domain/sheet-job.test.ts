// The roster job as cursors over the sheet: batches, resume after a kill, retries, the 9 KB checkpoint at district
// scale, and the plain-language status cell.
import fc from 'fast-check';
import {
  applyOutcomes,
  coarsen,
  isFinished,
  markInFlight,
  MAX_BATCH_ROWS,
  nextRows,
  parseRanges,
  startCheckpoint,
  statusText,
  toRanges,
  type SyncCheckpoint,
  type RowOutcomeCode,
} from '../../src/domain/sheet-job';

const PROPERTY_VALUE_LIMIT = 9 * 1024;
const bytes = (cp: SyncCheckpoint) => Buffer.byteLength(JSON.stringify(cp));

/** Runs a job to the end; `answer` decides each row's outcome on each visit. */
function run(cp: SyncCheckpoint, batch: number, answer: (row: number, visit: number) => RowOutcomeCode) {
  const visits = new Map<number, number>();
  let maxBytes = bytes(cp);
  for (let guard = 0; !isFinished(cp); guard++) {
    if (guard > 100_000) throw new Error('job does not finish');
    const rows = nextRows(cp, batch);
    cp = markInFlight(cp, rows);
    maxBytes = Math.max(maxBytes, bytes(cp));
    const outcomes = rows.map((row) => {
      const visit = (visits.get(row) ?? 0) + 1;
      visits.set(row, visit);
      return { row, code: answer(row, visit) };
    });
    cp = applyOutcomes(cp, outcomes);
    maxBytes = Math.max(maxBytes, bytes(cp));
  }
  return { cp, visits, maxBytes };
}

describe('roster job cursors', () => {
  it('walks the sheet in batches from the first data row to the last', () => {
    let cp = startCheckpoint('ss1', 0, 2, 11);
    expect(nextRows(cp, 4)).toEqual([2, 3, 4, 5]);
    expect(nextRows(startCheckpoint('ss1', 0, 2, 5000), 10_000)).toHaveLength(MAX_BATCH_ROWS);
    cp = markInFlight(cp, [2, 3, 4, 5]);
    expect(cp.cursor).toBe(6);
    cp = applyOutcomes(cp, [
      { row: 2, code: 'invited' },
      { row: 3, code: 'invalid', detail: 'email.invalid' },
      { row: 4, code: 'alreadyInvited' },
      { row: 5, code: 'invited' },
    ]);
    expect(cp.counts).toEqual({ invited: 2, invalid: 1, alreadyInvited: 1 });
    expect(nextRows(cp, 4)).toEqual([6, 7, 8, 9]);
    // Rows in flight come back until they are answered.
    expect(nextRows(markInFlight(cp, [6, 7, 8, 9]), 2)).toEqual([6, 7, 8, 9]);
  });

  it('hands the rows in flight out again after an execution died with them', () => {
    let cp = startCheckpoint('ss1', 0, 2, 100);
    cp = markInFlight(cp, nextRows(cp, 10));
    // The execution is killed here: nothing answered. The next one gets the same rows first.
    const resumed: SyncCheckpoint = JSON.parse(JSON.stringify(cp));
    expect(nextRows(resumed, 10)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    cp = applyOutcomes(resumed, [{ row: 2, code: 'invited' }]);
    expect(nextRows(cp, 10)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('takes retried rows again after the first pass and then finishes', () => {
    const { cp, visits } = run(startCheckpoint('ss1', 0, 2, 41), 7, (row, visit) =>
      row % 5 === 0 && visit === 1 ? 'retry' : 'invited',
    );
    expect(cp.counts).toEqual({ invited: 40 });
    expect([...visits].filter(([, v]) => v === 2).map(([r]) => r)).toEqual([5, 10, 15, 20, 25, 30, 35, 40]);
  });

  it('keeps the checkpoint of a 20,000-row job under one 9 KB property value, even in the worst case', () => {
    // Every other row asks for a retry: the retry list is as scattered as it can be.
    const { cp, maxBytes, visits } = run(
      startCheckpoint('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh', 123456789, 2, 20001),
      1000, // asks for more than a batch may hold: nextRows hands out MAX_BATCH_ROWS
      (row, visit) => (row % 2 === 0 && visit === 1 ? 'retry' : row % 7 === 0 ? 'failed' : 'invited'),
    );
    expect(maxBytes).toBeLessThan(PROPERTY_VALUE_LIMIT);
    // Exact: every row settled once, none visited a third time.
    expect((cp.counts.invited ?? 0) + (cp.counts.failed ?? 0)).toBe(20000);
    expect(Math.max(...visits.values())).toBe(2);
  });

  it('visits every row at least once and settles each row exactly once per visit, whatever the retries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 50 }),
        fc.func(fc.boolean()),
        (n, batch, flaky) => {
          const { cp, visits } = run(startCheckpoint('s', 0, 2, n + 1), batch, (row, visit) =>
            visit < 3 && flaky(row, visit) ? 'retry' : 'member',
          );
          expect(visits.size).toBe(n);
          expect(cp.counts.member).toBeGreaterThanOrEqual(n);
        },
      ),
    );
  });

  it('coarsens a scattered retry list into ranges that cover every row', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => 2 + i * 3);
    const merged = coarsen(toRanges(rows), 200);
    expect(merged.map(([a, b]) => `${a}-${b}`).join(',').length).toBeLessThanOrEqual(200);
    for (const r of rows) expect(merged.some(([a, b]) => a <= r && r <= b)).toBe(true);
    expect(parseRanges('2-4,9')).toEqual([
      [2, 4],
      [9, 9],
    ]);
  });
});

describe('status cell', () => {
  const words: Record<string, string> = {
    'sync.status.invited': 'Invited · {at}',
    'sync.status.invalid': 'Not synced: {detail} · {at}',
    'email.invalid': 'this is not an email address',
  };
  const t = (key: string, params: Record<string, string | number> = {}) =>
    (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

  it('words the outcome and its time in plain language', () => {
    const cell = { code: 'invalid' as const, detail: 'email.invalid', at: '2026-12-01T12:03:00.000Z' };
    expect(statusText(cell, t, (iso) => iso.slice(0, 16).replace('T', ' '))).toBe(
      'Not synced: this is not an email address · 2026-12-01 12:03',
    );
  });
});
