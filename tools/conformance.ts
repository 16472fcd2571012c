// `npm run conformance`: probes of the Google behaviours the emulator assumes (docs/assumptions.md), run against
// the emulator (default, and in CI through test/tools/conformance.test.ts) and, given CLASSROOM_TEACHER_TOKEN,
// CLASSROOM_STUDENT_TOKEN and CLASSROOM_TEST_COURSE, against real Classroom over HTTPS. Writes docs/conformance.md.
// Live runs refuse a course with students or more than one teacher, and delete what they create (finally blocks).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSchool, Emulator, handleHttp } from '@classroom-invitations/emulator';

export type Who = 'teacher' | 'student';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** The small HTTP client the probes use: the same code talks to the emulator and to Google. */
export interface Client {
  call(who: Who, method: string, path: string, body?: unknown): Promise<Answer>;
  /** The student's address (invitations are created for it). */
  studentEmail: string;
  courseId: string;
}

export type Findings = Record<string, string>;

const errorOf = (a: Answer): string => {
  const e = a.body.error as { status?: string; message?: string } | undefined;
  const reason = /@([A-Za-z]+)/.exec(e?.message ?? '')?.[1];
  return `${a.status}${e?.status ? ` ${e.status}` : ''}${reason ? ` @${reason}` : ''}`;
};
const count = (a: Answer, key: string): number => {
  const list = a.body[key];
  return Array.isArray(list) ? list.length : 0;
};
const idOf = (a: Answer): string => (typeof a.body.id === 'string' ? a.body.id : '');
const outcome = (a: Answer): string => (a.status === 200 ? '200 allowed' : errorOf(a));

/** Runs every probe; whatever it created is deleted before it returns, even on failure. */
export async function probe(c: Client): Promise<Findings> {
  const f: Findings = {};
  const teachers = await c.call('teacher', 'GET', `/v1/courses/${c.courseId}/teachers?pageSize=500`);
  const students = await c.call('teacher', 'GET', `/v1/courses/${c.courseId}/students?pageSize=500`);
  const memberCount = count(students, 'students');
  if (memberCount > 0 || count(teachers, 'teachers') > 1) {
    throw new Error('Refusing to probe a course with students or more than one teacher: use an empty test course.');
  }
  f['Member page (teachers, pageSize=500)'] = `${teachers.status}, ${count(teachers, 'teachers')} returned`;
  const created: string[] = [];
  const create = async () => {
    const a = await c.call('teacher', 'POST', '/v1/invitations', {
      courseId: c.courseId,
      userId: c.studentEmail,
      role: 'STUDENT',
    });
    if (a.status === 200) created.push(idOf(a));
    return a;
  };
  try {
    const first = await create();
    const id = idOf(first);
    const decoded = Buffer.from(id, 'base64url').toString('utf8');
    f['Invitation id format'] = decoded.startsWith(`${c.courseId}|`) ? 'base64url of "courseId\\|userId…"' : 'opaque';
    const twice = await create();
    f['Create twice'] = errorOf(twice);
    const shape = twice.body.error;
    f['Error body fields'] = typeof shape === 'object' && shape !== null ? Object.keys(shape).sort().join(', ') : '–';
    const member = await c.call('teacher', 'POST', '/v1/invitations', {
      courseId: c.courseId,
      userId: 'me',
      role: 'STUDENT',
    });
    if (member.status === 200) created.push(idOf(member)); // not expected, but never left behind
    f['Invite a member (the teacher as student)'] = outcome(member);
    f['Invitee reads the course (courses.get)'] = outcome(await c.call('student', 'GET', `/v1/courses/${c.courseId}`));
    const byUser = await c.call('teacher', 'GET', `/v1/invitations?userId=${encodeURIComponent(c.studentEmail)}`);
    f["List by another user's id alone"] =
      byUser.status === 200 ? `filtered (${count(byUser, 'invitations')})` : errorOf(byUser);
    f['Profile of an invitee (userProfiles.get)'] = outcome(
      await c.call('teacher', 'GET', `/v1/userProfiles/${encodeURIComponent(c.studentEmail)}`),
    );
    f['Accept by a teacher'] = errorOf(await c.call('teacher', 'POST', `/v1/invitations/${id}:accept`));
    f['Get an unknown invitation'] = errorOf(await c.call('teacher', 'GET', '/v1/invitations/conformance-probe-none'));
    const del = await c.call('student', 'DELETE', `/v1/invitations/${id}`);
    f['Invitee deletes (declines) the invitation'] = outcome(del);
    if (del.status === 200) created.splice(created.indexOf(id), 1);
    else {
      await c.call('teacher', 'DELETE', `/v1/invitations/${id}`);
      created.splice(created.indexOf(id), 1);
    }
    const again = await create();
    f['Re-created invitation keeps its id'] = idOf(again) === id ? 'same id' : 'new id';
  } finally {
    for (const id of created) await c.call('teacher', 'DELETE', `/v1/invitations/${id}`);
  }
  return f;
}

