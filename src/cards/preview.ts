// The bulk paste form and its preview (the dry run): every entry in exactly one group (what needs the user first:
// to invite, outside the school, not addresses; then the collapsed already-done ones), each group's first
// PREVIEW_LINES shown and all of it copyable, so a 1,500-address preview stays a short card, and a confirm
// button that says how many invitations it sends.
import { roleInText, type Translate } from '../i18n';
import { toSend, type Preview } from '../domain/preview';
import type { Role } from '../domain/roles';
import { action } from './action';
import { byReason, groupSection, invalidLine, warningIcon, type Group } from './lists';
import { button, buttons, esc, header, paragraph, roleSelect } from './ui';

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

/** Lines shown per group: the rest is one "Copy list" away, and the card stays a few screens tall. */
const PREVIEW_LINES = 30;

/** A group cut to its first PREVIEW_LINES lines, "Copy list" still copying all of it, and saying so. */
function previewSection(t: Translate, group: Group): GoogleAppsScript.Card_Service.CardSection {
  const total = group.lines.length;
  if (total <= PREVIEW_LINES) return groupSection(t, group);
  const section = groupSection(t, {
    ...group,
    lines: group.lines.slice(0, PREVIEW_LINES),
    copy: group.copy ?? group.lines,
  });
  return section.addWidget(paragraph(`<i>${esc(t('preview.firstLines', { shown: PREVIEW_LINES, total }))}</i>`));
}

export function buildPreviewCard(
  t: Translate,
  course: { name: string },
  role: Role,
  preview: Preview,
  draftId: string,
): GoogleAppsScript.Card_Service.Card {
  const roleName = roleInText(t, role);
  const card = CardService.newCardBuilder()
    .setName('preview')
    .setHeader(header(t('preview.title'), course.name));
  const sending = toSend(preview).length;
  const notes: string[] = [];
  if (sending > 0) notes.push(t('preview.confirm.detail', { count: sending, role: roleName }));
  else notes.push(t('preview.nothing'));
  if (preview.cleaned > 0) notes.push(t('invalid.cleaned', { count: preview.cleaned }));
  if (preview.duplicates > 0) notes.push(t('preview.duplicates', { count: preview.duplicates }));
  card.addSection(CardService.newCardSection().addWidget(paragraph(notes.map(esc).join('<br>'))));

  const { toInvite, external, alreadyInvited, alreadyMember } = preview;
  if (toInvite.length > 0) {
    card.addSection(
      previewSection(t, { title: t('preview.toInvite', { role: roleName, count: toInvite.length }), lines: toInvite }),
    );
  }
  if (external.length > 0) {
    const section = previewSection(t, {
      title: t('preview.external', { role: roleName, count: external.length }),
      lines: external,
    });
    card.addSection(section.addWidget(paragraph(`<i>${esc(t('preview.external.hint'))}</i>`)));
  }
  // Not addresses: under their own heading, before the already-done groups, one group per reason.
  let first = true;
  for (const [reason, problems] of byReason(preview.invalid)) {
    const section = previewSection(t, {
      title: t('invite.results.group', { title: t(`invalid.${reason}`), count: problems.length }),
      lines: problems.map((p) => invalidLine(t, p)),
      copy: problems.map((p) => p.text),
      icon: warningIcon(),
    });
    card.addSection(first ? section.setHeader(t('preview.invalid', { count: preview.invalid.length })) : section);
    first = false;
  }
  if (alreadyInvited.length > 0) {
    card.addSection(
      previewSection(t, {
        title: t('preview.alreadyInvited', { count: alreadyInvited.length }),
        lines: alreadyInvited.map((a) => `${a.email} (${t(`role.${a.role}`)})`),
        copy: alreadyInvited.map((a) => a.email),
        collapsed: true,
      }),
    );
  }
  if (alreadyMember.length > 0) {
    card.addSection(
      previewSection(t, {
        title: t('preview.alreadyMember', { count: alreadyMember.length }),
        lines: alreadyMember,
        collapsed: true,
      }),
    );
  }
  if (sending > 0) {
    card.setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(t('preview.confirm', { count: sending }), action('onStartBulk', { jobId: draftId }), true),
      ),
    );
  }
  return card.build();
}
