// The sync preview: every row lands in exactly one group of its course, nothing is planned twice, and planning again
// after applying the plan finds nothing to do.
import fc from 'fast-check';
import {
  parseSheetRows,
  recogniseHeader,
  resolveCourses,
  type CourseCandidate,
  type InvalidRow,
} from '../../src/domain/sheet-roster';
import {
  approve,
  planSync,
  rowCodes,
  sheetChanges,
  type CourseSyncState,
  type SyncPlan,
} from '../../src/domain/sheet-plan';

const COURSES: CourseCandidate[] = [
  { id: '100', name: 'Math', aliases: ['d:math'], teaching: true },
  { id: '200', name: 'Biology', teaching: true },
  { id: '300', name: 'History', teaching: false },
  { id: '400', name: 'Twin', teaching: true },
  { id: '401', name: 'Twin', teaching: true },
];

function plan(values: unknown[][], state: Record<string, CourseSyncState>): SyncPlan {
  const header = recogniseHeader(values[0]!);
  if (!header.ok) throw new Error('header');
  const parsed = parseSheetRows(values, header.header);
  const refs = [...parsed.valid, ...parsed.invalid].flatMap((r) => (r.courseRef ? [r.courseRef] : []));
  return planSync(parsed, resolveCourses(refs, COURSES), state);
}

/** Applies a plan to the model of Classroom, as the job would (withdrawing the ticked not-in-sheet invitations). */
function apply(p: SyncPlan, state: Record<string, CourseSyncState>, withdrawNotInSheet = false) {
  const next: Record<string, CourseSyncState> = {};
  for (const [id, s] of Object.entries(state)) next[id] = { pending: { ...s.pending }, members: [...s.members] };
  let seq = 0;
  for (const r of p.rows) {
    if (r.kind === 'invalid' || r.kind === 'none') continue;
    const course = (next[r.courseId] ??= { pending: {}, members: [] });
    if (r.kind === 'withdraw') Reflect.deleteProperty(course.pending, r.email);
    else course.pending[r.email] = { role: r.role, invitationId: `new-${++seq}` };
  }
  if (withdrawNotInSheet)
    for (const c of p.courses) for (const n of c.notInSheet) Reflect.deleteProperty(next[c.courseId]!.pending, n.email);
  return next;
}

const HEADER = ['Course', 'Email', 'Role', 'Action'];

/** The rows that will not be synced, with their reasons (parse errors, duplicates, unresolved courses). */
const invalidOf = (p: SyncPlan): InvalidRow[] =>
  p.rows.flatMap(({ kind, ...rest }) => (kind === 'invalid' ? [rest as InvalidRow] : []));

