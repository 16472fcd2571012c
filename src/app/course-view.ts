// A course as its card shows it (its invitations, class code and the ownership transfer), and the cards under a
// change read again: every card that re-reads a course shows the same sections, so Back never loses one. The cards
// a change was made from (`Via`: the Find results, a Gmail message's card and one person's card) are read again
// the same way, from the same data, in place of the course.
import type { Cursor } from '../domain/list-pages';
import { findInvitations, type Found } from './find-invitation';
import { messageContext, type MessageContext } from './gmail-context';
import { openCourse, type OpenedCourse } from './open-course';
import { openHome, type Home } from './open-home';
import { transferOnCourse, type CourseTransfer } from './transfer-ownership';

export type CourseView = OpenedCourse & { transfer: CourseTransfer };

export function openCourseView(courseId: string, cursor?: Cursor): CourseView {
  const opened = openCourse(courseId, cursor);
  return { ...opened, transfer: transferOnCourse(opened.course) };
}

/** Where a change was made from, carried in the actions' parameters: the Find results, or a person's Gmail card. */
export interface Via {
  find?: string;
  person?: string;
}

export interface StackAfter {
  /** The homepage, unless the root is a Gmail message's card (then `gmail`, read again). */
  home: Home | null;
  gmail: MessageContext | null;
  /** The cards above the root, read again: the Find results, the person's card, or else the course. */
  find?: Found;
  person?: MessageContext;
  course?: CourseView;
}

/** Every card under a change in `courseId`, read again, so Back shows the new truth wherever the change started. */
export function openStackAfter(
  courseId: string,
  via: Via,
  gmail?: { messageId: string; accessToken: string },
): StackAfter {
  const root = gmail ? messageContext(gmail.messageId, gmail.accessToken) : null;
  const base = { home: gmail ? null : openHome(), gmail: root };
  if (via.find) return { ...base, find: findInvitations(via.find) };
  const person = gmail && via.person ? messageContext(gmail.messageId, gmail.accessToken, courseId, via.person) : null;
  if (person) return { ...base, person };
  return { ...base, course: openCourseView(courseId) };
}
