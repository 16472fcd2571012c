// The sync preview as pure data: for every roster row, what confirming would do to its course's invitations, grouped
// per course, before anything is written. Planning again after applying a plan finds nothing left to do.
import type { Role } from './roles';
import type { CourseResolution, InvalidRow, ParsedSheet, SheetRow, RowReason } from './sheet-roster';

export interface PendingInvitation {
  role: Role;
  invitationId: string;
}

/** What a course holds now: pending invitations by lower-case email, and its members' emails. */
export interface CourseSyncState {
  pending: Record<string, PendingInvitation>;
  members: readonly string[];
}

/** Why a row needs nothing: already invited with the same role, already a member, or nothing pending to withdraw. */
export type UnchangedReason = 'alreadyInvited' | 'member' | 'nothingToWithdraw';

export type PlannedRow =
  | (SheetRow & { courseId: string; kind: 'invite' })
  | (SheetRow & { courseId: string; kind: 'changeRole'; invitationId: string; from: Role })
  | (SheetRow & { courseId: string; kind: 'withdraw'; invitationId: string })
  | (SheetRow & { courseId: string; kind: 'none'; why: UnchangedReason })
  | { row: number; kind: 'invalid'; reason: RowReason; firstRow?: number; value?: string; courseRef?: string };

export type PlannedKind = PlannedRow['kind'];

/** A pending invitation of a course that no row names: a withdraw candidate, unticked by default. */
export interface NotInSheet {
  email: string;
  role: Role;
  invitationId: string;
}

/** The preview of one course; every row of the course is in exactly one group. */
export interface CoursePlan {
  courseId: string;
  /** The course refs the sheet used for it, as typed. */
  refs: string[];
  toInvite: number[];
  alreadyInvited: number[];
  roleChanges: number[];
  members: number[];
  toWithdraw: number[];
  nothingToWithdraw: number[];
  invalid: number[];
  notInSheet: NotInSheet[];
}

export interface UnresolvedCourse {
  ref: string;
  reason: 'course.notFound' | 'course.notTaught' | 'course.ambiguous';
  courseIds?: string[];
  rows: number[];
}

export interface SyncPlan {
  /** Every non-blank data row, by row number. */
  rows: PlannedRow[];
  /** Courses in the order the sheet first names them. */
  courses: CoursePlan[];
  unresolved: UnresolvedCourse[];
  /** Rows that will not be synced, with their reasons (parse errors, duplicates, unresolved courses). */
  invalid: InvalidRow[];
  counts: Record<PlannedKind, number>;
  /** Rows whose confirmation writes something; 0 = the sheet is already in sync. */
  changes: number;
}

function emptyCoursePlan(courseId: string): CoursePlan {
  return {
    courseId,
    refs: [],
    toInvite: [],
    alreadyInvited: [],
    roleChanges: [],
    members: [],
    toWithdraw: [],
    nothingToWithdraw: [],
    invalid: [],
    notInSheet: [],
  };
}

const NO_STATE: CourseSyncState = { pending: {}, members: [] };

function pendingFor(state: CourseSyncState, email: string): PendingInvitation | undefined {
  return Object.prototype.hasOwnProperty.call(state.pending, email) ? state.pending[email] : undefined;
}

function planRow(row: SheetRow, courseId: string, state: CourseSyncState, members: Set<string>): PlannedRow {
  const pending = pendingFor(state, row.email);
  if (row.action === 'remove') {
    return pending
      ? { ...row, courseId, kind: 'withdraw', invitationId: pending.invitationId }
      : { ...row, courseId, kind: 'none', why: 'nothingToWithdraw' };
  }
  if (members.has(row.email)) return { ...row, courseId, kind: 'none', why: 'member' };
  if (!pending) return { ...row, courseId, kind: 'invite' };
  if (pending.role === row.role) return { ...row, courseId, kind: 'none', why: 'alreadyInvited' };
  return { ...row, courseId, kind: 'changeRole', invitationId: pending.invitationId, from: pending.role };
}

function group(plan: CoursePlan, planned: PlannedRow): number[] {
  switch (planned.kind) {
    case 'invite':
      return plan.toInvite;
    case 'changeRole':
      return plan.roleChanges;
    case 'withdraw':
      return plan.toWithdraw;
    case 'invalid':
      return plan.invalid;
    case 'none':
      return planned.why === 'member'
        ? plan.members
        : planned.why === 'alreadyInvited'
          ? plan.alreadyInvited
          : plan.nothingToWithdraw;
  }
}

