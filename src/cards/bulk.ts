// Bulk inviting: the paste form, the preview (the dry run) with its confirm button, and a job's progress.
import type { Translate } from '../i18n';
import { estimateMs, isFinished, progress, type Job } from '../domain/job';
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
      section.addWidget(paragraph(`${errorText(reason)}<br>${listed(t, emails)}`));
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
