// The follow-up of invitations (issue 10), end to end on the built bundle: the ledger written around every create,
// ages on the cards as days pass, the hourly sweep (reminders once, withdrawal, digest in the user's language), a
// resend and a sweep killed before and after each of their writes (every call: `npm run chaos`), and a ledger at
// capacity.
import type { Emulator } from '@classroom-invitations/emulator';
import { killPoints, serviceCalls } from '../../bench/chaos-points';
import { addBusyTeacher, addStudents, BUSY_TEACHER } from '../../bench/worlds';
import type { LedgerEntry } from '../../src/domain/ledger';
import { translator } from '../../src/i18n';
import { loadLedger, saveLedger } from '../../src/platform/ledger-store';
import { ADA, ALGEBRA, CHLOE, school, type School } from './harness';

const t = translator('en');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const COURSE_ROW = 'Algebra I · Period 2';
const KILLED = 'killed by the test';

function ledgerOf(emu: Emulator, user = ADA): LedgerEntry[] {
  return emu.asUser(user, () => loadLedger());
}

/** Invitations of a course for one email, read from the world. */
function invitationsFor(s: School, email: string, courseId = ALGEBRA) {
  const user = s.emu.world.user(email);
  return s.emu.world.allInvitations().filter((i) => i.courseId === courseId && i.userId === user?.id);
}

function successfulCreates(emu: Emulator, userIdOrEmail?: string): number {
  return emu.api.log.filter(
    (e) =>
      e.method === 'invitations.create' &&
      e.status === 200 &&
      (userIdOrEmail === undefined ||
        (e.args as { body: { userId: string } }).body.userId.toLowerCase() === userIdOrEmail.toLowerCase()),
  ).length;
}

function deletes(emu: Emulator): number {
  return emu.api.log.filter((e) => e.method === 'invitations.delete' && e.status === 200).length;
}

interface Setup extends School {
  emails: string[];
}

/** Ada invites `count` new students to Algebra I from the course card (one click, one batch). */
function invited(count = 3, locale = 'en'): Setup {
  const s = school({ latencyMs: 20 });
  const emails = addStudents(s.emu.world, count);
  const p = s.panel(ADA, { locale });
  p.openHomepage();
  p.click(COURSE_ROW);
  p.fill('emails', emails.join(', '));
  p.click(translator(locale === 'fr' ? 'fr' : 'en')('course.invite.button'));
  expect(p.lastError).toBeNull();
  return { ...s, emails };
}

function openCourse(s: School, locale = 'en') {
  const p = s.panel(ADA, { locale });
  p.openHomepage();
  p.click(COURSE_ROW);
  expect(p.lastError).toBeNull();
  return p;
}

function turnOn(s: School, form: { remind?: string; max?: string; withdraw?: string; digest?: string }, locale = 'en') {
  const tl = translator(locale === 'fr' ? 'fr' : 'en');
  const p = s.panel(ADA, { locale });
  p.openHomepage();
  p.universalAction('Settings and about'); // the manifest's labels are not localized
  p.fill('remindDays', form.remind ?? '');
  p.fill('maxReminders', form.max ?? '1');
  p.fill('withdrawDays', form.withdraw ?? '');
  p.select('digest', [form.digest ?? 'off']);
  p.click(tl('sweep.save'));
  return p;
}

