// The user's one request budget and the jobs' robustness, end to end on the built bundle: the budget shared by
// jobs and clicks (judged by the emulator's API log, minute by minute), the circuit breaker, races between Start,
// Cancel and a second click, a Close killed half-way, expiry, a full store, and non-ASCII names over batches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AddonPanel, type CallLogEntry, type Emulator } from '@classroom-invitations/emulator';
import { translator } from '../../src/i18n';
import { busiestMinute } from '../../bench/measure';
import { addStudents } from '../../bench/worlds';
import { ADA, ALGEBRA, DIST, school, type School } from './harness';

const t = translator('en');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const COURSE_ROW = 'Algebra I · Period 2';

/** A panel whose runner records every event, so a test can send the same click again (a double click). */
function recordingPanel(s: School): { p: AddonPanel; events: { fn: string; event: object }[] } {
  const events: { fn: string; event: object }[] = [];
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
  const p = new AddonPanel(
    (fn, event, who) => {
      events.push({ fn, event: structuredClone(event) });
      return s.emu.run(fn, event, who);
    },
    { user: ADA, host: 'GMAIL', locale: 'en', manifest, now: () => s.emu.clock.now() },
  );
  return { p, events };
}

function preview(p: AddonPanel, emails: readonly string[]): void {
  p.openHomepage();
  p.click(COURSE_ROW);
  p.click(t('course.bulk'));
  p.fill('bulkEmails', emails.join('\n'));
  p.click(t('bulk.preview'));
  expect(p.lastError).toBeNull();
}

function creates(emu: Emulator): CallLogEntry[] {
  return emu.api.log.filter((e) => e.method === 'invitations.create');
}

function jobKeys(s: School): string[] {
  return s.emu.asUser(ADA, () =>
    Object.keys(PropertiesService.getUserProperties().getProperties()).filter((k) => k.startsWith('job')),
  );
}

describe('one request budget per user', () => {
  it('is shared by every job and the clicks between them: no minute over 1,100 requests, no 429', () => {
    const s = school();
    const lists = [0, 1, 2].map((k) => addStudents(s.emu.world, 1_000, k * 1_000));
    const { p } = recordingPanel(s);
    for (const list of lists) {
      preview(p, list);
      // The click dies at its first create (as a closed panel would): the three jobs are left to the hourly run.
      s.emu.api.onCall = (entry) => {
        if (entry.method === 'invitations.create') throw new Error('killed');
      };
      p.click(t('preview.confirm', { count: list.length }));
      s.emu.api.onCall = undefined;
    }
    for (let run = 0; run < 3 && s.emu.triggers.some((x) => x.handler === 'onJobsTick'); run++) {
      s.emu.clock.advance(HOUR);
      s.emu.runDueTriggers();
      p.openHomepage(); // a click between runs spends the same budget
    }
    expect(s.emu.api.quotaErrors).toBe(0);
    expect(busiestMinute(s.emu.api.log)).toBeLessThanOrEqual(1_100);
    const invited = new Set(
      creates(s.emu)
        .filter((e) => e.status === 200)
        .map((e) => JSON.stringify(e.args)),
    );
    expect(invited.size).toBe(3_000);
  });
});

describe('circuit breaker', () => {
  it('pauses a job under a 5xx storm after a few hundred requests, says why, and resumes with Continue now', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 1_000);
    const { p } = recordingPanel(s);
    preview(p, emails);
    s.emu.api.setFaults({ rate: 1, seed: 3, statuses: [500, 503] });
    const before = s.emu.api.requests;
    p.click(t('preview.confirm', { count: 1_000 }));
    expect(s.emu.api.requests - before).toBeLessThanOrEqual(300);
    const texts = p.texts().join('\n');
    expect(texts).toContain(t('job.paused', { reason: t('err.unavailable') }));

    // The hourly run remembers the storm: one small probe step, and it pauses again while the storm lasts.
    const beforeTick = s.emu.api.requests;
    s.emu.clock.advance(HOUR);
    s.emu.runDueTriggers();
    expect(s.emu.api.requests - beforeTick).toBeLessThanOrEqual(20);
    expect(s.emu.api.requests - before).toBeLessThanOrEqual(300); // the click and the hourly run together

    s.emu.api.setFaults(null);
    p.openHomepage();
    p.click((c) => c.text.startsWith('Algebra I: '));
    // A click only sends what the minute's budget still allows: the teacher presses again a little later.
    for (let i = 0; i < 12 && p.clickables().some((c) => c.text === t('job.continue')); i++) {
      s.emu.clock.advance(30_000);
      p.click(t('job.continue'));
    }
    expect(p.texts()).toContain(t('job.title.done', { course: 'Algebra I' }));
    expect(p.texts().join('\n')).not.toContain(t('job.paused', { reason: t('err.unavailable') }));
  });

  it('stops a job early when its recent sends were all refused for a permanent reason, naming it', () => {
    const s = school();
    const emails = Array.from({ length: 150 }, (_, i) => `someone${i}@freemail.example`);
    const { p } = recordingPanel(s);
    preview(p, emails);
    const outside = p.clickables().find((c) => /Invite \d+ people/.test(c.text));
    expect(outside).toBeDefined();
    p.click((c) => /Invite \d+ people/.test(c.text));
    const texts = p.texts().join('\n');
    // Stopped, not "Done": why, the addresses not sent (to copy), and Resume for after the cause is fixed.
    expect(texts).toContain(t('job.title.stopped', { course: 'Algebra I' }));
    expect(texts).not.toContain(t('job.title.done', { course: 'Algebra I' }));
    expect(texts).toContain(t('job.stopped', { reason: '' }).split(':')[0]);
    expect(texts).toContain(t('job.unsent', { count: 50 }));
    expect(p.clickables().map((c) => c.text)).toEqual(expect.arrayContaining([t('job.resume'), t('transfer.close')]));
    expect(creates(s.emu).length).toBeLessThanOrEqual(100);
  });
});

