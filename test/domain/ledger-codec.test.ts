// The ledger's stored form: exact round trip, garbage never throws and costs only what it damaged, the capacity
// figure, and pruning that keeps open invitations.
import fc from 'fast-check';
import { STATUSES, isSettled, type LedgerEntry } from '../../src/domain/ledger';
import { decodeLedger, encodeLedger, encodedBytes, pruneToBytes, toStoredTime } from '../../src/domain/ledger-codec';
import { ROLES } from '../../src/domain/roles';
import { DAY, T0, entryArb, schoolLedger } from './ledger-fixtures';

const school = schoolLedger(10_000);
const schoolBytes = encodedBytes(school);

function isWellFormed(e: LedgerEntry): boolean {
  return (
    STATUSES.includes(e.status) &&
    ROLES.includes(e.role) &&
    typeof e.courseId === 'string' &&
    Number.isFinite(e.at) &&
    Number.isInteger(e.reminders) &&
    e.reminders >= 0
  );
}

const pending = (i: number, at: number): LedgerEntry => ({
  status: 'pending',
  courseId: 'c1',
  role: 'STUDENT',
  origin: 'click',
  at,
  email: `p${i}@x.org`,
  userId: String(100 + i),
  invitationId: `i${i}`,
  reminders: 0,
});
const done = (i: number, at: number, settledAt: number): LedgerEntry => ({
  status: 'joined',
  courseId: 'c1',
  role: 'STUDENT',
  origin: 'job',
  at,
  email: `s${i}@x.org`,
  userId: String(200 + i),
  reminders: 0,
  settledAt,
});

describe('ledger codec', () => {
  it('gives back every entry as it was (times to the minute)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (ledger) => {
        expect(decodeLedger(encodeLedger(ledger))).toEqual(ledger);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps times to the minute', () => {
    const at = T0 + 59_999;
    const [back] = decodeLedger(encodeLedger([{ ...pending(1, at), lastReminderAt: at + DAY + 1234, reminders: 1 }]));
    expect(back?.at).toBe(T0);
    expect(back?.lastReminderAt).toBe(T0 + DAY + 60_000);
    expect(toStoredTime(at)).toBe(T0);
  });

  it('keeps when an open entry was last seen', () => {
    const seen = { ...pending(1, T0), observedAt: T0 + 3 * DAY };
    expect(decodeLedger(encodeLedger([seen]))).toEqual([seen]);
  });

  it('round-trips the school ledger exactly', () => {
    expect(decodeLedger(encodeLedger(school))).toEqual(school);
  });

  it(`stores 10,000 invitations to 10,000 different people in ${schoolBytes} bytes`, () => {
    expect(school).toHaveLength(10_000);
    expect(schoolBytes).toBeLessThan(300_000);
  });

  it('never throws on garbage, and reads nothing from what is not a ledger', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const out = decodeLedger(text);
        expect(out.every(isWellFormed)).toBe(true);
      }),
      { numRuns: 100 },
    );
    for (const v of [undefined, null, 42, {}, '', 'L2', 'L2 0', 'L1 5\n', 'L2 99\nx\ny\nz\nw\nv']) {
      expect(decodeLedger(v)).toEqual([]);
    }
  });

  it('never throws on a damaged ledger, and still reads well-formed entries', () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.string({ maxLength: 5, unit: 'binary' }),
    });
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 10 }),
        fc.array(edit, { maxLength: 4 }),
        (ledger, edits) => {
          let text = encodeLedger(ledger);
          for (const e of edits) {
            const i = e.at % (text.length + 1);
            text = text.slice(0, i) + e.insert + text.slice(i + e.cut);
          }
          expect(decodeLedger(text).every(isWellFormed)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('loses only the entry on a damaged line', () => {
    const ledger = school.slice(0, 50);
    const lines = encodeLedger(ledger).split('\n');
    lines[5 + 10] = '\u0001garbage';
    lines[5 + 20] = '';
    const out = decodeLedger(lines.join('\n'));
    expect(out).toEqual(ledger.filter((_, i) => i !== 10 && i !== 20));
  });

  it('reads the entries before a cut whole', () => {
    const ledger = school.slice(0, 40);
    const text = encodeLedger(ledger);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const out = decodeLedger(text.slice(0, cut));
        // Every line but the cut one is intact: the entries read are the ledger's first ones, the last maybe cut.
        expect(out.slice(0, -1)).toEqual(ledger.slice(0, Math.max(0, out.length - 1)));
      }),
    );
  });
});

describe('pruning', () => {
  it('leaves a ledger that fits alone', () => {
    const ledger = [pending(1, T0), done(1, T0, T0 + DAY)];
    expect(pruneToBytes(ledger, 10_000)).toEqual(ledger);
  });

  it('drops the earliest settled entries first and keeps every open one', () => {
    const open = Array.from({ length: 20 }, (_, i) => pending(i, T0 + i * DAY));
    const settled = Array.from({ length: 40 }, (_, i) => done(i, T0, T0 + (40 - i) * DAY));
    const ledger = [...settled, ...open];
    const budget = encodedBytes([...open, ...settled.slice(0, 10)]);
    const kept = pruneToBytes(ledger, budget);
    expect(encodedBytes(kept)).toBeLessThanOrEqual(budget);
    expect(kept.filter((e) => !isSettled(e))).toEqual(open);
    const keptSettled = kept.filter(isSettled);
    expect(keptSettled.length).toBeGreaterThan(0);
    const dropped = settled.filter((e) => !keptSettled.includes(e));
    const latestDropped = Math.max(...dropped.map((e) => e.settledAt ?? 0));
    expect(keptSettled.every((e) => (e.settledAt ?? 0) >= latestDropped)).toBe(true);
  });

  it('removes as few entries as it can', () => {
    const ledger = Array.from({ length: 60 }, (_, i) => done(i, T0, T0 + i * DAY));
    const budget = encodedBytes(ledger) - 200;
    const kept = pruneToBytes(ledger, budget);
    expect(encodedBytes(kept)).toBeLessThanOrEqual(budget);
    const oneMore = ledger.slice(ledger.length - kept.length - 1);
    expect(encodedBytes(oneMore)).toBeGreaterThan(budget);
  });

  it('drops open entries, oldest first, only when nothing settled is left', () => {
    const open = Array.from({ length: 30 }, (_, i) => pending(i, T0 + i * DAY));
    const ledger = [done(1, T0, T0 + DAY), ...open];
    const budget = encodedBytes(open.slice(10));
    const kept = pruneToBytes(ledger, budget);
    expect(kept.some(isSettled)).toBe(false);
    expect(kept).toEqual(open.slice(open.length - kept.length));
    expect(kept.length).toBeGreaterThanOrEqual(20);
  });

  it('always fits the budget and keeps open entries before settled ones', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), fc.integer({ min: 0, max: 3000 }), (ledger, budget) => {
        const kept = pruneToBytes(ledger, budget);
        if (kept.length > 0) expect(encodedBytes(kept)).toBeLessThanOrEqual(budget);
        const droppedOpen = ledger.some((e) => !isSettled(e) && !kept.includes(e));
        if (droppedOpen) expect(kept.some(isSettled)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
