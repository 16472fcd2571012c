// Reads a roster sheet: finds the columns from an English or French header row, turns rows into invitations to
// sync, names every row it cannot use, and resolves the course each row points at (id, alias or exact name).
import { isEmail } from './addresses';
import type { Role } from './roles';

type SheetColumn = 'course' | 'email' | 'role' | 'action' | 'status';

export interface SheetRow {
  row: number; // 1-based sheet row
  courseRef: string; // As typed (trimmed): a course id, an alias (d:… / p:…) or a course name
  email: string; // Lower case
  role: Role;
  action: 'invite' | 'remove';
}

type RowReason =
  | `course.${'missing' | 'notFound' | 'notTaught' | 'ambiguous'}`
  | 'email.invalid'
  | 'role.unknown'
  | 'action.unknown'
  | 'duplicate'
  | 'owner.notCoTeacher';

export interface InvalidRow {
  row: number;
  reason: RowReason;
  firstRow?: number; // For 'duplicate': the row that first named the same course and email
  value?: string; // What was typed in the offending cell, when there is one
  courseRef?: string; // The row's course as typed, when it has one: the preview lists the row under that course
  email?: string; // The row's email cell, cleaned, when it has one: a withdrawal never touches a person a row names
}

export type ParsedSheet = { valid: SheetRow[]; invalid: InvalidRow[] };

/** Lower case, no accents, letters and digits only: "Adresse e-mail" → "adresseemail". */
const foldLabel = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

// Folded labels (see foldLabel), English then French.
const SYNONYMS: Record<SheetColumn, string> = {
  course:
    'course courseid coursename coursealias class classid classname ' +
    'cours coursid iddecours idducours identifiantducours nomducours classe idclasse iddelaclasse',
  email: 'email emailaddress emails mail adresseemail adressemail adressecourriel adresseelectronique courriel',
  role: 'role courserole',
  action: 'action',
  status: 'status statut etat',
};

/** A cell as text: trimmed, a date in ISO form, anything else but numbers and booleans empty. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  return '';
}

// Finds the columns by name (0-based indexes); the first column matching a name wins. Extra columns are ignored.
// `statusCreated`: there was no status column; `status` is where it would go.
export function recogniseHeader(row: readonly unknown[]) {
  const found: Partial<Record<SheetColumn, number>> = {};
  row.forEach((cell, index) => {
    const label = foldLabel(cellText(cell));
    for (const [column, words] of Object.entries(SYNONYMS) as [SheetColumn, string][])
      if (found[column] === undefined && words.split(' ').includes(label)) found[column] = index;
  });
  const { course, email, role = null, action = null, status } = found;
  const missing = (['course', 'email'] as const).filter((c) => found[c] === undefined);
  if (course === undefined || email === undefined) return { ok: false as const, missing, found };
  // A status column to create goes after the last header cell that is not empty.
  const width = row.reduce<number>((w, cell, i) => (cellText(cell) === '' ? w : i + 1), 0);
  return {
    ok: true as const,
    header: { course, email, role, action, status: status ?? width, statusCreated: status === undefined },
  };
}

export type SheetHeader = Extract<ReturnType<typeof recogniseHeader>, { ok: true }>['header'];

/** Folded word → value. A Map: the words are user data ("constructor" must not match). */
function wordTable<T extends string>(words: Record<T, string>): Map<string, T> {
  const entries = Object.entries(words) as [T, string][];
  return new Map(entries.flatMap(([value, list]) => list.split(' ').map((w) => [w, value] as const)));
}

const ROLE_WORDS = wordTable<Role>({
  STUDENT: 'student students eleve etudiant etudiante',
  TEACHER: 'teacher coteacher enseignant enseignante professeur professeure prof',
  OWNER: 'owner proprietaire',
});

const ACTION_WORDS = wordTable<SheetRow['action']>({
  invite: 'invite inviter add ajouter',
  remove: 'remove retirer withdraw delete supprimer enlever',
});

