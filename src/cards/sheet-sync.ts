// Sheet sync in Sheets: the sheet card (file access, the rows it cannot use, paged), the sync preview (per course,
// paged; the pending invitations it offers to withdraw named, 20 a page, unticked), and the sync job's state.
import type { Translate } from '../i18n';
import type { InvalidRow } from '../domain/sheet-roster';
import type { SheetChange } from '../domain/sheet-plan';
import { isDone, progress, type Plan } from '../domain/plan';
import { syncCounts, type SheetView, type SyncPreview } from '../domain/sheet-sync';
import type { Action, Widget } from './types';
import * as ui from './ui';

// Per page, well within 100 widgets: the Roster card's invalid rows, the preview's courses and the invitations it
// offers to withdraw, named. Courses offered for withdrawing (a selection holds 100 items), and the emails named in
// each one's check box (the list above names them all).
const ROWS_PER_PAGE = 40;
const COURSES_PER_PAGE = 25;
const PEOPLE_PER_PAGE = 20;
const WITHDRAW_ITEMS = 100;
const NAMES_IN_ITEM = 3;

type Key = Parameters<Translate>[0];

function reasonText(t: Translate, reason: string) {
  return t(`sync.reason.${reason}` as Key);
}

function invalidRowText(t: Translate, r: InvalidRow) {
  if (r.reason === 'duplicate' && r.firstRow !== undefined)
    return t('sync.invalidDuplicate', { row: r.row, first: r.firstRow });
  const reason = reasonText(t, r.reason);
  return r.value
    ? t('sync.invalidValue', { row: r.row, reason, value: r.value })
    : t('sync.invalidRow', { row: r.row, reason });
}

/** A page of `all` from `offset`: "Rows 1–40 of 90" (`range`) above its widgets, Previous/Next below. */
function pageSection<T>(
  t: Translate,
  title: string,
  range: 'sync.page' | 'sync.coursesPage' | 'sync.withdrawPage',
  list: { all: readonly T[]; offset: number; size: number; go: (offset: number) => Action },
  draw: (shown: readonly T[]) => Widget[],
) {
  const { all, offset, size } = list;
  const shown = all.slice(offset, offset + size);
  const heading = ui.plain(t(range, { from: offset + 1, to: offset + shown.length, total: all.length }));
  const page = ui.section(title, heading);
  for (const widget of draw(shown)) page.addWidget(widget);
  const moves = ui.pageButtons(t, { offset, shown: size, total: all.length, step: size }, list.go);
  return moves ? page.addWidget(moves) : page;
}

/** The Roster card: the way in (grant access), or the sheet's rows as read and the way on (preview). */
export function buildSheetCard(t: Translate, view: SheetView, offset = 0) {
  const card = ui.newCard('roster', t('sync.title'));
  const intro = ui.section('', ui.plain(t('sync.intro')));
  card.addSection(intro);
  if (view.kind === 'notSheets') {
    intro.addWidget(ui.plain(t('sync.notSheets')));
    return card.build();
  }
  if (view.kind === 'noAccess') {
    const grant = ui.buttons(ui.button(t('sync.grant'), ui.action('onRequestFileScope'), true));
    intro.addWidget(ui.plain(t('sync.grantHint'))).addWidget(grant);
    return card.build();
  }
  intro.addWidget(ui.bold(t('sync.sheet', { title: view.title, sheet: view.sheetName })));
  if (view.kind === 'noHeader') {
    intro.addWidget(ui.paragraph(ui.errorText(t('sync.noHeader', { missing: view.missing.join(', ') }))));
    return card.build();
  }
  intro.addWidget(ui.plain(t('sync.summary', { valid: view.valid, invalid: view.invalid.length })));
  if (view.invalid.length > 0) {
    const go = (at: number) => ui.action('onSheetPage', { offset: String(at) });
    const list = { all: view.invalid, offset, size: ROWS_PER_PAGE, go };
    const draw = (shown: readonly InvalidRow[]) => shown.map((r) => ui.plain(invalidRowText(t, r)));
    card.addSection(pageSection(t, t('sync.invalidTitle'), 'sync.page', list, draw));
  }
  if (view.job) card.setFixedFooter(ui.footer(t('sync.openJob'), ui.action('onShowSync')));
  else if (view.valid > 0) card.setFixedFooter(ui.footer(t('sync.preview'), ui.action('onPreviewSync')));
  return card.build();
}

function rowList(rows: readonly number[], count: number) {
  return rows.join(', ') + (count > rows.length ? ', …' : '');
}

/** A course's groups in the preview, in this order; the sampled ones name their first rows. */
const GROUPS = [
  'toInvite',
  'alreadyInvited',
  'roleChanges',
  'members',
  'toWithdraw',
  'nothingToWithdraw',
  'invalid',
  'notInSheet',
] as const;

function courseLines(t: Translate, c: SyncPreview['courses'][number]) {
  return GROUPS.filter((key) => c.counts[key] > 0).map((key) => {
    const count = c.counts[key];
    const sample = key in c.sample ? c.sample[key as keyof typeof c.sample] : undefined;
    return t(`sync.group.${key}`, sample ? { count, rows: rowList(sample, count) } : { count });
  });
}

