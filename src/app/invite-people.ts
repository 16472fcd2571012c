// Invite people typed in the course form or picked in Gmail: a batch in one click (the roster read only when answers
// need it, to tell members from a disabled account); more goes through the list preview and a job, nothing retyped.
import { courseById } from '../classroom/courses';
import { CREATES_PER_BATCH } from '../classroom/follow-up';
import { courseMembership } from '../classroom/membership';
import type { ParsedAddresses } from '../domain/addresses';
import { needsRoster, outcomeOf, type InviteOutcome } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import { NO_ANSWER } from './engine';
import { createRecorded } from './follow-up';
import { previewList } from './preview-list';

export const MAX_PER_CLICK = CREATES_PER_BATCH; // One batch request: what a click may send

// One outcome per entry, in order; `reportInvalid`: a line for each entry not an address (the form) or none (Gmail).
export function invitePeople(courseId: string, role: Role, parsed: ParsedAddresses, reportInvalid = true) {
  if (parsed.valid.length > MAX_PER_CLICK) return { kind: 'preview' as const, ...previewList(courseId, role, parsed) };
  const course = courseById(courseId);
  const emails = parsed.valid.map((a) => a.email);
  const items = emails.map((userId) => ({ courseId, userId, role }));
  const answers = createRecorded(items, reportInvalid ? 'click' : 'gmail');
  const roster = needsRoster(answers) ? courseMembership(courseId, emails) : undefined;
  const problems = reportInvalid ? parsed.problems : [];
  const outcomes: InviteOutcome[] = [
    ...emails.map((email, i) => outcomeOf(email, role, answers[i] ?? { kind: 'retry', api: NO_ANSWER }, roster)),
    ...problems.map((problem) => ({ email: problem.text, status: 'invalid' as const, problem })),
  ];
  return { kind: 'results' as const, course, outcomes, cleaned: parsed.cleaned };
}