describe('the ledger around every create', () => {
  it('records each invitation the click made: pending, by me, with the id Classroom returned', () => {
    const s = invited(3);
    const mine = ledgerOf(s.emu).filter((e) => e.origin === 'click');
    expect(mine.map((e) => e.email).sort()).toEqual(s.emails);
    for (const e of mine) {
      expect(e.status).toBe('pending');
      expect(e.invitationId).toBe(invitationsFor(s, e.email ?? '')[0]?.id);
      expect(e.by).toBeUndefined();
    }
  });

  it('opening the course notices invitations made elsewhere ("seen since") and who joined', () => {
    const s = invited(2);
    openCourse(s);
    const chloe = s.emu.world.user(CHLOE);
    const seen = ledgerOf(s.emu).find((e) => e.userId === chloe?.id && e.courseId === ALGEBRA);
    expect(seen).toMatchObject({ status: 'pending' });
    expect(seen?.origin).toBeUndefined();
    // One of Ada's invitees accepts on their own; the next opening records it as joined.
    const [first] = s.emails;
    const inv = invitationsFor(s, first ?? '')[0];
    s.emu.clock.advance(2 * DAY);
    s.emu.run('onAcceptInvitation', { commonEventObject: { parameters: { id: inv?.id ?? '' } } }, first ?? '');
    openCourse(s);
    const joined = ledgerOf(s.emu).find((e) => e.email === first);
    expect(joined?.status).toBe('joined');
    expect((joined?.settledAt ?? 0) - (joined?.at ?? 0)).toBeGreaterThanOrEqual(2 * DAY);
  });

  it('the course card stays at 2 round trips cold with the ledger (the roster comes with the invitations)', () => {
    const s = invited(3);
    const before = s.emu.api.roundTrips;
    const p = s.panel(ADA);
    p.openHomepage();
    const home = s.emu.api.roundTrips - before;
    p.click(COURSE_ROW);
    expect(home).toBeLessThanOrEqual(2);
    expect(s.emu.api.roundTrips - before - home).toBeLessThanOrEqual(2);
  });
});

describe('ages as days pass', () => {
  it('French: an invitation first seen on the 1st of a month reads "repérée le 1er …"', () => {
    const s = school({ latencyMs: 20 });
    const now = new Date(s.emu.clock.now());
    s.emu.clock.advance(new Date(now.getFullYear(), now.getMonth() + 1, 1, 12).getTime() - now.getTime());
    const p = openCourse(s, 'fr');
    const seen = p.texts().filter((x) => x.includes('repérée le'));
    expect(seen.length).toBeGreaterThan(0);
    for (const line of seen) expect(line).toMatch(/repérée le 1er \S+/);
  });

  it('10 days later: the course card lists the oldest first with "sent 10 days ago by you" and "seen since"', () => {
    const s = school({ latencyMs: 20 });
    const first = openCourse(s); // sees Chloe's invitation before Ada sends hers
    expect(first.texts().some((x) => x.includes('seen since'))).toBe(true);
    const emails = addStudents(s.emu.world, 2);
    first.fill('emails', emails.join('\n'));
    first.click(t('course.invite.button'));
    s.emu.clock.advance(10 * DAY);
    const p = openCourse(s);
    const texts = p.texts();
    const sent = texts.filter((x) => x.includes('sent 10 days ago by you'));
    expect(sent).toHaveLength(2);
    const seenAt = texts.findIndex((x) => x.includes('seen since'));
    expect(seenAt).toBeGreaterThanOrEqual(0);
    expect(seenAt).toBeLessThan(texts.indexOf(sent[0] ?? '')); // seen first: older
    // The homepage counts them without an extra request.
    p.openHomepage();
    expect(p.texts().some((x) => /older than 7 days/.test(x))).toBe(true);
  });

  it('the invitation card says when and by whom; the French card says it in French', () => {
    const s = invited(1, 'fr');
    s.emu.clock.advance(3 * DAY);
    const p = openCourse(s, 'fr');
    p.click(translator('fr')('course.manage'), { row: 'Learner 0' });
    expect(p.texts().some((x) => x.includes('envoyée il y a 3 jours par vous'))).toBe(true);
  });

  it('shows the class code and the join link on the course card', () => {
    const s = school({ latencyMs: 20 });
    const p = openCourse(s);
    expect(p.texts()).toContain(t('classCode.title'));
    const link = p.texts().find((x) => /^https:\/\/classroom\.google\.com\/c\/\w+\?cjc=\w+$/.test(x)) ?? '';
    const code = link.slice(link.indexOf('cjc=') + 4);
    expect(code).toMatch(/^\w{7}$/);
    expect(p.texts()).toContain(code);
  });
});

