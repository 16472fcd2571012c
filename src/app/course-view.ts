// A course as its card shows it (its invitations, class code and the ownership transfer), and the cards under a
// change read again: every card that re-reads a course shows the same sections, so Back never loses one.
import type { Cursor } from '../domain/list-pages';
import { openCourse, type OpenedCourse } from './open-course';
import { openHome, type Home } from './open-home';
import { transferOnCourse, type CourseTransfer } from './transfer-ownership';

export type CourseView = OpenedCourse & { transfer: CourseTransfer };

export function openCourseView(courseId: string, cursor?: Cursor): CourseView {
  const opened = openCourse(courseId, cursor);
  return { ...opened, transfer: transferOnCourse(opened.course) };
}

/**
 * The homepage and the course, read again after a change in the course. `keepRoot`: the root card stays as it is
 * (a Gmail message's card), so the homepage is not read.
 */
export function openCourseStack(courseId: string, keepRoot: boolean): { home: Home | null; course: CourseView } {
  return { home: keepRoot ? null : openHome(), course: openCourseView(courseId) };
}