describe('planSync', () => {
  const state: Record<string, CourseSyncState> = {
    '100': {
      pending: {
        'same@x.org': { role: 'STUDENT', invitationId: 'i1' },
        'other@x.org': { role: 'STUDENT', invitationId: 'i2' },
        'gone@x.org': { role: 'TEACHER', invitationId: 'i3' },
        'stale@x.org': { role: 'STUDENT', invitationId: 'i4' },
      },
      members: ['Member@x.org'],
    },
  };

  it('groups each course’s rows: to invite, already invited, role change, members, withdraw, invalid, not in sheet', () => {
    const p = plan(
      [
        HEADER,
        ['100', 'new@x.org', '', ''],
        ['Math', 'same@x.org', 'student', ''],
        ['d:math', 'other@x.org', 'teacher', ''],
        ['100', 'member@x.org', '', ''],
        ['100', 'gone@x.org', '', 'remove'],
        ['100', 'never@x.org', '', 'retirer'],
        ['math', 'NEW@x.org', '', ''],
        ['200', 'new@x.org', '', ''],
        ['History', 'h@x.org', '', ''],
        ['Twin', 't@x.org', '', ''],
        ['Nowhere', 'n@x.org', '', ''],
        ['100', 'bad', '', ''],
      ],
      state,
    );
    expect(p.courses).toEqual([
      {
        courseId: '100',
        refs: ['100', 'Math', 'd:math', 'math'],
        toInvite: [2],
        alreadyInvited: [3],
        roleChanges: [4],
        members: [5],
        toWithdraw: [6],
        nothingToWithdraw: [7],
        invalid: [8, 13],
        notInSheet: [{ email: 'stale@x.org', role: 'STUDENT', invitationId: 'i4' }],
      },
      {
        courseId: '200',
        refs: ['200'],
        toInvite: [9],
        alreadyInvited: [],
        roleChanges: [],
        members: [],
        toWithdraw: [],
        nothingToWithdraw: [],
        invalid: [],
        notInSheet: [],
      },
    ]);
    expect(p.unresolved).toEqual([
      { ref: 'History', reason: 'course.notTaught', rows: [10] },
      { ref: 'Twin', reason: 'course.ambiguous', courseIds: ['400', '401'], rows: [11] },
      { ref: 'Nowhere', reason: 'course.notFound', rows: [12] },
    ]);
    expect(invalidOf(p)).toEqual([
      { row: 8, reason: 'duplicate', firstRow: 2, courseRef: 'math' },
      { row: 10, reason: 'course.notTaught', value: 'History', courseRef: 'History' },
      { row: 11, reason: 'course.ambiguous', value: 'Twin', courseRef: 'Twin' },
      { row: 12, reason: 'course.notFound', value: 'Nowhere', courseRef: 'Nowhere' },
      { row: 13, reason: 'email.invalid', value: 'bad', courseRef: '100', email: 'bad' },
    ]);
    expect(p.rows.find((r) => r.row === 4)).toMatchObject({ kind: 'changeRole', invitationId: 'i2', from: 'STUDENT' });
    expect(p.rows.find((r) => r.row === 6)).toMatchObject({ kind: 'withdraw', invitationId: 'i3' });
    expect(p.counts).toEqual({ invite: 2, changeRole: 1, withdraw: 1, none: 3, invalid: 5 });
    expect(p.changes).toBe(4);
  });

  it('says a second run of the same sheet changes nothing', () => {
    const values = [
      HEADER,
      ['100', 'new@x.org', '', ''],
      ['100', 'other@x.org', 'teacher', ''],
      ['100', 'gone@x.org', '', 'remove'],
    ];
    const first = plan(values, state);
    expect(first.changes).toBe(3);
    const second = plan(values, apply(first, state));
    expect(second.changes).toBe(0);
    expect(second.rows.map((r) => r.kind)).toEqual(['none', 'none', 'none']);
  });

  it('previews a 200-row sheet with every kind of bad row, each named with its row number', () => {
    const kinds = [
      'ok',
      'badEmail',
      'noCourse',
      'badRole',
      'badAction',
      'duplicate',
      'blank',
      'notFound',
      'notTaught',
      'ambiguous',
    ];
    const values: unknown[][] = [['Notes', 'Courriel', 'Cours', 'Rôle', 'Action']];
    const expected = new Map<number, string>();
    for (let i = 0; i < 200; i++) {
      const row = i + 2;
      const kind = kinds[i % kinds.length]!;
      const email = `p${i}@x.org`;
      const line: Record<string, unknown[]> = {
        ok: ['', email, i % 2 ? '100' : 'Biology', i % 3 ? 'élève' : 'Enseignant', ''],
        badEmail: ['', `p${i}@`, '100', '', ''],
        noCourse: ['note', email, '', '', ''],
        badRole: ['', email, '100', 'parent', ''],
        badAction: ['', email, '100', '', 'archive'],
        duplicate: ['', `P${i - 5}@X.org`, (i - 5) % 2 ? '100' : 'biology', '', ''],
        blank: ['only a note', '', '', '', ''],
        notFound: ['', email, 'Chemistry', '', ''],
        notTaught: ['', email, '300', '', ''],
        ambiguous: ['', email, 'twin', '', ''],
      };
      values.push(line[kind]!);
      if (kind === 'badEmail') expected.set(row, 'email.invalid');
      if (kind === 'noCourse') expected.set(row, 'course.missing');
      if (kind === 'badRole') expected.set(row, 'role.unknown');
      if (kind === 'badAction') expected.set(row, 'action.unknown');
      if (kind === 'duplicate') expected.set(row, 'duplicate');
      if (kind === 'notFound') expected.set(row, 'course.notFound');
      if (kind === 'notTaught') expected.set(row, 'course.notTaught');
      if (kind === 'ambiguous') expected.set(row, 'course.ambiguous');
    }
    const p = plan(values, {});
    expect(new Map(invalidOf(p).map((i) => [i.row, i.reason]))).toEqual(expected);
    expect(
      invalidOf(p)
        .filter((i) => i.reason === 'duplicate')
        .every((i) => i.firstRow === i.row - 5),
    ).toBe(true);
    expect(p.rows).toHaveLength(180); // 20 blank rows skipped
    expect(p.counts.invite).toBe(20);
    const grouped = p.courses.flatMap((c) => [...c.toInvite, ...c.invalid]);
    // Invitations, duplicates, bad emails, roles and actions: 20 of each, listed under their (resolved) course.
    expect(grouped).toHaveLength(100);
    expect(p.unresolved.map((u) => [u.ref, u.rows.length])).toEqual([
      ['Chemistry', 20],
      ['300', 20],
      ['twin', 20],
    ]);
  });

  it('plans a district sheet: 20,000 rows over 200 courses, half of them already invited', () => {
    const courses: CourseCandidate[] = Array.from({ length: 200 }, (_, c) => ({
      id: String(1000 + c),
      name: `Course ${c}`,
      teaching: true,
    }));
    const state: Record<string, CourseSyncState> = {};
    const values: unknown[][] = [['Email', 'Class', 'Role']];
    for (let i = 0; i < 20_000; i++) {
      const c = i % 200;
      const email = `s${i}@district.org`;
      values.push([email, i % 3 ? String(1000 + c) : `course ${c}`, '']);
      if (Math.floor(i / 200) % 2) {
        state[String(1000 + c)] ??= { pending: {}, members: [] };
        state[String(1000 + c)]!.pending[email] = { role: 'STUDENT', invitationId: `inv${i}` };
      }
    }
    const header = recogniseHeader(values[0]!);
    if (!header.ok) throw new Error('header');
    const parsed = parseSheetRows(values, header.header);
    const p = planSync(parsed, resolveCourses(new Set(parsed.valid.map((r) => r.courseRef)), courses), state);
    expect(p.courses).toHaveLength(200);
    expect(p.counts).toEqual({ invite: 10_000, changeRole: 0, withdraw: 0, none: 10_000, invalid: 0 });
    expect(p.courses.every((c) => c.toInvite.length === 50 && c.alreadyInvited.length === 50)).toBe(true);
  });

  const emailArb = fc.constantFrom('a@x.org', 'b@x.org', 'c@x.org', 'd@x.org', 'bad');
  const roleArb = fc.constantFrom(...(['STUDENT', 'TEACHER', 'OWNER'] as const));
  const stateArb = fc.dictionary(
    fc.constantFrom('100', '200'),
    fc.record({
      pending: fc.dictionary(
        fc.constantFrom('a@x.org', 'b@x.org', 'e@x.org'),
        fc.record({ role: roleArb, invitationId: fc.uuid() }),
      ),
      members: fc.subarray(['c@x.org', 'd@x.org']),
    }),
  );
  const sheetArb = fc.array(
    fc.tuple(
      fc.constantFrom('100', 'Math', 'd:math', '200', 'History', 'Twin', ''),
      emailArb,
      fc.constantFrom('', 'teacher', 'élève', 'owner', 'pupil'),
      fc.constantFrom('', 'remove', 'retirer', 'invite', 'zap'),
    ),
    { maxLength: 25 },
  );

  it('puts every row in exactly one group and plans nothing after its own plan is applied', () => {
    fc.assert(
      fc.property(sheetArb, stateArb, fc.boolean(), (lines, state, withdrawAll) => {
        const values = [HEADER, ...lines];
        const first = plan(values, state);
        const inGroups = [
          ...first.courses.flatMap((c) => [
            ...c.toInvite,
            ...c.alreadyInvited,
            ...c.roleChanges,
            ...c.members,
            ...c.toWithdraw,
            ...c.nothingToWithdraw,
            ...c.invalid,
          ]),
          ...first.unresolved.flatMap((u) => u.rows),
        ];
        expect(new Set(inGroups).size).toBe(inGroups.length);
        for (const c of first.courses) {
          const named = new Set(
            first.rows.flatMap((r) => (r.kind !== 'invalid' && r.courseId === c.courseId ? [r.email] : [])),
          );
          expect(c.notInSheet.every((n) => !named.has(n.email))).toBe(true);
        }
        const second = plan(values, apply(first, state, withdrawAll));
        expect(second.changes).toBe(0);
        expect(second.rows.every((r) => r.kind === 'none' || r.kind === 'invalid')).toBe(true);
        expect(invalidOf(second)).toEqual(invalidOf(first));
      }),
    );
  });
});

