// Writing the ledger around a create (intent, confirm, abandon), reminders, outcomes, and finding entries again.
import {
  abandonIntent,
  confirmCreated,
  findByEmail,
  findOpen,
  recordIntent,
  recordReminder,
  retained,
  settle,
  type Intent,
  type LedgerEntry,
} from '../../src/domain/ledger';
import { DAY, T0 } from './ledger-fixtures';

const intent: Intent = { courseId: 'c1', role: 'STUDENT', origin: 'click', email: 'Ada.Lovelace1@Demo-School.edu' };
const created = { id: 'inv1', courseId: 'c1', userId: '111', role: 'STUDENT' as const };

describe('ledger', () => {
  it('writes an intended entry before the create, by me, with the email lower-cased', () => {
    const [e] = recordIntent([], intent, T0);
    expect(e).toEqual({
      status: 'intended',
      courseId: 'c1',
      role: 'STUDENT',
      origin: 'click',
      at: T0,
      email: 'ada.lovelace1@demo-school.edu',
      reminders: 0,
    });
  });

  it('keeps the sender when someone else sent it', () => {
    expect(recordIntent([], { ...intent, by: 'Boss@x.org' }, T0)[0]?.by).toBe('boss@x.org');
  });

  it('does not write a second intent for the same person and course', () => {
    const once = recordIntent([], intent, T0);
    expect(recordIntent(once, { ...intent, email: 'ada.lovelace1@demo-school.edu' }, T0 + 1)).toEqual(once);
    expect(recordIntent(once, { ...intent, courseId: 'c2' }, T0 + 1)).toHaveLength(2);
  });

  it('turns the intent into a pending invitation with the ids Classroom returned', () => {
    const ledger = confirmCreated(recordIntent([], intent, T0), intent, created, T0 + 5);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ status: 'pending', invitationId: 'inv1', userId: '111', at: T0 });
  });

  it('adds a pending entry when the intent is gone by the time the create is confirmed', () => {
    const ledger = confirmCreated([], intent, created, T0 + 5);
    expect(ledger[0]).toMatchObject({ status: 'pending', invitationId: 'inv1', at: T0 + 5, origin: 'click' });
  });

  it('removes the intent when the create failed', () => {
    const ledger = recordIntent([], intent, T0);
    expect(abandonIntent(ledger, { courseId: 'c1', email: 'ADA.lovelace1@demo-school.edu' })).toEqual([]);
    const confirmed = confirmCreated(ledger, intent, created, T0);
    expect(abandonIntent(confirmed, { courseId: 'c1', userId: '111' })).toEqual(confirmed);
  });

  it('counts reminders with the last time, and takes the new invitation id of a resend', () => {
    let ledger = confirmCreated(recordIntent([], intent, T0), intent, created, T0);
    ledger = recordReminder(ledger, { courseId: 'c1', userId: '111' }, T0 + 3 * DAY, 'inv2');
    ledger = recordReminder(ledger, { courseId: 'c1', invitationId: 'inv2' }, T0 + 6 * DAY);
    expect(ledger[0]).toMatchObject({ reminders: 2, lastReminderAt: T0 + 6 * DAY, invitationId: 'inv2' });
  });

  it('settles with an outcome and forgets the invitation id; joined tells after how long', () => {
    const open = confirmCreated(recordIntent([], intent, T0), intent, created, T0);
    const [revoked] = settle(open, { courseId: 'c1', invitationId: 'inv1' }, 'revoked', T0 + DAY);
    expect(revoked).toMatchObject({ status: 'revoked', settledAt: T0 + DAY });
    expect(revoked?.invitationId).toBeUndefined();
    const [joined] = settle(open, { courseId: 'c1', userId: '111' }, 'joined', T0 + 2 * DAY);
    expect(joined).toMatchObject({ status: 'joined', settledAt: T0 + 2 * DAY, at: T0 });
    expect(findOpen([joined!], { courseId: 'c1', userId: '111' })).toBe(-1);
  });

  it('finds entries by email across courses: case-insensitive, prefix matches first, then newest', () => {
    const e = (email: string, courseId: string, at: number): LedgerEntry => ({
      status: 'pending',
      courseId,
      role: 'STUDENT',
      at,
      email,
      reminders: 0,
    });
    const ledger = [
      e('jo.smith@a.edu', 'c1', 1),
      e('anna.jones@a.edu', 'c1', 2),
      e('jo.smith@a.edu', 'c2', 3),
      e('bob@b.edu', 'c2', 4),
    ];
    expect(findByEmail(ledger, 'JO').map((x) => [x.email, x.courseId])).toEqual([
      ['jo.smith@a.edu', 'c2'],
      ['jo.smith@a.edu', 'c1'],
      ['anna.jones@a.edu', 'c1'],
    ]);
    expect(findByEmail(ledger, '  ')).toEqual([]);
    expect(findByEmail(ledger, '@b.edu')).toHaveLength(1);
  });

  it('forgets settled entries 180 days after they settled, and every entry of a course no longer taught', () => {
    const open = confirmCreated(recordIntent([], intent, T0), intent, created, T0);
    const gone = settle(open, { courseId: 'c1', userId: '111' }, 'declined', T0 + DAY);
    const other = confirmCreated([], { ...intent, courseId: 'c2' }, { ...created, courseId: 'c2' }, T0);
    const ledger = [...gone, ...other];
    expect(retained(ledger, T0 + 181 * DAY)).toEqual(ledger);
    expect(retained(ledger, T0 + 181 * DAY + 1)).toEqual(other);
    expect(retained(ledger, T0 + 400 * DAY, new Set(['c1']))).toEqual([]);
    expect(retained(ledger, T0 + 2 * DAY, new Set(['c2', 'c3']))).toEqual(other);
  });
});
