// A course as its card shows it (invitations, class code, ownership transfer), and every card under a change read
// again the same way, so Back never loses a section: the course, or the cards the change was made from (`Via`).
import type { Cursor } from '../domain/list-pages';
import { findInvitations } from './find-invitation';
import { messageContext } from './gmail-context';
import { openCourse } from './open-course';
import { openHome } from './open-home';
import { transferOnCourse } from './transfer-ownership';

export function openCourseView(courseId: string, cursor?: Cursor) {
  const opened = openCourse(courseId, cursor);
  return { ...opened, transfer: transferOnCourse(opened.course) };
}

/** Where a change was made from, carried in the actions' parameters: the Find results, or a person's Gmail card. */
export interface Via {
  find?: string;
  person?: string;
}

// Every card under a change in `courseId`, read again, so Back shows the new truth wherever the change started: the
// homepage, unless the root is a Gmail message's card (then that, read again), and above it the Find results, the
// person's card, or else the course.
export function openStackAfter(courseId: string, via: Via, gmail?: { messageId: string; accessToken: string }) {
  const root = gmail ? messageContext(gmail.messageId, gmail.accessToken) : null;
  const base = { home: gmail ? null : openHome(), gmail: root };
  if (via.find) return { ...base, find: findInvitations(via.find) };
  const person = gmail && via.person ? messageContext(gmail.messageId, gmail.accessToken, courseId, via.person) : null;
  if (person) return { ...base, person };
  return { ...base, course: openCourseView(courseId) };
}
