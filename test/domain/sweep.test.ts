// The follow-up sweep: settings validation, reminders/withdrawals that respect N, K and M once per entry, and only
// on invitations the add-on created and watched since, with Classroom's ids (the same after a re-create).
import fc from 'fast-check';
import {
  WATCH_GAP_MS,
  confirmCreated,
  isWatched,
  reconcile,
  recordIntent,
  recordReminder,
  recordResent,
  settle,
  type Intent,
  type LedgerEntry,
} from '../../src/domain/ledger';
import {
  DEFAULT_SWEEP,
  dueActions,
  stillApproved,
  sweepEnabled,
  validateSweep,
  type SweepSettings,
} from '../../src/domain/sweep';
import type { Invitation } from '../../src/domain/types';
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
  observedAt: T0,
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
        expect(all.every((e) => isWatched(e, now))).toBe(true);
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
            ledger = reconcile(
              ledger,
              'c1',
              [{ id: 'inv1', courseId: 'c1', userId: '1001', role: 'STUDENT' }],
              [],
              now,
            ).ledger;
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

/** A course as Classroom keeps it: one invitation per person, its id the same after a delete and a re-create. */
class Course {
  readonly invitations = new Map<string, Invitation>();
  create(userId: string, role: Invitation['role'] = 'STUDENT'): Invitation {
    const inv = { id: Buffer.from(`c1|${userId}`).toString('base64url'), courseId: 'c1', userId, role };
    this.invitations.set(userId, inv);
    return inv;
  }
  remove(userId: string): void {
    this.invitations.delete(userId);
  }
  list(): Invitation[] {
    return [...this.invitations.values()];
  }
}

const ethan: Intent = { courseId: 'c1', role: 'STUDENT', origin: 'click', email: 'ethan@school.edu' };

/** The add-on's create: intent, create, confirmation. */
function inviteEthan(ledger: LedgerEntry[], course: Course, now: number): LedgerEntry[] {
  return confirmCreated(recordIntent(ledger, ethan, now), ethan, course.create('1001'), now);
}

/**
 * `hours` of hourly sweeps from `from` (reconcile, then what is due, acted on in the course as a runner would:
 * each write checked with stillApproved first). Returns the ledger and what was done.
 */
function sweepHourly(ledger: LedgerEntry[], course: Course, s: SweepSettings, from: number, hours: number) {
  const done = { reminded: 0, withdrawn: 0 };
  for (let h = 1; h <= hours; h++) {
    const now = from + h * 3_600_000;
    ledger = reconcile(ledger, 'c1', course.list(), [], now).ledger;
    const due = dueActions(ledger, s, now);
    for (const e of due.remind) {
      if (!stillApproved('remind', e, s, now, course.list())) continue;
      course.remove(e.userId ?? '');
      const again = course.create(e.userId ?? '', e.role);
      ledger = recordReminder(ledger, e, now, again.id);
      done.reminded++;
    }
    for (const e of due.withdraw) {
      if (!stillApproved('withdraw', e, s, now, course.list())) continue;
      course.remove(e.userId ?? '');
      ledger = settle(ledger, e, 'withdrawn', now);
      done.withdrawn++;
    }
  }
  return { ledger, done };
}