describe('resend', () => {
  it('deletes and re-creates one invitation after saying Classroom normally emails, and the class code if not', () => {
    const s = invited(1);
    s.emu.clock.advance(DAY);
    const [email] = s.emails;
    const before = invitationsFor(s, email ?? '')[0];
    const p = openCourse(s);
    p.click(t('course.manage'), { row: 'Learner 0' });
    p.click(t('invitation.resend'));
    // Google does not promise the email (google-api-nodejs-client#1497): never promised, the class code offered.
    expect(p.texts().some((x) => x.includes('Classroom normally emails them again'))).toBe(true);
    expect(p.texts().some((x) => x.includes('share the class code'))).toBe(true);
    p.click(t('resend.confirm'));
    expect(p.lastError).toBeNull();
    expect(p.notification).toBe(t('done.resent', { email: email ?? '' }));
    const after = invitationsFor(s, email ?? '');
    expect(after).toHaveLength(1);
    // Google's ids: the re-created invitation has its old id back. A resend by hand is a new send: the old entry is
    // closed, a new one starts today with no reminders.
    expect(after[0]?.id).toBe(before?.id);
    const entries = ledgerOf(s.emu).filter((e) => e.email === email);
    expect(entries.map((e) => e.status)).toEqual(['revoked', 'pending']);
    expect(entries[1]).toMatchObject({ reminders: 0, invitationId: after[0]?.id, origin: 'resend' });
    expect(entries[1]?.at).toBeGreaterThan(entries[0]?.at ?? Infinity);
  });

  it('resends every invitation older than 7 days of a course from the course card', () => {
    const s = invited(3);
    s.emu.clock.advance(8 * DAY);
    const p = openCourse(s);
    p.click(t('course.resendOld', { count: 3, days: 7 }));
    p.click(t('resend.confirm'));
    expect(p.notification).toBe(t('done.resentMany', { resent: 3, failed: 0 }));
    // Fresh again: the course card no longer offers to resend them.
    expect(p.clickables().some((c) => c.text.startsWith('Resend the'))).toBe(false);
    for (const email of s.emails) expect(invitationsFor(s, email)).toHaveLength(1);
    const fresh = ledgerOf(s.emu).filter((e) => e.status === 'pending' && e.origin === 'resend');
    expect(fresh.map((e) => e.email).sort()).toEqual([...s.emails].sort());
  });
});

describe('find an invitation by email', () => {
  it('lists the ledger entries and the live invitations of a whole address across courses', () => {
    const s = invited(2);
    const p = s.panel(ADA);
    p.openHomepage();
    p.universalAction('Look up an invitation');
    p.fill('findQuery', 'learner000');
    p.click(t('home.find.button'));
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain(t('find.recorded'));
    expect(p.texts().filter((x) => s.emails.includes(x))).toHaveLength(2);
    p.back();
    p.fill('findQuery', s.emails[0] ?? '');
    p.click(t('home.find.button'));
    expect(p.texts()).toContain(t('find.live'));
  });
});

/**
 * `days` days pass with the trigger firing once a day (it fires hourly; a day is within the ledger's watch gap, so
 * the sweep keeps seeing the invitations it sent: domain/ledger.ts WATCH_GAP_MS).
 */
function passDays(s: School, days: number): void {
  for (let d = 0; d < days; d++) {
    s.emu.clock.advance(DAY);
    s.emu.runDueTriggers();
  }
}

