// The sync preview as pure data: for every sheet row, what confirming would do to its course's invitations, grouped
// per course, before anything is written; then the approval the job keeps (the planned write of every row, the
// invitations the user chose to withdraw, a fingerprint of the rows and columns the plan used) and the check that
// says what changed in the sheet since. Planning again after applying a plan finds nothing left to do.
import type { Role } from './roles';
import { isRecord } from './types';
import {
  cellText,
  recogniseHeader,
  type CourseResolution,
  type InvalidRow,
  type ParsedSheet,
  type SheetRow,
} from './sheet-roster';

type PendingInvitation = { role: Role; invitationId: string };

/** What a course holds now: pending invitations by lower-case email, its members' and its teachers' emails. */
export interface CourseSyncState {
  pending: Record<string, PendingInvitation>;
  members: readonly string[];
  teachers?: readonly string[]; // absent: none known (an OWNER row is then not synced)
}

type PlannedRow =
  | (SheetRow & { courseId: string; kind: 'invite' })
  | (SheetRow & { courseId: string; kind: 'changeRole'; invitationId: string; from: Role })
  | (SheetRow & { courseId: string; kind: 'withdraw'; invitationId: string })
  // Why a row needs nothing: already invited with the same role, already a member, or nothing pending to withdraw.
  | (SheetRow & { courseId: string; kind: 'none'; why: 'alreadyInvited' | 'member' | 'nothingToWithdraw' })
  | (InvalidRow & { kind: 'invalid' });

// Each outcome of a row (its code in the approval, see Approval) → its group in the course's preview.
const OUTCOMES = {
  invite: 'toInvite',
  changeRole: 'roleChanges',
  withdraw: 'toWithdraw',
  alreadyInvited: 'alreadyInvited',
  member: 'members',
  nothingToWithdraw: 'nothingToWithdraw',
  invalid: 'invalid',
} as const;

export type PreviewGroup = (typeof OUTCOMES)[keyof typeof OUTCOMES];

const outcomeOf = (r: PlannedRow) => (r.kind === 'none' ? r.why : r.kind);

/** A pending invitation of a course that no row names: a withdraw candidate, unticked by default. */
type NotInSheet = PendingInvitation & { email: string };

/** The preview of one course: the rows of each group (every row of the course is in exactly one). */
interface CoursePlan extends Record<PreviewGroup, number[]> {
  courseId: string;
  refs: string[]; // the course refs the sheet used for it, as typed
  notInSheet: NotInSheet[];
}

interface UnresolvedCourse {
  ref: string;
  reason: 'course.notFound' | 'course.notTaught' | 'course.ambiguous';
  courseIds?: string[];
  rows: number[];
}

export type SyncPlan = ReturnType<typeof planSync>;

const NO_STATE: CourseSyncState = { pending: {}, members: [], teachers: [] };
const NOT_FOUND: CourseResolution = { ok: false, reason: 'course.notFound' };

function planRow(row: SheetRow, courseId: string, state: CourseSyncState, members: Set<string>): PlannedRow {
  const pending = Object.prototype.hasOwnProperty.call(state.pending, row.email) ? state.pending[row.email] : undefined;
  if (row.action === 'remove') {
    return pending
      ? { ...row, courseId, kind: 'withdraw', invitationId: pending.invitationId }
      : { ...row, courseId, kind: 'none', why: 'nothingToWithdraw' };
  }
  // Classroom refuses an OWNER invitation to anyone not yet a co-teacher (IneligibleOwner, common-errors page):
  // such a row is not synced; the course card's Transfer ownership does it in two steps.
  if (row.role === 'OWNER' && !(state.teachers ?? []).some((t) => t.toLowerCase() === row.email)) {
    return { row: row.row, kind: 'invalid', reason: 'owner.notCoTeacher', courseRef: row.courseRef, email: row.email };
  }
  if (row.role !== 'OWNER' && members.has(row.email)) return { ...row, courseId, kind: 'none', why: 'member' };
  if (!pending) return { ...row, courseId, kind: 'invite' };
  if (pending.role === row.role) return { ...row, courseId, kind: 'none', why: 'alreadyInvited' };
  return { ...row, courseId, kind: 'changeRole', invitationId: pending.invitationId, from: pending.role };
}

