// "Reply with the class code": a Gmail draft to the people picked (else the sender) with the course's name, class
// code, join link and how to join; Gmail opens it for the user to edit and send: nothing is ever sent from here.
import { courseById } from '../classroom/courses';
import { classCodeDraft } from '../domain/class-code';
import { invalidInput } from '../domain/errors';
import { draftTo } from '../platform/gmail';

export function classCodeReply(
  messageId: string,
  accessToken: string,
  courseId: string,
  to: readonly string[],
  locale: Parameters<typeof classCodeDraft>[1],
): GoogleAppsScript.Gmail.GmailDraft {
  const course = courseById(courseId);
  const draft = draftTo(messageId, accessToken, to, (name) => classCodeDraft(course, locale, name));
  // No class code (turned off in Classroom, or not returned to this user): nothing to reply with.
  if (!draft) throw invalidInput('gmail.noClassCode', { course: course.name });
  return draft;
}
