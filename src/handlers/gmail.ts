// Gmail contextual trigger: the open message's people with their status in the chosen course; the teacher picks
// people, a role, and invites them in one press.
import { classCodeReply } from '../app/class-code-reply';
import { messageContext } from '../app/gmail-context';
import { invitePeople } from '../app/invite-people';
import { openHome } from '../app/open-home';
import { buildPreviewCard } from '../cards/preview';
import { buildGmailCard } from '../cards/gmail';
import { buildPersonCard } from '../cards/gmail-people';
import { buildHomeCard } from '../cards/home';
import { courseStack, push, pushOverFresh, replace } from '../cards/navigation';
import { openStackAfter } from '../app/course-view';
import { buildResultsCard } from '../cards/results';
import type { ActionResponse, Card, ComposeActionResponse } from '../cards/types';
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
  // From the per-person card: that one person (the `email` parameter); else the people ticked.
  const picked = ctx.params.email ? [ctx.params.email] : ctx.values('people');
  const parsed = parseAddresses(picked.join('\n'));
  if (parsed.valid.length === 0) throw invalidInput('gmail.noneSelected');
  const result = invitePeople(courseId, role, parsed, false);
  if (result.kind === 'preview') {
    return push(buildPreviewCard(ctx.t, result.course, result.role, result.preview, result.draftId));
  }
  // The Gmail card below is read again, so Back shows the people just invited as invited, not ticked.
  const results = buildResultsCard(ctx.t, courseId, result.course.name, result.outcomes, result.cleaned);
  // From a person's card: the message's card and that person's card read again under the results.
  if (ctx.params.email)
    return courseStack(ctx.t, openStackAfter(courseId, { person: ctx.params.email }, ctx.gmail), [results]);
  return ctx.gmail ? pushOverFresh(contextCard(ctx, courseId), results) : push(results);
}

/** One person's card: their invitations across courses (resend, withdraw), invite to a course, the class code. */
export function showGmailPerson(ctx: Ctx): ActionResponse {
  const email = ctx.params.email ?? '';
  if (!ctx.gmail || !email) throw invalidInput('err.invalidArgument');
  const data = messageContext(ctx.gmail.messageId, ctx.gmail.accessToken, ctx.value('courseId'), email);
  const person = data?.people[0];
  if (!data || !person) throw invalidInput('err.invalidArgument');
  const card = buildPersonCard(ctx.t, person, data.courses, data.courseId);
  return ctx.params.update ? replace(card) : push(card);
}

/** A compose action: the reply draft with the chosen course's class code, opened by Gmail for the user to send. */
export function replyWithClassCode(ctx: Ctx): ComposeActionResponse {
  const courseId = ctx.value('courseId') || ctx.params.courseId || '';
  if (!ctx.gmail || !courseId) throw invalidInput('err.invalidArgument');
  const draft = classCodeReply(ctx.gmail.messageId, ctx.gmail.accessToken, courseId, ctx.locale);
  return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}
