// Sheet sync in Sheets: the sheet card (file access, the rows it cannot use, paged), the sync preview (per course,
// paged; the pending invitations it offers to withdraw named, 20 a page, unticked), and the sync job's state.
import type { Translate } from '../i18n';
import type { InvalidRow } from '../domain/sheet-roster';
import type { SheetChange } from '../domain/sheet-plan';
import { isDone, progress, type Plan } from '../domain/plan';
import { syncCounts, type SheetView, type SyncPreview } from '../domain/sheet-sync';
import { action } from './action';
import { button, buttons, errorText, esc, header, paragraph } from './ui';

/** Invalid rows per page of the Roster card, and courses per page of the preview: well within 100 widgets. */
const ROWS_PER_PAGE = 40;
const COURSES_PER_PAGE = 25;
/** Courses offered for withdrawing their pending invitations not in the sheet (a selection holds 100 items). */
const WITHDRAW_ITEMS = 100;
/** Invitations offered for withdrawal named per page of the preview. */
const PEOPLE_PER_PAGE = 20;
/** Emails named in a course's withdraw check box (the list above names them all). */
const NAMES_IN_ITEM = 3;

type Card = GoogleAppsScript.Card_Service.Card;
type Key = Parameters<Translate>[0];

function reasonText(t: Translate, reason: string): string {
  return t(`sync.reason.${reason}` as Key);
}

function invalidRowText(t: Translate, r: InvalidRow): string {
  if (r.reason === 'duplicate' && r.firstRow !== undefined)
    return t('sync.invalidDuplicate', { row: r.row, first: r.firstRow });
  const reason = reasonText(t, r.reason);
  return r.value
    ? t('sync.invalidValue', { row: r.row, reason, value: r.value })
    : t('sync.invalidRow', { row: r.row, reason });
}

function pager(
  t: Translate,
  fn: 'onSheetPage' | 'onSyncPreviewPage',
  offset: number,
  size: number,
  total: number,
  param = 'offset',
): GoogleAppsScript.Card_Service.ButtonSet | null {
  const list: GoogleAppsScript.Card_Service.TextButton[] = [];
  if (offset > 0) list.push(button(t('sync.previous'), action(fn, { [param]: String(Math.max(0, offset - size)) })));
  if (offset + size < total) list.push(button(t('sync.next'), action(fn, { [param]: String(offset + size) })));
  return list.length > 0 ? buttons(...list) : null;
}

/** The Roster card: the way in (grant access), or the sheet's rows as read and the way on (preview). */
export function buildSheetCard(t: Translate, view: SheetView, offset = 0): Card {
  const card = CardService.newCardBuilder()
    .setName('roster')
    .setHeader(header(t('sync.title')));
  const intro = CardService.newCardSection().addWidget(paragraph(esc(t('sync.intro'))));
  card.addSection(intro);
  if (view.kind === 'notSheets') {
    intro.addWidget(paragraph(esc(t('sync.notSheets'))));
    return card.build();
  }
  if (view.kind === 'noAccess') {
    intro
      .addWidget(paragraph(esc(t('sync.grantHint'))))
      .addWidget(buttons(button(t('sync.grant'), action('onRequestFileScope'), true)));
    return card.build();
  }
  intro.addWidget(paragraph(`<b>${esc(t('sync.sheet', { title: view.title, sheet: view.sheetName }))}</b>`));
  if (view.kind === 'noHeader') {
    intro.addWidget(paragraph(errorText(t('sync.noHeader', { missing: view.missing.join(', ') }))));
    return card.build();
  }
  intro.addWidget(paragraph(esc(t('sync.summary', { valid: view.valid, invalid: view.invalid.length }))));
  if (view.invalid.length > 0) {
    const section = CardService.newCardSection().setHeader(t('sync.invalidTitle'));
    const shown = view.invalid.slice(offset, offset + ROWS_PER_PAGE);
    section.addWidget(
      paragraph(esc(t('sync.page', { from: offset + 1, to: offset + shown.length, total: view.invalid.length }))),
    );
    for (const r of shown) section.addWidget(paragraph(esc(invalidRowText(t, r))));
    const pages = pager(t, 'onSheetPage', offset, ROWS_PER_PAGE, view.invalid.length);
    if (pages) section.addWidget(pages);
    card.addSection(section);
  }
  const footer = CardService.newFixedFooter();
  if (view.job) {
    footer.setPrimaryButton(button(t('sync.openJob'), action('onShowSync'), true));
  } else if (view.valid > 0) {
    footer.setPrimaryButton(button(t('sync.preview'), action('onPreviewSync'), true));
  } else return card.build();
  return card.setFixedFooter(footer).build();
}