describe('OWNER rows and the people a row names', () => {
  const state: Record<string, CourseSyncState> = {
    '100': {
      pending: {
        'ana@x.org': { role: 'STUDENT', invitationId: 'p1' },
        'typo@x.org': { role: 'STUDENT', invitationId: 'p2' },
      },
      members: ['co@x.org'],
      teachers: ['co@x.org'],
    },
  };

  it('plans an OWNER invitation only for a co-teacher; anyone else is not synced, with the reason', () => {
    const p = plan(
      [HEADER, ['100', 'co@x.org', 'owner', ''], ['100', 'ana@x.org', 'owner', ''], ['100', 'new@x.org', 'owner', '']],
      state,
    );
    expect(p.rows.map((r) => [r.row, r.kind, 'reason' in r ? r.reason : ''])).toEqual([
      [2, 'invite', ''],
      [3, 'invalid', 'owner.notCoTeacher'],
      [4, 'invalid', 'owner.notCoTeacher'],
    ]);
    // Ana's pending invitation is named by a row (not synced, but named): never offered for withdrawal.
    expect(p.courses[0]?.notInSheet.map((n) => n.email)).toEqual(['typo@x.org']);
  });

  it('never offers to withdraw a person a row names, even when the row has a mistyped role', () => {
    const p = plan([HEADER, ['100', 'typo@x.org', 'studnet', '']], state);
    expect(p.rows[0]).toMatchObject({ kind: 'invalid', reason: 'role.unknown' });
    expect(p.courses[0]?.notInSheet.map((n) => n.email)).toEqual(['ana@x.org']);
  });
});