describe('jobs under the user lock', () => {
  it('a Cancel landing between Start reading the job and saving it keeps the job gone: nothing is sent', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 300);
    const { p, events } = recordingPanel(s);
    preview(p, emails);
    let cancelled = false;
    s.emu.onServiceCall = (service) => {
      // The first trigger call of Start comes after its first read of the job: Cancel lands there.
      if (service !== 'ScriptApp' || cancelled) return;
      cancelled = true;
      const start = events.at(-1)?.event as { commonEventObject?: { parameters?: Record<string, string> } };
      // Another window's Cancel on the same job: the same event, sent to onCancelJob.
      s.emu.run('onCancelJob', structuredClone(start), ADA);
    };
    p.click(t('preview.confirm', { count: 300 }));
    s.emu.onServiceCall = undefined;
    expect(cancelled).toBe(true);
    expect(creates(s.emu)).toHaveLength(0);
    p.openHomepage();
    expect(p.texts().some((x) => x.startsWith('Algebra I: '))).toBe(false);
  });

  it('a second click on Confirm shows the job as it is, never "0 invited · 5 already invited"', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 5);
    const { p, events } = recordingPanel(s);
    preview(p, emails);
    p.click(t('preview.confirm', { count: 5 }));
    const start = events.filter((e) => e.fn === 'onStartBulk').at(-1);
    expect(start).toBeDefined();
    const again = s.emu.run('onStartBulk', start?.event ?? {}, ADA);
    const shown = JSON.stringify(again);
    expect(shown).toContain(t('job.counts', { invited: 5, alreadyInvited: 0, alreadyMember: 0, failed: 0 }));
    expect(creates(s.emu)).toHaveLength(5);
  });

  it('two clicks on Confirm at once both end showing "5 invited", never "0 invited · 5 already invited"', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 5);
    const { p, events } = recordingPanel(s);
    preview(p, emails);
    let second: unknown = null;
    s.emu.onServiceCall = (service) => {
      // The second click lands after the first read the draft, before it took the lock and saved anything.
      if (service !== 'LockService' || second !== null) return;
      second = 'running';
      const start = events.filter((e) => e.fn === 'onStartBulk').at(-1);
      second = s.emu.run('onStartBulk', structuredClone(start?.event ?? {}), ADA);
    };
    p.click(t('preview.confirm', { count: 5 }));
    s.emu.onServiceCall = undefined;
    const counts = t('job.counts', { invited: 5, alreadyInvited: 0, alreadyMember: 0, failed: 0 });
    expect(JSON.stringify(second)).toContain(counts);
    expect(p.texts()).toContain(counts);
    expect(creates(s.emu)).toHaveLength(5);
  });

  it('a Close killed half-way leaves no invisible job: its leftovers are cleaned on a later read', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 5);
    const { p } = recordingPanel(s);
    preview(p, emails);
    p.click(t('preview.confirm', { count: 5 }));
    let deletes = 0;
    s.emu.onServiceCall = (service, method) => {
      if (service === 'Properties' && method === 'deleteProperty' && ++deletes === 2) throw new Error('killed');
    };
    p.click(t('transfer.close'));
    s.emu.onServiceCall = undefined;
    expect(jobKeys(s).filter((k) => k !== 'jobs').length).toBeGreaterThan(0);
    s.emu.clock.advance(HOUR);
    p.openHomepage();
    expect(p.texts().some((x) => x.startsWith('Algebra I: '))).toBe(false);
    expect(jobKeys(s).filter((k) => k !== 'jobs')).toEqual([]);
  });

  it('a finished job stays 7 days on the homepage, then expires', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 5);
    const { p } = recordingPanel(s);
    preview(p, emails);
    p.click(t('preview.confirm', { count: 5 }));
    s.emu.clock.advance(7 * DAY - HOUR);
    p.openHomepage();
    expect(p.texts()).toContain('Algebra I: 5 of 5');
    s.emu.clock.advance(2 * HOUR);
    p.openHomepage();
    expect(p.texts()).not.toContain('Algebra I: 5 of 5');
    expect(jobKeys(s).filter((k) => k !== 'jobs')).toEqual([]);
  });

  it('with the store full, names the finished jobs to close and sends nothing', () => {
    const s = school();
    const first = addStudents(s.emu.world, 5);
    const next = addStudents(s.emu.world, 5, 5);
    const { p } = recordingPanel(s);
    preview(p, first);
    p.click(t('preview.confirm', { count: 5 }));
    // Other data of the add-on fills the user's 500 KB store almost to the brim.
    s.emu.asUser(ADA, () => {
      const store = PropertiesService.getUserProperties();
      const used = () =>
        Object.entries(store.getProperties()).reduce((n, [k, v]) => n + Buffer.byteLength(k + v, 'utf8'), 0);
      for (let i = 0; used() < 500 * 1024 - 12_000; i++) store.setProperty(`filler:${i}`, 'x'.repeat(9_000));
      store.setProperty('filler:last', 'x'.repeat(500 * 1024 - 3_000 - used()));
    });
    const sent = creates(s.emu).length;
    preview(p, next);
    expect(p.texts().join('\n')).toContain(t('job.storeFull', { jobs: 'Algebra I' }));
    expect(creates(s.emu)).toHaveLength(sent);
  });
});

