// Invite people typed in the course form or picked in Gmail. A handful go in one click: every create in one batch
// round trip, then (only if some answers need it) the course's roster in one more, to tell "already invited as…"
// and "already in the course" apart from a disabled account. More than one batch goes through the list preview
// and a job, nothing retyped.
import { courseById } from '../classroom/courses';
import { CREATES_PER_BATCH } from '../classroom/follow-up';
import { courseMembership } from '../classroom/membership';
import type { ParsedAddresses } from '../domain/addresses';
import { needsRoster, outcomeOf, type InviteOutcome } from '../domain/outcomes';
import type { Role } from '../domain/roles';
import type { Course } from '../domain/types';
import { createInvitationsRecorded } from './follow-up';
import { previewList, type ListPreview } from './preview-list';

/** One batch request: what a click may send. */
export const MAX_PER_CLICK = CREATES_PER_BATCH;

export type InviteResult =
  | {
      kind: 'results';
      course: Course;
      outcomes: InviteOutcome[];
      /** Entries cleaned of invisible characters. */ cleaned: number;
    }
  | ({ kind: 'preview' } & ListPreview);

/** One outcome per address, in order: the valid ones invited in one batch, the invalid ones reported as such. */
export function inviteMany(
  courseId: string,
  emails: readonly string[],
  role: Role,
  origin: 'click' | 'gmail' = 'click',
): InviteOutcome[] {
  if (emails.length === 0) return [];
  const answers = createInvitationsRecorded(courseId, emails, role, origin);
  const roster = needsRoster(answers) ? courseMembership(courseId, emails) : undefined;
  return emails.map((email, i) => outcomeOf(email, role, answers[i] ?? { kind: 'retry', api: NO_ANSWER }, roster));
}

const NO_ANSWER = { httpCode: 0, status: 'UNAVAILABLE', message: 'no answer' };

/** `reportInvalid`: whether entries that are not addresses get a line of their own (the form) or none (Gmail). */
export function invitePeople(
  courseId: string,
  role: Role,
  parsed: ParsedAddresses,
  reportInvalid = true,
): InviteResult {
  if (parsed.valid.length > MAX_PER_CLICK) return { kind: 'preview', ...previewList(courseId, role, parsed) };
  const course = courseById(courseId);
  const outcomes: InviteOutcome[] = [
    ...inviteMany(
      courseId,
      parsed.valid.map((a) => a.email),
      role,
      reportInvalid ? 'click' : 'gmail',
    ),
    ...(reportInvalid ? parsed.problems : []).map((problem): InviteOutcome => ({
      email: problem.text,
      status: 'invalid',
      problem,
    })),
  ];
  return { kind: 'results', course, outcomes, cleaned: parsed.cleaned };
}
