// A bulk invitation job's progress card (the paste form and the preview are in preview.ts).
import type { Translate } from '../i18n';
import { estimateMs, isFinished, progress, type Job } from '../domain/job';
import { action } from './action';
import { listed } from './lists';
import { button, buttons, errorText, esc, header, paragraph } from './ui';

export function buildJobCard(t: Translate, job: Job): GoogleAppsScript.Card_Service.Card {
  const p = progress(job);
  const status = CardService.newCardSection()
    .addWidget(paragraph(`<b>${esc(t('job.progress', { done: p.done, total: p.total }))}</b>`))
    .addWidget(paragraph(esc(t('job.counts', { ...p }))));
  const finished = isFinished(job);
  const left = estimateMs(job);
  if (finished) status.addWidget(paragraph(esc(t('job.finished'))));
  else {
    if (left !== null)
      status.addWidget(paragraph(esc(t('job.estimate', { minutes: Math.max(1, Math.ceil(left / 60_000)) }))));
    status.addWidget(paragraph(esc(t('job.background'))));
  }
  const card = CardService.newCardBuilder()
    .setName(`job-${job.id}`)
    .setHeader(header(t('job.title', { course: job.courseName })))
    .addSection(status);
  const failures = Object.entries(job.failures);
  if (failures.length > 0) {
    const section = CardService.newCardSection().setHeader(t('job.failures'));
    for (const [key, indexes] of failures.slice(0, 20)) {
      const emails = indexes.map((i) => job.emails[i] ?? '');
      const reason = t(key as 'err.unknown', { email: emails[0] ?? '', detail: key });
      section.addWidget(paragraph(`${errorText(reason)}<br>${listed(emails)}`));
    }
    card.addSection(section);
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
