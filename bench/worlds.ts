// Big worlds for the benchmark and the job tests: the demo school plus a thousand students, a teacher with 30 courses
// and 300 pending invitations, or a course with 200 pending invitations.
import { join } from 'node:path';
import { demoSchool, type ClassroomWorld, type Emulator, type WorldSeed } from '@classroom-invitations/emulator';
import { newPlan } from '../src/domain/plan';
import { savePlan } from '../src/platform/plan-store';

export const ROOT = join(__dirname, '..');
export const ADA = 'ada.lovelace@demo-school.edu';
export const ALGEBRA = '100000000502';
export const BUSY_TEACHER = 'rosalind.franklin@demo-school.edu';

const FIRST_STUDENT_ID = 200_000_000_000;
const BUSY_TEACHER_ID = '300000000001';
const FIRST_BUSY_COURSE_ID = 300_000_000_100;

export function demoSeed(): WorldSeed {
  return demoSchool();
}

export function studentEmail(i: number): string {
  return `learner${String(i).padStart(4, '0')}@demo-school.edu`;
}

/** Adds `count` students (numeric ids, school addresses) and returns their emails in order. */
export function addStudents(world: ClassroomWorld, count: number, first = 0): string[] {
  const emails: string[] = [];
  for (let i = first; i < first + count; i++) {
    const email = studentEmail(i);
    world.addUser({
      id: String(FIRST_STUDENT_ID + i),
      email,
      name: { givenName: 'Learner', familyName: String(i), fullName: `Learner ${i}` },
      kind: 'Student',
    });
    emails.push(email);
  }
  return emails;
}

/** A teacher with `courses` active courses, each with `perCourse` pending student invitations (needs the students). */
export function addBusyTeacher(world: ClassroomWorld, courses = 30, perCourse = 10): void {
  world.addUser({
    id: BUSY_TEACHER_ID,
    email: BUSY_TEACHER,
    name: { givenName: 'Rosalind', familyName: 'Franklin', fullName: 'Rosalind Franklin' },
    kind: 'Teacher',
  });
  for (let c = 0; c < courses; c++) {
    const course = world.addCourse({
      id: String(FIRST_BUSY_COURSE_ID + c),
      name: `Chemistry ${c + 1}`,
      section: `Group ${c + 1}`,
      ownerId: BUSY_TEACHER_ID,
      courseState: 'ACTIVE',
    });
    for (let k = 0; k < perCourse; k++) {
      world.addInvitation({
        courseId: course.id,
        userId: String(FIRST_STUDENT_ID + c * perCourse + k),
        role: 'STUDENT',
      });
    }
  }
}

/** `count` pending student invitations to a course (needs the students). */
export function addPending(world: ClassroomWorld, courseId: string, count: number): void {
  for (let k = 0; k < count; k++) {
    world.addInvitation({ courseId, userId: String(FIRST_STUDENT_ID + k), role: 'STUDENT' });
  }
}

// Learners of the scale cases (a course of 3,000 pending, a homepage of 150 jobs), shared by bench/chaos.ts and
// test/e2e/views-scale.test.ts: ids from FIRST_LEARNER, addresses learner0000@….
export const FIRST_LEARNER = 200_000_000_000;
export const learner = (i: number) => `learner${String(i).padStart(4, '0')}@demo-school.edu`;

export function addLearners(emu: Emulator, count: number): void {
  for (let i = 0; i < count; i++)
    emu.world.addUser({
      id: String(FIRST_LEARNER + i),
      email: learner(i),
      name: { givenName: 'Learner', familyName: String(i), fullName: `Learner ${i}` },
      kind: 'Student',
    });
}

/** `count` approved one-address invite jobs of Ada in Algebra I, as the store holds them: a homepage's long list. */
export function saveJobs(emu: Emulator, count: number): void {
  emu.asUser(ADA, () => {
    for (let i = 0; i < count; i++) {
      const plan = newPlan(
        `job${i}`,
        'invite',
        { id: ALGEBRA, name: 'Algebra I' },
        'STUDENT',
        [learner(i)],
        emu.clock.now(),
      );
      savePlan({ ...plan, approvedAt: 1 });
    }
  });
}