function rowList(rows: readonly number[], count: number): string {
  return rows.join(', ') + (count > rows.length ? ', …' : '');
}

/** The sync preview: totals, one paragraph per course (a page at a time), unresolved courses, the invitations it
 *  offers to withdraw (by name, a page at a time, ticked per course), and confirm. */
export function buildSyncPreviewCard(t: Translate, preview: SyncPreview, offset = 0, peopleOffset = 0): Card {
  const card = CardService.newCardBuilder()
    .setName('sync-preview')
    .setHeader(header(t('sync.previewTitle'), t('sync.sheet', { title: preview.title, sheet: preview.sheetName })));
  const names = new Map(preview.courses.map((c) => [c.id, c.name]));
  const people = Object.entries(preview.notInSheet).flatMap(([courseId, list]) =>
    list.map((p) => ({ ...p, course: names.get(courseId) ?? courseId })),
  );
  const totals = CardService.newCardSection();
  if (preview.changes === 0 && people.length === 0) totals.addWidget(paragraph(`<b>${esc(t('sync.inSync'))}</b>`));
  totals.addWidget(paragraph(esc(t('sync.totals', { ...preview.counts }))));
  card.addSection(totals);

  const shown = preview.courses.slice(offset, offset + COURSES_PER_PAGE);
  if (shown.length > 0) {
    const section = CardService.newCardSection().addWidget(
      paragraph(
        esc(t('sync.coursesPage', { from: offset + 1, to: offset + shown.length, total: preview.courses.length })),
      ),
    );
    for (const c of shown) {
      const lines: string[] = [];
      const n = c.counts;
      const rows = (key: 'toInvite' | 'roleChanges' | 'toWithdraw' | 'invalid', count: number) =>
        lines.push(t(`sync.group.${key}`, { count, rows: rowList(c.sample[key], count) }));
      if (n.toInvite) rows('toInvite', n.toInvite);
      if (n.alreadyInvited) lines.push(t('sync.group.alreadyInvited', { count: n.alreadyInvited }));
      if (n.roleChanges) rows('roleChanges', n.roleChanges);
      if (n.members) lines.push(t('sync.group.members', { count: n.members }));
      if (n.toWithdraw) rows('toWithdraw', n.toWithdraw);
      if (n.nothingToWithdraw) lines.push(t('sync.group.nothingToWithdraw', { count: n.nothingToWithdraw }));
      if (n.invalid) rows('invalid', n.invalid);
      if (n.notInSheet) lines.push(t('sync.group.notInSheet', { count: n.notInSheet }));
      section.addWidget(paragraph(`<b>${esc(c.name)}</b><br>${lines.map(esc).join('<br>')}`));
    }
    const pages = pager(t, 'onSyncPreviewPage', offset, COURSES_PER_PAGE, preview.courses.length);
    if (pages) section.addWidget(pages);
    card.addSection(section);
  }
  if (preview.unresolved.length > 0 && offset === 0) {
    const section = CardService.newCardSection().setHeader(t('sync.unresolvedTitle'));
    const lines = preview.unresolved.slice(0, 20).map((u) =>
      t(u.count === 1 ? 'sync.unresolved.row' : 'sync.unresolved.rows', {
        ref: u.ref,
        reason: reasonText(t, u.reason),
        rows: rowList(u.sample, u.count),
      }),
    );
    section.addWidget(paragraph(lines.map(esc).join('<br>')));
    card.addSection(section);
  }
  const withdrawable = Object.keys(preview.notInSheet).slice(0, WITHDRAW_ITEMS);
  if (people.length > 0) {
    // Named, a page at a time; unticked by default: withdrawing is never the surprise of a sync.
    const page = people.slice(peopleOffset, peopleOffset + PEOPLE_PER_PAGE);
    const section = CardService.newCardSection().setHeader(t('sync.withdrawTitle'));
    section.addWidget(
      paragraph(
        esc(t('sync.withdrawPage', { from: peopleOffset + 1, to: peopleOffset + page.length, total: people.length })),
      ),
    );
    section.addWidget(
      paragraph(
        page
          .map((p) => esc(t('sync.withdrawPerson', { email: p.email, role: t(`role.${p.role}`), course: p.course })))
          .join('<br>'),
      ),
    );
    const pages = pager(t, 'onSyncPreviewPage', peopleOffset, PEOPLE_PER_PAGE, people.length, 'people');
    if (pages) section.addWidget(pages);
    const input = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.CHECK_BOX)
      .setFieldName('withdraw')
      .setTitle(t('sync.withdrawField'));
    for (const id of withdrawable) {
      const emails = (preview.notInSheet[id] ?? []).map((p) => p.email);
      const shownNames = emails.slice(0, NAMES_IN_ITEM).join(', ') + (emails.length > NAMES_IN_ITEM ? ', …' : '');
      input.addItem(t('sync.withdrawItem', { course: names.get(id) ?? id, names: shownNames }), id, false);
    }
    section.addWidget(input);
    card.addSection(section);
  }
  if (preview.changes > 0 || withdrawable.length > 0) {
    const label = preview.changes > 0 ? t('sync.confirm', { count: preview.changes }) : t('sync.confirmWithdrawOnly');
    card.setFixedFooter(CardService.newFixedFooter().setPrimaryButton(button(label, action('onStartSync'), true)));
  }
  return card.build();
}

