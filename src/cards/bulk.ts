// A job's card (inviting a list, or resending old invitations): its state in words (running, paused or stopped and
// why, done), the counts, every failed address grouped by reason, and the one next action.
import type { Translate } from '../i18n';
import { estimateMinutes, isDone, isFinished, progress, writeOf, type Plan } from '../domain/plan';
import { USER_JOB_LIMIT } from '../domain/pacer';
import { groupSection } from './lists';
import { action, bold, button, buttons, errorText, footer, material, newCard, paragraph, plain, section } from './ui';

/** A reason said of a whole group ("each of these addresses…"), as a sentence. */
export function reasonOf(t: Translate, key: string) {
  const text = t(key as 'err.unknown', { email: t('job.thesePeople'), detail: '' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the card and the homepage call a job in its state. */
export function jobTitle(t: Translate, job: Plan) {
  const course = job.title;
  if (job.stopped) return t('job.title.stopped', { course });
  if (isDone(job)) return t('job.title.done', { course });
  if (job.paused) return t('job.title.paused', { course });
  return t(job.kind === 'resend' ? 'job.title.resend' : 'job.title', { course });
}

/** The address (or id) an item is about, for the lists. */
function label(job: Plan, i: number) {
  const line = job.lines[i] ?? '';
  return writeOf(job, line)?.userId ?? line;
}

export function buildJobCard(t: Translate, job: Plan) {
  const p = progress(job);
  const counts = plain(t(job.kind === 'resend' ? 'job.counts.resend' : 'job.counts', { ...p }));
  const status = section('', bold(t('job.progress', { done: p.done, total: p.total })), counts);
  if (job.stopped) {
    status.addWidget(paragraph(errorText(t('job.stopped', { reason: reasonOf(t, job.stopped) }))));
  } else if (!isFinished(job)) {
    if (job.paused) status.addWidget(paragraph(errorText(t('job.paused', { reason: reasonOf(t, job.paused) }))));
    const minutes = estimateMinutes(job, USER_JOB_LIMIT);
    status.addWidget(plain(minutes === null ? t('job.background') : t('job.estimate', { minutes })));
  }
  const card = newCard(`job-${job.id}`, jobTitle(t, job)).addSection(status);
  for (const [key, indexes] of Object.entries(job.failures)) {
    // Titled by the reason, never by one address's message: every address of the group is listed, and copyable.
    const lines = indexes.map((i) => label(job, i));
    if (lines.length === 0) continue;
    const title = t('job.failureGroup', { reason: reasonOf(t, key), count: lines.length });
    const icon = material('warning');
    card.addSection(groupSection(t, { title, lines, icon, collapsed: lines.length > 5, bad: true }));
  }
  const id = { jobId: job.id };
  const close = action('onCloseJob', id);
  if (job.stopped && !isFinished(job)) {
    // Stopped: what was not sent, to copy or to send once the reason is fixed (unarchive the course, say).
    const unsent = job.states.split('').flatMap((s, i) => ('pxd'.includes(s) ? [label(job, i)] : []));
    const title = t('job.unsent', { count: unsent.length });
    card.addSection(groupSection(t, { title, lines: unsent, collapsed: unsent.length > 5 }));
    const resume = action('onContinueJob', { ...id, resume: '1' });
    return card.setFixedFooter(footer(t('job.resume'), resume, button(t('transfer.close'), close))).build();
  }
  if (isDone(job)) return card.setFixedFooter(footer(t('transfer.close'), close)).build();
  const refresh = button(t('home.refresh'), action('onShowJob', { ...id, replace: '1' }));
  return card
    .addSection(section('', buttons(refresh, button(t('job.cancel'), action('onCancelJob', id)))))
    .setFixedFooter(footer(t('job.continue'), action('onContinueJob', id)))
    .build();
}