/** The emulator, in process: an empty course owned by a demo teacher, and a demo student. */
export function emulatorClient(): Client {
  const emu = new Emulator({ seed: demoSchool(), latencyMs: 0 });
  const teacher = emu.world.user('ada.lovelace@demo-school.edu');
  if (!teacher) throw new Error('The demo school has no Ada Lovelace.');
  const studentEmail = 'chloe.dubois@demo-school.edu';
  const course = emu.world.addCourse({ name: 'Conformance probe', ownerId: teacher.id, courseState: 'ACTIVE' });
  const users: Record<Who, string> = { teacher: teacher.email, student: studentEmail };
  return {
    studentEmail,
    courseId: course.id,
    call: (who, method, path, body) => {
      const res = handleHttp(
        emu.api,
        {
          url: `https://classroom.googleapis.com${path}`,
          method,
          headers: { Authorization: `Bearer emu-token:${users[who]}` },
          ...(body === undefined ? {} : { payload: JSON.stringify(body), contentType: 'application/json' }),
        },
        'rest',
      );
      return Promise.resolve({ status: res.status, body: JSON.parse(res.body || '{}') as Record<string, unknown> });
    },
  };
}

/** Real Classroom over HTTPS with two OAuth access tokens of a test domain. */
export async function liveClient(env: NodeJS.ProcessEnv): Promise<Client | null> {
  const tokens: Record<Who, string | undefined> = {
    teacher: env.CLASSROOM_TEACHER_TOKEN,
    student: env.CLASSROOM_STUDENT_TOKEN,
  };
  const courseId = env.CLASSROOM_TEST_COURSE;
  if (!tokens.teacher || !tokens.student || !courseId) return null;
  const call = async (who: Who, method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(`https://classroom.googleapis.com${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[who]}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const me = await call('student', 'GET', '/v1/userProfiles/me');
  const email = (me.body as { emailAddress?: string }).emailAddress;
  if (!email) throw new Error('The student token shows no email address (it needs classroom.profile.emails).');
  return { call, studentEmail: email, courseId };
}

const OUT = join(__dirname, '..', 'docs', 'conformance.md');
const LIVE_MARK = '<!-- live: ';

export function document(emulator: Findings, live: { date: string; findings: Findings } | null): string {
  const keys = [...new Set([...Object.keys(emulator), ...Object.keys(live?.findings ?? {})])];
  return [
    '# Conformance: the emulator against real Classroom',
    '',
    'Written by `npm run conformance` (`tools/conformance.ts`): the same probes against the emulator and, given',
    '`CLASSROOM_TEACHER_TOKEN`, `CLASSROOM_STUDENT_TOKEN` and `CLASSROOM_TEST_COURSE` (an empty test course),',
    'against real Classroom. The register of these assumptions is [assumptions.md](assumptions.md). A live run needs',
    'a course with one teacher and no students, so the member page probe sees one page of one teacher: whether',
    'Google caps pages at 30 needs a course of 31 members, which the probes do not create.',
    '',
    `| Probe | Emulator | Real Classroom (${live ? `last live run ${live.date}` : 'never run live'}) |`,
    '|---|---|---|',
    ...keys.map((k) => `| ${k} | ${emulator[k] ?? '–'} | ${live?.findings[k] ?? 'never run live'} |`),
    '',
    ...(live ? [`${LIVE_MARK}${JSON.stringify(live)} -->`, ''] : []),
  ].join('\n');
}

/** The last live run recorded in docs/conformance.md, kept when this run is emulator-only. */
function lastLive(): { date: string; findings: Findings } | null {
  if (!existsSync(OUT)) return null;
  const text = readFileSync(OUT, 'utf8');
  const at = text.indexOf(LIVE_MARK);
  if (at < 0) return null;
  return JSON.parse(text.slice(at + LIVE_MARK.length, text.indexOf(' -->', at))) as {
    date: string;
    findings: Findings;
  };
}

async function main(): Promise<void> {
  const emulator = await probe(emulatorClient());
  const client = await liveClient(process.env);
  const live = client ? { date: new Date().toISOString().slice(0, 10), findings: await probe(client) } : lastLive();
  writeFileSync(OUT, document(emulator, live));
  console.log(document(emulator, live));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
