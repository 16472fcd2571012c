// Bulk jobs that outlive a click, end to end on the built bundle: transient faults, executions killed anywhere,
// two executions at once, the hourly trigger's life and cancelling. The world is the judge: every address must end
// with exactly one invitation, and nobody may be sent a successful create twice.
import { type AddonPanel, type Emulator, mulberry32 } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { addStudents } from '../../bench/worlds';
import { FULL, killPoints, serviceCalls } from '../../bench/chaos-points';
import { ADA, ALGEBRA, school, type School } from './harness';

const t = translator('en');
const HOUR = 3_600_000;
const COURSE_ROW = 'Algebra I · Period 2';
const KILLED = 'killed by the test';

interface Setup extends School {
  p: AddonPanel;
  emails: string[];
  /** Invitations the course had before the job. */
  before: number;
}

function setup(count: number, faults?: { rate: number; seed: number }): Setup {
  const s = school();
  const emails = addStudents(s.emu.world, count);
  if (faults) s.emu.api.setFaults(faults);
  const before = s.emu.world.allInvitations().filter((i) => i.courseId === ALGEBRA).length;
  return { ...s, p: s.panel(ADA), emails, before };
}

function expectNoError(p: AddonPanel): void {
  expect(p.lastError).toBeNull();
}

/** Homepage → course → "Invite a long list" → paste → Preview: the draft job is saved, nothing is sent. */
function preview(s: Setup, emails: readonly string[] = s.emails): void {
  s.p.openHomepage();
  s.p.click(COURSE_ROW);
  s.p.click(t('course.bulk'));
  s.p.fill('bulkEmails', emails.join('\n'));
  s.p.click(t('bulk.preview'));
  expectNoError(s.p);
}

function confirm(s: Setup, n = s.emails.length): void {
  s.p.click(t('preview.confirm', { count: n }));
}

function successfulCreates(emu: Emulator): string[] {
  return emu.api.log
    .filter((e) => e.method === 'invitations.create' && e.status === 200)
    .map((e) => (e.args as { body: { userId: string } }).body.userId.toLowerCase());
}

function jobTriggers(emu: Emulator) {
  return emu.triggers.filter((x) => x.handler === 'onJobsTick');
}

/** Kills executions from the service hook (as the 6-minute limit would) or right after Classroom answered a call. */
class Killer {
  private dead = false;
  constructor(private readonly emu: Emulator) {}

  /** The execution dies when it makes its `n`-th service call (counting only `service` when given). */
  atServiceCall(n: number, service?: string): void {
    let seen = 0;
    this.emu.onServiceCall = (svc) => {
      if (service !== undefined && svc !== service) return;
      if (++seen === n) this.kill();
    };
  }

  /** The execution dies once Classroom has processed `n` calls (mid-batch: later parts are never processed). */
  atApiCall(n: number): void {
    let seen = 0;
    this.emu.onServiceCall = () => {
      if (this.dead) throw new Error(KILLED);
    };
    this.emu.api.onCall = () => {
      if (++seen === n) this.kill();
    };
  }

  disarm(): void {
    this.dead = false;
    this.emu.onServiceCall = undefined;
    this.emu.api.onCall = undefined;
  }

  private kill(): never {
    this.dead = true;
    this.emu.onServiceCall = () => {
      throw new Error(KILLED);
    };
    throw new Error(KILLED);
  }
}

/** The homepage's job rows, e.g. "Algebra I: 50 of 300". */
function jobRows(s: Setup): string[] {
  s.p.openHomepage();
  expectNoError(s.p);
  return s.p.texts().filter((x) => /^Algebra I: [\d,]+ of [\d,]+$/.test(x));
}

function isDone(s: Setup): boolean {
  const rows = jobRows(s);
  return rows.length > 0 && rows.every((r) => /: ([\d,]+) of \1$/.test(r));
}

/**
 * What happens next: the hourly trigger if installed; else the teacher presses "Continue now" on the job; else the
 * job was never confirmed (killed before it was saved), so the teacher previews and confirms again.
 */
function resume(s: Setup, beforeWork: () => void = () => undefined): void {
  if (jobTriggers(s.emu).length > 0) {
    s.emu.clock.advance(HOUR);
    beforeWork();
    s.emu.runDueTriggers();
  } else if (jobRows(s).length > 0) {
    s.p.click((c) => c.text.startsWith('Algebra I: '));
    if (!s.p.clickables().some((c) => c.text === t('job.continue'))) return;
    beforeWork();
    s.p.click(t('job.continue'));
  } else {
    preview(s);
    beforeWork();
    confirm(s);
  }
}