// The sync preview: totals, one paragraph per course (a page at a time), unresolved courses, the invitations it
// offers to withdraw (by name, a page at a time, ticked per course), and confirm.
export function buildSyncPreviewCard(t: Translate, preview: SyncPreview, offset = 0, peopleOffset = 0) {
  const subtitle = t('sync.sheet', { title: preview.title, sheet: preview.sheetName });
  const card = ui.newCard('sync-preview', t('sync.previewTitle'), subtitle);
  const names = new Map(preview.courses.map((c) => [c.id, c.name]));
  const people = Object.entries(preview.notInSheet).flatMap(([courseId, list]) =>
    list.map((p) => ({ ...p, course: names.get(courseId) ?? courseId })),
  );
  const totals = ui.section('');
  if (preview.changes === 0 && people.length === 0) totals.addWidget(ui.bold(t('sync.inSync')));
  card.addSection(totals.addWidget(ui.plain(t('sync.totals', { ...preview.counts }))));
  if (offset < preview.courses.length) {
    const go = (at: number) => ui.action('onSyncPreviewPage', { offset: String(at) });
    const list = { all: preview.courses, offset, size: COURSES_PER_PAGE, go };
    const draw = (shown: readonly SyncPreview['courses'][number][]) =>
      shown.map((c) => ui.paragraph(`<b>${ui.esc(c.name)}</b><br>${courseLines(t, c).map(ui.esc).join('<br>')}`));
    card.addSection(pageSection(t, '', 'sync.coursesPage', list, draw));
  }
  if (preview.unresolved.length > 0 && offset === 0) {
    const lines = preview.unresolved.slice(0, 20).map((u) =>
      t(u.count === 1 ? 'sync.unresolved.row' : 'sync.unresolved.rows', {
        ref: u.ref,
        reason: reasonText(t, u.reason),
        rows: rowList(u.sample, u.count),
      }),
    );
    card.addSection(ui.section(t('sync.unresolvedTitle'), ui.plain(...lines)));
  }
  const withdrawable = Object.keys(preview.notInSheet).slice(0, WITHDRAW_ITEMS);
  if (people.length > 0) {
    // Named, a page at a time; unticked by default: withdrawing is never the surprise of a sync.
    const go = (at: number) => ui.action('onSyncPreviewPage', { people: String(at) });
    const list = { all: people, offset: peopleOffset, size: PEOPLE_PER_PAGE, go };
    const withdraw = pageSection(t, t('sync.withdrawTitle'), 'sync.withdrawPage', list, (shown) => [
      ui.plain(
        ...shown.map((p) => t('sync.withdrawPerson', { email: p.email, role: t(`role.${p.role}`), course: p.course })),
      ),
    ]);
    const input = ui.selection('withdraw', t('sync.withdrawField'), CardService.SelectionInputType.CHECK_BOX);
    for (const id of withdrawable) {
      const emails = (preview.notInSheet[id] ?? []).map((p) => p.email);
      const shownNames = emails.slice(0, NAMES_IN_ITEM).join(', ') + (emails.length > NAMES_IN_ITEM ? ', …' : '');
      input.addItem(t('sync.withdrawItem', { course: names.get(id) ?? id, names: shownNames }), id, false);
    }
    card.addSection(withdraw.addWidget(input));
  }
  if (preview.changes > 0 || withdrawable.length > 0) {
    const label = preview.changes > 0 ? t('sync.confirm', { count: preview.changes }) : t('sync.confirmWithdrawOnly');
    card.setFixedFooter(ui.footer(label, ui.action('onStartSync')));
  }
  return card.build();
}

function changeText(t: Translate, c: SheetChange) {
  if (c.kind === 'rows') {
    const range = c.from === c.to ? String(c.from) : `${c.from}–${c.to}`;
    return t(c.from === c.to ? 'sync.changed.row' : 'sync.changed.rows', { range });
  }
  return t(c.now === null ? 'sync.changed.gone' : 'sync.changed.moved', { column: t(`sync.column.${c.column}`) });
}

// The sync's state, like a bulk job's: rows done and counts, then Continue now / Refresh / Cancel, or Close when
// done. Paused because the sheet changed: what changed (`changes`), and a new preview as the only way on.
export function buildSyncJobCard(t: Translate, plan: Plan, changes: readonly SheetChange[] = []) {
  const p = progress(plan);
  const c = syncCounts(plan);
  const quiet = Number(plan.extra?.unchanged ?? 0);
  const invalid = Number(plan.extra?.invalid ?? 0);
  const status = ui.section(
    '',
    ui.bold(t('sync.jobProgress', { done: p.done + quiet + invalid, total: p.total + quiet + invalid })),
    ui.plain(t('sync.jobCounts', { ...c, unchanged: c.unchanged + quiet, invalid })),
  );
  const done = isDone(plan);
  const title = done ? 'sync.jobDoneTitle' : plan.paused ? 'sync.pausedTitle' : 'sync.jobTitle';
  const card = ui.newCard('sync-job', t(title, { title: plan.title })).addSection(status);
  if (plan.paused === 'sync.paused') {
    // The sheet no longer matches what the user approved: say what changed; a new preview goes on.
    status.addWidget(ui.plain(t('sync.paused'), ...changes.map((x) => changeText(t, x))));
    const cancel = ui.button(t('job.cancel'), ui.action('onCancelSync'));
    return card.setFixedFooter(ui.footer(t('sync.newPreview'), ui.action('onPreviewSync'), cancel)).build();
  }
  if (plan.paused) status.addWidget(ui.plain(t(plan.paused)));
  status.addWidget(ui.plain(t(done ? 'sync.jobDone' : 'job.background')));
  if (done) return card.setFixedFooter(ui.footer(t('transfer.close'), ui.action('onCloseSync'))).build();
  const refresh = ui.button(t('home.refresh'), ui.action('onShowSync', { replace: '1' }));
  return card
    .addSection(ui.section('', ui.buttons(refresh, ui.button(t('job.cancel'), ui.action('onCancelSync')))))
    .setFixedFooter(ui.footer(t('job.continue'), ui.action('onContinueSync')))
    .build();
}

/** The editor's consent dialog for this one file (drive.file), as Google documents for editor add-ons. */
export function fileScopeRequest() {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}