describe('the sweep on the hourly trigger', () => {
  it('is off by default and its settings are validated with plain messages', () => {
    const s = school({ latencyMs: 20 });
    expect(s.emu.triggers).toHaveLength(0);
    // The reasons stay on the settings card (a toast would vanish and cover Save).
    const p = turnOn(s, { remind: '30', withdraw: '10' });
    expect(p.notification).toBeNull();
    expect(p.texts().some((x) => x.includes('smaller than'))).toBe(true);
    expect(s.emu.triggers).toHaveLength(0);
    const fr = turnOn(s, { remind: '0' }, 'fr');
    expect(fr.texts().some((x) => x.includes('nombre entier de jours entre 1 et 60'))).toBe(true);
  });

  it('10 days: resends what is due once; 30 days: withdraws; the digest tells it (English)', () => {
    const s = invited(3);
    const p = turnOn(s, { remind: '7', max: '1', withdraw: '30', digest: 'weekly' });
    expect(p.notification).toBe(t('sweep.saved'));
    expect(s.emu.triggers.map((x) => x.handler)).toEqual(['onJobsTick']);
    const createsBefore = successfulCreates(s.emu);

    passDays(s, 10);
    expect(successfulCreates(s.emu) - createsBefore).toBe(3);
    expect(deletes(s.emu)).toBe(3);
    for (const email of s.emails) expect(invitationsFor(s, email)).toHaveLength(1);
    // Chloe's invitation was only seen: not the add-on's to resend.
    expect(invitationsFor(s, CHLOE)).toHaveLength(1);

    // An hour later and a day later: nothing more (at most 1 reminder each).
    s.emu.clock.advance(HOUR);
    s.emu.runDueTriggers();
    s.emu.clock.advance(DAY);
    s.emu.runDueTriggers();
    expect(successfulCreates(s.emu) - createsBefore).toBe(3);
    const card = openCourse(s);
    expect(card.texts().filter((x) => x.includes('reminded 1×'))).toHaveLength(3);
    // The settings card shows what the sweep did.
    card.universalAction('Settings and about');
    expect(card.texts().some((x) => /^Last run .*: 3 resent, 0 withdrawn\.$/.test(x))).toBe(true);

    const mails = s.emu.sentMails(ADA);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails.every((m) => m.to === ADA)).toBe(true);
    // Weekly: the first on day 1, the next on day 8, after the reminders of day 7.
    expect(mails).toHaveLength(2);
    const digest = mails[1]?.body ?? '';
    expect(mails[1]?.subject).toMatch(/^Classroom invitations: \d+ pending$/);
    expect(digest).toContain('Still pending');
    expect(digest).toContain('Algebra I: 6 pending'); // 3 sent by Ada, 3 seen (made on the Classroom page)
    expect(digest).toContain(`${s.emails[0] ?? ''}: sent 8 days ago by you · reminded 1×`);
    expect(digest).toContain('Resent by the follow-up');

    // Day 30 withdraws them; the weekly digest after it (day 36) tells it.
    passDays(s, 26);
    for (const email of s.emails) expect(invitationsFor(s, email)).toHaveLength(0);
    expect(ledgerOf(s.emu).filter((e) => e.status === 'withdrawn')).toHaveLength(3);
    const last = s.emu.sentMails(ADA).at(-1)?.body ?? '';
    expect(last).toContain('Withdrawn by the follow-up');
    for (const email of s.emails) expect(last).toContain(email);
  });

  it('writes the digest in French for a French user, with who joined', () => {
    const s = invited(2, 'fr');
    turnOn(s, { digest: 'daily' }, 'fr');
    const [first] = s.emails;
    const inv = invitationsFor(s, first ?? '')[0];
    s.emu.clock.advance(4 * DAY);
    s.emu.run('onAcceptInvitation', { commonEventObject: { parameters: { id: inv?.id ?? '' } } }, first ?? '');
    s.emu.clock.advance(HOUR);
    s.emu.runDueTriggers();
    const mail = s.emu.sentMails(ADA).at(-1);
    expect(mail?.subject).toMatch(/^Invitations Classroom : \d+\u00a0en attente$/);
    expect(mail?.body).toContain('Toujours en attente');
    expect(mail?.body).toContain(`${s.emails[1] ?? ''}: envoyée il y a 4 jours par vous`);
    expect(mail?.body).toContain('Ont rejoint depuis le dernier récapitulatif');
    expect(mail?.body).toContain(`${first ?? ''} (Algebra I), après 4\u00a0jours`);
  });

  it('removes the trigger when everything is turned off again', () => {
    const s = school({ latencyMs: 20 });
    turnOn(s, { digest: 'daily' });
    expect(s.emu.triggers).toHaveLength(1);
    turnOn(s, {});
    expect(s.emu.triggers).toHaveLength(0);
  });

  it('over 30 courses with 300 pending invitations costs at most 3 round trips when nothing is due', () => {
    const s = school({ latencyMs: 20 });
    addStudents(s.emu.world, 300);
    addBusyTeacher(s.emu.world, 30, 10);
    // Rosalind sent all 300 with the add-on an hour ago: her ledger knows them, nothing is due yet.
    const now = s.emu.clock.now();
    const ledger: LedgerEntry[] = s.emu.world
      .allInvitations()
      .filter((i) => Number(i.courseId) >= 300_000_000_100)
      .map((i) => ({
        status: 'pending',
        courseId: i.courseId,
        role: i.role,
        origin: 'job',
        at: now - HOUR,
        userId: i.userId,
        invitationId: i.id,
        reminders: 0,
      }));
    expect(ledger).toHaveLength(300);
    s.emu.asUser(BUSY_TEACHER, () => saveLedger(ledger));
    const p = s.panel(BUSY_TEACHER);
    p.openHomepage();
    p.universalAction(t('settings.title'));
    p.fill('remindDays', '7');
    p.fill('withdrawDays', '30');
    p.select('digest', ['daily']);
    p.click(t('sweep.save'));
    expect(p.notification).toBe(t('sweep.saved'));
    s.emu.clock.advance(HOUR);
    const before = s.emu.api.roundTrips;
    const writes = s.emu.api.requests;
    const runs = s.emu.runDueTriggers();
    expect(runs.map((r) => r.status)).toEqual(['ok']);
    expect(s.emu.api.roundTrips - before).toBeLessThanOrEqual(3);
    expect(
      s.emu.api.log
        .slice(writes)
        .filter((e) => e.method !== 'invitations.list' && !e.method.endsWith('.list') && e.method !== 'courses.get'),
    ).toEqual([]);
    expect(s.emu.sentMails(BUSY_TEACHER)).toHaveLength(1); // the first digest
    expect(s.emu.sentMails(BUSY_TEACHER)[0]?.body).toContain('Chemistry 1: 10 pending');
  });
});

