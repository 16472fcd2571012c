// A bulk job's progress card (inviting a list, or resending a course's old invitations) (the paste form and the preview are in preview.ts).
import type { Translate } from '../i18n';
import { estimateMinutes, isDone, progress, type Job } from '../domain/job';
import { action } from './action';
import { groupSection, warningIcon } from './lists';
import { button, buttons, errorText, esc, header, paragraph } from './ui';

/** A reason said of a whole group ("each of these addresses…"), as a sentence. */
function reasonOf(t: Translate, key: string): string {
  const text = t(key as 'err.unknown', { email: t('job.thesePeople'), detail: '' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleOf(job: Job): 'job.title' | 'job.title.resend' {
  return job.kind === 'resend' ? 'job.title.resend' : 'job.title';
}

export function buildJobCard(t: Translate, job: Job): GoogleAppsScript.Card_Service.Card {
  const p = progress(job);
  const finished = isDone(job);
  const status = CardService.newCardSection()
    .addWidget(paragraph(`<b>${esc(t('job.progress', { done: p.done, total: p.total }))}</b>`))
    .addWidget(paragraph(esc(t(job.kind === 'resend' ? 'job.counts.resend' : 'job.counts', { ...p }))));
  if (job.stopped) {
    status.addWidget(paragraph(errorText(t('job.stopped', { reason: reasonOf(t, job.stopped) }))));
  } else if (!finished) {
    if (job.paused) {
      status.addWidget(paragraph(errorText(t('job.paused', { reason: reasonOf(t, job.paused) }))));
    }
    const minutes = estimateMinutes(job);
    status.addWidget(paragraph(esc(minutes === null ? t('job.background') : t('job.estimate', { minutes }))));
  }
  // Finished: the header says "Done: <course>"; no second "Done." line.
  const card = CardService.newCardBuilder()
    .setName(`job-${job.id}`)
    .setHeader(header(t(finished ? 'job.title.done' : titleOf(job), { course: job.courseName })))
    .addSection(status);
  for (const [key, indexes] of Object.entries(job.failures)) {
    // Titled by the reason, never by one address's message: every address of the group is listed, and copyable.
    const emails = indexes.map((i) => job.emails[i] ?? '');
    const title = t('job.failureGroup', { reason: reasonOf(t, key), count: emails.length });
    card.addSection(
      groupSection(t, { title, lines: emails, icon: warningIcon(), collapsed: emails.length > 5, bad: true }),
    );
  }
  const id = { jobId: job.id };
  const footer = CardService.newFixedFooter();
  if (finished) footer.setPrimaryButton(button(t('job.close'), action('onCloseJob', id), true));
  else {
    footer.setPrimaryButton(button(t('job.continue'), action('onContinueJob', id), true));
    card.addSection(
      CardService.newCardSection().addWidget(
        buttons(
          button(t('job.refresh'), action('onShowJob', { ...id, replace: '1' })),
          button(t('job.cancel'), action('onCancelJob', id)),
        ),
      ),
    );
  }
  return card.setFixedFooter(footer).build();
}
