// Ages for views ("sent 12 days ago by you" / "seen since 3 Oct"), pending per course, and the digest.
import { ageOf, daysSince, isOld, oldPending, pendingOldestFirst } from '../../src/domain/age';
import { digestDue, digestIsEmpty, digestOf, unnamedIds } from '../../src/domain/digest';
import type { LedgerEntry } from '../../src/domain/ledger';
import { DAY, T0 } from './ledger-fixtures';

const e = (n: number, courseId: string, at: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  status: 'pending',
  courseId,
  role: 'STUDENT',
  origin: 'click',
  at,
  email: `s${n}@school.edu`,
  userId: `${100 + n}`,
  invitationId: `inv${n}`,
  reminders: 0,
  ...extra,
});

describe('ages', () => {
  it('says sent by me, sent by someone else, or seen since', () => {
    const now = T0 + 12 * DAY + 3_600_000;
    expect(ageOf(e(1, 'c', T0), now)).toEqual({ kind: 'sent', at: T0, days: 12 });
    expect(ageOf(e(1, 'c', T0, { by: 'co@school.edu' }), now)).toEqual({
      kind: 'sent',
      at: T0,
      days: 12,
      by: 'co@school.edu',
    });
    expect(ageOf(e(1, 'c', T0, { origin: undefined }), now)).toEqual({ kind: 'seen', at: T0, days: 12 });
  });

  it('counts whole days, never negative', () => {
    expect(daysSince(T0, T0 + DAY - 1)).toBe(0);
    expect(daysSince(T0, T0 + DAY)).toBe(1);
    expect(daysSince(T0 + DAY, T0)).toBe(0);
  });

  it('sorts pending oldest first, leaving out intents and settled entries', () => {
    const ledger = [
      e(1, 'a', T0 + 2 * DAY),
      e(2, 'b', T0),
      e(3, 'a', T0 - DAY, { status: 'intended' }),
      e(4, 'a', T0 - DAY, { status: 'joined', settledAt: T0 }),
      e(5, 'a', T0 + DAY),
    ];
    expect(pendingOldestFirst(ledger).map((x) => x.email)).toEqual(['s2@school.edu', 's5@school.edu', 's1@school.edu']);
    expect(pendingOldestFirst(ledger, 'a').map((x) => x.email)).toEqual(['s5@school.edu', 's1@school.edu']);
  });

  it('calls old only what the add-on sent, still pending, not sent or reminded for 7 days', () => {
    const now = T0 + 10 * DAY;
    const ids = { invitationId: 'i', userId: 'u' };
    expect(isOld(e(1, 'a', T0, ids), now)).toBe(true);
    expect(isOld(e(2, 'a', T0 + 5 * DAY, ids), now)).toBe(false);
    expect(isOld(e(3, 'a', T0, { ...ids, lastReminderAt: T0 + 4 * DAY }), now)).toBe(false);
    expect(isOld(e(4, 'a', T0, { ...ids, origin: undefined }), now)).toBe(false);
    expect(isOld(e(5, 'a', T0, { ...ids, status: 'joined', settledAt: T0 + DAY }), now)).toBe(false);
  });

  it('has one "older than a week" count: the add-on\'s pending ones not sent or reminded for 7 days', () => {
    const now = T0 + 10 * DAY;
    const ledger = [
      e(1, 'a', T0),
      e(2, 'a', T0, { origin: undefined }), // only seen: not the add-on's to resend
      e(3, 'a', T0, { reminders: 1, lastReminderAt: T0 + 5 * DAY }), // reminded 5 days ago
      e(4, 'a', T0, { status: 'declined', settledAt: T0 + DAY }),
      e(5, 'b', T0 - DAY),
      e(6, 'b', T0, { status: 'intended' }),
    ];
    expect(oldPending(ledger, now).map((x) => x.email)).toEqual(['s5@school.edu', 's1@school.edu']);
    expect(oldPending(ledger, now, 'a').map((x) => x.email)).toEqual(['s1@school.edu']);
    expect(oldPending(ledger, now, 'a', 4)).toHaveLength(2);
  });
});

describe('digest', () => {
  const since = T0 + 10 * DAY;
  const now = T0 + 17 * DAY;
  const ledger = [
    e(1, 'a', T0),
    e(2, 'a', T0 + 12 * DAY, { reminders: 1, lastReminderAt: T0 + 15 * DAY }),
    e(3, 'b', T0, { status: 'joined', settledAt: T0 + 16 * DAY }),
    e(4, 'b', T0, { status: 'joined', settledAt: T0 + 5 * DAY }),
    e(5, 'b', T0, { status: 'withdrawn', settledAt: T0 + 11 * DAY, reminders: 2, lastReminderAt: T0 + 8 * DAY }),
    e(6, 'b', T0, { status: 'intended' }),
  ];

  it('lists pending per course with ages, who joined, what was reminded and withdrawn since the last one', () => {
    const d = digestOf(ledger, since, now);
    expect(d.pending.map((c) => [c.courseId, c.pending.map((p) => [p.entry.email, p.age.days])])).toEqual([
      [
        'a',
        [
          ['s1@school.edu', 17],
          ['s2@school.edu', 5],
        ],
      ],
    ]);
    expect(d.joined.map((j) => [j.entry.email, j.afterMs])).toEqual([['s3@school.edu', 16 * DAY]]);
    expect(d.reminded.map((x) => x.email)).toEqual(['s2@school.edu']);
    expect(d.withdrawn.map((x) => x.email)).toEqual(['s5@school.edu']);
    expect(digestIsEmpty(d)).toBe(false);
    expect(digestIsEmpty(digestOf([], since, now))).toBe(true);
  });

  it('asks names only for the people it knows by id alone', () => {
    const unnamed = e(7, 'a', T0 + 11 * DAY, { email: undefined, origin: undefined });
    expect(unnamedIds(digestOf([...ledger, unnamed, { ...unnamed }], since, now))).toEqual(['107']);
    expect(unnamedIds(digestOf(ledger, since, now))).toEqual([]);
  });

  it('is due never when off, at once the first time, then once a period (an hour early at most)', () => {
    expect(digestDue({ digest: 'off' }, undefined, now)).toBe(false);
    expect(digestDue({ digest: 'daily' }, undefined, now)).toBe(true);
    expect(digestDue({ digest: 'daily' }, now - DAY + 3_600_000, now)).toBe(true);
    expect(digestDue({ digest: 'daily' }, now - DAY + 3_600_001, now)).toBe(false);
    expect(digestDue({ digest: 'weekly' }, now - 6 * DAY, now)).toBe(false);
    expect(digestDue({ digest: 'weekly' }, now - 7 * DAY, now)).toBe(true);
  });
});