describe("only what the add-on sent and watched since, with Classroom's ids", () => {
  it("never withdraws the invitation a co-teacher sent, under the same id, to someone who declined Ada's", () => {
    const s = invited(1); // Ada invites Ethan from the course card
    const [ethan = ''] = s.emails;
    const first = invitationsFor(s, ethan)[0];
    s.emu.clock.advance(2 * DAY);
    s.emu.world.deleteInvitation(ethan, first?.id ?? ''); // he declines in Classroom
    // Weeks later a co-teacher invites him again, on the Classroom page: Google gives the same id.
    const co = s.emu.world.addUser({
      email: 'co.teacher@demo-school.edu',
      name: { givenName: 'Co', familyName: 'Teacher', fullName: 'Co Teacher' },
    });
    const algebra = s.emu.world.course(ALGEBRA);
    s.emu.world.updateCourse(ALGEBRA, { teachers: [...(algebra?.teachers ?? []), co.id] });
    s.emu.clock.advance(19 * DAY);
    const again = s.emu.world.createInvitation(co.email, { courseId: ALGEBRA, userId: ethan, role: 'STUDENT' });
    expect(again.id).toBe(first?.id);
    s.emu.clock.advance(3 * DAY);
    // Ada turns on "withdraw after 30 days", then invites Zoe: the sweep watches Zoe's from its create.
    turnOn(s, { withdraw: '30' });
    const zoe = 'zoe.martin@demo-school.edu';
    s.emu.world.addUser({ email: zoe, name: { givenName: 'Zoe', familyName: 'Martin', fullName: 'Zoe Martin' } });
    const p = openCourse(s);
    p.fill('emails', zoe);
    p.click(t('course.invite.button'));
    passDays(s, 31);
    expect(invitationsFor(s, ethan)).toHaveLength(1); // the co-teacher's is still there
    expect(invitationsFor(s, zoe)).toHaveLength(0); // Ada's own, 30 days old, withdrawn
    expect(s.emu.api.log.filter((e) => e.method === 'invitations.delete' && e.status === 200)).toHaveLength(1);
    const ledger = ledgerOf(s.emu);
    expect(ledger.filter((e) => e.email === zoe).map((e) => e.status)).toEqual(['withdrawn']);
    expect(ledger.filter((e) => e.status === 'withdrawn')).toHaveLength(1);
  });

  it('a course opened every day keeps watching what Ada sent; a month without a look does not', () => {
    for (const daily of [true, false]) {
      const s = invited(1);
      for (let d = 0; d < 30; d++) {
        s.emu.clock.advance(DAY);
        if (daily) openCourse(s);
      }
      turnOn(s, { withdraw: '30' });
      s.emu.clock.advance(HOUR);
      s.emu.runDueTriggers();
      expect(invitationsFor(s, s.emails[0] ?? '')).toHaveLength(daily ? 0 : 1);
      expect(deletes(s.emu)).toBe(daily ? 1 : 0);
    }
  });

  it('with the sweep on when he declines: Ada\'s entry is settled and the co-teacher\'s is only "seen"', () => {
    const s = invited(1);
    const [ethan = ''] = s.emails;
    turnOn(s, { withdraw: '30' });
    const first = invitationsFor(s, ethan)[0];
    passDays(s, 2);
    s.emu.world.deleteInvitation(ethan, first?.id ?? '');
    passDays(s, 1);
    s.emu.world.createInvitation(ADA, { courseId: ALGEBRA, userId: ethan, role: 'STUDENT' }); // on the Classroom page
    passDays(s, 40);
    expect(invitationsFor(s, ethan)).toHaveLength(1);
    expect(deletes(s.emu)).toBe(0);
    const mine = ledgerOf(s.emu).filter((e) => e.email === ethan || e.userId === first?.userId);
    expect(mine.map((e) => [e.status, e.origin ?? 'seen'])).toEqual([
      ['declined', 'click'],
      ['pending', 'seen'],
    ]);
    const card = openCourse(s);
    expect(card.texts().some((x) => /seen since/.test(x))).toBe(true);
  });
});

