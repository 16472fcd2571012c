// The follow-up screens: resend one invitation or a course's old ones (after confirming; the latter as a job), save
// the sweep settings, find invitations by email or name, forget the history.
import { findInvitations } from '../app/find-invitation';
import { invitationToConfirm } from '../app/look-up-invitation';
import { openSettings } from '../app/settings';
import { resendInvitation as resend } from '../app/resend';
import { oldPendingOf } from '../app/follow-up';
import { startResendJob } from '../app/jobs';
import { buildJobCard } from '../cards/bulk';
import { isFinished, progress } from '../domain/plan';
import { forgetHistory as forget, saveSweepSettings } from '../app/sweep-settings';
import { buildFindCard } from '../cards/follow-up';
import { askFirst, courseStack, push, replace, restart } from '../cards/navigation';
import { buildCourseCard } from '../cards/course';
import { openCourseView, openStackAfter } from '../app/course-view';
import { buildSettingsCard, sweepErrorText } from '../cards/settings';
import { action, notify } from '../cards/ui';
import { invalidInput } from '../domain/errors';
import type { DigestFrequency, SweepSettings } from '../domain/sweep';
import { requireParam, type Ctx } from '../entry/event';
import { roleInText } from '../i18n';

const INVITATION_ID = /^[A-Za-z0-9_=-]{1,200}$/;

/** "Resend" on the invitation card: says what happens (a new email goes out) and asks first. */
export function resendInvitation(ctx: Ctx) {
  const v = invitationToConfirm(requireParam(ctx, 'id', INVITATION_ID), 'revoke');
  const { t } = ctx;
  const body = t('resend.body', { email: v.invitee.email || v.userId, role: roleInText(t, v.role) });
  return askFirst(t, t('resend.title'), body, t('resend.confirm'), action('onConfirmResend', { id: v.id, ...ctx.via }));
}

/** After the resend, every card under it read again (the course, a Gmail person's card or the Find results). */
export function confirmResend(ctx: Ctx) {
  const r = resend(requireParam(ctx, 'id', INVITATION_ID));
  const note = r.resent ? ctx.t('done.resent', { email: r.email }) : ctx.t('done.resendNothing');
  return courseStack(ctx.t, openStackAfter(r.courseId, ctx.via, ctx.gmail), [], note);
}

function daysParam(ctx: Ctx) {
  return Math.max(1, Number(requireParam(ctx, 'days', /^\d{1,3}$/)));
}

/** "Resend the N older than D days" on the course card: asks first. */
export function resendOld(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  const days = daysParam(ctx);
  const count = oldPendingOf(courseId, days).length;
  const { t } = ctx;
  if (count === 0) return notify(t('course.resendOld.none', { days }));
  const confirm = action('onConfirmResendOld', { courseId, days: String(days) });
  return askFirst(t, t('resendOld.title'), t('resendOld.body', { count, days }), t('resend.confirm'), confirm);
}

// Starts the resend job and works on it within the click. All resent at once: the course, read again, says so;
// otherwise the job card, which continues (or lists what failed) like any bulk job.
export function confirmResendOld(ctx: Ctx) {
  const courseId = requireParam(ctx, 'courseId');
  const job = startResendJob(courseId, daysParam(ctx));
  const { invited: resent, failed } = progress(job);
  if (!isFinished(job) || failed > 0) return push(buildJobCard(ctx.t, job));
  return restart(buildCourseCard(ctx.t, openCourseView(courseId)), ctx.t('done.resentMany', { resent, failed }));
}

export function saveSweep(ctx: Ctx) {
  const typed = {
    remindDays: ctx.value('remindDays'),
    maxReminders: ctx.value('maxReminders'),
    withdrawDays: ctx.value('withdrawDays'),
  };
  const number = (text: string) => (text === '' ? undefined : Number(text));
  const sweep: SweepSettings = {
    maxReminders: number(typed.maxReminders) ?? 1,
    digest: (ctx.value('digest') || 'off') as DigestFrequency,
  };
  const remind = number(typed.remindDays);
  const withdraw = number(typed.withdrawDays);
  if (remind !== undefined) sweep.remindAfterDays = remind;
  if (withdraw !== undefined) sweep.withdrawAfterDays = withdraw;
  const settings = openSettings();
  const errors = saveSweepSettings(sweep, settings.email, ctx.locale);
  if (errors.length === 0) return replace(buildSettingsCard(ctx.t, openSettings()), ctx.t('sweep.saved'));
  const refused = { errors: errors.map((code) => sweepErrorText(ctx.t, code)), typed };
  return replace(buildSettingsCard(ctx.t, { ...settings, followUp: { ...settings.followUp, sweep, refused } }));
}

export function findInvitation(ctx: Ctx) {
  const query = ctx.value('findQuery');
  if (!query) throw invalidInput('find.empty');
  return push(buildFindCard(ctx.t, findInvitations(query)));
}

/** "Forget my history" on the settings card: asks first (it cannot be undone). */
export function forgetHistory(ctx: Ctx) {
  const { t } = ctx;
  const confirm = action('onConfirmForget');
  return askFirst(t, t('history.confirm.title'), t('history.confirm.body'), t('history.forget'), confirm);
}

export function confirmForget(ctx: Ctx) {
  const done = forget();
  const said = ctx.t('history.forgotten', { entries: done.entries, finished: done.finished });
  const kept = done.running > 0 ? ` ${ctx.t('history.keptRunning', { running: done.running })}` : '';
  return replace(buildSettingsCard(ctx.t, openSettings()), said + kept);
}
