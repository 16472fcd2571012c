// `npm run chaos`, quota part: the click deadline, the per-user and per-project budgets, the circuit breaker across
// runs and the approval invariant (issues 15, 16, 17), measured on the built bundle in the emulator (virtual clock,
// seeded faults), printed and written as its own section of docs/robustness.md. Exits non-zero when a goal is missed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AddonPanel, type CallLogEntry, Emulator, mulberry32, sheetsPanel } from '@classroom-invitations/emulator';
import { translator } from '../src/i18n';
import { PROBE_ITEMS } from '../src/app/engine';
import { busiestMinute } from './measure';
import { writeReport } from './report';
import { addDistrict, DISTRICT_TEACHER, ROSTER_ID } from './sheet-world';
import { ADA, ALGEBRA, addStudents, demoSeed, ROOT } from './worlds';

const t = translator('en');
const DIST = join(ROOT, 'dist');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const COURSE_ROW = 'Algebra I · Period 2';
const ALAN = 'alan.turing@demo-school.edu';
const HEADING = '## Quotas, deadlines and approval';
/** bench/chaos-more.ts's section, always the last. */
const MORE_HEADING = '## Every kill point, 1,000 fuzz runs';
/** Words a click must not answer with while a job runs: an error, "busy", or the budget's pacing message. */
const REFUSALS = ['err.budget', 'err.rateLimited', 'err.unavailable', 'job.busy', 'err.title'].map((k) =>
  t(k as Parameters<typeof t>[0]),
);

interface Row {
  case: string;
  goal: string;
  measured: string;
  ok: boolean;
}

function manifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as Record<string, unknown>;
}

function panel(emu: Emulator, user = ADA): AddonPanel {
  return new AddonPanel((fn, event, who) => emu.run(fn, event, who), {
    user,
    host: 'GMAIL',
    locale: 'en',
    manifest: manifest(),
    now: () => emu.clock.now(),
  });
}

function emulator(latencyMs = 150, seed = demoSeed()): Emulator {
  return new Emulator({ seed, bundleDir: DIST, latencyMs });
}

/** Virtual milliseconds of one click, and whether it answered without an error. */
function timed(emu: Emulator, p: AddonPanel, click: () => void): { ms: number; error: string | null } {
  const start = emu.clock.now();
  try {
    click();
  } catch (e) {
    return { ms: emu.clock.now() - start, error: String(e) };
  }
  return { ms: emu.clock.now() - start, error: p.lastError };
}

function refused(p: AddonPanel): string | undefined {
  return p.texts().find((x) => REFUSALS.some((r) => x.includes(r)));
}

function hasTrigger(emu: Emulator, user?: string): boolean {
  const id = user === undefined ? undefined : emu.world.userIdOf(user);
  return emu.triggers.some((x) => x.handler === 'onJobsTick' && (id === undefined || x.user === id));
}

function hourlyRun(emu: Emulator): CallLogEntry[] {
  const from = emu.api.log.length;
  emu.clock.advance(HOUR);
  emu.runDueTriggers();
  return emu.api.log.slice(from);
}

/** Every address has exactly one invitation to the course. */
function invitedOnce(emu: Emulator, courseId: string, emails: readonly string[]): boolean {
  const ids = new Set(emails.map((e) => emu.world.user(e)?.id));
  const ours = emu.world.allInvitations().filter((i) => i.courseId === courseId && ids.has(i.userId));
  return ours.length === emails.length && new Set(ours.map((i) => i.userId)).size === emails.length;
}

/** Homepage → course → bulk card → Preview; the Confirm click is the caller's. */
function toConfirm(p: AddonPanel, courseRow: string, emails: readonly string[]): void {
  p.openHomepage();
  // A course with nothing pending is folded into "N courses, nothing pending" on the homepage: Show lists it.
  if (!p.clickables().some((c) => c.text === courseRow)) p.click('Show');
  p.click(courseRow);
  p.click(t('course.bulk'));
  p.fill('bulkEmails', emails.join('\n'));
  p.click(t('bulk.preview'));
  if (p.lastError) throw new Error(`preview failed: ${p.lastError}`);
}

const confirmLabel = (n: number) => t('preview.confirm', { count: n });