/** A killed run cannot clean up after itself: the next hourly run finds no job left and removes the trigger. */
function expectTriggerGoneByNextTick(s: Setup): void {
  if (jobTriggers(s.emu).length > 0) {
    s.emu.clock.advance(HOUR);
    expect(s.emu.runDueTriggers().map((r) => r.status)).toEqual(['ok']);
  }
  expect(jobTriggers(s.emu)).toHaveLength(0);
}

function finish(s: Setup, maxRounds = 20): void {
  for (let round = 0; round < maxRounds && !isDone(s); round++) resume(s);
  expect(isDone(s)).toBe(true);
}

/** Exactly one STUDENT invitation per address, none twice, nothing else touched; the job's own count agrees. */
function expectExact(s: Setup, emails: readonly string[] = s.emails, jobsAlready = 0): void {
  const ids = new Set(emails.map((e) => s.emu.world.user(e)!.id));
  const course = s.emu.world.allInvitations().filter((i) => i.courseId === ALGEBRA);
  const ours = course.filter((i) => ids.has(i.userId));
  expect(ours).toHaveLength(emails.length);
  expect(new Set(ours.map((i) => i.userId)).size).toBe(emails.length);
  expect(ours.every((i) => i.role === 'STUDENT')).toBe(true);
  expect(course).toHaveLength(s.before + jobsAlready + emails.length);
  const created = successfulCreates(s.emu);
  expect(new Set(created).size).toBe(created.length);
  expect(created.filter((e) => emails.includes(e))).toHaveLength(emails.length);
}

/** The job card (reached from the homepage) says every address was invited, none "already", none failed. */
function expectJobCardExact(s: Setup, n = s.emails.length): void {
  jobRows(s);
  s.p.click((c) => c.text.startsWith('Algebra I: '));
  expect(s.p.texts()).toEqual(
    expect.arrayContaining([
      t('job.progress', { done: n, total: n }),
      t('job.counts', { invited: n, alreadyInvited: 0, alreadyMember: 0, failed: 0 }),
      t('job.title.done', { course: 'Algebra I' }),
    ]),
  );
  expect(s.p.texts()).toContain(`${n.toLocaleString('en')} invited`); // the zero counts left out
  // Said once, in the header: no second "Done." line under the counts.
  expect(s.p.texts()).not.toContain(t('job.finished'));
}

/** Confirms a job and kills the click just before its second batch: 50 sent, the rest left to the trigger. */
function startUnfinished(s: Setup, emails: readonly string[] = s.emails): void {
  preview(s, emails);
  const killer = new Killer(s.emu);
  killer.atServiceCall(2, 'UrlFetchApp');
  confirm(s, emails.length);
  killer.disarm();
  expect(s.p.lastError).toContain(KILLED);
}

describe('bulk jobs: faults', () => {
  it.each([11, 42])(
    'with 10%% of calls failing (seed %i), 1,000 addresses end with exactly 1,000 invitations',
    (seed) => {
      const s = setup(1000, { rate: 0.1, seed });
      preview(s);
      confirm(s);
      expectNoError(s.p);
      finish(s);
      expect(s.emu.api.faultsInjected).toBeGreaterThan(100);
      expectExact(s);
      expectJobCardExact(s);
      expect(jobTriggers(s.emu)).toHaveLength(0);
    },
  );
});