/**
 * Plans the sync of parsed rows against each course's current state. `courses` maps every course ref to its
 * resolution (see resolveCourses); `state` gives each resolved course's pending invitations and members.
 */
export function planSync(
  parsed: ParsedSheet,
  courses: ReadonlyMap<string, CourseResolution>,
  state: Readonly<Record<string, CourseSyncState>>,
): SyncPlan {
  const rows: PlannedRow[] = parsed.invalid.map((i) => ({ ...i, kind: 'invalid' as const }));
  const plans = new Map<string, CoursePlan>();
  const unresolved = new Map<string, UnresolvedCourse>();
  const seen = new Map<string, number>();
  const memberSets = new Map<string, Set<string>>();
  const namedBy = new Map<string, Set<string>>();
  const planFor = (courseId: string, ref: string): CoursePlan => {
    let plan = plans.get(courseId);
    if (!plan) {
      plan = emptyCoursePlan(courseId);
      plans.set(courseId, plan);
    }
    if (!plan.refs.includes(ref)) plan.refs.push(ref);
    return plan;
  };
  for (const row of [...parsed.valid, ...parsed.invalid].sort((a, b) => a.row - b.row)) {
    if (!('email' in row)) {
      const resolution = row.courseRef === undefined ? undefined : courses.get(row.courseRef);
      if (resolution?.ok && row.courseRef !== undefined)
        planFor(resolution.courseId, row.courseRef).invalid.push(row.row);
      continue;
    }
    const resolution = courses.get(row.courseRef) ?? { ok: false, reason: 'course.notFound' };
    if (!resolution.ok) {
      let u = unresolved.get(row.courseRef);
      if (!u) {
        u = { ref: row.courseRef, reason: resolution.reason, rows: [] };
        if (resolution.reason === 'course.ambiguous') u.courseIds = resolution.courseIds;
        unresolved.set(row.courseRef, u);
      }
      u.rows.push(row.row);
      rows.push({
        row: row.row,
        kind: 'invalid',
        reason: resolution.reason,
        value: row.courseRef,
        courseRef: row.courseRef,
      });
      continue;
    }
    const { courseId } = resolution;
    const plan = planFor(courseId, row.courseRef);
    // The same course named two ways (id and name) can still repeat an email.
    const key = `${courseId}\n${row.email}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      rows.push({ row: row.row, kind: 'invalid', reason: 'duplicate', firstRow, courseRef: row.courseRef });
      plan.invalid.push(row.row);
      continue;
    }
    seen.set(key, row.row);
    let named = namedBy.get(courseId);
    if (!named) {
      named = new Set();
      namedBy.set(courseId, named);
    }
    named.add(row.email);
    const courseState = state[courseId] ?? NO_STATE;
    let members = memberSets.get(courseId);
    if (!members) {
      members = new Set(courseState.members.map((m) => m.toLowerCase()));
      memberSets.set(courseId, members);
    }
    const planned = planRow(row, courseId, courseState, members);
    rows.push(planned);
    group(plan, planned).push(row.row);
  }
  for (const plan of plans.values()) {
    const named = namedBy.get(plan.courseId) ?? new Set<string>();
    const pending = (state[plan.courseId] ?? NO_STATE).pending;
    for (const email of Object.keys(pending).sort()) {
      const p = pending[email];
      if (p && !named.has(email)) plan.notInSheet.push({ email, role: p.role, invitationId: p.invitationId });
    }
  }
  rows.sort((a, b) => a.row - b.row);
  const counts: Record<PlannedKind, number> = { invite: 0, changeRole: 0, withdraw: 0, none: 0, invalid: 0 };
  for (const r of rows) counts[r.kind]++;
  const invalid: InvalidRow[] = rows.flatMap((r) =>
    r.kind === 'invalid'
      ? [
          {
            row: r.row,
            reason: r.reason,
            ...(r.firstRow === undefined ? {} : { firstRow: r.firstRow }),
            ...(r.value === undefined ? {} : { value: r.value }),
            ...(r.courseRef === undefined ? {} : { courseRef: r.courseRef }),
          },
        ]
      : [],
  );
  return {
    rows,
    courses: [...plans.values()],
    unresolved: [...unresolved.values()],
    invalid,
    counts,
    changes: counts.invite + counts.changeRole + counts.withdraw,
  };
}