/** A blank cell (trimmed by cellText) means `blank`; an unknown word, null. */
const parseWord = <T>(table: Map<string, T>, text: string, blank: T) =>
  text === '' ? blank : (table.get(foldLabel(text)) ?? null);

/** Same course as typed, for spotting duplicates before courses are resolved. */
const courseKey = (ref: string) => ref.trim().replace(/\s+/g, ' ').toLowerCase();

// Turns sheet values (row 1 = the header, as values.batchGet returns them) into rows to sync. Blank rows
// (nothing in the course, email, role and action cells) are skipped; each unusable row gets its first problem.
export function parseSheetRows(values: readonly (readonly unknown[])[], header: SheetHeader): ParsedSheet {
  const result: ParsedSheet = { valid: [], invalid: [] };
  const seen = new Map<string, number>();
  const at = (cells: readonly unknown[], index: number | null) => (index === null ? '' : cellText(cells[index]));
  values.forEach((cells, index) => {
    if (index === 0) return;
    const row = index + 1;
    const courseRef = at(cells, header.course).replace(/\s+/g, ' ');
    const rawEmail = at(cells, header.email);
    const rawRole = at(cells, header.role);
    const rawAction = at(cells, header.action);
    if (!courseRef && !rawEmail && !rawRole && !rawAction) return;
    const email = rawEmail.replace(/^mailto:/i, '').toLowerCase();
    const role = parseWord(ROLE_WORDS, rawRole, 'STUDENT');
    const action = parseWord(ACTION_WORDS, rawAction, 'invite');
    if (courseRef && isEmail(email) && role && action) {
      const key = `${courseKey(courseRef)}\n${email}`;
      const firstRow = seen.get(key);
      if (firstRow !== undefined) result.invalid.push({ row, reason: 'duplicate', firstRow, courseRef, email });
      else result.valid.push({ row, courseRef, email, role, action });
      seen.set(key, firstRow ?? row);
      return;
    }
    const [reason, value]: [RowReason, string?] = !courseRef
      ? ['course.missing']
      : !isEmail(email)
        ? ['email.invalid', rawEmail]
        : role === null
          ? ['role.unknown', rawRole]
          : ['action.unknown', rawAction];
    result.invalid.push({ row, reason, value, courseRef: courseRef || undefined, email: email || undefined });
  });
  return result;
}

/** What the resolver needs to know of a course the user can see. */
export interface CourseCandidate {
  id: string;
  name: string;
  aliases?: readonly string[];
  teaching: boolean; // The user teaches it (owner or co-teacher), so may invite to it
}

export type CourseResolution =
  | { ok: true; courseId: string }
  | { ok: false; reason: 'course.notFound' | 'course.notTaught' }
  | { ok: false; reason: 'course.ambiguous'; courseIds: string[] };

export const ALIAS = /^[dp]:/i; // a course alias: d:… (domain) or p:… (project)

// Course ref → course: by id, by alias (d:… / p:…), else by exact name (case-insensitive). A name shared by two
// taught courses is ambiguous; a course found but not taught by the user cannot be synced.
export function resolveCourses(
  refs: Iterable<string>,
  courses: readonly CourseCandidate[],
): Map<string, CourseResolution> {
  const out = new Map<string, CourseResolution>();
  for (const ref of refs) {
    if (out.has(ref)) continue;
    const key = courseKey(ref);
    let matches = courses.filter((c) => c.id === ref.trim());
    if (matches.length === 0 && ALIAS.test(key))
      matches = courses.filter((c) => (c.aliases ?? []).some((a) => a.toLowerCase() === key));
    if (matches.length === 0) matches = courses.filter((c) => courseKey(c.name) === key);
    const taught = matches.filter((c) => c.teaching).map((c) => c.id);
    if (taught.length > 1) out.set(ref, { ok: false, reason: 'course.ambiguous', courseIds: taught });
    else if (taught[0] !== undefined) out.set(ref, { ok: true, courseId: taught[0] });
    else out.set(ref, { ok: false, reason: matches.length > 0 ? 'course.notTaught' : 'course.notFound' });
  }
  return out;
}