// ---------------------------------------------------------------------------------------------------------------
// 1. Every click at 1 s a round trip with 10% transient faults.

const SEEDS = [1, 2, 3, 4, 5];

type Click = { name: string; run: (seed: number) => { ms: number; error: string | null } };

/** Faults switched on for the measured click only (the navigation before it is the user's earlier clicks). */
function faulty(emu: Emulator, seed: number, p: AddonPanel, click: () => void) {
  emu.api.setFaults({ rate: 0.1, seed });
  try {
    return timed(emu, p, click);
  } finally {
    emu.api.setFaults(null);
  }
}

function gmailWorld(): Emulator {
  const seed = demoSeed();
  const people = Array.from({ length: 30 }, (_, i) => `pupil${i}@demo-school.edu`);
  seed.messages.push({
    id: 'msg-quota',
    threadId: 'thread-quota',
    owner: ALAN,
    from: people[0] ?? '',
    to: [ALAN, ...people.slice(1, 15)],
    cc: people.slice(15),
    subject: 'Joining the classes',
    date: '2026-09-01T08:00:00Z',
    snippet: '',
  });
  const emu = emulator(1_000, seed);
  const alan = emu.world.user(ALAN);
  const ids = people.map(
    (email, i) =>
      emu.world.addUser({ email, name: { givenName: `P${i}`, familyName: 'Pupil', fullName: `P${i} Pupil` } }).id,
  );
  for (let c = 0; c < 28; c++) {
    const course = emu.world.addCourse({
      name: `Class ${c}`,
      ownerId: alan?.id ?? '',
      courseState: 'ACTIVE',
      students: ids.filter((_, k) => k % 28 !== c).slice(0, 20),
    });
    emu.world.addInvitation({ courseId: course.id, userId: ids[c % 30] ?? '', role: 'STUDENT' });
  }
  return emu;
}

const CLICKS: Click[] = [
  {
    name: 'Homepage (cold cache)',
    run: (seed) => {
      const emu = emulator(1_000);
      const p = panel(emu);
      return faulty(emu, seed, p, () => {
        p.openHomepage();
      });
    },
  },
  {
    name: 'Course card',
    run: (seed) => {
      const emu = emulator(1_000);
      const p = panel(emu);
      p.openHomepage();
      return faulty(emu, seed, p, () => {
        p.click(COURSE_ROW);
      });
    },
  },
  {
    name: 'One-person invite',
    run: (seed) => {
      const emu = emulator(1_000);
      const [email = ''] = addStudents(emu.world, 1);
      const p = panel(emu);
      p.openHomepage();
      p.click(COURSE_ROW);
      p.fill('emails', email);
      return faulty(emu, seed, p, () => {
        p.click(t('course.invite.button'));
      });
    },
  },
  {
    name: 'Role change (Student → Teacher)',
    run: (seed) => {
      const emu = emulator(1_000);
      const p = panel(emu);
      p.openHomepage();
      p.click(COURSE_ROW);
      p.click('Manage', { row: 'Chloé Dubois' });
      p.select('newRole', ['TEACHER']);
      return faulty(emu, seed, p, () => {
        p.click('Change role');
      });
    },
  },
  {
    name: 'Bulk: Preview of 1,000 addresses',
    run: (seed) => {
      const emu = emulator(1_000);
      const emails = addStudents(emu.world, 1_000);
      const p = panel(emu);
      p.openHomepage();
      p.click(COURSE_ROW);
      p.click(t('course.bulk'));
      p.fill('bulkEmails', emails.join('\n'));
      return faulty(emu, seed, p, () => {
        p.click(t('bulk.preview'));
      });
    },
  },
  {
    name: 'Bulk: start (Confirm) of 1,000 addresses',
    run: (seed) => {
      const emu = emulator(1_000);
      const emails = addStudents(emu.world, 1_000);
      const p = panel(emu);
      toConfirm(p, COURSE_ROW, emails);
      return faulty(emu, seed, p, () => {
        p.click(confirmLabel(1_000));
      });
    },
  },
  {
    name: 'Gmail card (30 people × 30 courses, cold cache)',
    run: (seed) => {
      const emu = gmailWorld();
      const p = panel(emu, ALAN);
      return faulty(emu, seed, p, () => {
        p.openMessage({ messageId: 'msg-quota', threadId: 'thread-quota' });
      });
    },
  },
  {
    name: 'Sheets sync preview, 2,000 rows over 20 courses',
    run: (seed) => {
      const emu = emulator(1_000);
      const district = addDistrict(emu.world, 20, 100);
      emu.seedSpreadsheet({
        id: ROSTER_ID,
        name: 'District roster',
        sheets: [{ name: 'Roster', values: district.values, maxRows: district.values.length + 100 }],
      });
      emu.grantFileScope(DISTRICT_TEACHER, ROSTER_ID);
      const p = sheetsPanel(emu, { user: DISTRICT_TEACHER, spreadsheetId: ROSTER_ID });
      p.openHomepage();
      return faulty(emu, seed, p, () => {
        p.click('Preview sync');
      });
    },
  },
];

