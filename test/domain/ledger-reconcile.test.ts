// Reconciling with what Google lists: a kill between intent and create loses nothing and makes nothing up.
import fc from 'fast-check';
import {
  INTENT_GRACE_MS,
  confirmCreated,
  reconcile,
  recordIntent,
  type Intent,
  type LedgerEntry,
  type ListedInvitation,
} from '../../src/domain/ledger';
import { DAY, T0 } from './ledger-fixtures';

const intent = (n: number, courseId = 'c1'): Intent => ({
  courseId,
  role: 'STUDENT',
  origin: 'job',
  email: `s${n}@school.edu`,
});
const listed = (n: number, courseId = 'c1'): ListedInvitation => ({
  id: `inv${n}`,
  courseId,
  userId: `${1000 + n}`,
  role: 'STUDENT',
});
const later = T0 + INTENT_GRACE_MS + 1;

describe('reconcile', () => {
  it('drops an intent whose create never happened (killed in between): no invitation, not a member', () => {
    const ledger = recordIntent([], intent(1), T0);
    const r = reconcile(ledger, 'c1', [], [], later);
    expect(r.ledger).toEqual([]);
    expect(r.events.map((e) => e.kind)).toEqual(['dropped']);
  });

  it('leaves a young intent alone: its create may still be running elsewhere', () => {
    const ledger = recordIntent([], intent(1), T0);
    expect(reconcile(ledger, 'c1', [], [], T0 + 60_000)).toEqual({ ledger, events: [] });
  });

  it('confirms an intent whose create happened (killed after it): pending with the listed ids', () => {
    const ledger = recordIntent([], intent(1), T0);
    const r = reconcile(ledger, 'c1', [{ ...listed(1), email: 'S1@school.edu' }], [], later);
    expect(r.ledger).toEqual([
      { ...ledger[0], status: 'pending', invitationId: 'inv1', userId: '1001', observedAt: later },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(['confirmed']);
  });

  it('matches a listed invitation by user id when the email is unknown', () => {
    const ledger = recordIntent([], { ...intent(1), email: undefined, userId: '1001' }, T0);
    const r = reconcile(ledger, 'c1', [listed(1)], [], later);
    expect(r.ledger[0]?.status).toBe('pending');
  });

  it('settles as joined an invitation gone because the invitee is now a member', () => {
    const ledger = confirmCreated(recordIntent([], intent(1), T0), intent(1), listed(1), T0);
    const r = reconcile(ledger, 'c1', [], [{ userId: '1001' }], T0 + 3 * DAY);
    expect(r.ledger[0]).toMatchObject({ status: 'joined', settledAt: T0 + 3 * DAY, at: T0 });
    expect(r.events.map((e) => e.kind)).toEqual(['joined']);
  });

  it('counts an intent whose invitee is already a member as joined (the create ran, then they accepted)', () => {
    const ledger = recordIntent([], intent(1), T0);
    const r = reconcile(ledger, 'c1', [], [{ email: 'S1@SCHOOL.EDU' }], later);
    expect(r.ledger[0]?.status).toBe('joined');
  });

  it('settles as declined an invitation gone whose invitee is not a member', () => {
    const ledger = confirmCreated(recordIntent([], intent(1), T0), intent(1), listed(1), T0);
    const r = reconcile(ledger, 'c1', [], [], T0 + DAY);
    expect(r.ledger[0]).toMatchObject({ status: 'declined', settledAt: T0 + DAY });
    expect(r.ledger[0]?.invitationId).toBeUndefined();
    expect(r.events.map((e) => e.kind)).toEqual(['disappeared']);
  });

  it('records invitations made elsewhere as seen since now', () => {
    const r = reconcile([], 'c1', [{ ...listed(7), email: 'X@y.org' }], [], T0);
    expect(r.ledger).toEqual([
      {
        status: 'pending',
        courseId: 'c1',
        role: 'STUDENT',
        at: T0,
        userId: '1007',
        invitationId: 'inv7',
        email: 'x@y.org',
        reminders: 0,
      },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(['seen']);
  });

  it('takes the same id under another role for another invitation: the old entry settles, the new one is seen', () => {
    const ledger = confirmCreated(recordIntent([], intent(1), T0), intent(1), listed(1), T0);
    const r = reconcile(ledger, 'c1', [{ ...listed(1), role: 'TEACHER' }], [], T0 + 3_600_000);
    expect(r.ledger.map((e) => [e.status, e.origin ?? 'seen', e.role])).toEqual([
      ['declined', 'job', 'STUDENT'],
      ['pending', 'seen', 'TEACHER'],
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(['disappeared', 'seen']);
  });

  it('keeps the first-seen time on later passes', () => {
    const once = reconcile([], 'c1', [listed(7)], [], T0).ledger;
    const twice = reconcile(once, 'c1', [listed(7)], [], T0 + 5 * DAY);
    expect(twice).toEqual({ ledger: once, events: [] });
  });

  it('touches no other course', () => {
    const ledger = [
      ...recordIntent([], intent(1, 'c2'), T0),
      ...confirmCreated([], intent(2, 'c2'), listed(2, 'c2'), T0),
    ];
    expect(reconcile(ledger, 'c1', [listed(3, 'c2')], [], later)).toEqual({ ledger, events: [] });
  });

  it('is idempotent, and after it every listed invitation has exactly one open entry', () => {
    const arb = fc.record({
      intents: fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 10 }),
      confirmed: fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 10 }),
      listedNow: fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 10 }),
      members: fc.uniqueArray(fc.integer({ min: 0, max: 15 }), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(arb, ({ intents, confirmed, listedNow, members }) => {
        let ledger: LedgerEntry[] = [];
        for (const n of intents) ledger = recordIntent(ledger, { ...intent(n), userId: `${1000 + n}` }, T0);
        for (const n of confirmed) ledger = confirmCreated(ledger, intent(n), listed(n), T0);
        const inv = listedNow.map((n) => listed(n));
        const m = members.filter((n) => !listedNow.includes(n)).map((n) => ({ userId: `${1000 + n}` }));
        const first = reconcile(ledger, 'c1', inv, m, later);
        expect(reconcile(first.ledger, 'c1', inv, m, later)).toEqual({ ledger: first.ledger, events: [] });
        expect(reconcile(first.ledger, 'c1', inv, m, later + DAY).events).toEqual([]);
        for (const i of inv) {
          const open = first.ledger.filter((e) => e.status === 'pending' && e.userId === i.userId);
          expect(open).toHaveLength(1);
        }
        expect(first.ledger.every((e) => e.status !== 'intended')).toBe(true);
        // Nothing made up: every joined entry was in the ledger before, every new entry is a listed invitation.
        const before = new Set(ledger.map((e) => e.userId));
        for (const e of first.ledger) {
          if (!before.has(e.userId)) expect(listedNow.map((n) => `${1000 + n}`)).toContain(e.userId);
        }
      }),
    );
  });
});