describe('Forget my history', () => {
  /** The homepage's job rows, e.g. "Algebra I: 50 of 60". */
  function jobRows(p: ReturnType<School['panel']>): string[] {
    p.openHomepage();
    return p.texts().filter((x) => /^Algebra I: [\d,]+ of [\d,]+$/.test(x));
  }

  function bulk(s: School, emails: readonly string[], beforeConfirm?: () => void): void {
    const p = s.panel(ADA);
    p.openHomepage();
    p.click(COURSE_ROW);
    p.click(t('course.bulk'));
    p.fill('bulkEmails', emails.join('\n'));
    p.click(t('bulk.preview'));
    beforeConfirm?.();
    p.click(t('preview.confirm', { count: emails.length }));
  }

  it('after a confirmation, deletes the ledger and finished jobs, keeps the running job and says so', () => {
    const s = invited(2);
    const emails = addStudents(s.emu.world, 63, 2); // after the invited two
    bulk(s, emails.slice(0, 3)); // finishes within the click
    // A long list whose click dies at its second batch: 50 sent, the rest left to the hourly trigger.
    let fetches = 0;
    bulk(s, emails.slice(3), () => {
      s.emu.onServiceCall = (svc) => {
        if (svc === 'UrlFetchApp' && ++fetches === 2) throw new Error(KILLED);
      };
    });
    s.emu.onServiceCall = undefined;
    const p = s.panel(ADA);
    expect(jobRows(p).sort()).toEqual(['Algebra I: 3 of 3', 'Algebra I: 50 of 60']);
    expect(ledgerOf(s.emu).length).toBeGreaterThan(50);

    p.universalAction('Settings and about');
    expect(p.texts()).toContain(t('history.kept', { days: 180 }));
    p.click(t('history.forget'));
    expect(p.texts()).toContain(t('history.confirm.body')); // asks first: nothing deleted yet
    expect(ledgerOf(s.emu).length).toBeGreaterThan(50);
    p.click(t('history.forget'));
    expect(p.lastError).toBeNull();
    expect(p.notification).toMatch(
      /^History forgotten: \d+ records and 1 finished job or transfer deleted\. 1 running job/,
    );
    expect(ledgerOf(s.emu)).toEqual([]);
    expect(Object.keys(s.emu.userProperties(ADA)).filter((k) => k.startsWith('ledger'))).toEqual([]);
    expect(jobRows(p)).toEqual(['Algebra I: 50 of 60']); // the running job goes on
    // Classroom is untouched: the invitations are all still there.
    for (const email of [...s.emails, ...emails.slice(0, 53)]) expect(invitationsFor(s, email)).toHaveLength(1);
  });

  it('in French too, and with nothing to forget', () => {
    const s = school({ latencyMs: 20 });
    const p = s.panel(ADA, { locale: 'fr' });
    p.openHomepage();
    p.universalAction('Settings and about');
    const fr = translator('fr');
    expect(p.texts()).toContain(fr('history.kept', { days: 180 }));
    p.click(fr('history.forget'));
    p.click(fr('history.forget'));
    expect(p.notification).toBe(fr('history.forgotten', { entries: 0, finished: 0 }));
  });
});