describe('bulk jobs: killed executions', () => {
  /** Service calls of an uninterrupted confirm click for `count` addresses: the range kill points are drawn from. */
  function confirmClickCalls(count: number): number {
    const probe = setup(count);
    preview(probe);
    let total = 0;
    probe.emu.onServiceCall = () => {
      total++;
    };
    confirm(probe);
    probe.emu.onServiceCall = undefined;
    return total;
  }

  let CLICK_CALLS = 0;
  beforeAll(() => {
    CLICK_CALLS = confirmClickCalls(300);
  });

  // A few seeds in `npm test`; `npm run chaos` (CHAOS_FULL=1) runs 50.
  const SEEDS = Array.from({ length: FULL ? 50 : 5 }, (_, i) => i + 1);

  it.each(SEEDS)('killed at random points (seed %i), the job resumes and ends exactly', (seed) => {
    const rnd = mulberry32(seed);
    const pick = (n: number) => 1 + Math.floor(rnd() * n);
    const s = setup(300);
    const killer = new Killer(s.emu);
    preview(s);
    killer.atServiceCall(pick(CLICK_CALLS));
    confirm(s);
    killer.disarm();
    // The first resume dies mid-batch (some parts processed, the answer never read), the second anywhere.
    for (let round = 0; round < 2 && !isDone(s); round++) {
      const [apiCall, serviceCall] = [pick(300), pick(CLICK_CALLS)];
      resume(s, () => {
        if (round === 0) killer.atApiCall(apiCall);
        else killer.atServiceCall(serviceCall);
      });
      killer.disarm();
    }
    finish(s);
    expect(s.emu.executions.filter((e) => e.error?.includes(KILLED)).length).toBeGreaterThan(0);
    expectExact(s);
    expectJobCardExact(s);
    expectTriggerGoneByNextTick(s);
  });

  it('a click killed at any point after confirming leaves the hourly trigger to finish the job', () => {
    const count = 120;
    const probe = setup(count);
    preview(probe);
    const calls = serviceCalls(probe.emu, () => {
      confirm(probe);
    });

    const stranded: number[] = [];
    for (const n of killPoints(calls)) {
      const s = setup(count);
      preview(s);
      const killer = new Killer(s.emu);
      killer.atServiceCall(n);
      confirm(s);
      killer.disarm();
      const rows = jobRows(s);
      const unfinished = rows.some((r) => !/: ([\d,]+) of \1$/.test(r));
      if (unfinished && jobTriggers(s.emu).length === 0) stranded.push(n);
    }
    // A confirmed, unfinished job with no trigger would wait for the teacher forever.
    expect({ strandedAtServiceCalls: stranded }).toEqual({ strandedAtServiceCalls: [] });
  });
});

describe('bulk jobs: concurrency', () => {
  it('a second trigger run started while the first works skips on the lock; the result stays exact', () => {
    const s = setup(300);
    startUnfinished(s);
    const [trigger] = jobTriggers(s.emu);
    s.emu.clock.advance(HOUR);
    let second: unknown = null;
    let createsDuringSecond = -1;
    s.emu.onServiceCall = (svc) => {
      if (second !== null || svc !== 'UrlFetchApp') return;
      const before = s.emu.api.log.length;
      second = s.emu.runTrigger(trigger!.id);
      createsDuringSecond = s.emu.api.log.slice(before).filter((e) => e.method === 'invitations.create').length;
    };
    const first = s.emu.runTrigger(trigger!.id);
    s.emu.onServiceCall = undefined;
    expect(second).toMatchObject({ skipped: true });
    expect(createsDuringSecond).toBe(0);
    expect(first).toEqual({ skipped: false, left: [] });
    expectExact(s);
    expectJobCardExact(s);
    expect(jobTriggers(s.emu)).toHaveLength(0);
  });

  it('"Continue now" pressed while the trigger works on the job says it is busy and sends nothing', () => {
    const s = setup(300);
    startUnfinished(s);
    jobRows(s);
    s.p.click((c) => c.text.startsWith('Algebra I: '));
    s.emu.clock.advance(HOUR);
    let createsDuringClick = -1;
    s.emu.onServiceCall = (svc) => {
      if (createsDuringClick !== -1 || svc !== 'UrlFetchApp') return;
      const before = s.emu.api.log.length;
      s.p.click(t('job.continue'));
      createsDuringClick = s.emu.api.log.slice(before).filter((e) => e.method === 'invitations.create').length;
    };
    s.emu.runDueTriggers();
    s.emu.onServiceCall = undefined;
    expect(s.p.notification ?? s.p.lastError).toContain(t('job.busy'));
    expect(createsDuringClick).toBe(0);
    expectExact(s);
  });
});

