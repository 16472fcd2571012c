// Issue 17: what the views that read students/teachers lists cost when Google serves member pages of 30 (the
// emulator's default, after the 2017 report that larger pageSize values were ignored) and when it honours 500.
// Each view runs twice on identical worlds, once per `world.memberPageCap`; the figures go into docs/benchmarks.md.
import type { ClassroomWorld, Emulator } from '@classroom-invitations/emulator';
import { readyForSweep } from './follow-up';
import { measure, type Metrics } from './measure';
import { DIST, emulator, expectNoError, panel } from './scenarios';
import { ADA, ALGEBRA, addBusyTeacher, addPending, addStudents, studentEmail } from './worlds';

const ENROLLED = 120;

export interface MemberPagesRow {
  view: string;
  cap30: Metrics;
  cap500: Metrics;
}

interface View {
  name: string;
  build: (w: ClassroomWorld) => void;
  /** Steps before the measured one (opening the homepage...). */
  run: (emu: Emulator) => () => unknown;
}

/** Enrols the first `count` added students in a course. */
function enrol(w: ClassroomWorld, courseId: string, first: number, count: number): void {
  const ids = addStudents(w, count, first).map((email) => w.user(email)!.id);
  w.updateCourse(courseId, { students: [...(w.course(courseId)?.students ?? []), ...ids] });
}

const VIEWS: View[] = [
  {
    name: `Course card (${ENROLLED} students, 50 pending)`,
    build: (w) => {
      enrol(w, ALGEBRA, 1000, ENROLLED);
      addStudents(w, 50);
      addPending(w, ALGEBRA, 50);
    },
    run: (emu) => {
      const p = panel(emu, ADA);
      p.openHomepage();
      expectNoError(p, 'homepage');
      return () => {
        p.click('Algebra I · Period 2');
        expectNoError(p, 'course card');
      };
    },
  },
  {
    name: `Bulk preview of 100 addresses (course of ${ENROLLED} students, 50 pending)`,
    build: (w) => {
      enrol(w, ALGEBRA, 1000, ENROLLED);
      addStudents(w, 100);
      addPending(w, ALGEBRA, 50);
    },
    run: (emu) => {
      const p = panel(emu, ADA);
      p.openHomepage();
      p.click('Algebra I · Period 2');
      p.click('Invite a long list');
      p.fill('bulkEmails', Array.from({ length: 100 }, (_, i) => studentEmail(i)).join('\n'));
      expectNoError(p, 'opening the bulk card');
      return () => {
        p.click('Preview');
        expectNoError(p, 'Preview');
      };
    },
  },
  {
    name: `Hourly sweep over 30 courses of ${ENROLLED / 2} students each`,
    build: (w) => {
      addStudents(w, 300);
      addBusyTeacher(w, 30, 10);
      for (let c = 0; c < 30; c++) enrol(w, String(300_000_000_100 + c), 2000 + c * 60, ENROLLED / 2);
    },
    run: (emu) => {
      readyForSweep(emu);
      return () => {
        const runs = emu.runDueTriggers();
        if (runs[0]?.status !== 'ok') throw new Error('sweep: the trigger did not run');
      };
    },
  },
];

export function memberPages(): MemberPagesRow[] {
  return VIEWS.map((view) => {
    const [cap30, cap500] = ([30, 500] as const).map((cap) => {
      const emu = emulator(DIST, view.build);
      emu.world.memberPageCap = cap;
      const step = view.run(emu);
      return measure(emu, step).metrics;
    });
    return { view: view.name, cap30: cap30!, cap500: cap500! };
  });
}

export function memberPagesTable(rows: readonly MemberPagesRow[]): string[] {
  return [
    '### Member pages of 30 or 500 (issue 17)',
    '',
    'Google documents a default students/teachers page of 30; a 2017 report says larger `pageSize` values were ignored.',
    'The add-on asks for 500 and follows `nextPageToken`; the emulator serves at most 30 a page by default',
    '(`world.memberPageCap`), so each view is measured both ways. The course card reads one page of each list (a',
    'card pays for what it shows): with pages of 30 its members are not the whole roster, so it leaves settling',
    'declined invitations to the hourly sweep, which reads every page.',
    '',
    '| View | Round trips (30 a page) | Requests (30) | Round trips (500 a page) | Requests (500) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.view} | ${r.cap30.roundTrips} | ${r.cap30.requests} | ${r.cap500.roundTrips} | ${r.cap500.requests} |`,
    ),
    '',
  ];
}
