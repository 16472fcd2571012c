// The bulk paste form and its dry run: every entry in exactly one group (to invite, outside the school, not
// addresses, then the collapsed already-done ones), PREVIEW_LINES shown per group and all of it copyable, so a
// 1,500-address preview stays a short card; the confirm button says how many invitations it sends.
import { roleInText, type Translate } from '../i18n';
import { toSend, type Preview } from '../domain/preview';
import type { Role } from '../domain/roles';
import { byReason, groupSection, invalidLine, type Group } from './lists';
import * as ui from './ui';

export function buildBulkCard(t: Translate, course: { id: string; name: string }) {
  const preview = ui.action('onPreviewBulk', { courseId: course.id }).addRequiredWidget('bulkEmails');
  const form = ui.section(
    '',
    ui.textInput('bulkEmails', t('bulk.field'), t('bulk.hint')).setMultiline(true),
    ui.roleSelect(t, 'role', 'STUDENT'),
    ui.buttons(ui.button(t('bulk.preview'), preview, true)),
  );
  return ui.newCard('bulk', t('course.bulk'), course.name).addSection(form).build();
}

/** Lines shown per group: the rest is one "Copy list" away, and the card stays a few screens tall. */
const PREVIEW_LINES = 30;

const note = (text: string) => ui.paragraph(`<i>${ui.esc(text)}</i>`);

/** A group cut to its first PREVIEW_LINES lines, "Copy list" still copying all of it, and saying so. */
function previewSection(t: Translate, group: Group) {
  const total = group.lines.length;
  if (total <= PREVIEW_LINES) return groupSection(t, group);
  const lines = group.lines.slice(0, PREVIEW_LINES);
  const cut = groupSection(t, { ...group, lines, copy: group.copy ?? group.lines });
  return cut.addWidget(note(t('preview.firstLines', { shown: PREVIEW_LINES, total })));
}

/** The dry run of a list (app/preview-list.ts), saved as the draft job `draftId` that confirming starts. */
export function buildPreviewCard(
  t: Translate,
  { course, role, preview, draftId }: { course: { name: string }; role: Role; preview: Preview; draftId: string },
) {
  const roleName = roleInText(t, role);
  const card = ui.newCard('preview', t('preview.title'), course.name);
  const sending = toSend(preview).length;
  const notes = [sending > 0 ? t('preview.confirm.detail', { count: sending, role: roleName }) : t('preview.nothing')];
  if (preview.cleaned > 0) notes.push(t('invalid.cleaned', { count: preview.cleaned }));
  if (preview.duplicates > 0) notes.push(t('preview.duplicates', { count: preview.duplicates }));
  card.addSection(ui.section('', ui.plain(...notes)));

  const { toInvite, external, alreadyInvited, alreadyMember } = preview;
  if (toInvite.length > 0) {
    const title = t('preview.toInvite', { role: roleName, count: toInvite.length });
    card.addSection(previewSection(t, { title, lines: toInvite }));
  }
  if (external.length > 0) {
    const title = t('preview.external', { role: roleName, count: external.length });
    card.addSection(previewSection(t, { title, lines: external }).addWidget(note(t('preview.external.hint'))));
  }
  // Not addresses: under their own heading, before the already-done groups, one group per reason.
  let first = true;
  for (const [reason, problems] of byReason(preview.invalid)) {
    const invalid = previewSection(t, {
      title: t('invite.results.group', { title: t(`invalid.${reason}`), count: problems.length }),
      lines: problems.map((p) => invalidLine(t, p)),
      copy: problems.map((p) => p.text),
      icon: ui.material('warning'),
    });
    card.addSection(first ? invalid.setHeader(t('preview.invalid', { count: preview.invalid.length })) : invalid);
    first = false;
  }
  if (alreadyInvited.length > 0) {
    const title = t('preview.alreadyInvited', { count: alreadyInvited.length });
    const lines = alreadyInvited.map((a) => `${a.email} (${t(`role.${a.role}`)})`);
    const copy = alreadyInvited.map((a) => a.email);
    card.addSection(previewSection(t, { title, lines, copy, collapsed: true }));
  }
  if (alreadyMember.length > 0) {
    const title = t('preview.alreadyMember', { count: alreadyMember.length });
    card.addSection(previewSection(t, { title, lines: alreadyMember, collapsed: true }));
  }
  const start = ui.action('onStartBulk', { jobId: draftId });
  if (sending > 0) card.setFixedFooter(ui.footer(t('preview.confirm', { count: sending }), start));
  return card.build();
}
