// Roster sheet reading: English and French headers in any order, rows turned into invitations or named problems,
// and course references resolved by id, alias or exact name.
import fc from 'fast-check';
import {
  parseSheetRows,
  recogniseHeader,
  resolveCourses,
  type CourseCandidate,
  type SheetHeader,
} from '../../src/domain/sheet-roster';

function headerOf(row: unknown[]): SheetHeader {
  const result = recogniseHeader(row);
  if (!result.ok) throw new Error(`no header: ${result.missing.join(', ')}`);
  return result.header;
}

describe('recogniseHeader', () => {
  it.each([
    [['Course', 'Email', 'Role', 'Action', 'Status']],
    [['Course ID', 'E-mail', 'Rôle', 'ACTION', 'Statut']],
    [['Class', 'Email address', 'role', 'action', 'status']],
    [['Cours', 'Adresse e-mail', 'Rôle', 'Action', 'Statut']],
    [['Classe', 'Courriel', 'RÔLE', 'action', 'STATUT']],
    [['  ID du cours ', 'adresse  E-MAIL', ' rôle', 'Action ', 'État']],
  ])('reads %j', (row) => {
    expect(headerOf(row)).toEqual({ course: 0, email: 1, role: 2, action: 3, status: 4, statusCreated: false });
  });

  it('says where the status column would go when there is none, after the last named column', () => {
    expect(headerOf(['Notes', 'Email', 'Course', '', ''])).toEqual({
      course: 2,
      email: 1,
      role: null,
      action: null,
      status: 3,
      statusCreated: true,
    });
  });

  it('names the missing columns', () => {
    // With the columns it did find, so a sync can say which one moved or went.
    expect(recogniseHeader(['Name', 'Role'])).toEqual({ ok: false, missing: ['course', 'email'], found: { role: 1 } });
    expect(recogniseHeader(['Cours', 'Nom'])).toEqual({ ok: false, missing: ['email'], found: { course: 0 } });
    expect(recogniseHeader([])).toEqual({ ok: false, missing: ['course', 'email'], found: {} });
  });

  it('finds the columns whatever their order and whatever extra columns sit between them', () => {
    const named = ['Course', 'Email', 'Role', 'Action', 'Status'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(named, { minLength: 5, maxLength: 5 }),
        fc.array(fc.constantFrom('Name', 'Notes', '', 'Grade', 'Nom'), { maxLength: 4 }),
        fc.nat(),
        (order, extras, seed) => {
          const row: string[] = [...order];
          extras.forEach((extra, i) => row.splice((seed + i) % (row.length + 1), 0, extra));
          const h = headerOf(row);
          expect(row[h.course]).toBe('Course');
          expect(row[h.email]).toBe('Email');
          expect(row[h.role!]).toBe('Role');
          expect(row[h.action!]).toBe('Action');
          expect(row[h.status]).toBe('Status');
        },
      ),
    );
  });
});