describe('the approval and the check against it', () => {
  const state: Record<string, CourseSyncState> = {
    '100': { pending: { 'old@x.org': { role: 'STUDENT', invitationId: 'p1' } }, members: ['m@x.org'] },
  };
  const values = [
    HEADER,
    ['100', 'new@x.org', '', ''],
    ['100', 'old@x.org', 'teacher', ''],
    ['100', 'm@x.org', '', ''],
    ...Array.from({ length: 250 }, (_, i) => ['100', `s${i}@x.org`, '', '']),
  ];

  function approved() {
    const header = recogniseHeader(values[0]!);
    if (!header.ok) throw new Error('header');
    const parsed = parseSheetRows(values, header.header);
    const resolutions = resolveCourses(['100'], COURSES);
    return approve(planSync(parsed, resolutions, state), values);
  }

  it('keeps each row’s planned write and the pending invitation of a role change', () => {
    const a = approved();
    const codes = rowCodes(a);
    expect([codes.get(2), codes.get(3), codes.get(4), codes.get(200)]).toEqual([
      'invite',
      'changeRole',
      'member',
      'invite',
    ]);
    expect(a.pending['3']).toEqual(['p1', 'STUDENT']);
    expect(a.refs).toEqual({ '100': '100' });
    expect(a.columns).toEqual({ course: 0, email: 1, role: 2, action: 3 });
    expect(a.withdraw).toEqual([]); // every pending invitation is named by a row
    expect(a.lastRow).toBe(values.length);
    expect(a.blocks).toHaveLength(3);
  });

  it('says nothing changed when only other columns changed', () => {
    const edited = values.map((r, i) => (i === 0 ? r : [...r, 'a note']));
    expect(sheetChanges(approved(), edited)).toEqual([]);
  });

  it('names the blocks of rows that changed, and a moved or deleted column', () => {
    const a = approved();
    const edited = values.map((r) => [...r]);
    edited[150]![1] = 'someone.else@x.org'; // row 151
    edited[160]![2] = 'owner'; // row 161, same block
    expect(sheetChanges(a, edited)).toEqual([{ kind: 'rows', from: 102, to: 201 }]);
    const removed = values.filter((_, i) => i !== 5); // row 6 removed: every later row moves up
    expect(sheetChanges(a, removed)).toEqual([{ kind: 'rows', from: 2, to: values.length }]);
    const moved = values.map(([course, email, role, action]) => [course, '', role, action, email]);
    expect(sheetChanges(a, moved)).toEqual([{ kind: 'column', column: 'email', now: 4 }]);
    const gone = values.map(([course, , role, action]) => [course, '', role, action]);
    expect(sheetChanges(a, gone)).toEqual([{ kind: 'column', column: 'email', now: null }]);
  });

  it('sees any edit of a used cell (property)', () => {
    const a = approved();
    fc.assert(
      fc.property(fc.nat({ max: 250 }), fc.constantFrom(0, 1, 2, 3), fc.string({ minLength: 1 }), (r, c, text) => {
        const edited = values.map((row) => [...row]);
        const row = edited[r + 1]!;
        fc.pre(String(row[c]).trim() !== text.trim());
        row[c] = text;
        expect(sheetChanges(a, edited)).not.toEqual([]);
      }),
    );
  });
});
