// Gmail contextual trigger: the open message's people with their status in the chosen course; the teacher picks
// people, a role, and invites them in one press.
import { messageContext } from '../app/gmail-context';
import { invitePeople } from '../app/invite-people';
import { openHome } from '../app/open-home';
import { buildPreviewCard } from '../cards/preview';
import { buildGmailCard } from '../cards/gmail';
import { buildHomeCard } from '../cards/home';
import { push, pushOverFresh, replace } from '../cards/navigation';
import { buildResultsCard } from '../cards/results';
import type { ActionResponse, Card } from '../cards/types';
import { parseAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import { requireRole, type Ctx } from '../entry/event';

function contextCard(ctx: Ctx, courseId?: string): Card {
  const data = ctx.gmail ? messageContext(ctx.gmail.messageId, ctx.gmail.accessToken, courseId) : null;
  // Without a message or a course to invite to, the homepage.
  return data ? buildGmailCard(ctx.t, data) : buildHomeCard(ctx.t, openHome());
}

export function gmailMessage(ctx: Ctx): Card {
  return contextCard(ctx);
}

export function gmailCourseChange(ctx: Ctx): ActionResponse {
  return replace(contextCard(ctx, ctx.value('courseId')));
}

/** Invites the selected people in one round trip (a batch request), each with its own result line. */
export function inviteFromGmail(ctx: Ctx): ActionResponse {
  const courseId = ctx.value('courseId') || ctx.params.courseId || '';
  const role = requireRole(ctx, 'role', 'STUDENT');
  if (!courseId) throw invalidInput('err.invalidArgument');
  const parsed = parseAddresses(ctx.values('people').join('\n'));
  if (parsed.valid.length === 0) throw invalidInput('gmail.noneSelected');
  const result = invitePeople(courseId, role, parsed, false);
  if (result.kind === 'preview') {
    return push(buildPreviewCard(ctx.t, result.course, result.role, result.preview, result.draftId));
  }
  // The Gmail card below is read again, so Back shows the people just invited as invited, not ticked.
  const results = buildResultsCard(ctx.t, courseId, result.course.name, result.outcomes, result.cleaned);
  return ctx.gmail ? pushOverFresh(contextCard(ctx, courseId), results) : push(results);
}
