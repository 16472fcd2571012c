// Gmail contextual trigger: the open message's people with their status in the chosen course, a page at a time;
// the teacher picks people, a role, and invites them in one press, or sends them the class code in a draft.
import { classCodeReply } from '../app/class-code-reply';
import { messageContext } from '../app/gmail-context';
import { PEOPLE_PAGE } from '../domain/list-pages';
import { invitePeople } from '../app/invite-people';
import { openHome } from '../app/open-home';
import { buildPreviewCard } from '../cards/preview';
import { buildGmailCard } from '../cards/gmail';
import { buildPersonCard, pickField } from '../cards/gmail-people';
import { buildHomeCard } from '../cards/home';
import { courseStack, push, pushOverFresh, replace, show } from '../cards/navigation';
import { openStackAfter } from '../app/course-view';
import { buildResultsCard } from '../cards/results';
import { parseAddresses } from '../domain/addresses';
import { invalidInput } from '../domain/errors';
import { requireRole, type Ctx } from '../entry/event';

/** Where the people shown start (an action parameter); anything malformed is the first page. */
function offsetOf(ctx: Ctx) {
  const n = Number(ctx.params.offset ?? '0');
  return Number.isInteger(n) && n >= 0 && n < 100_000 ? n : 0;
}

function contextCard(ctx: Ctx, courseId?: string, offset = 0) {
  const g = ctx.gmail;
  const data = g ? messageContext(g.messageId, g.accessToken, courseId, undefined, offset) : null;
  // Without a message or a course to invite to, the homepage.
  if (!data) return buildHomeCard(ctx.t, openHome());
  return buildGmailCard(ctx.t, { ...data, role: ctx.value('role') === 'TEACHER' ? 'TEACHER' : 'STUDENT' });
}

/** The people ticked on the card page shown (each check box is its own field, pick<index>). */
function picked(ctx: Ctx) {
  const from = offsetOf(ctx);
  return Array.from({ length: PEOPLE_PAGE }, (_, i) => ctx.value(pickField(from + i))).filter(Boolean);
}

export function gmailMessage(ctx: Ctx) {
  return contextCard(ctx);
}

/** The course or role changed, or Previous/Next: the card read again. */
export function gmailCourseChange(ctx: Ctx) {
  return replace(contextCard(ctx, ctx.value('courseId'), offsetOf(ctx)));
}

/** Invites the selected people in one round trip (a batch request), each with its own result line. */
export function inviteFromGmail(ctx: Ctx) {
  const courseId = ctx.value('courseId') || ctx.params.courseId || '';
  const role = requireRole(ctx, 'role', 'STUDENT');
  if (!courseId) throw invalidInput('err.invalidArgument');
  // From the per-person card: that one person (the `email` parameter); else the people ticked.
  const parsed = parseAddresses((ctx.params.email ? [ctx.params.email] : picked(ctx)).join('\n'));
  if (parsed.valid.length === 0) throw invalidInput('gmail.noneSelected');
  const result = invitePeople(courseId, role, parsed, false);
  if (result.kind === 'preview') return push(buildPreviewCard(ctx.t, result));
  // The Gmail card below is read again, so Back shows the people just invited as invited, not ticked.
  const results = buildResultsCard(ctx.t, courseId, result.course.name, result.outcomes, result.cleaned);
  // From a person's card: the message's card and that person's card read again under the results.
  if (ctx.params.email)
    return courseStack(ctx.t, openStackAfter(courseId, { person: ctx.params.email }, ctx.gmail), [results]);
  return ctx.gmail ? pushOverFresh(contextCard(ctx, courseId, offsetOf(ctx)), results) : push(results);
}

/** One person's card: their invitations across courses (resend, withdraw), invite to a course, the class code. */
export function showGmailPerson(ctx: Ctx) {
  const email = ctx.params.email ?? '';
  if (!ctx.gmail || !email) throw invalidInput('err.invalidArgument');
  const data = messageContext(ctx.gmail.messageId, ctx.gmail.accessToken, ctx.value('courseId'), email);
  const person = data?.people[0];
  if (!data || !person) throw invalidInput('err.invalidArgument');
  return show(buildPersonCard(ctx.t, person, data.courses, data.courseId), !!ctx.params.update);
}

// A compose action: the draft with the chosen course's class code, to the person of the card or the people ticked
// (the sender when none), opened by Gmail for the user to send. The card offered it only where it can be built.
export function replyWithClassCode(ctx: Ctx) {
  const courseId = ctx.value('courseId') || ctx.params.courseId || '';
  if (!ctx.gmail || !courseId) throw invalidInput('err.invalidArgument');
  const to = ctx.params.person ? [ctx.params.person] : picked(ctx);
  const draft = classCodeReply(ctx.gmail.messageId, ctx.gmail.accessToken, courseId, to, ctx.locale);
  return CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}
