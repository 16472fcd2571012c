// Turns scenario results into the markdown the console prints and docs/benchmarks.md records.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { Metrics } from './measure';
import { roundTripLines } from './measure';
import { LATENCY_MS, ratio, type ScenarioResult } from './scenarios';

const ROWS: [keyof Metrics, string, (n: number) => string][] = [
  ['roundTrips', 'Round trips (sequential)', String],
  ['requests', 'API requests', String],
  ['seconds', 'Simulated seconds', (n) => n.toFixed(1)],
  ['quotaErrors', 'Quota errors (429)', String],
];

/** At most this many round-trip lines per scenario; the rest is summarised. */
const MAX_LINES = 12;

export function scenarioTable(r: ScenarioResult): string[] {
  const n = r.naive.metrics;
  const o = r.ours.metrics;
  const lines = [`### ${r.name}`, '', '| | Naive | Add-on | Naive / add-on |', '|---|---:|---:|---:|'];
  for (const [key, label, fmt] of ROWS)
    lines.push(`| ${label} | ${fmt(n[key])} | ${fmt(o[key])} | ${ratio(n, o, key)} |`);
  lines.push('');
  for (const t of r.targets) lines.push(`- Target ${t.ok ? 'met' : '**MISSED**'}: ${t.label}`);
  for (const f of r.facts) lines.push(`- ${f}`);
  const trips = roundTripLines(r.ours.calls);
  lines.push('', "Add-on's round trips:", '');
  for (const l of trips.slice(0, MAX_LINES)) lines.push(`    ${l}`);
  if (trips.length > MAX_LINES) lines.push(`    … ${trips.length - MAX_LINES} more lines`);
  lines.push('');
  return lines;
}

export function document(results: readonly ScenarioResult[], date: string, extra: readonly string[] = []): string {
  return [
    '# Benchmarks',
    '',
    `Measured on ${date} with \`npm run bench\` (builds dist/, then runs \`bench/run.ts\`).`,
    '',
    '## Model',
    '',
    `- The emulator charges ${LATENCY_MS} ms of virtual time per HTTP round trip. An advanced-service call is one`,
    '  round trip; a `UrlFetchApp.fetchAll` group or a batch request (up to 50 parts) is also one round trip, its',
    '  requests travelling in parallel. Simulated seconds are read on the virtual clock and include back-off sleeps.',
    "- Classroom's per-user quota (1,200 requests in any moving 60 s window) is enforced; a request over it gets 429.",
    '- **Naive** is `bench/naive.ts`: plain Apps Script with one advanced-service call per person and one',
    '  `userProfiles.get` per invitation, in sequence. **Add-on** is the real `dist/Code.js` driven through the side',
    '  panel (`emulator/host/addon-panel.ts`) as a teacher clicks it, on an identical world.',
    '- Targets (issue 4): 1,000 invitations in at most 25 round trips and 60 simulated seconds with no quota error;',
    '  the homepage in at most 3 sequential round trips.',
    '- Sheets sync (issues 12 and 15): a district roster of 20,000 rows over 200 courses (`bench/sheet-world.ts`; 10%',
    '  of the rows already invited with the same role, 4% invited with another role, 2% already members), once with',
    '  the rows sorted by course and once cycling through the courses (sorted by student). "Needed" is what the sync',
    '  must write: one create per row to invite, a delete and a create per role change. The preview reads each',
    "  course once; the job writes what the preview planned and trusts Google's answer to each write, reading no",
    '  course again, in any row order; the goal is at most 1.15 request sent per write needed, with no quota error.',
    "- Hourly runs: the add-on's one request budget allows about 1,100 requests a minute (100 kept for the user's",
    '  other windows), so 18,400 writes take at least about 17 minutes of sending; a time-driven run may use 5 minutes',
    '  of the 6, so at least 4 hourly runs after the Confirm click; the goal is at most 6. "Continue now" adds no',
    '  speed per request: each click is a 20-second slice under the same budget, but a teacher who presses it once a',
    '  minute gets a fresh quota window per click. `tsx bench/sheets.ts` runs this scenario alone and rewrites its',
    '  tables below (the other scenarios keep the figures of their last full `npm run bench`).',
    '',
    '## Results',
    '',
    ...results.flatMap(scenarioTable),
    ...extra,
    '## Rerun',
    '',
    '```sh',
    'npm run bench   # prints the same tables and rewrites this file',
    '```',
    '',
  ].join('\n');
}

/** Writes a robustness document formatted as the repo formats it, then fails the run if any row missed its goal. */
export async function writeReport(path: string, text: string, rows: readonly { case: string; ok: boolean }[]) {
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(text, { ...options, filepath: path }));
  console.log(`Written to ${path}`);
  const missed = rows.filter((r) => !r.ok);
  if (missed.length > 0) {
    console.error(`Missed:\n- ${missed.map((r) => r.case).join('\n- ')}`);
    process.exitCode = 1;
  }
}