describe('parseSheetRows', () => {
  const header = headerOf(['Course', 'Email', 'Role', 'Action']);

  it('reads valid rows with 1-based sheet row numbers, lower-case emails and default role and action', () => {
    const parsed = parseSheetRows(
      [
        ['Course', 'Email', 'Role', 'Action'],
        ['123', ' Ana@School.ORG ', '', ''],
        ['d:math_101', 'bo@school.org', 'Enseignant', 'Inviter'],
        [456, 'cy@school.org', 'élève', 'retirer'],
        ['Biology 1', 'mailto:di@school.org', 'PROPRIÉTAIRE', 'remove'],
      ],
      header,
    );
    expect(parsed.invalid).toEqual([]);
    expect(parsed.valid).toEqual([
      { row: 2, courseRef: '123', email: 'ana@school.org', role: 'STUDENT', action: 'invite' },
      { row: 3, courseRef: 'd:math_101', email: 'bo@school.org', role: 'TEACHER', action: 'invite' },
      { row: 4, courseRef: '456', email: 'cy@school.org', role: 'STUDENT', action: 'remove' },
      { row: 5, courseRef: 'Biology 1', email: 'di@school.org', role: 'OWNER', action: 'remove' },
    ]);
  });

  it('names every unusable row with its number and reason, and skips blank rows silently', () => {
    const parsed = parseSheetRows(
      [
        ['Course', 'Email', 'Role', 'Action'],
        ['', '', '', ''],
        ['123', 'not an email', '', ''],
        ['', 'ana@school.org', '', ''],
        ['123', 'ana@school.org', 'janitor', ''],
        ['123', 'bo@school.org', '', 'promote'],
        ['123', 'cy@school.org', '', ''],
        [' 123 ', 'CY@school.org', 'teacher', ''],
        [],
        ['123', 'a b@school.org', '', ''],
        ['123', `${'x'.repeat(250)}@school.org`, '', ''],
        ['constructor', 'di@school.org', 'constructor', ''],
      ],
      header,
    );
    expect(parsed.invalid).toEqual([
      // Each keeps its email cell, cleaned: a withdrawal never touches a person a row names, valid or not.
      { row: 3, reason: 'email.invalid', value: 'not an email', courseRef: '123', email: 'not an email' },
      { row: 4, reason: 'course.missing', email: 'ana@school.org' },
      { row: 5, reason: 'role.unknown', value: 'janitor', courseRef: '123', email: 'ana@school.org' },
      { row: 6, reason: 'action.unknown', value: 'promote', courseRef: '123', email: 'bo@school.org' },
      { row: 8, reason: 'duplicate', firstRow: 7, courseRef: '123', email: 'cy@school.org' },
      { row: 10, reason: 'email.invalid', value: 'a b@school.org', courseRef: '123', email: 'a b@school.org' },
      {
        row: 11,
        reason: 'email.invalid',
        value: `${'x'.repeat(250)}@school.org`,
        courseRef: '123',
        email: `${'x'.repeat(250)}@school.org`,
      },
      { row: 12, reason: 'role.unknown', value: 'constructor', courseRef: 'constructor', email: 'di@school.org' },
    ]);
    expect(parsed.valid.map((r) => r.row)).toEqual([7]);
  });

  it('ignores extra columns and the status column of an earlier run', () => {
    const h = headerOf(['Name', 'Email', 'Status', 'Course']);
    const parsed = parseSheetRows(
      [
        ['Name', 'Email', 'Status', 'Course'],
        ['Ana', 'ana@school.org', 'Invited · yesterday', '123'],
        ['Bo', '', 'Row ignored', ''],
      ],
      h,
    );
    expect(parsed).toEqual({
      valid: [{ row: 2, courseRef: '123', email: 'ana@school.org', role: 'STUDENT', action: 'invite' }],
      invalid: [],
    });
  });

  it('gives the same rows whatever the column order, extra columns and blank rows', () => {
    const rowArb = fc.record({
      course: fc.constantFrom('123', 'Math', 'd:bio'),
      email: fc.constantFrom('a@x.org', 'b@x.org', 'c@x.org', 'bad'),
      role: fc.constantFrom('', 'teacher', 'élève'),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 12 }),
        fc.shuffledSubarray(['Course', 'Email', 'Role'], { minLength: 3, maxLength: 3 }),
        fc.array(fc.nat({ max: 12 }), { maxLength: 4 }),
        fc.boolean(),
        (rows, order, blanks, extraColumn) => {
          const names = extraColumn ? [...order, 'Notes'] : order;
          const cell = (r: (typeof rows)[number], name: string) =>
            name === 'Course' ? r.course : name === 'Email' ? r.email : name === 'Role' ? r.role : 'note';
          const canonical = parseSheetRows(
            [['Course', 'Email', 'Role'], ...rows.map((r) => [r.course, r.email, r.role])],
            headerOf(['Course', 'Email', 'Role']),
          );
          const lines: unknown[][] = rows.map((r) => names.map((n) => cell(r, n)));
          // Blank rows shift row numbers: map each data row to where it lands.
          const sorted = [...blanks].sort((a, b) => b - a);
          for (const at of sorted)
            lines.splice(
              Math.min(at, lines.length),
              0,
              names.map(() => ''),
            );
          const shuffled = parseSheetRows([names, ...lines], headerOf(names));
          const strip = (p: typeof canonical) => ({
            valid: p.valid.map(({ row: _row, ...rest }) => rest),
            invalid: p.invalid.map((i) => i.reason),
          });
          expect(strip(shuffled)).toEqual(strip(canonical));
        },
      ),
    );
  });
});

describe('resolveCourses', () => {
  const courses: CourseCandidate[] = [
    { id: '100', name: 'Math 101', aliases: ['d:math_101'], teaching: true },
    { id: '200', name: 'Biology', teaching: true },
    { id: '201', name: 'biology', teaching: true },
    { id: '300', name: 'History', aliases: ['p:hist'], teaching: false },
    { id: '400', name: 'Art', teaching: true },
    { id: '401', name: 'Art', teaching: false },
  ];

  it('finds a course by id, alias (case-insensitive) or exact name (case-insensitive)', () => {
    const out = resolveCourses(['100', 'D:MATH_101', 'math 101', ' Math  101 ', 'Art'], courses);
    expect(Object.fromEntries(out)).toEqual({
      '100': { ok: true, courseId: '100' },
      'D:MATH_101': { ok: true, courseId: '100' },
      'math 101': { ok: true, courseId: '100' },
      ' Math  101 ': { ok: true, courseId: '100' },
      Art: { ok: true, courseId: '400' },
    });
  });

  it('refuses an ambiguous name, a course not taught and a course not found', () => {
    const out = resolveCourses(['Biology', '300', 'p:hist', 'Chemistry', '999', 'Math'], courses);
    expect(Object.fromEntries(out)).toEqual({
      Biology: { ok: false, reason: 'course.ambiguous', courseIds: ['200', '201'] },
      '300': { ok: false, reason: 'course.notTaught' },
      'p:hist': { ok: false, reason: 'course.notTaught' },
      Chemistry: { ok: false, reason: 'course.notFound' },
      '999': { ok: false, reason: 'course.notFound' },
      Math: { ok: false, reason: 'course.notFound' },
    });
  });
});
