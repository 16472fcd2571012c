// A district for the roster sync: one teacher with many courses, a pool of students, a roster sheet naming
// `perCourse` students per course (by id or by name), and some of them already invited (same role or another) or
// already members, so every group of the preview is met. Shared by the benchmark and the sync tests.
import type { ClassroomWorld } from '@classroom-invitations/emulator';
import { addStudents } from './worlds';

export const DISTRICT_TEACHER = 'dana.scully@demo-school.edu';
const TEACHER_ID = '400000000001';
const FIRST_COURSE_ID = 400_000_000_100;
export const ROSTER_ID = 'district-roster';
export const ROSTER_HEADER = ['Course', 'Email', 'Role', 'Notes'];

export interface District {
  courseIds: string[];
  /** The sheet's values, header first. */
  values: string[][];
  /** Rows the sync must leave with one invitation of the row's role (course id, email, role). */
  intended: { courseId: string; email: string; role: 'STUDENT' | 'TEACHER' }[];
}

export function addDistrict(world: ClassroomWorld, courses: number, perCourse: number): District {
  world.addUser({
    id: TEACHER_ID,
    email: DISTRICT_TEACHER,
    name: { givenName: 'Dana', familyName: 'Scully', fullName: 'Dana Scully' },
    kind: 'Teacher',
  });
  const pool = Math.max(perCourse, 2000);
  const emails = addStudents(world, pool, 5000);
  const courseIds: string[] = [];
  const values: string[][] = [ROSTER_HEADER];
  const intended: District['intended'] = [];
  for (let c = 0; c < courses; c++) {
    const id = String(FIRST_COURSE_ID + c);
    const picks = Array.from({ length: perCourse }, (_, k) => (c * perCourse + k) % pool);
    const members = picks.filter((_, k) => k % 50 === 2).map((p) => String(200_000_000_000 + 5000 + p));
    world.addCourse({
      id,
      name: `District course ${c + 1}`,
      section: '',
      ownerId: TEACHER_ID,
      courseState: 'ACTIVE',
      students: members,
    });
    courseIds.push(id);
    picks.forEach((p, k) => {
      const email = emails[p] ?? '';
      const userId = String(200_000_000_000 + 5000 + p);
      if (k % 10 === 0) world.addInvitation({ courseId: id, userId, role: 'STUDENT' });
      else if (k % 25 === 1) world.addInvitation({ courseId: id, userId, role: 'TEACHER' });
      values.push([c % 2 === 0 ? id : `District course ${c + 1}`, email, 'Student', '']);
      if (k % 50 !== 2) intended.push({ courseId: id, email, role: 'STUDENT' });
    });
  }
  return { courseIds, values, intended };
}
