// "Resend the old invitations of a course" as a bulk job, on the built bundle: 120 invitations resent batch by batch
// (the click, Continue now, an hourly run), killed at random points over several seeds, within the request budget.
import { mulberry32, type Emulator } from '@classroom-invitations/emulator';
import { busiestMinute } from '../../bench/measure';
import { addStudents } from '../../bench/worlds';
import type { LedgerEntry } from '../../src/domain/ledger';
import { translator } from '../../src/i18n';
import { loadLedger } from '../../src/platform/ledger-store';
import { listPlans } from '../../src/platform/plan-store';
import { ADA, ALGEBRA, school, type School } from './harness';

const t = translator('en');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const COURSE_ROW = 'Algebra I · Period 2';
const KILLED = 'killed by the test';
const COUNT = 120;

interface Setup extends School {
  emails: string[];
  /** Ledger entries before the resend (Ada's 120 and the ones she only saw). */
  ledgerSize: number;
}

function ledgerOf(emu: Emulator): LedgerEntry[] {
  return emu.asUser(ADA, () => loadLedger());
}

function creates(emu: Emulator): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of emu.api.log)
    if (e.method === 'invitations.create' && e.status === 200) {
      const id = (e.args as { body: { userId: string } }).body.userId.toLowerCase();
      out.set(id, (out.get(id) ?? 0) + 1);
    }
  return out;
}

/** Ada invites 120 students with a bulk job (fast), then 8 days pass and Classroom gets slow (5 s a round trip). */
function setup(): Setup {
  const s = school({ latencyMs: 20 });
  const emails = addStudents(s.emu.world, COUNT);
  const p = s.panel(ADA);
  p.openHomepage();
  p.click(COURSE_ROW);
  p.click(t('course.bulk'));
  p.fill('bulkEmails', emails.join('\n'));
  p.click(t('bulk.preview'));
  p.click(t('preview.confirm', { count: COUNT }));
  expect(p.lastError).toBeNull();
  p.click(t('transfer.close'));
  expect(s.emu.asUser(ADA, () => listPlans(s.emu.clock.now()))).toHaveLength(0);
  s.emu.clock.advance(8 * DAY);
  (s.emu.api as { latencyMs: number }).latencyMs = 5_000; // the type says readonly; the emulator reads it per call
  return { ...s, emails, ledgerSize: ledgerOf(s.emu).length };
}

const resendJobs = (s: Setup) =>
  s.emu.asUser(ADA, () => listPlans(s.emu.clock.now())).filter((j) => j.kind === 'resend');

/** The teacher asks for the resend: course card → "Resend the 120…" → Resend. */
function confirmResend(s: Setup): ReturnType<Setup['panel']> {
  const p = s.panel(ADA);
  p.openHomepage();
  p.click(COURSE_ROW);
  p.click((c) => c.text.startsWith('Resend the'));
  p.click(t('resend.confirm'));
  return p;
}

/** What the teacher or the trigger does next: the click first, then Continue now, then hourly runs. */
function step(s: Setup, round: number): void {
  const job = resendJobs(s)[0];
  if (!job) {
    confirmResend(s);
    return;
  }
  if (round % 2 === 1) {
    s.emu.run('onContinueJob', { commonEventObject: { parameters: { jobId: job.id } } }, ADA);
    return;
  }
  s.emu.clock.advance(HOUR);
  s.emu.runDueTriggers();
}

function finished(s: Setup): boolean {
  const jobs = resendJobs(s);
  return jobs.length > 0 && jobs.every((j) => !j.states.includes('p') && !j.states.includes('x'));
}