describe('bulk jobs: the hourly trigger', () => {
  it('is installed once while a job is unfinished, and removed when no job is left', () => {
    const s = setup(600);
    const [first, second] = [s.emails.slice(0, 300), s.emails.slice(300)];
    expect(jobTriggers(s.emu)).toHaveLength(0);
    startUnfinished(s, first);
    expect(jobTriggers(s.emu)).toEqual([expect.objectContaining({ everyMs: HOUR, user: s.emu.world.user(ADA)!.id })]);
    startUnfinished(s, second);
    expect(jobTriggers(s.emu)).toHaveLength(1);
    expect(jobRows(s)).toEqual(['Algebra I: 50 of 300', 'Algebra I: 50 of 300']);

    s.emu.clock.advance(HOUR);
    const runs = s.emu.runDueTriggers();
    expect(runs.map((r) => r.status)).toEqual(['ok']);
    expect(jobTriggers(s.emu)).toHaveLength(0);
    expect(jobRows(s)).toEqual(['Algebra I: 300 of 300', 'Algebra I: 300 of 300']);
    expectExact(s);
  });

  it('is not left behind by a job finished in the click', () => {
    const s = setup(120);
    preview(s);
    confirm(s);
    expectNoError(s.p);
    expect(s.p.texts()).toContain(t('job.title.done', { course: 'Algebra I' }));
    expect(s.p.texts()).not.toContain(t('job.finished'));
    expect(jobTriggers(s.emu)).toHaveLength(0);
    expectExact(s);
  });
});

describe('bulk jobs: cancelling', () => {
  it('"Cancel the rest" on an idle job stops it: nothing more is sent and the trigger goes', () => {
    const s = setup(300);
    startUnfinished(s);
    jobRows(s);
    s.p.click((c) => c.text.startsWith('Algebra I: '));
    s.p.click(t('job.cancel'));
    expectNoError(s.p);
    expect(s.p.notification).toBe(t('job.cancelled'));
    expect(jobTriggers(s.emu)).toHaveLength(0);
    const sent = successfulCreates(s.emu).length;
    s.emu.clock.advance(3 * HOUR);
    expect(s.emu.runDueTriggers()).toEqual([]);
    expect(successfulCreates(s.emu)).toHaveLength(sent);
    expect(sent).toBe(50);
    expect(jobRows(s)).toEqual([]);
  });

  it('cancelling while the trigger works stops the job after the batch in flight', () => {
    const s = setup(300);
    startUnfinished(s);
    jobRows(s);
    s.p.click((c) => c.text.startsWith('Algebra I: '));
    s.emu.clock.advance(HOUR);
    let atCancel = -1;
    s.emu.onServiceCall = (svc) => {
      if (atCancel !== -1 || svc !== 'UrlFetchApp') return;
      atCancel = successfulCreates(s.emu).length;
      s.p.click(t('job.cancel'));
    };
    const runs = s.emu.runDueTriggers();
    s.emu.onServiceCall = undefined;
    expect(runs.map((r) => r.status)).toEqual(['ok']);
    expect(s.p.notification).toBe(t('job.cancelled'));
    const sent = successfulCreates(s.emu).length;
    expect(sent).toBeGreaterThan(atCancel);
    expect(sent).toBeLessThanOrEqual(atCancel + 50);
    expect(jobTriggers(s.emu)).toHaveLength(0);
    expect(jobRows(s)).toEqual([]);
    s.emu.clock.advance(3 * HOUR);
    expect(s.emu.runDueTriggers()).toEqual([]);
    expect(successfulCreates(s.emu)).toHaveLength(sent);
  });
});

describe('bulk jobs: who Classroom refuses as "already this role"', () => {
  it('tells a suspended account apart from someone who joined since the preview: each on its own line', () => {
    const s = setup(58);
    const suspended = 'jordan.blake@demo-school.edu';
    const emails = [...s.emails, suspended];
    preview(s, emails);
    // Between the preview and Start, the first student joins the course by its class code.
    const joined = s.emu.world.user(s.emails[0] ?? '')?.id ?? '';
    const course = s.emu.world.course(ALGEBRA);
    s.emu.world.updateCourse(ALGEBRA, { students: [...(course?.students ?? []), joined] });
    confirm(s, emails.length);
    expectNoError(s.p);
    const text = s.p.texts().join('\n');
    expect(text).toContain(t('job.counts', { invited: 57, alreadyInvited: 0, alreadyMember: 1, failed: 1 }));
    expect(text).toContain(suspended);
    expect(text).toMatch(/suspended/);
    expect(text).not.toContain(t('err.create.alreadyMemberOrDisabled', { email: t('job.thesePeople') }).slice(0, 40));
  });
});
