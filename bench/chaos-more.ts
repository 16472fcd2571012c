// `npm run chaos`, second part: the kill-point and fuzz tests of `npm test` run again in full (CHAOS_FULL=1, see
// bench/chaos-points.ts), counted, printed and written as the last section of docs/robustness.md. Exits non-zero
// when a test fails, after writing the section.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReport } from './report';
import { ROOT } from './worlds';

const FILES = ['safe-writes', 'follow-up', 'transfer', 'malformed-events', 'jobs'].map((f) => `test/e2e/${f}.test.ts`);
const HEADING = '## Every kill point, 1,000 fuzz runs';

interface Result {
  file: string;
  describe: string;
  title: string;
  passed: boolean;
}

/** The rows: which tests each one counts (the describe or title they share, in the file named). */
const ROWS: { case: string; goal: string; file: string; match: RegExp }[] = [
  {
    case: 'Role change killed at each service call of the click, then the homepage opened',
    goal: 'exactly one invitation, old or new role; the user told once when the delete had happened',
    file: 'safe-writes',
    match: /^killed at service call \d+: settled once/,
  },
  {
    case: 'Role change killed after its delete, then the recovery killed at each of its service calls',
    goal: 'the next opening leaves exactly one invitation',
    file: 'safe-writes',
    match: /^killed after the delete and again at recovery call/,
  },
  {
    case: 'Resend of one invitation killed at each service call, then the course opened',
    goal: 'one invitation, resent at most once, its ledger entry exact, nothing made up',
    file: 'follow-up',
    match: /^a resend killed/,
  },
  {
    case: 'Reminder sweep (3 invitations) killed at each service call, then the next hourly run',
    goal: 'each invitation resent once, reminders counted once, nothing made up',
    file: 'follow-up',
    match: /^a sweep killed/,
  },
  {
    case: 'Withdrawing sweep (2 invitations) killed at each service call, then the next hourly run',
    goal: 'each withdrawn once and recorded once, nothing re-created',
    file: 'follow-up',
    match: /^a withdrawing sweep killed/,
  },
  {
    case: 'Owner transfer: the start click and the hourly run killed at each service call or after each Classroom call, then finished or cancelled',
    goal: 'one owner, one TEACHER and one OWNER create; after a cancel no invitation of the transfer left',
    file: 'transfer',
    match: /^owner transfer: the \w+ execution killed/,
  },
  {
    case: 'Bulk job of 300 killed at random points in the click and its resumes (seeds)',
    goal: 'every address invited exactly once, the card exact, the trigger gone by the next tick',
    file: 'jobs',
    match: /^killed at random points \(seed \d+\)/,
  },
  {
    case: 'Bulk job of 120: the confirming click killed at each service call',
    goal: 'no confirmed, unfinished job without the hourly trigger to finish it',
    file: 'jobs',
    match: /^a click killed at any point after confirming/,
  },
  {
    case: 'Invitation entry points fed forged ids and roles by three users (fuzz)',
    goal: '0 uncaught errors, 0 writes',
    file: 'safe-writes',
    match: /^fuzz: /,
  },
  {
    case: 'Malformed events on every UI entry point of the bundle (fuzz)',
    goal: 'a card or a response every time, 0 writes',
    file: 'malformed-events',
    match: /^every entry point answers/,
  },
];

/** The tests beside the kill points that check the uninterrupted run: not kill points themselves. */
const PROBES = /^(has |uninterrupted|is killed before)/;

function runTests(): Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'chaos-more-'));
  const out = join(dir, 'results.json');
  try {
    spawnSync(
      join(ROOT, 'node_modules', '.bin', 'jest'),
      [...FILES, '--json', `--outputFile=${out}`, '--testTimeout=600000'],
      { cwd: ROOT, env: { ...process.env, CHAOS_FULL: '1' }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      testResults: {
        name: string;
        message: string;
        assertionResults: { ancestorTitles: string[]; title: string; status: string }[];
      }[];
    };
    return json.testResults.flatMap((f) => {
      const file = /([\w-]+)\.test\.ts$/.exec(f.name)?.[1] ?? f.name;
      // A file that failed to load has no tests: one failed result keeps its rows from reading as met.
      if (f.assertionResults.length === 0) return [{ file, describe: '', title: f.message, passed: false }];
      return f.assertionResults.map((a) => ({
        file,
        describe: a.ancestorTitles.join(' › '),
        title: a.title,
        passed: a.status === 'passed',
      }));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const results = runTests();
  const rows = ROWS.map((row) => {
    const mine = results.filter(
      (r) => r.file === row.file && (row.match.test(r.describe) || row.match.test(r.title)) && !PROBES.test(r.title),
    );
    const passed = mine.filter((r) => r.passed).length;
    const fuzz = row.match.source.includes('fuzz') || row.file === 'malformed-events';
    const measured = fuzz
      ? `1,000 runs: ${passed === mine.length && mine.length > 0 ? 'held' : 'FAILED'}`
      : `${mine.length} kill points: ${passed} exact`;
    return { ...row, measured, ok: mine.length > 0 && passed === mine.length };
  });
  const table = [
    '| Case | Goal | Measured | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.case} | ${r.goal} | ${r.measured} | ${r.ok ? 'met' : 'MISSED'} |`),
  ].join('\n');
  console.log(table);
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);

  const path = join(ROOT, 'docs', 'robustness.md');
  const doc = readFileSync(path, 'utf8');
  const cut = doc.indexOf(HEADING);
  const section = `${HEADING}

Measured by \`npm run chaos\` (bench/chaos-more.ts), which runs the kill-point and fuzz tests of \`npm test\` again
with \`CHAOS_FULL=1\`: then every service call of the execution is a kill point, and each fuzz runs 1,000 times.
The files: ${FILES.map((f) => `\`${f}\``).join(', ')}. \`npm test\` kills each execution only at its first and last call
and just before and just after each call that changes what outlives it (properties, triggers, Classroom, mail,
sheets, any fetch; \`bench/chaos-points.ts\`): between two such calls every kill leaves the same state behind. It
fuzzes 100 times.

${table}
`;
  await writeReport(path, `${cut < 0 ? doc.trimEnd() : doc.slice(0, cut).trimEnd()}\n\n${section}`, rows);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
