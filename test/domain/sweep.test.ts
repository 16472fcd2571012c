// The follow-up sweep: settings validation, and reminders/withdrawals that respect N, K and M, once per entry.
import fc from 'fast-check';
import { recordReminder, settle, type LedgerEntry } from '../../src/domain/ledger';
import { DEFAULT_SWEEP, dueActions, sweepEnabled, validateSweep, type SweepSettings } from '../../src/domain/sweep';
import { DAY, T0, entryArb } from './ledger-fixtures';

const entry = (n: number, daysAgo: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  status: 'pending',
  courseId: 'c1',
  role: 'STUDENT',
  origin: 'job',
  at: T0 - daysAgo * DAY,
  email: `s${n}@school.edu`,
  userId: `${1000 + n}`,
  invitationId: `inv${n}`,
  reminders: 0,
  ...extra,
});
const settings = (s: Partial<SweepSettings>): SweepSettings => ({ ...DEFAULT_SWEEP, ...s });

describe('sweep settings', () => {
  it('are all off by default, and valid', () => {
    expect(sweepEnabled(DEFAULT_SWEEP)).toBe(false);
    expect(validateSweep(DEFAULT_SWEEP)).toEqual([]);
    expect(dueActions([entry(1, 400)], DEFAULT_SWEEP, T0)).toEqual({ remind: [], withdraw: [] });
  });

  it('reject out-of-range values with one code each', () => {
    expect(validateSweep(settings({ remindAfterDays: 0 }))).toEqual(['REMIND_DAYS_OUT_OF_RANGE']);
    expect(validateSweep(settings({ remindAfterDays: 61 }))).toEqual(['REMIND_DAYS_OUT_OF_RANGE']);
    expect(validateSweep(settings({ remindAfterDays: 2.5 }))).toEqual(['REMIND_DAYS_OUT_OF_RANGE']);
    expect(validateSweep(settings({ maxReminders: 6 }))).toEqual(['MAX_REMINDERS_OUT_OF_RANGE']);
    expect(validateSweep(settings({ maxReminders: 0 }))).toEqual(['MAX_REMINDERS_OUT_OF_RANGE']);
    expect(validateSweep(settings({ withdrawAfterDays: 1 }))).toEqual(['WITHDRAW_DAYS_OUT_OF_RANGE']);
    expect(validateSweep(settings({ withdrawAfterDays: 366 }))).toEqual(['WITHDRAW_DAYS_OUT_OF_RANGE']);
    expect(validateSweep({ ...DEFAULT_SWEEP, digest: 'hourly' as 'daily' })).toEqual(['BAD_DIGEST']);
  });

  it('require reminding before withdrawing', () => {
    expect(validateSweep(settings({ remindAfterDays: 7, withdrawAfterDays: 7 }))).toEqual([
      'REMIND_NOT_BEFORE_WITHDRAW',
    ]);
    expect(validateSweep(settings({ remindAfterDays: 7, withdrawAfterDays: 8 }))).toEqual([]);
    expect(sweepEnabled(settings({ digest: 'weekly' }))).toBe(true);
  });

  it('decide nothing while invalid', () => {
    expect(dueActions([entry(1, 30)], settings({ remindAfterDays: 9, withdrawAfterDays: 5 }), T0)).toEqual({
      remind: [],
      withdraw: [],
    });
  });
});

describe('dueActions', () => {
  const s = settings({ remindAfterDays: 7, maxReminders: 2, withdrawAfterDays: 30 });

  it('reminds once the last send or reminder is N days old', () => {
    const ledger = [
      entry(1, 6),
      entry(2, 7),
      entry(3, 20, { reminders: 1, lastReminderAt: T0 - 3 * DAY }),
      entry(4, 20, { reminders: 1, lastReminderAt: T0 - 8 * DAY }),
    ];
    expect(dueActions(ledger, s, T0).remind.map((e) => e.email)).toEqual(['s2@school.edu', 's4@school.edu']);
  });

  it('never reminds more than K times', () => {
    const ledger = [entry(1, 25, { reminders: 2, lastReminderAt: T0 - 10 * DAY })];
    expect(dueActions(ledger, s, T0).remind).toEqual([]);
  });

  it('withdraws at M days instead of reminding', () => {
    const due = dueActions([entry(1, 30), entry(2, 29)], s, T0);
    expect(due.withdraw.map((e) => e.email)).toEqual(['s1@school.edu']);
    expect(due.remind.map((e) => e.email)).toEqual(['s2@school.edu']);
  });

  it('leaves intended and settled entries alone, and what it only saw', () => {
    const ledger = [
      entry(1, 40, { status: 'intended' }),
      entry(2, 40, { status: 'joined', settledAt: T0 }),
      entry(3, 10, { origin: undefined }),
      entry(4, 40, { origin: undefined }),
    ];
    const due = dueActions(ledger, s, T0);
    expect(due).toEqual({ remind: [], withdraw: [] });
  });

  it('acts once per invitation even if the ledger holds it twice', () => {
    const due = dueActions([entry(1, 10), entry(1, 10)], s, T0);
    expect(due.remind).toHaveLength(1);
  });

  it('never lists an entry twice, never a settled or intended one, never past K', () => {
    const arb = fc.record({
      remindAfterDays: fc.integer({ min: 1, max: 60 }),
      gap: fc.integer({ min: 1, max: 300 }),
      maxReminders: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), arb, fc.integer({ min: 0, max: 400 }), (ledger, p, days) => {
        const st = settings({ ...p, withdrawAfterDays: p.remindAfterDays + p.gap });
        const now = Date.UTC(2040, 0, 1) + days * DAY;
        const { remind, withdraw } = dueActions(ledger, st, now);
        const all = [...remind, ...withdraw];
        expect(new Set(all).size).toBe(all.length);
        expect(all.every((e) => e.status === 'pending' && e.origin !== undefined)).toBe(true);
        expect(remind.every((e) => e.reminders < p.maxReminders)).toBe(true);
      }),
    );
  });

  it('over a daily sweep, reminds at most K times, N days apart, then withdraws at M', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 60 }),
        (n, k, extra) => {
          const st = settings({ remindAfterDays: n, maxReminders: k, withdrawAfterDays: n + extra });
          let ledger: LedgerEntry[] = [entry(1, 0)];
          const sent: number[] = [];
          let withdrawnOn: number | undefined;
          for (let day = 1; day <= n + extra + 5 && withdrawnOn === undefined; day++) {
            const now = T0 + day * DAY;
            const due = dueActions(ledger, st, now);
            for (const e of due.remind) {
              ledger = recordReminder(ledger, e, now);
              sent.push(day);
            }
            for (const e of due.withdraw) {
              ledger = settle(ledger, e, 'withdrawn', now);
              withdrawnOn = day;
            }
          }
          expect(sent.length).toBeLessThanOrEqual(k);
          sent.forEach((d, i) => {
            expect(d - (sent[i - 1] ?? 0)).toBeGreaterThanOrEqual(n);
          });
          expect(withdrawnOn).toBe(n + extra);
          expect(ledger[0]).toMatchObject({ status: 'withdrawn', reminders: sent.length });
        },
      ),
    );
  });
});
