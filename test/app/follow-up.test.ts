// Use cases of the follow-up on the emulated Classroom (the real src/, Node's realm): the ledger around creates
// (a kill between intent and create), reconcile, the resend journal's recovery, find by email, sweep settings.
import { revoke } from '../../src/app/answer-invitation';
import { findInvitations } from '../../src/app/find-invitation';
import { createRecorded, reconcileCourse } from '../../src/app/follow-up';
import { openCourse } from '../../src/app/course-view';
import { saveSweepSettings } from '../../src/app/sweep-settings';
import { composeDigest } from '../../src/cards/digest-mail';
import { digestOf } from '../../src/domain/digest';
import { loadLedger, updateLedger } from '../../src/platform/ledger-store';
import { createForUsers } from '../../src/classroom/follow-up';
import { recordIntent } from '../../src/domain/ledger';
import { emulator } from './env';

const ADA = 'ada.lovelace@demo-school.edu';
const ALGEBRA = '100000000502';
const MIA = 'mia.davis@demo-school.edu'; // not in Algebra I
const LIAM = 'liam.chen@demo-school.edu'; // a student of Algebra I
const MINUTE = 60_000;
const toAlgebra = (emails: string[]) =>
  emails.map((userId) => ({ courseId: ALGEBRA, userId, role: 'STUDENT' as const }));

describe('createRecorded', () => {
  it('writes one intent per address before the batch and settles each after: pending or abandoned', () => {
    const emu = emulator();
    const answers = emu.asUser(ADA, () => createRecorded(toAlgebra([MIA, LIAM]), 'click'));
    expect(answers.map((a) => a.kind)).toEqual(['invited', 'precondition']);
    const ledger = emu.asUser(ADA, () => loadLedger());
    expect(ledger).toHaveLength(1); // Liam is a member already: his intent is abandoned
    expect(ledger[0]).toMatchObject({ status: 'pending', email: MIA, origin: 'click', reminders: 0 });
  });

  it('a kill between the intent and the create makes nothing up: reconcile drops the intent after 6 minutes', () => {
    const emu = emulator();
    // What a kill right after the first ledger save leaves: the intent, and no invitation.
    emu.asUser(ADA, () =>
      updateLedger((l) =>
        recordIntent(l, { courseId: ALGEBRA, role: 'STUDENT', origin: 'click', email: MIA }, Date.now()),
      ),
    );
    emu.asUser(ADA, () => openCourse(ALGEBRA));
    expect(emu.asUser(ADA, () => loadLedger()).filter((e) => e.email === MIA)).toHaveLength(1); // in its grace
    emu.clock.advance(7 * MINUTE);
    emu.asUser(ADA, () => openCourse(ALGEBRA));
    expect(emu.asUser(ADA, () => loadLedger()).filter((e) => e.email === MIA)).toEqual([]);
  });

  it('a kill after the create loses nothing: the next reconcile confirms the intent from the listing', () => {
    const emu = emulator();
    // What a kill right after the create leaves: the intent, and the invitation Classroom made.
    emu.asUser(ADA, () => {
      updateLedger((l) =>
        recordIntent(l, { courseId: ALGEBRA, role: 'STUDENT', origin: 'click', email: MIA }, Date.now()),
      );
      createForUsers([{ courseId: ALGEBRA, userId: MIA, role: 'STUDENT' }]);
    });
    emu.asUser(ADA, () => openCourse(ALGEBRA));
    const mia = emu.asUser(ADA, () => loadLedger()).filter((e) => e.email === MIA);
    expect(mia).toHaveLength(1);
    expect(mia[0]).toMatchObject({ status: 'pending', origin: 'click' });
    expect(mia[0]?.invitationId).toBeDefined();
  });
});

describe('reconcileCourse', () => {
  it('saves nothing when nothing changed', () => {
    const emu = emulator();
    emu.asUser(ADA, () => openCourse(ALGEBRA));
    const writes = emu.stats(ADA).propertyWrites;
    emu.asUser(ADA, () => reconcileCourse(ALGEBRA, [], []));
    // Everyone vanished from the listing and is not a member: declined (a change, so one save).
    expect(emu.stats(ADA).propertyWrites).toBeGreaterThan(writes);
    const after = emu.stats(ADA).propertyWrites;
    emu.asUser(ADA, () => reconcileCourse(ALGEBRA, [], []));
    expect(emu.stats(ADA).propertyWrites).toBe(after);
  });
});

describe('findInvitations', () => {
  it('finds by part of an email in the ledger, and live across courses for a whole address', () => {
    const emu = emulator();
    emu.asUser(ADA, () => createRecorded(toAlgebra([MIA]), 'click'));
    const part = emu.asUser(ADA, () => findInvitations('mia.d'));
    expect(part.recorded.map((r) => r.entry.email)).toEqual([MIA]);
    expect(part.live).toEqual([]);
    const whole = emu.asUser(ADA, () => findInvitations(MIA));
    expect(whole.live.map((i) => i.courseId)).toContain(ALGEBRA);
  });
});

describe('sweep settings', () => {
  it('refuses invalid settings with their codes and installs the trigger only for valid ones that do something', () => {
    const emu = emulator();
    const bad = emu.asUser(ADA, () =>
      saveSweepSettings({ remindAfterDays: 10, withdrawAfterDays: 5, maxReminders: 9, digest: 'off' }, ADA, 'en'),
    );
    expect(bad).toEqual(['MAX_REMINDERS_OUT_OF_RANGE', 'REMIND_NOT_BEFORE_WITHDRAW']);
    expect(emu.triggers).toEqual([]);
    emu.asUser(ADA, () => saveSweepSettings({ maxReminders: 1, digest: 'weekly' }, ADA, 'en'));
    expect(emu.triggers.map((x) => x.handler)).toEqual(['onJobsTick']);
  });
});

describe('the digest in words', () => {
  it('lists pending by course with ages, in English and in French', () => {
    const now = Date.UTC(2026, 9, 13, 8);
    const ledger = [
      {
        status: 'pending',
        courseId: '1',
        role: 'STUDENT',
        origin: 'click',
        at: now - 12 * 86_400_000,
        email: 'a@x.org',
        reminders: 0,
      },
      {
        status: 'joined',
        courseId: '1',
        role: 'STUDENT',
        origin: 'click',
        at: now - 5 * 86_400_000,
        settledAt: now - 86_400_000,
        email: 'b@x.org',
        reminders: 0,
      },
    ] as const;
    const d = digestOf([...ledger], now - 7 * 86_400_000, now);
    const names = new Map([['1', 'Algebra I']]);
    const en = composeDigest('en', d, names);
    expect(en.subject).toBe('Classroom invitations: 1 pending');
    expect(en.body).toContain('Algebra I: 1 pending');
    expect(en.body).toContain('- a@x.org: sent 12 days ago by you');
    expect(en.body).toContain('- b@x.org (Algebra I), after 4 days');
    const fr = composeDigest('fr-CA', d, names);
    expect(fr.subject).toBe('Invitations Classroom : 1\u00a0en attente');
    expect(fr.body).toContain('- a@x.org: envoyée il y a 12 jours par vous');
  });
});

describe('revoke', () => {
  it('settles the ledger entry as revoked', () => {
    const emu = emulator();
    emu.asUser(ADA, () => createRecorded(toAlgebra([MIA]), 'click'));
    const id = emu.asUser(ADA, () => loadLedger())[0]?.invitationId ?? '';
    emu.asUser(ADA, () => {
      revoke(id);
    });
    expect(emu.asUser(ADA, () => loadLedger())[0]).toMatchObject({ status: 'revoked', email: MIA });
  });
});