/** Exactly one invitation per person, each resent exactly once, the ledger counting each reminder once. */
function expectExact(s: Setup): void {
  s.panel(ADA).openHomepage(); // the next opening finishes whatever a kill left
  const ledger = ledgerOf(s.emu);
  // A resend the teacher asked for is a new send: each old entry closed, one new entry each; nothing else made up.
  expect(ledger).toHaveLength(s.ledgerSize + COUNT);
  // The job's own count agrees: every one resent, none reported failed (a kill between a resend and its checkpoint
  // is recognised from the ledger, not mistaken for an invitation gone).
  expect(resendJobs(s).map((j) => j.states)).toEqual(['i'.repeat(COUNT)]);
  const made = creates(s.emu);
  const live = s.emu.world.allInvitations().filter((i) => i.courseId === ALGEBRA);
  for (const email of s.emails) {
    const user = s.emu.world.user(email);
    const mine = live.filter((i) => i.userId === user?.id);
    expect(mine).toHaveLength(1);
    const sent = (made.get((user?.id ?? '').toLowerCase()) ?? 0) + (made.get(email.toLowerCase()) ?? 0);
    expect(sent).toBe(2); // invited by address, resent once by user id
    const entries = ledger.filter((e) => e.email === email || e.userId === user?.id);
    expect(entries.map((e) => e.status)).toEqual(['revoked', 'pending']);
    expect(entries[1]).toMatchObject({ origin: 'resend', reminders: 0, invitationId: mine[0]?.id });
  }
}

describe('resending old invitations as a job', () => {
  it('resends 120 through the click, Continue now and an hourly run, within the request budget', () => {
    const s = setup();
    const p = confirmResend(s);
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain(t('job.title.resend', { course: 'Algebra I' }));
    const afterClick = resendJobs(s)[0];
    expect(afterClick).toBeDefined();
    const doneByClick = COUNT - (afterClick?.states.split('p').length ?? 1) + 1;
    expect(doneByClick).toBeGreaterThan(0);
    expect(doneByClick).toBeLessThan(COUNT);
    p.click(t('job.continue'));
    expect(p.lastError).toBeNull();
    expect(finished(s)).toBe(false);
    s.emu.clock.advance(HOUR);
    expect(s.emu.runDueTriggers().map((r) => r.status)).toEqual(['ok']);
    expect(finished(s)).toBe(true);
    p.openHomepage();
    p.click((c) => c.text.startsWith('Algebra I: '));
    expect(p.texts()).toContain(t('job.title.done', { course: 'Algebra I' }));
    expect(p.texts()).toContain(t('job.counts.resend', { invited: COUNT, failed: 0 }));
    expectExact(s);
    expect(busiestMinute(s.emu.api.log)).toBeLessThanOrEqual(1_200);
  });

  it.each([1, 25, 26, 50])(
    'killed once Classroom processed %i re-creates: each resent once, the job counts them resent',
    (n) => {
      const s = setup();
      let creates = 0;
      let dead = false;
      s.emu.api.onCall = (e) => {
        if (e.method === 'invitations.create' && ++creates === n) dead = true;
      };
      s.emu.onServiceCall = () => {
        if (dead) throw new Error(KILLED);
      };
      // The click, Continue now, the hourly run: whichever execution is sending the n-th re-create dies there.
      for (let round = 0; round < 10 && !dead; round++) {
        try {
          step(s, round);
        } catch {
          // the killed execution
        }
      }
      s.emu.api.onCall = undefined;
      s.emu.onServiceCall = undefined;
      expect(dead).toBe(true);
      for (let round = 0; round < 10 && !finished(s); round++) step(s, round);
      expectExact(s);
    },
  );

  it.each([1, 2, 3, 4, 5])('killed at random points (seed %i): nobody resent twice, no invitation lost', (seed) => {
    const s = setup();
    const random = mulberry32(seed);
    let calls = 0;
    let kills = 0;
    let nextKill = 1 + Math.floor(random() * 12);
    let armed = false; // only the add-on's executions die, never the test's own reads
    s.emu.onServiceCall = () => {
      if (!armed || ++calls < nextKill) return;
      nextKill = calls + 1 + Math.floor(random() * 12);
      kills++;
      throw new Error(KILLED);
    };
    for (let round = 0; round < 40 && !finished(s); round++) {
      armed = true;
      try {
        step(s, round);
      } catch {
        // a killed execution
      }
      armed = false;
    }
    s.emu.onServiceCall = undefined;
    for (let round = 0; round < 10 && !finished(s); round++) step(s, 2);
    expect(finished(s)).toBe(true);
    expect(kills).toBeGreaterThan(0);
    expectExact(s);
    expect(busiestMinute(s.emu.api.log)).toBeLessThanOrEqual(1_200);
  });
});
