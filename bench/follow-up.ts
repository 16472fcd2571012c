// The follow-up scenarios of issue 10, naive and add-on on identical worlds: the homepage and the course card with
// an invitation ledger (still 2 round trips cold), and the hourly sweep over 30 courses with 300 pending
// invitations when nothing is due (at most 3 round trips).
import type { ClassroomWorld, Emulator } from '@classroom-invitations/emulator';
import type { LedgerEntry } from '../src/domain/ledger';
import { saveLedger } from '../src/platform/ledger-store';
import { measure } from './measure';
import { NAIVE } from './naive';
import { DIST, emulator, expectNoError, panel, type ScenarioResult } from './scenarios';
import { ADA, ALGEBRA, BUSY_TEACHER, addBusyTeacher, addPending, addStudents } from './worlds';
import { HOME_ROWS, SHOWN } from '../src/domain/list-pages';

const DAY = 86_400_000;

/** The user's ledger: every invitation of `courses` sent by the add-on `daysAgo` days ago. */
function seedLedger(emu: Emulator, user: string, courses: (id: string) => boolean, daysAgo: number): number {
  const at = emu.clock.now() - daysAgo * DAY;
  const ledger: LedgerEntry[] = emu.world
    .allInvitations()
    .filter((i) => courses(i.courseId))
    .map((i) => ({
      status: 'pending',
      courseId: i.courseId,
      role: i.role,
      origin: 'job',
      at,
      userId: i.userId,
      invitationId: i.id,
      reminders: 0,
    }));
  emu.asUser(user, () => saveLedger(ledger));
  return ledger.length;
}

const busy = (w: ClassroomWorld) => {
  addStudents(w, 300);
  addBusyTeacher(w, 30, 10);
};
const isBusyCourse = (id: string) => Number(id) >= 300_000_000_100;

export function homepageWithLedger(naiveDir: string): ScenarioResult {
  const slow = emulator(naiveDir, busy);
  const naive = measure(slow, () => slow.run(NAIVE.homepage, {}, BUSY_TEACHER, { kind: 'trigger' }));
  const fast = emulator(DIST, busy);
  const entries = seedLedger(fast, BUSY_TEACHER, isBusyCourse, 8);
  const p = panel(fast, BUSY_TEACHER);
  const ours = measure(fast, () => {
    p.openHomepage();
    expectNoError(p, 'homepage');
    return p.texts();
  });
  const aged = ours.value.filter((t) => t === '10 pending invitations, 10 older than 7 days').length;
  // The homepage pages its courses (HOME_ROWS.teaching a page): the first page shows that many, each with its ages.
  if (aged !== HOME_ROWS.teaching)
    throw new Error(`homepage: ${aged} courses show their old invitations, expected ${HOME_ROWS.teaching}`);
  return {
    name: `Homepage with the ledger (${entries} entries): 30 courses, 300 pending, ages shown`,
    naive,
    ours,
    targets: [{ label: `≤ 2 round trips cold (${ours.metrics.roundTrips})`, ok: ours.metrics.roundTrips <= 2 }],
    facts: [
      `add-on: cold cache; "10 pending invitations, 10 older than 7 days" on each of the ${HOME_ROWS.teaching} courses of the first page, from the ledger`,
    ],
  };
}

export function courseWithLedger(naiveDir: string): ScenarioResult {
  const build = (w: ClassroomWorld) => {
    addStudents(w, 200);
    addPending(w, ALGEBRA, 200);
  };
  const slow = emulator(naiveDir, build);
  const naive = measure(slow, () => slow.run(NAIVE.course, { courseId: ALGEBRA }, ADA, { kind: 'trigger' }));
  const fast = emulator(DIST, build);
  const entries = seedLedger(fast, ADA, (id) => id === ALGEBRA, 12);
  const p = panel(fast, ADA);
  p.openHomepage();
  expectNoError(p, 'homepage');
  const ours = measure(fast, () => {
    p.click('Algebra I · Period 2');
    expectNoError(p, 'course card');
    return p.texts();
  });
  const sent = ours.value.filter((t) => t.includes('sent 12 days ago by you')).length;
  if (sent < SHOWN) throw new Error(`course card: ${sent} rows show their age, expected a full page of ${SHOWN}`);
  const courseTrips = ours.metrics.roundTrips;
  return {
    name: `Course card with the ledger (${entries} entries): 200 pending, oldest first with their ages`,
    naive,
    ours,
    targets: [{ label: `course card ≤ 2 round trips cold (${courseTrips})`, ok: courseTrips <= 2 }],
    facts: [
      'add-on: the click on the course row, profiles not cached; students and teachers come in the first round trip',
    ],
  };
}

/** The busy teacher's invitations in the ledger (a day old), the follow-up turned on, an hour later: the sweep is due. */
export function readyForSweep(emu: Emulator): void {
  seedLedger(emu, BUSY_TEACHER, isBusyCourse, 1);
  const p = panel(emu, BUSY_TEACHER);
  p.openHomepage();
  p.universalAction('Settings and about');
  p.fill('remindDays', '7');
  p.fill('withdrawDays', '30');
  p.click('Save follow-up settings');
  expectNoError(p, 'settings');
  emu.clock.advance(3_600_000);
}

export function quietSweep(naiveDir: string): ScenarioResult {
  const slow = emulator(naiveDir, busy);
  // The naive way to check every course: what the naive homepage does (each course, each invitee, one by one).
  const naive = measure(slow, () => slow.run(NAIVE.homepage, {}, BUSY_TEACHER, { kind: 'trigger' }));
  const fast = emulator(DIST, busy);
  readyForSweep(fast);
  const ours = measure(fast, () => fast.runDueTriggers());
  if (ours.value.length !== 1 || ours.value[0]?.status !== 'ok') throw new Error('sweep: the trigger did not run');
  const writes = ours.calls.filter((c) => !c.method.endsWith('.list') && c.method !== 'courses.get');
  if (writes.length > 0) throw new Error(`sweep: ${writes.length} writes while nothing was due`);
  return {
    name: 'Hourly sweep over 30 courses with 300 pending invitations, nothing due',
    naive,
    ours,
    targets: [{ label: `≤ 3 round trips (${ours.metrics.roundTrips})`, ok: ours.metrics.roundTrips <= 3 }],
    facts: [
      'add-on: one trigger run (reconcile of every course: invitations, students, teachers side by side)',
      'naive: the naive homepage, the nearest naive way to look at every course’s invitations',
    ],
  };
}