/**
 * Runs `act` once to list its service calls, then registers one test a kill point: a fresh world killed there, then
 * checked. A few points before and after each write in `npm test`, every call in `npm run chaos`.
 */
function killedAroundWrites(prepare: () => Setup, act: (s: Setup) => void, check: (s: Setup) => void): void {
  const probe = prepare();
  const calls = serviceCalls(probe.emu, () => {
    act(probe);
  });

  it(`uninterrupted: ${calls.length} service calls, and the outcome is exact`, () => {
    expect(calls.length).toBeGreaterThan(10);
    check(probe);
  });

  it.each(killPoints(calls))('killed at service call %i: the outcome is exact', (k) => {
    const s = prepare();
    let n = 0;
    s.emu.onServiceCall = () => {
      if (++n === k) throw new Error(KILLED);
    };
    try {
      act(s);
    } catch {
      // the killed execution
    }
    s.emu.onServiceCall = undefined;
    check(s);
  });
}

describe('a resend killed before and after each write loses no invitation, resends nobody twice and makes no ledger entry up', () => {
  killedAroundWrites(
    () => {
      const s = invited(1);
      s.emu.clock.advance(DAY);
      return s;
    },
    (s) => {
      const inv = invitationsFor(s, s.emails[0] ?? '')[0];
      s.emu.run('onConfirmResend', { commonEventObject: { parameters: { id: inv?.id ?? '' } } }, ADA);
    },
    (s) => {
      const email = s.emails[0] ?? '';
      openCourse(s); // the next opening finishes what the kill left
      expect(invitationsFor(s, email)).toHaveLength(1);
      const resent = successfulCreates(s.emu, s.emu.world.user(email)?.id);
      expect(resent).toBeLessThanOrEqual(1);
      // Resent: the old entry closed and one new send; not resent: the entry as it was. Never both, never more.
      const entries = ledgerOf(s.emu).filter((e) => e.email === email);
      expect(entries.map((e) => e.status)).toEqual(resent ? ['revoked', 'pending'] : ['pending']);
      expect(entries.at(-1)?.invitationId).toBe(invitationsFor(s, email)[0]?.id);
      expect(entries.at(-1)?.reminders).toBe(0);
      expect(ledgerOf(s.emu)).toHaveLength(4 + resent); // the invitee and the 3 seen ones: nothing made up
    },
  );
});

describe('a sweep killed before and after each write loses no invitation, resends nobody twice and makes no ledger entry up', () => {
  killedAroundWrites(
    () => {
      const s = invited(3);
      turnOn(s, { remind: '7', max: '1' });
      passDays(s, 6);
      s.emu.clock.advance(DAY); // the reminders are due on the next run
      return s;
    },
    (s) => {
      s.emu.runDueTriggers();
    },
    (s) => {
      s.emu.clock.advance(HOUR); // the next hourly run finishes or redoes the work
      s.emu.runDueTriggers();
      const ledger = ledgerOf(s.emu);
      expect(ledger).toHaveLength(6); // Ada's 3 and the 3 seen ones: nothing made up
      for (const email of s.emails) {
        const id = s.emu.world.user(email)?.id;
        expect(invitationsFor(s, email)).toHaveLength(1);
        expect(successfulCreates(s.emu, id)).toBe(1);
        const entry = ledger.find((e) => e.email === email);
        expect(entry).toMatchObject({
          status: 'pending',
          reminders: 1,
          invitationId: invitationsFor(s, email)[0]?.id,
        });
      }
    },
  );
});

