// Roster sync in Sheets: the Roster card (file access, the rows it cannot use, paged), the sync preview (per
// course, paged, withdrawals unticked), and the sync job's progress.
import type { Translate } from '../i18n';
import type { InvalidRow } from '../domain/sheet-roster';
import { syncDone, syncProgress, type SyncJob, type SheetView, type SyncPreview } from '../domain/sheet-sync';
import { action } from './action';
import { button, buttons, errorText, esc, header, paragraph } from './ui';

/** Invalid rows per page of the Roster card, and courses per page of the preview: well within 100 widgets. */
export const ROWS_PER_PAGE = 40;
export const COURSES_PER_PAGE = 25;
/** Courses offered for withdrawing their pending invitations not in the sheet (a selection holds 100 items). */
const WITHDRAW_ITEMS = 100;

type Card = GoogleAppsScript.Card_Service.Card;
type Key = Parameters<Translate>[0];

function reasonText(t: Translate, reason: string): string {
  return t(`sync.reason.${reason}` as Key);
}

export function invalidRowText(t: Translate, r: InvalidRow): string {
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
): GoogleAppsScript.Card_Service.ButtonSet | null {
  const list: GoogleAppsScript.Card_Service.TextButton[] = [];
  if (offset > 0) list.push(button(t('sync.previous'), action(fn, { offset: String(Math.max(0, offset - size)) })));
  if (offset + size < total) list.push(button(t('sync.next'), action(fn, { offset: String(offset + size) })));
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

/** The sync preview: totals, then one paragraph per course (a page at a time), unresolved courses, and confirm. */
export function buildSyncPreviewCard(t: Translate, preview: SyncPreview, offset = 0): Card {
  const card = CardService.newCardBuilder()
    .setName('sync-preview')
    .setHeader(header(t('sync.previewTitle'), t('sync.sheet', { title: preview.title, sheet: preview.sheetName })));
  const totals = CardService.newCardSection();
  if (preview.changes === 0) totals.addWidget(paragraph(`<b>${esc(t('sync.inSync'))}</b>`));
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
      if (n.toInvite)
        lines.push(t('sync.group.toInvite', { count: n.toInvite, rows: rowList(c.sample.toInvite, n.toInvite) }));
      if (n.alreadyInvited) lines.push(t('sync.group.alreadyInvited', { count: n.alreadyInvited }));
      if (n.roleChanges)
        lines.push(
          t('sync.group.roleChanges', { count: n.roleChanges, rows: rowList(c.sample.roleChanges, n.roleChanges) }),
        );
      if (n.members) lines.push(t('sync.group.members', { count: n.members }));
      if (n.toWithdraw)
        lines.push(
          t('sync.group.toWithdraw', { count: n.toWithdraw, rows: rowList(c.sample.toWithdraw, n.toWithdraw) }),
        );
      if (n.nothingToWithdraw) lines.push(t('sync.group.nothingToWithdraw', { count: n.nothingToWithdraw }));
      if (n.invalid)
        lines.push(t('sync.group.invalid', { count: n.invalid, rows: rowList(c.sample.invalid, n.invalid) }));
      if (n.notInSheet) lines.push(t('sync.group.notInSheet', { count: n.notInSheet }));
      section.addWidget(paragraph(`<b>${esc(c.name)}</b><br>${lines.map(esc).join('<br>')}`));
    }
    const pages = pager(t, 'onSyncPreviewPage', offset, COURSES_PER_PAGE, preview.courses.length);
    if (pages) section.addWidget(pages);
    card.addSection(section);
  }
  if (preview.unresolved.length > 0 && offset === 0) {
    const section = CardService.newCardSection().setHeader(t('sync.unresolvedTitle'));
    const lines = preview.unresolved
      .slice(0, 20)
      .map((u) =>
        t('sync.unresolved', { ref: u.ref, reason: reasonText(t, u.reason), rows: rowList(u.sample, u.count) }),
      );
    section.addWidget(paragraph(lines.map(esc).join('<br>')));
    card.addSection(section);
  }
  const withdrawable = preview.courses.filter((c) => c.counts.notInSheet > 0).slice(0, WITHDRAW_ITEMS);
  if (withdrawable.length > 0 && offset === 0) {
    // Unticked by default: withdrawing is never the surprise of a sync.
    const input = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.CHECK_BOX)
      .setFieldName('withdraw')
      .setTitle(t('sync.withdrawField'));
    for (const c of withdrawable)
      input.addItem(t('sync.withdrawItem', { course: c.name, count: c.counts.notInSheet }), c.id, false);
    card.addSection(CardService.newCardSection().addWidget(input));
  }
  if (preview.changes > 0 || withdrawable.length > 0) {
    card.setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        button(t('sync.confirm', { count: preview.changes }), action('onStartSync'), true),
      ),
    );
  }
  return card.build();
}

/** The sync's progress, like a bulk job's: counts, then Continue now / Refresh / Cancel, or Close when done. */
export function buildSyncJobCard(t: Translate, job: SyncJob): Card {
  const p = syncProgress(job);
  const c = job.checkpoint.counts;
  const status = CardService.newCardSection()
    .addWidget(paragraph(`<b>${esc(t('sync.jobProgress', p))}</b>`))
    .addWidget(
      paragraph(
        esc(
          t('sync.jobCounts', {
            invited: c.invited ?? 0,
            roleChanged: c.roleChanged ?? 0,
            withdrawn: (c.withdrawn ?? 0) + job.notInSheetWithdrawn,
            unchanged: (c.alreadyInvited ?? 0) + (c.member ?? 0) + (c.nothingToWithdraw ?? 0),
            invalid: c.invalid ?? 0,
            failed: c.failed ?? 0,
          }),
        ),
      ),
    );
  const done = syncDone(job);
  status.addWidget(paragraph(esc(t(done ? 'sync.jobDone' : 'job.background'))));
  const card = CardService.newCardBuilder()
    .setName('sync-job')
    .setHeader(header(t('sync.jobTitle', { title: job.title })))
    .addSection(status);
  const footer = CardService.newFixedFooter();
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
