// `npm run bench`: naive vs add-on on the emulator for the scenarios of issues 4 and 8; prints the tables and
// records them in docs/benchmarks.md. Exits non-zero when a target is missed, after writing the explanation.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { courseWithLedger, homepageWithLedger, quietSweep } from './follow-up';
import { gmailPeople } from './gmail-help';
import { memberPages, memberPagesTable } from './member-pages';
import { writeNaiveBundle } from './naive';
import { document, scenarioTable } from './report';
import { bigCourse, busyHomepage, inviteThousand, type ScenarioResult } from './scenarios';
import { sheetsSync } from './sheets';
import { ROOT } from './worlds';

async function main(): Promise<void> {
  const naiveDir = writeNaiveBundle();
  let results: ScenarioResult[];
  try {
    results = [
      inviteThousand(naiveDir),
      busyHomepage(naiveDir),
      bigCourse(naiveDir),
      bigCourse(naiveDir, 3000),
      homepageWithLedger(naiveDir),
      courseWithLedger(naiveDir),
      quietSweep(naiveDir),
      ...sheetsSync(naiveDir),
      gmailPeople(naiveDir),
    ];
  } finally {
    rmSync(naiveDir, { recursive: true, force: true });
  }
  for (const r of results) console.log(scenarioTable(r).join('\n'));
  const pages = memberPagesTable(memberPages());
  console.log(pages.join('\n'));
  const out = join(ROOT, 'docs', 'benchmarks.md');
  // Formatted like the rest of the repo, so `npm run format` never rewrites the recorded table.
  const options = (await resolveConfig(out)) ?? {};
  writeFileSync(
    out,
    await format(document(results, new Date().toISOString().slice(0, 10), pages), { ...options, filepath: out }),
  );
  console.log(`Written to ${out}`);
  const missed = results.flatMap((r) => r.targets.filter((t) => !t.ok).map((t) => `${r.name}: ${t.label}`));
  if (missed.length > 0) {
    console.error(`Missed targets:\n- ${missed.join('\n- ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
