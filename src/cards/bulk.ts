// Bulk inviting: the paste form, the preview (the dry run) with its confirm button, and a job's progress.
import type { Translate } from '../i18n';
import { estimateMinutes, isDone, progress, type Job } from '../domain/job';
import type { Preview } from '../domain/preview';
import type { Role } from '../domain/roles';
import { action } from './action';
import { button, buttons, errorText, esc, header, paragraph, roleSelect } from './ui';

const SHOWN = 10;

export function buildBulkCard(t: Translate, course: { id: string; name: string }): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('bulk')
    .setHeader(header(t('bulk.title'), course.name))
    .addSection(
      CardService.newCardSection()
        .addWidget(
          CardService.newTextInput()
            .setFieldName('bulkEmails')
            .setTitle(t('bulk.field'))
            .setHint(t('bulk.hint'))
            .setMultiline(true),
        )
        .addWidget(roleSelect(t, 'role', 'STUDENT'))
        .addWidget(
          buttons(
            button(
              t('bulk.preview'),
              action('onPreviewBulk', { courseId: course.id }).addRequiredWidget('bulkEmails'),
              true,
            ),
          ),
        ),
    )
    .build();
}

function listed(t: Translate, items: readonly string[]): string {
  const shown = items.slice(0, SHOWN).map(esc).join('<br>');
  return items.length > SHOWN ? `${shown}<br><i>${esc(t('preview.more', { count: items.length - SHOWN }))}</i>` : shown;
}

function group(t: Translate, title: string, items: readonly string[], collapsed = true) {
  const section = CardService.newCardSection()
    .setHeader(title)
    .addWidget(paragraph(listed(t, items)));
  return collapsed ? section.setCollapsible(true).setNumUncollapsibleWidgets(0) : section;
}

export function buildPreviewCard(
  t: Translate,
  course: { name: string },
  role: Role,
  preview: Preview,
  draftId: string,
): GoogleAppsScript.Card_Service.Card {
  const roleName = t(`role.${role}`);
  const card = CardService.newCardBuilder()
    .setName('preview')
    .setHeader(header(t('preview.title'), course.name));
  const n = preview.toInvite.length;
  card.addSection(
    n > 0
      ? group(t, t('preview.toInvite', { role: roleName, count: n }), preview.toInvite, false)
      : CardService.newCardSection().addWidget(paragraph(esc(t('preview.nothing')))),
  );
  if (preview.external.length > 0)
    card.addSection(group(t, t('preview.external', { count: preview.external.length }), preview.external));
  const already = preview.alreadyInvited.map((a) => `${a.email} (${t(`role.${a.role}`)})`);
  if (already.length > 0) card.addSection(group(t, t('preview.alreadyInvited', { count: already.length }), already));
  if (preview.alreadyMember.length > 0) {
    card.addSection(
      group(t, t('preview.alreadyMember', { count: preview.alreadyMember.length }), preview.alreadyMember),
    );
  }
  if (preview.invalid.length > 0)
    card.addSection(group(t, t('preview.invalid', { count: preview.invalid.length }), preview.invalid));
  if (preview.duplicates > 0)
    card.addSection(
      CardService.newCardSection().addWidget(paragraph(esc(t('preview.duplicates', { count: preview.duplicates })))),
    );
  if (n > 0) {
    card.setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(t('preview.confirm', { count: n }), action('onStartBulk', { jobId: draftId }), true),
      ),
    );
  }
  return card.build();
}

/** A reason said of a whole group ("each of these addresses…"), as a sentence. */
function reasonOf(t: Translate, key: string): string {
  const text = t(key as 'err.unknown', { email: t('job.thesePeople'), detail: '' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Addresses listed under one failure group on the job card; the rest are counted. */
const FAILURES_LISTED = 200;

export function buildJobCard(t: Translate, job: Job): GoogleAppsScript.Card_Service.Card {
  const p = progress(job);
  const finished = isDone(job);
  const status = CardService.newCardSection()
    .addWidget(paragraph(`<b>${esc(t('job.progress', { done: p.done, total: p.total }))}</b>`))
    .addWidget(paragraph(esc(t('job.counts', { ...p }))));
  if (job.stopped) {
    status.addWidget(paragraph(errorText(t('job.stopped', { reason: reasonOf(t, job.stopped) }))));
  } else if (finished) status.addWidget(paragraph(esc(t('job.finished'))));
  else {
    if (job.paused) {
      status.addWidget(paragraph(errorText(t('job.paused', { reason: reasonOf(t, job.paused) }))));
    }
    const minutes = estimateMinutes(job);
    status.addWidget(paragraph(esc(minutes === null ? t('job.background') : t('job.estimate', { minutes }))));
  }
  const card = CardService.newCardBuilder()
    .setName(`job-${job.id}`)
    .setHeader(header(t(finished ? 'job.title.done' : 'job.title', { course: job.courseName })))
    .addSection(status);
  for (const [key, indexes] of Object.entries(job.failures).slice(0, 20)) {
    // Titled by the reason, never by one address's message: every address of the group is listed under it.
    const emails = indexes.map((i) => job.emails[i] ?? '');
    const reason = reasonOf(t, key);
    const shown = emails.slice(0, FAILURES_LISTED).map(esc).join('<br>');
    const more =
      emails.length > FAILURES_LISTED
        ? `<br><i>${esc(t('preview.more', { count: emails.length - FAILURES_LISTED }))}</i>`
        : '';
    card.addSection(
      CardService.newCardSection()
        .setHeader(t('job.failureGroup', { reason, count: emails.length }))
        .setCollapsible(emails.length > 5)
        .setNumUncollapsibleWidgets(emails.length > 5 ? 0 : 1)
        .addWidget(paragraph(shown + more)),
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