function everyClick(): Row[] {
  return CLICKS.map((c) => {
    const runs = SEEDS.map((s) => c.run(s));
    const worst = Math.max(...runs.map((r) => r.ms));
    const errors = runs.filter((r) => r.error !== null);
    return {
      case: `${c.name}, 1 s a round trip, 10% transient faults (${SEEDS.length} seeds)`,
      goal: 'answers within 25 s (the emulator kills a card callback at 30 s)',
      measured: `slowest ${(worst / 1000).toFixed(1)} s (${runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')}); ${errors.length} error(s)${errors[0] ? `: ${errors[0].error?.slice(0, 120)}` : ''}`,
      ok: worst <= 25_000 && errors.length === 0,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Three 1,000-address jobs of one teacher with her cache full of long-lived entries.

function fullCache(): Row[] {
  const emu = emulator();
  const lists = [0, 1, 2].map((k) => addStudents(emu.world, 1_000, k * 1_000));
  emu.asUser(ADA, () => {
    const cache = CacheService.getUserCache();
    for (let i = 0; i < 1_000; i++) cache.put(`filler:${i}`, 'x'.repeat(100), 21_600);
  });
  const from = emu.api.log.length;
  const p = panel(emu);
  for (const list of lists) {
    toConfirm(p, COURSE_ROW, list);
    p.click(confirmLabel(list.length));
  }
  let runs = 0;
  for (; hasTrigger(emu) && runs < 12; runs++) hourlyRun(emu);
  const ada = emu.world.userIdOf(ADA);
  const log = emu.api.log.slice(from).filter((e) => e.user === ada);
  const busiest = busiestMinute(log);
  const q429 = log.filter((e) => e.status === 429).length;
  const exact = lists.every((l) => invitedOnce(emu, ALGEBRA, l));
  const cached = Object.keys(emu.userCache(ADA));
  const kept = cached.filter((k) => k.startsWith('filler:')).length;
  const window = cached.includes('budget:requests');
  return [
    {
      case: 'Three 1,000-address jobs of one teacher, her cache full first (1,000 entries with the longest TTL)',
      goal: "busiest minute of the teacher's requests ≤ 1,200, 0 × 429, every address invited exactly once",
      measured: `busiest minute ${busiest}; ${q429} × 429; ${exact ? '3,000 of 3,000 invited exactly once' : 'NOT exact'}; 3 confirm clicks then ${runs} hourly run(s); ${kept} filler entries still cached (the rest evicted by Google's rule), the budget's window ${window ? 'among those kept' : 'EVICTED'}`,
      ok: busiest <= 1_200 && q429 === 0 && exact,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 3. The panel right after starting a 1,000-address job.

function rightAfterStart(): Row[] {
  const emu = emulator();
  const emails = addStudents(emu.world, 1_002);
  const geometry = emu.world.addCourse({
    name: 'Geometry',
    section: 'Period 4',
    ownerId: emu.world.userIdOf(ADA) ?? '',
    courseState: 'ACTIVE',
  });
  // A pending invitation, so the homepage lists the course (courses with nothing pending are folded into one line).
  emu.world.createInvitation(ADA, { courseId: geometry.id, userId: emails[1_001] ?? '', role: 'STUDENT' });
  const p = panel(emu);
  toConfirm(p, COURSE_ROW, emails.slice(0, 1_000));
  const started = emu.clock.now();
  const sentBefore = emu.api.log.length;
  p.click(confirmLabel(1_000));
  const confirmed = emu.clock.now();
  const sent = emu.api.log.length - sentBefore;
  const q = panel(emu);
  const home = timed(emu, q, () => {
    q.openHomepage();
  });
  const homeRefused = refused(q);
  const course = timed(emu, q, () => {
    q.click('Geometry · Period 4');
  });
  const courseRefused = refused(q);
  const courseName = q.texts()[0] ?? '';
  q.back();
  q.click(COURSE_ROW);
  q.fill('emails', emails[1_000] ?? '');
  const invite = timed(emu, q, () => {
    q.click(t('course.invite.button'));
  });
  const inviteRefused = refused(q);
  const invitedOne = invitedOnce(emu, ALGEBRA, [emails[1_000] ?? '']);
  const span = (emu.clock.now() - confirmed) / 1000;
  const all = [home, course, invite];
  const ok =
    all.every((r) => r.error === null && r.ms <= 25_000) &&
    !homeRefused &&
    !courseRefused &&
    !inviteRefused &&
    invitedOne &&
    emu.clock.now() - started <= 60_000 + (confirmed - started);
  const s = (r: { ms: number; error: string | null }, why?: string) =>
    `${(r.ms / 1000).toFixed(1)} s${r.error ? ` (error: ${r.error.slice(0, 80)})` : ''}${why ? ` ("${why.slice(0, 80)}")` : ''}`;
  return [
    {
      case: 'Right after confirming a 1,000-address job: the homepage, another course and a one-person invite',
      goal: 'each answers at once, with no error, no "busy", no budget message, in the same minute',
      measured: `confirm click ${((confirmed - started) / 1000).toFixed(1)} s, ${sent} requests; then homepage ${s(home, homeRefused)}, "${courseName}" ${s(course, courseRefused)}, invite ${s(invite, inviteRefused)} (${invitedOne ? 'invited' : 'NOT invited'}); all three within ${span.toFixed(1)} s`,
      ok: ok && span <= 60,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Six teachers of one deployment start 1,000-address jobs in the same minute.

const TEACHERS = 6;
const teacherEmail = (k: number) => `teacher${k}@demo-school.edu`;

function sixTeachers(): Row[] {
  const emu = emulator();
  const teachers = Array.from({ length: TEACHERS }, (_, k) => {
    const user = emu.world.addUser({
      email: teacherEmail(k),
      name: { givenName: `Teacher${k}`, familyName: 'School', fullName: `Teacher${k} School` },
      kind: 'Teacher',
    });
    const course = emu.world.addCourse({
      name: `Roster ${k + 1}`,
      section: 'Morning',
      ownerId: user.id,
      courseState: 'ACTIVE',
    });
    return { email: user.email, course: course.id, row: `Roster ${k + 1} · Morning`, emails: [] as string[] };
  });
  teachers.forEach((x, k) => (x.emails = addStudents(emu.world, 1_000, k * 1_000)));
  const panels = teachers.map((x) => panel(emu, x.email));
  teachers.forEach((x, k) => {
    toConfirm(panels[k] as AddonPanel, x.row, x.emails);
  });

  // Every few hundred requests of anyone's job, the next teacher opens her homepage (an execution in the middle of
  // another: Apps Script runs them side by side; the emulator nests them on the same virtual clock).
  const opened: { who: number; ok: boolean; at: number; why?: string }[] = [];
  let nesting = false;
  let calls = 0;
  let turn = 0;
  emu.api.onCall = () => {
    if (nesting || ++calls % 400 !== 0) return;
    nesting = true;
    try {
      const k = turn++ % TEACHERS;
      const h = panel(emu, teachers[k]?.email ?? '');
      const r = timed(emu, h, () => {
        h.openHomepage();
      });
      const why = refused(h);
      opened.push({ who: k, ok: r.error === null && !why, at: emu.clock.now(), ...(why ? { why } : {}) });
    } finally {
      nesting = false;
    }
  };
  const from = emu.api.log.length;
  const start = emu.clock.now();
  const sentByConfirm = teachers.map((x, k) => {
    const before = emu.api.log.length;
    (panels[k] as AddonPanel).click(confirmLabel(x.emails.length));
    return emu.api.log.length - before;
  });
  const confirmsSpan = (emu.clock.now() - start) / 1000;
  // Each opens her homepage once all six have confirmed.
  teachers.forEach((x, k) => {
    const h = panel(emu, x.email);
    const r = timed(emu, h, () => {
      h.openHomepage();
    });
    const why = refused(h);
    opened.push({ who: k, ok: r.error === null && !why, at: emu.clock.now(), ...(why ? { why } : {}) });
  });
  let runs = 0;
  for (; hasTrigger(emu) && runs < 8; runs++) hourlyRun(emu);
  emu.api.onCall = undefined;
  const log = emu.api.log.slice(from);
  const q429 = log.filter((e) => e.status === 429).length;
  const busiest = busiestMinute(log);
  const finishes = teachers.map((x) => {
    const last = log.filter(
      (e) =>
        e.method === 'invitations.create' &&
        e.status === 200 &&
        (e.args as { body?: { courseId?: string } }).body?.courseId === x.course,
    );
    return ((last.at(-1)?.t ?? start) - start) / HOUR;
  });
  const exact = teachers.every((x) => invitedOnce(emu, x.course, x.emails));
  const firstHour = opened.filter((o) => o.at - start <= HOUR);
  const refusals = firstHour.filter((o) => !o.ok).length;
  // Locked out: refused any time in the first hour, or never shown her homepage in it.
  const lockedOut = teachers.filter(
    (_, k) => firstHour.some((o) => o.who === k && !o.ok) || !firstHour.some((o) => o.who === k && o.ok),
  ).length;
  const within = Math.max(...finishes) <= 4;
  return [
    {
      case: `Six teachers of one deployment confirm 1,000-address jobs one after another (${confirmsSpan.toFixed(0)} s for the six confirms), homepages opened during the jobs`,
      goal: '0 teachers locked out, 0 × 429 (user or project), busiest project minute ≤ 3,000, all 6,000 invited within 4 hours',
      measured: `confirm clicks sent ${sentByConfirm.join(', ')} requests; ${firstHour.length} homepage openings in the first hour (every teacher at least once), ${refusals} refused: ${lockedOut} teacher(s) locked out${firstHour.find((o) => !o.ok)?.why ? ` ("${firstHour.find((o) => !o.ok)?.why?.slice(0, 60)}")` : ''}; ${q429} × 429 (${emu.api.projectQuotaErrors} project); busiest project minute ${busiest}; ${exact ? '6,000 of 6,000 invited exactly once' : 'NOT exact'}; finished after ${finishes.map((h) => `${h.toFixed(2)} h`).join(', ')} (${runs} hourly round(s) of the six triggers)`,
      ok: lockedOut === 0 && q429 === 0 && busiest <= 3_000 && exact && within,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 5. A 100% 5xx storm on a 1,000-address job: the click and the first hourly run, then probes, then recovery.

function storm(): Row[] {
  const emu = emulator();
  const emails = addStudents(emu.world, 1_000);
  const p = panel(emu);
  toConfirm(p, COURSE_ROW, emails);
  emu.api.setFaults({ rate: 1, seed: 9, statuses: [500, 503] });
  const from = emu.api.log.length;
  p.click(confirmLabel(1_000));
  const click = emu.api.log.length - from;
  const first = hourlyRun(emu).length;
  const probes: number[] = [];
  const probeRequests: number[] = [];
  for (let k = 0; k < 3; k++) {
    const run = hourlyRun(emu);
    probes.push(run.filter((e) => e.method === 'invitations.create').length);
    probeRequests.push(run.length);
  }
  emu.api.setFaults(null);
  let runs = 0;
  for (; hasTrigger(emu) && runs < 6; runs++) hourlyRun(emu);
  const exact = invitedOnce(emu, ALGEBRA, emails);
  const probeMax = 2 * PROBE_ITEMS; // one step of PROBE_ITEMS creates, each retried once within the step
  return [
    {
      case: '100% 5xx storm on a 1,000-address job from its confirm click',
      goal: `≤ 300 requests in the first hour (click + hourly run); then one probe step a run (≤ ${probeMax} creates) until Classroom answers; then finishes exactly`,
      measured: `click ${click} + first hourly run ${first} = ${click + first} requests; the next 3 storm runs sent ${probes.join(', ')} creates (${probeRequests.join(', ')} requests); after the storm ${runs} run(s): ${exact ? '1,000 of 1,000 invited exactly once' : 'NOT exact'}`,
      ok: click + first <= 300 && probes.every((n) => n <= probeMax) && exact && !hasTrigger(emu),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 6. The approval invariant over 60 days of hourly runs.

interface Event {
  t: number;
  by: 'addon' | 'co' | 'invitee';
  op: 'create' | 'delete' | 'accept';
  pair: string;
}

const K = 2;
const INVITED = 100;
const BY_CLICK = 40;

function approval(seed: number): Row[] {
  const emu = emulator(20);
  const random = mulberry32(seed);
  const emails = addStudents(emu.world, INVITED);
  const co = emu.world.addUser({
    email: 'co.teacher@demo-school.edu',
    name: { givenName: 'Co', familyName: 'Teacher', fullName: 'Co Teacher' },
  });
  const algebra = emu.world.course(ALGEBRA);
  emu.world.updateCourse(ALGEBRA, { teachers: [...(algebra?.teachers ?? []), co.id] });
  const ada = emu.world.userIdOf(ADA) ?? '';
  const idOf = (emailOrId: string) => emu.world.userIdOf(emailOrId) ?? emailOrId;
  const pair = (userId: string) => `${ALGEBRA}|${idOf(userId)}`;
  const approvedPairs = new Set(emails.map(pair));
  const events: Event[] = [];

  // The sweep turned on, then 20 invited with one click and 40 as a bulk job.
  const s = panel(emu);
  s.openHomepage();
  s.universalAction('Settings and about');
  s.fill('remindDays', '7');
  s.fill('maxReminders', String(K));
  s.fill('withdrawDays', '30');
  s.select('digest', ['off']);
  s.click(t('sweep.save'));
  const p = panel(emu);
  p.openHomepage();
  p.click(COURSE_ROW);
  p.fill('emails', emails.slice(0, BY_CLICK).join(', '));
  p.click(t('course.invite.button'));
  toConfirm(p, COURSE_ROW, emails.slice(BY_CLICK));
  p.click(confirmLabel(INVITED - BY_CLICK));

  const untouched = new Set(emails.map(idOf));
  const declined: string[] = [];
  let kills = 0;
  let stormHours = 0;
  let coInvites = 0;
  let accepts = 0;
  let declines = 0;
  let killAt = -1;
  let calls = 0;
  emu.onServiceCall = () => {
    if (killAt >= 0 && ++calls === killAt) {
      killAt = -1;
      kills++;
      throw new Error('killed');
    }
  };
  for (let h = 0; h < 60 * 24; h++) {
    // Between runs: invitees answer, the co-teacher re-invites someone whose invitation was declined.
    const r = random();
    const live = emu.world.allInvitations().filter((i) => i.courseId === ALGEBRA && untouched.has(i.userId));
    if (r < 0.03 && live.length > 0) {
      const inv = live[Math.floor(random() * live.length)];
      if (inv) {
        untouched.delete(inv.userId);
        if (random() < 0.5) {
          emu.world.acceptInvitation(inv.userId, inv.id);
          events.push({ t: emu.clock.now(), by: 'invitee', op: 'accept', pair: pair(inv.userId) });
          accepts++;
        } else {
          emu.world.deleteInvitation(inv.userId, inv.id);
          events.push({ t: emu.clock.now(), by: 'invitee', op: 'delete', pair: pair(inv.userId) });
          declines++;
          declined.push(inv.userId);
        }
      }
    } else if (r < 0.05 && declined.length > 0) {
      const who = declined.shift() ?? '';
      emu.world.createInvitation(co.email, { courseId: ALGEBRA, userId: who, role: 'STUDENT' });
      events.push({ t: emu.clock.now(), by: 'co', op: 'create', pair: pair(who) });
      coInvites++;
    }
    // Storms (429 or 5xx) for an hour now and then; kills at a random service call of some runs.
    const storming = random() < 0.03;
    if (storming) {
      stormHours++;
      emu.api.setFaults({ rate: 1, seed: h, statuses: random() < 0.5 ? [429] : [500, 503] });
    }
    calls = 0;
    killAt = random() < 0.1 ? 1 + Math.floor(random() * 40) : -1;
    hourlyRun(emu);
    killAt = -1;
    if (storming) emu.api.setFaults(null);
  }
  emu.onServiceCall = undefined;

  // The add-on's own writes, from the API log, merged with what others did, in time order.
  for (const e of emu.api.log) {
    if (e.user !== ada || e.status !== 200) continue;
    if (e.method === 'invitations.create') {
      const body = (e.args as { body: { userId: string; courseId: string } }).body;
      events.push({ t: e.t, by: 'addon', op: 'create', pair: `${body.courseId}|${idOf(body.userId)}` });
    } else if (e.method === 'invitations.delete') {
      const id = (e.args as { id: string }).id;
      events.push({ t: e.t, by: 'addon', op: 'delete', pair: Buffer.from(id, 'base64url').toString('utf8') });
    }
  }
  events.sort((a, b) => a.t - b.t);
  // Per invitation: who created the live one and when; when the add-on first created it (the age the sweep uses).
  const state = new Map<
    string,
    { by: Event['by'] | 'addon-deleted'; at: number; firstAt: number; reminders: number }
  >();
  const reminders = new Map<string, number>();
  const created = new Set<string>();
  let creates = 0;
  let deletes = 0;
  let outside = 0;
  let withdrawn = 0;
  let notOurs = 0;
  const why: string[] = [];
  for (const e of events) {
    const cur = state.get(e.pair);
    if (e.by !== 'addon') {
      if (e.op === 'create') state.set(e.pair, { by: e.by, at: e.t, firstAt: e.t, reminders: 0 });
      else state.delete(e.pair);
      continue;
    }
    if (e.op === 'create') {
      creates++;
      // A create right after the add-on's own delete of the same invitation is a reminder (delete + create);
      // any other is approved only as the first invitation of a person the user's click or job listed.
      const resend = cur?.by === 'addon-deleted';
      if (!approvedPairs.has(e.pair) || (!resend && created.has(e.pair))) {
        outside++;
        why.push(`create outside the plan: ${e.pair}`);
      }
      created.add(e.pair);
      state.set(e.pair, {
        by: 'addon',
        at: e.t,
        firstAt: resend && cur ? cur.firstAt : e.t,
        reminders: resend && cur ? cur.reminders + 1 : 0,
      });
      if (resend) reminders.set(e.pair, (reminders.get(e.pair) ?? 0) + 1);
      if (resend && cur && cur.reminders + 1 > K) {
        outside++;
        why.push(`reminder ${cur.reminders + 1} > ${K}: ${e.pair}`);
      }
      if (resend && cur && e.t - cur.at < 7 * DAY && cur.reminders + 1 <= K) {
        // the reminder's age: from the last send
        outside++;
        why.push(`reminder before 7 days: ${e.pair}`);
      }
      continue;
    }
    deletes++;
    if (!cur || cur.by !== 'addon') {
      notOurs++;
      outside++;
      why.push(`delete of an invitation the add-on did not create: ${e.pair}`);
      continue;
    }
    const age = e.t - cur.firstAt;
    // Either a reminder's delete (its create follows at once) or a withdrawal after 30 days.
    const next = events.find((x) => x.t >= e.t && x !== e && x.pair === e.pair);
    const isResend = next?.by === 'addon' && next.op === 'create';
    if (!isResend) {
      withdrawn++;
      if (age < 30 * DAY) {
        outside++;
        why.push(`withdrawn at ${(age / DAY).toFixed(1)} days: ${e.pair}`);
      }
    }
    state.set(e.pair, { ...cur, by: 'addon-deleted' });
  }
  // Invitations nobody answered or touched got exactly K reminders, then were withdrawn.
  const quiet = [...untouched].map((id) => pair(id));
  const perQuiet = quiet.map((x) => reminders.get(x) ?? 0);
  const exactK = perQuiet.filter((n) => n === K).length;
  const histogram = new Map<number, number>();
  for (const x of [...approvedPairs]) {
    const n = reminders.get(x) ?? 0;
    histogram.set(n, (histogram.get(n) ?? 0) + 1);
  }
  if (process.env.CHAOS_DEBUG) console.log(why.slice(0, 20));
  return [
    {
      case: `Approval invariant (seed ${seed}): ${INVITED} invitations (${BY_CLICK} by a click, ${INVITED - BY_CLICK} by a job), sweep "remind after 7 days, at most ${K}, withdraw after 30", 60 days of hourly runs with ${kills} kills, ${stormHours} storm hours (429 or 5xx), ${accepts} accepts, ${declines} declines, ${coInvites} co-teacher re-invites`,
      goal: `every delete of an invitation the add-on created and the settings approved; every create in an approved plan; exactly ${K} reminders per invitation nobody answered; 0 withdrawn that the add-on did not create`,
      measured: `${creates} creates, ${deletes} deletes (${withdrawn} withdrawals); reminders per invitation ${[
        ...histogram,
      ]
        .sort((a, b) => a[0] - b[0])
        .map(([n, c]) => `${n}×: ${c}`)
        .join(
          ', ',
        )}; ${exactK} of ${quiet.length} unanswered got exactly ${K}; ${notOurs} deletes of invitations not the add-on's; writes outside approval: ${outside}${why[0] ? ` (first: ${why[0]})` : ''}`,
      ok: outside === 0 && notOurs === 0 && exactK === quiet.length && deletes > 0,
    },
  ];
}
// ---------------------------------------------------------------------------------------------------------------

function table(rows: readonly Row[]): string {
  return [
    '| Case | Goal | Measured | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.case} | ${r.goal} | ${r.measured} | ${r.ok ? 'met' : 'MISSED'} |`),
  ].join('\n');
}

const PARTS: Record<string, () => Row[]> = {
  everyClick,
  fullCache,
  rightAfterStart,
  sixTeachers,
  storm,
  approval: () => [16, 17, 18].flatMap(approval),
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: Row[] = [];
  for (const [name, part] of Object.entries(PARTS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const started = Date.now();
    const out = part();
    rows.push(...out);
    console.log(table(out).split('\n').slice(2).join('\n'), `(${Math.round((Date.now() - started) / 1000)} s)`);
  }
  if (only.length > 0) return; // a partial run prints only
  const text = table(rows);
  const path = join(ROOT, 'docs', 'robustness.md');
  const doc = readFileSync(path, 'utf8');
  const section = `${HEADING}

Measured by \`npm run chaos\` (bench/chaos-quota.ts) on the built bundle in the emulator (virtual clock, seeded
faults; Classroom's 1,200 requests a minute per user and 3,000 per Cloud project; a card callback killed at 30 s):
the one deadline per execution (\`src/transport/deadline.ts\`), the per-user and per-project budget
(\`src/transport/budget.ts\`), the circuit breaker across runs (\`src/app/engine.ts\`) and the approval invariant
(every write the add-on makes traced to what the user approved, checked against the emulator's call log and a
record of who created each invitation and when). The emulator runs one execution at a time: the six teachers'
hourly runs follow one another, and the homepages opened "during" the jobs are executions nested in a job's
request (every 400th), on the same virtual clock.

${text}
`;
  // This section replaces its earlier self; new, it goes before chaos-more.ts's section (which that script cuts to
  // the end of the file and writes again). The other sections are left as they are.
  const found = doc.indexOf(HEADING);
  const start = found >= 0 ? found : doc.indexOf(MORE_HEADING);
  const end = found < 0 ? start : doc.indexOf('\n## ', found + HEADING.length);
  const next =
    start < 0
      ? `${doc.trimEnd()}\n\n${section}`
      : `${doc.slice(0, start).trimEnd()}\n\n${section}${end < 0 ? '' : `\n${doc.slice(end).trimStart()}`}`;
  await writeReport(path, next, rows);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