describe('a withdrawing sweep killed before and after each write withdraws each invitation once, records each withdrawal once, and makes no ledger entry up', () => {
  killedAroundWrites(
    () => {
      const s = invited(2);
      turnOn(s, { withdraw: '30' });
      // Ada sent them 30 days ago, and the sweep has watched them since (the hourly runs, in one go).
      const back = (e: LedgerEntry): LedgerEntry => (e.origin ? { ...e, at: e.at - 30 * DAY } : e);
      s.emu.asUser(ADA, () => saveLedger(loadLedger().map(back)));
      s.emu.clock.advance(HOUR);
      return s;
    },
    (s) => {
      s.emu.runDueTriggers();
    },
    (s) => {
      s.emu.clock.advance(HOUR);
      s.emu.runDueTriggers();
      const ledger = ledgerOf(s.emu);
      expect(ledger).toHaveLength(5); // Ada's 2 and the 3 seen ones
      for (const email of s.emails) {
        expect(invitationsFor(s, email)).toHaveLength(0);
        expect(ledger.filter((e) => e.email === email).map((e) => e.status)).toEqual(['withdrawn']);
      }
      expect(successfulCreates(s.emu)).toBe(2); // only Ada's own invites: nothing re-created
    },
  );
});

describe('a ledger at capacity', () => {
  it('prunes the oldest settled entries and keeps working (the new invitation is recorded)', () => {
    const s = school({ latencyMs: 20 });
    const old: LedgerEntry[] = [];
    for (let i = 0; i < 12_000; i++) {
      old.push({
        status: 'joined',
        courseId: String(200_000 + (i % 40)),
        role: 'STUDENT',
        origin: 'job',
        at: s.emu.clock.now() - (40_000 - i) * HOUR,
        settledAt: s.emu.clock.now() - (39_000 - i) * HOUR,
        email: `former.student.${i}.${(i * 7919) % 100_003}@district${i % 97}.example.edu`,
        userId: String(900_000 + i),
        reminders: 0,
      });
    }
    const kept = s.emu.asUser(ADA, () => saveLedger(old));
    expect(kept.length).toBeLessThan(old.length);
    const emails = addStudents(s.emu.world, 2);
    const p = s.panel(ADA);
    p.openHomepage();
    p.click(COURSE_ROW);
    expect(p.lastError).toBeNull();
    expect(p.texts()).not.toContain(t('err.title'));
    p.fill('emails', emails.join(', '));
    p.click(t('course.invite.button'));
    expect(p.lastError).toBeNull();
    const ledger = ledgerOf(s.emu);
    for (const email of emails) expect(ledger.find((e) => e.email === email)?.status).toBe('pending');
    expect(ledger.some((e) => e.email?.startsWith('former.student.0.'))).toBe(false); // oldest settled went
    const bytes = Object.entries(s.emu.userProperties(ADA))
      .filter(([k]) => k.startsWith('ledger'))
      .reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    expect(bytes).toBeLessThanOrEqual(310_000);
  });
});

describe('a sweep caught in a 429 storm right after its first delete', () => {
  it('keeps the deleted invitation journaled across its steps; the next hourly run re-creates it once', () => {
    const s = invited(30); // more than one journaled step of 25
    turnOn(s, { remind: '7', max: '1' });
    passDays(s, 6);
    s.emu.clock.advance(DAY);
    s.emu.api.onCall = (e) => {
      if (e.method === 'invitations.delete' && e.status === 200)
        s.emu.api.setFaults({ rate: 1, seed: 3, statuses: [429] });
    };
    s.emu.runDueTriggers();
    s.emu.api.onCall = undefined;
    s.emu.api.setFaults(null);
    expect(deletes(s.emu)).toBe(1);
    s.emu.clock.advance(HOUR);
    s.emu.runDueTriggers();
    for (const email of s.emails) expect(invitationsFor(s, email)).toHaveLength(1);
  });
});