describe('only what the add-on created and watched since', () => {
  const withdraw30 = settings({ withdrawAfterDays: 30 });

  it("never withdraws a co-teacher's re-invitation of a person who declined (same id), watched or not", () => {
    for (const watchedMeanwhile of [true, false]) {
      const course = new Course();
      let ledger = inviteEthan([], course, T0);
      course.remove('1001'); // Ethan declines on day 2
      // The teacher opens the course on day 3 (or not at all, the sweep being off).
      if (watchedMeanwhile) ledger = reconcile(ledger, 'c1', course.list(), [], T0 + 3 * DAY).ledger;
      course.create('1001'); // day 20: a co-teacher invites him again in Classroom: the same id
      // Day 21: the teacher turns on "withdraw after 30 days"; 60 days of hourly sweeps follow.
      const run = sweepHourly(ledger, course, withdraw30, T0 + 21 * DAY, 60 * 24);
      expect(run.done).toEqual({ reminded: 0, withdrawn: 0 });
      expect(course.list()).toHaveLength(1);
      const open = run.ledger.filter((e) => e.status === 'pending');
      expect(open).toHaveLength(1);
      expect(isWatched(open[0] as LedgerEntry, T0 + 81 * DAY)).toBe(false);
    }
  });

  it('withdraws its own invitation, watched hourly, 30 days after its create', () => {
    const course = new Course();
    const ledger = inviteEthan([], course, T0);
    const run = sweepHourly(ledger, course, withdraw30, T0, 60 * 24);
    expect(run.done).toEqual({ reminded: 0, withdrawn: 1 });
    expect(run.ledger[0]).toMatchObject({ status: 'withdrawn', settledAt: T0 + 30 * DAY });
  });

  it("remind after 7 days, at most K, over 60 days of hourly sweeps with Classroom's ids: exactly K", () => {
    for (const k of [1, 2, 3, 5]) {
      const course = new Course();
      const ledger = inviteEthan([], course, T0);
      const run = sweepHourly(ledger, course, settings({ remindAfterDays: 7, maxReminders: k }), T0, 60 * 24);
      expect(run.done).toEqual({ reminded: k, withdrawn: 0 });
      expect(run.ledger).toHaveLength(1);
      expect(run.ledger[0]).toMatchObject({
        status: 'pending',
        reminders: k,
        at: T0,
        lastReminderAt: T0 + 7 * k * DAY,
      });
    }
  });

  it('a manual resend is a new send: a new age, no reminders, the old entry settled', () => {
    const course = new Course();
    let ledger = inviteEthan([], course, T0);
    ledger = recordReminder(ledger, { courseId: 'c1', userId: '1001' }, T0 + 7 * DAY);
    course.remove('1001');
    const again = course.create('1001');
    ledger = recordResent(ledger, { courseId: 'c1', userId: '1001' }, again, T0 + 9 * DAY);
    expect(ledger.map((e) => [e.status, e.origin, e.at, e.reminders])).toEqual([
      ['revoked', 'click', T0, 1],
      ['pending', 'resend', T0 + 9 * DAY, 0],
    ]);
    // Its age counts from the resend: reminded 7 days after it, not at once, and once.
    const run = sweepHourly(ledger, course, settings({ remindAfterDays: 7, maxReminders: 1 }), T0 + 9 * DAY, 20 * 24);
    expect(run.done.reminded).toBe(1);
    expect(run.ledger[1]).toMatchObject({ reminders: 1, lastReminderAt: T0 + 16 * DAY });
  });

  it('a create of its own after someone else\'s invitation went starts a new entry; "already exists" is not its', () => {
    const course = new Course();
    course.create('1001'); // a co-teacher's, seen on opening the course
    let ledger = reconcile([], 'c1', course.list(), [], T0).ledger;
    course.remove('1001');
    ledger = inviteEthan(ledger, course, T0 + DAY);
    expect(ledger.map((e) => [e.status, e.origin ?? 'seen', e.at])).toEqual([
      ['declined', 'seen', T0],
      ['pending', 'click', T0 + DAY],
    ]);
    expect(dueActions(ledger, settings({ withdrawAfterDays: 30 }), T0 + 31 * DAY - 1).withdraw).toEqual([]);
  });

  it('does nothing once the settings are turned off between two runs, or the invitation changed', () => {
    const course = new Course();
    const ledger = inviteEthan([], course, T0);
    const on = settings({ remindAfterDays: 7, withdrawAfterDays: 30 });
    const now = T0 + 31 * DAY;
    const fresh = sweepHourly(ledger, course, DEFAULT_SWEEP, T0, 31 * 24).ledger;
    const [due] = dueActions(fresh, on, now).withdraw;
    expect(stillApproved('withdraw', due, on, now, course.list())).toBe(true);
    expect(stillApproved('withdraw', due, DEFAULT_SWEEP, now, course.list())).toBe(false);
    expect(stillApproved('withdraw', due, settings({ remindAfterDays: 7 }), now, course.list())).toBe(false);
    expect(sweepHourly(fresh, course, DEFAULT_SWEEP, now, 48).done).toEqual({ reminded: 0, withdrawn: 0 });
    // Gone meanwhile, or re-created as a teacher invitation: not the one the settings were about.
    expect(stillApproved('withdraw', due, on, now, [])).toBe(false);
    expect(stillApproved('withdraw', due, on, now, [{ ...course.create('1001', 'TEACHER') }])).toBe(false);
    expect(stillApproved('withdraw', undefined, on, now, course.list())).toBe(false);
  });

  it('a watch broken by a silence longer than a day is not renewed by seeing the invitation again', () => {
    const course = new Course();
    let ledger = inviteEthan([], course, T0);
    ledger = reconcile(ledger, 'c1', course.list(), [], T0 + WATCH_GAP_MS).ledger;
    expect(isWatched(ledger[0] as LedgerEntry, T0 + WATCH_GAP_MS)).toBe(true);
    ledger = reconcile(ledger, 'c1', course.list(), [], T0 + 2 * WATCH_GAP_MS + 1).ledger;
    ledger = reconcile(ledger, 'c1', course.list(), [], T0 + 2 * WATCH_GAP_MS + 2).ledger;
    expect(isWatched(ledger[0] as LedgerEntry, T0 + 2 * WATCH_GAP_MS + 2)).toBe(false);
    expect(ledger[0]).toMatchObject({ status: 'pending', origin: 'click', at: T0 });
  });
});