function changeText(t: Translate, c: SheetChange): string {
  if (c.kind === 'rows') {
    const range = c.from === c.to ? String(c.from) : `${c.from}–${c.to}`;
    return t(c.from === c.to ? 'sync.changed.row' : 'sync.changed.rows', { range });
  }
  return t(c.now === null ? 'sync.changed.gone' : 'sync.changed.moved', { column: t(`sync.column.${c.column}`) });
}

/**
 * The sync's state, like a bulk job's: rows done and counts, then Continue now / Refresh / Cancel, or Close when
 * done. Paused because the sheet changed: what changed (`changes`), and a new preview as the only way on.
 */
export function buildSyncJobCard(t: Translate, plan: Plan, changes: readonly SheetChange[] = []): Card {
  const p = progress(plan);
  const c = syncCounts(plan);
  const quiet = Number(plan.extra?.unchanged ?? 0);
  const invalid = Number(plan.extra?.invalid ?? 0);
  const status = CardService.newCardSection()
    .addWidget(
      paragraph(
        `<b>${esc(t('sync.jobProgress', { done: p.done + quiet + invalid, total: p.total + quiet + invalid }))}</b>`,
      ),
    )
    .addWidget(paragraph(esc(t('sync.jobCounts', { ...c, unchanged: c.unchanged + quiet, invalid }))));
  const done = isDone(plan);
  const sheetChanged = plan.paused === 'sync.paused';
  const title = done ? 'sync.jobDoneTitle' : plan.paused ? 'sync.pausedTitle' : 'sync.jobTitle';
  const card = CardService.newCardBuilder()
    .setName('sync-job')
    .setHeader(header(t(title, { title: plan.title })))
    .addSection(status);
  const footer = CardService.newFixedFooter();
  if (sheetChanged) {
    // The sheet no longer matches what the user approved: say what changed; a new preview goes on.
    const lines = changes.map((x) => esc(changeText(t, x)));
    status.addWidget(paragraph([esc(t('sync.paused')), ...lines].join('<br>')));
    footer.setPrimaryButton(button(t('sync.newPreview'), action('onPreviewSync'), true));
    footer.setSecondaryButton(button(t('job.cancel'), action('onCancelSync')));
    return card.setFixedFooter(footer).build();
  }
  if (plan.paused) status.addWidget(paragraph(esc(t(plan.paused))));
  status.addWidget(paragraph(esc(t(done ? 'sync.jobDone' : 'job.background'))));
  if (done) footer.setPrimaryButton(button(t('job.close'), action('onCloseSync'), true));
  else {
    footer.setPrimaryButton(button(t('job.continue'), action('onContinueSync'), true));
    card.addSection(
      CardService.newCardSection().addWidget(
        buttons(
          button(t('job.refresh'), action('onShowSync', { replace: '1' })),
          button(t('job.cancel'), action('onCancelSync')),
        ),
      ),
    );
  }
  return card.setFixedFooter(footer).build();
}

/** The editor's consent dialog for this one file (drive.file), as Google documents for editor add-ons. */
export function requestFileScope(): GoogleAppsScript.Card_Service.ActionResponse {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}