// Plans parsed rows against each course's state; `courses` maps each course ref to its resolution (see resolveCourses).
export function planSync(
  parsed: ParsedSheet,
  courses: ReadonlyMap<string, CourseResolution>,
  state: Readonly<Record<string, CourseSyncState>>,
) {
  const rows: PlannedRow[] = []; // every non-blank data row, by row number
  const plans = new Map<string, CoursePlan>(); // in the order the sheet first names them
  const unresolved = new Map<string, UnresolvedCourse>();
  const seen = new Map<string, number>();
  const named = new Set<string>(); // each course and email a row names, valid row or not: never offered for withdrawal
  const memberSets = new Map<string, Set<string>>();
  const planFor = (courseId: string, ref: string): CoursePlan => {
    const groups = Object.values(OUTCOMES).map((group) => [group, []]);
    const plan =
      plans.get(courseId) ?? ({ courseId, refs: [], notInSheet: [], ...Object.fromEntries(groups) } as CoursePlan);
    plans.set(courseId, plan);
    if (!plan.refs.includes(ref)) plan.refs.push(ref);
    return plan;
  };
  for (const row of [...parsed.valid, ...parsed.invalid].sort((a, b) => a.row - b.row)) {
    const courseRef = row.courseRef ?? '';
    const resolution = courses.get(courseRef) ?? NOT_FOUND;
    const course = resolution.ok ? planFor(resolution.courseId, courseRef) : undefined;
    if (course && row.email) named.add(`${course.courseId}\n${row.email}`);
    if ('reason' in row) {
      rows.push({ ...row, kind: 'invalid' });
      course?.invalid.push(row.row);
      continue;
    }
    if (!resolution.ok) {
      const u: UnresolvedCourse = unresolved.get(courseRef) ?? { ref: courseRef, reason: resolution.reason, rows: [] };
      if (resolution.reason === 'course.ambiguous') u.courseIds = resolution.courseIds;
      unresolved.set(courseRef, u);
      u.rows.push(row.row);
      rows.push({ row: row.row, kind: 'invalid', reason: resolution.reason, value: courseRef, courseRef });
      continue;
    }
    const { courseId } = resolution;
    const plan = planFor(courseId, courseRef);
    // The same course named two ways (id and name) can still repeat an email.
    const key = `${courseId}\n${row.email}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      rows.push({ row: row.row, kind: 'invalid', reason: 'duplicate', firstRow, courseRef });
      plan.invalid.push(row.row);
      continue;
    }
    seen.set(key, row.row);
    const courseState = state[courseId] ?? NO_STATE;
    const members = memberSets.get(courseId) ?? new Set(courseState.members.map((m) => m.toLowerCase()));
    memberSets.set(courseId, members);
    const planned = planRow(row, courseId, courseState, members);
    rows.push(planned);
    plan[OUTCOMES[outcomeOf(planned)]].push(row.row);
  }
  for (const plan of plans.values()) {
    const pending = (state[plan.courseId] ?? NO_STATE).pending;
    for (const email of Object.keys(pending).sort()) {
      const p = pending[email];
      if (p && !named.has(`${plan.courseId}\n${email}`))
        plan.notInSheet.push({ email, role: p.role, invitationId: p.invitationId });
    }
  }
  const counts: Record<PlannedRow['kind'], number> = { invite: 0, changeRole: 0, withdraw: 0, none: 0, invalid: 0 };
  for (const r of rows) counts[r.kind]++;
  const changes = counts.invite + counts.changeRole + counts.withdraw; // 0: the sheet is already in sync
  return { rows, courses: [...plans.values()], unresolved: [...unresolved.values()], counts, changes };
}

const BLOCK_ROWS = 100; // Rows per fingerprint block: a change is reported as the blocks it falls in ("rows 201–300")

// What the user approved by confirming a preview: the columns it used (by label and place), a fingerprint per block of
// rows up to `lastRow`, the planned write of every row (outcome → rows as compact ranges; x:<reason>: not synced), the
// pending invitations of role changes and withdrawals, each course ref's course, and the invitations to withdraw.
export type Approval = ReturnType<typeof approve>;

/** FNV-1a, 32 bits, base 36: short, and any edit of a cell changes it with near certainty. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const COLUMNS = ['course', 'email', 'role', 'action'] as const;
type Column = (typeof COLUMNS)[number];
type Columns = Record<Column, number | null>;
type Values = readonly (readonly unknown[])[];

/** Where the header row of `values` puts each column the plan reads (null: none). */
function columnsOf(values: Values): Columns {
  const found = recogniseHeader(values[0] ?? []);
  const at: Partial<Record<Column, number | null>> = found.ok ? found.header : found.found;
  return Object.fromEntries(COLUMNS.map((c) => [c, at[c] ?? null])) as Columns;
}

/** One fingerprint per block of rows from row 2 to `lastRow`, over the cells the plan reads (course to action). */
function fingerprint(values: Values, columns: Columns, lastRow: number) {
  const line = (cells: readonly unknown[] | undefined) =>
    COLUMNS.map((c) => columns[c])
      .map((c) => (c === null ? '' : cellText(cells?.[c])))
      .join('\t');
  const out: string[] = [];
  for (let first = 2; first <= lastRow; first += BLOCK_ROWS) {
    const length = Math.min(BLOCK_ROWS, lastRow - first + 1);
    out.push(hash(Array.from({ length }, (_, k) => line(values[first - 2 + k])).join('\n')));
  }
  return out;
}

/** The approval of `plan`, read from `values`, offering to withdraw every pending invitation no row names. */
export function approve(plan: SyncPlan, values: Values) {
  const byCode = new Map<string, number[]>();
  const pending: Record<string, [string, Role]> = {}; // row → [invitation id, its role at the preview]
  for (const r of plan.rows) {
    const code = r.kind === 'invalid' ? `x:${r.reason}` : outcomeOf(r);
    byCode.set(code, [...(byCode.get(code) ?? []), r.row]);
    if (r.kind === 'changeRole') pending[r.row] = [r.invitationId, r.from];
    if (r.kind === 'withdraw') pending[r.row] = [r.invitationId, r.role];
  }
  const refs = Object.fromEntries(plan.courses.flatMap((c) => c.refs.map((ref) => [ref, c.courseId])));
  const withdraw = plan.courses.flatMap(({ courseId, notInSheet }) => notInSheet.map((p) => ({ courseId, ...p })));
  const lastRow = Math.max(1, values.length);
  const groups: Record<string, string> = Object.fromEntries(
    [...byCode].map(([code, rows]) => [code, formatRows(rows)]),
  );
  const columns = columnsOf(values);
  return { columns, lastRow, blocks: fingerprint(values, columns, lastRow), groups, pending, refs, withdraw };
}

/** Each approved row's code (see Approval). */
export function rowCodes(approval: Approval): Map<number, string> {
  const out = new Map<number, string>();
  for (const [code, text] of Object.entries(approval.groups)) for (const r of parseRows(text)) out.set(r, code);
  return out;
}

/** What changed since the preview: a column moved or gone, or blocks of rows edited. Empty: still as approved. */
export type SheetChange =
  { kind: 'column'; column: Column; now: number | null } | { kind: 'rows'; from: number; to: number };

export function sheetChanges(approval: Approval, values: Values): SheetChange[] {
  const columns = columnsOf(values);
  const moved = COLUMNS.filter((column) => columns[column] !== approval.columns[column]);
  if (moved.length > 0) return moved.map((column) => ({ kind: 'column', column, now: columns[column] }));
  const blocks = fingerprint(values, approval.columns, approval.lastRow);
  const edited = approval.blocks.flatMap((b, i) => (blocks[i] === b ? [] : [i]));
  return runs(edited).map(([first, last]) => ({
    kind: 'rows',
    from: 2 + first * BLOCK_ROWS,
    to: Math.min(approval.lastRow, 1 + (last + 1) * BLOCK_ROWS),
  }));
}

/** Numbers as runs of consecutive ones: [9, 2, 3, 4] → [[2, 4], [9, 9]]. */
export function runs(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last?.[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** Rows as compact ranges ("2-40,57"). */
const formatRows = (rows: readonly number[]) =>
  runs(rows)
    .map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`))
    .join(',');

function parseRows(text: string): number[] {
  return text
    .split(',')
    .filter(Boolean)
    .flatMap((part) => {
      const [a = 0, b = a] = part.split('-').map(Number);
      return Array.from({ length: Math.max(0, b - a + 1) }, (_, k) => a + k);
    });
}

/** Validates an approval read back from a store or the cache: anything else is never acted on. */
export function isApproval(v: unknown): v is Approval {
  return (
    isRecord(v) &&
    [v.columns, v.groups, v.pending, v.refs].every(isRecord) &&
    typeof v.lastRow === 'number' &&
    Array.isArray(v.blocks) &&
    v.blocks.every((b) => typeof b === 'string') &&
    Array.isArray(v.withdraw)
  );
}