describe('a checkpoint that cannot be saved', () => {
  it('stops the job before it sends: hourly runs with a full store send nothing, ever', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 300);
    const { p } = recordingPanel(s);
    preview(p, emails);
    s.emu.api.onCall = (entry) => {
      if (entry.method === 'invitations.create') throw new Error('killed'); // the panel closed mid-click
    };
    p.click(t('preview.confirm', { count: 300 }));
    s.emu.api.onCall = undefined;
    s.emu.asUser(ADA, () => {
      const store = PropertiesService.getUserProperties();
      const used = () =>
        Object.entries(store.getProperties()).reduce((n, [k, v]) => n + Buffer.byteLength(k + v, 'utf8'), 0);
      for (let i = 0; used() < 500 * 1024 - 12_000; i++) store.setProperty(`filler:${i}`, 'x'.repeat(9_000));
      store.setProperty('filler:last', 'x'.repeat(500 * 1024 - 2_000 - used()));
    });
    const sent = creates(s.emu).length;
    for (let run = 0; run < 3; run++) {
      s.emu.clock.advance(HOUR);
      s.emu.runDueTriggers();
    }
    expect(creates(s.emu)).toHaveLength(sent);
  });
});

describe('answers read as UTF-8', () => {
  it('shows a French name fetched in a batch exactly: Zoé Lefèvre', () => {
    const s = school();
    s.emu.world.addUser({
      id: '900000000001',
      email: 'zoe.lefevre@demo-school.edu',
      name: { givenName: 'Zoé', familyName: 'Lefèvre', fullName: 'Zoé Lefèvre' },
      kind: 'Student',
    });
    const { p } = recordingPanel(s);
    p.openHomepage();
    p.click(COURSE_ROW);
    p.click(t('course.bulk'));
    p.fill('bulkEmails', ['zoe.lefevre@demo-school.edu', ...addStudents(s.emu.world, 4)].join('\n'));
    p.click(t('bulk.preview'));
    p.click(t('preview.confirm', { count: 5 }));
    p.openHomepage();
    p.click(COURSE_ROW);
    expect(p.texts().join('\n')).toContain('Zoé Lefèvre');
    expect(s.emu.api.log.some((e) => e.via === 'batch' && e.method === 'userProfiles.get')).toBe(true);
    expect(ALGEBRA).toBe('100000000502');
  });
});

describe("the jobs' share of the quota, in words", () => {
  it('"Continue now" while this minute\'s share is spent says when it goes on, and the panel stays usable', () => {
    const s = school();
    const emails = addStudents(s.emu.world, 1_050);
    const { p } = recordingPanel(s);
    preview(p, emails.slice(0, 1_000));
    p.click(t('preview.confirm', { count: 1_000 }));
    expect(p.lastError).toBeNull();
    // A second job in the same minute: the jobs' share (1,000 a minute) is spent, clicks keep theirs.
    preview(p, emails.slice(1_000));
    p.click(t('preview.confirm', { count: 50 }));
    expect(p.lastError).toBeNull();
    const sentBefore = creates(s.emu).length;
    p.click(t('job.continue'));
    expect(p.notification).toBe(t('job.waitBudget'));
    expect(creates(s.emu).length).toBe(sentBefore);
    expect(p.notification).not.toContain('Classroom is');
    // A minute later it goes on.
    s.emu.clock.advance(61_000);
    p.click(t('job.continue'));
    expect(p.lastError).toBeNull();
    expect(p.texts()).toContain(t('job.title.done', { course: 'Algebra I' }));
  });
});
