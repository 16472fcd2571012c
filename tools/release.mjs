// `npm run release`: the one way to ship. Tests, build, the pre-push checks (tools/manifest-checks.cjs), then
// clasp push --force, a new version, the deployment moved to it, and the changelog's Unreleased notes dated under
// that version. `--dry-run` runs every check and prints the commands instead of running them: no Google account needed.
// Like clasp's own commands, it is a thin command over one core (release()), which the tests drive on a temp copy.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { build } from '../build.mjs';

const require = createRequire(import.meta.url);
const { releaseProblems } = require('./manifest-checks.cjs');

const REPO = resolve(import.meta.dirname, '..');
const UNRELEASED = '## Unreleased';

/** .clasp.json allows comments (clasp 3.2+): strip whole-line ones before parsing. */
function readClasp(projectDir) {
  const text = readFileSync(join(projectDir, '.clasp.json'), 'utf8');
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

function claspProblems(clasp) {
  const id = String(clasp.scriptId ?? '');
  const problems = [];
  if (!/^[A-Za-z0-9_-]{20,}$/.test(id) || /replace/i.test(id))
    problems.push(
      `.clasp.json holds the placeholder script id ("${id}"): put the id of your Apps Script project there ` +
        '(Project settings → Script ID), in your own checkout only; never commit it.',
    );
  if (clasp.rootDir !== 'dist') problems.push('.clasp.json rootDir must be "dist": only the built bundle is pushed.');
  return problems;
}

/** The Unreleased section's text (without its heading), or '' when there is none or it is empty. */
export function unreleasedNotes(changelog) {
  const start = changelog.indexOf(`${UNRELEASED}\n`);
  if (start < 0) return '';
  const rest = changelog.slice(start + UNRELEASED.length + 1);
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** The changelog with the Unreleased notes filed under the new version, and an empty Unreleased section above. */
export function fileChangelog(changelog, heading) {
  return changelog.replace(`${UNRELEASED}\n`, `${UNRELEASED}\n\n${heading}\n`);
}

function gitShort() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return 'no-git';
  }
}

/**
 * Checks, then (unless dryRun) ships. `run(cmd, args, cwd)` runs a command and returns its stdout; the tests never
 * reach it (dry run). Returns the commands in order; throws with every problem listed when a check fails.
 */
export async function release({
  projectDir = REPO,
  dryRun = false,
  skipTests = false,
  deploymentId,
  newDeployment = false,
  log,
  run,
}) {
  const commands = [];
  const step = (cmd, args, cwd, say) => {
    commands.push([cmd, ...args].join(' '));
    if (dryRun) {
      log(`would run: ${[cmd, ...args].join(' ')}`);
      return '';
    }
    log(say ?? `running: ${[cmd, ...args].join(' ')}`);
    return run(cmd, args, cwd);
  };

  if (skipTests) log('tests skipped (--skip-tests): run `npm test` before, as CI does');
  else step('npm', ['test'], REPO);
  await build({ manifestPath: join(projectDir, 'appsscript.json'), outDir: join(projectDir, 'dist') });
  log(`built ${join(projectDir, 'dist', 'Code.js')}`);

  const manifest = JSON.parse(readFileSync(join(projectDir, 'appsscript.json'), 'utf8'));
  const scopes = readFileSync(join(projectDir, 'docs', 'scopes.md'), 'utf8');
  const bundle = readFileSync(join(projectDir, 'dist', 'Code.js'), 'utf8');
  const changelogPath = join(projectDir, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
  const problems = [...claspProblems(readClasp(projectDir)), ...releaseProblems(manifest, scopes, bundle)];
  if (!unreleasedNotes(changelog))
    problems.push('CHANGELOG.md has no notes under "## Unreleased": say what this release changes for users.');
  if (!deploymentId && !newDeployment)
    problems.push(
      'No deployment to update: set DEPLOYMENT_ID to the id your Marketplace listing uses ' +
        '(clasp list-deployments), or pass --new-deployment for the very first release.',
    );
  if (problems.length > 0) throw new Error(`release refused:\n- ${problems.join('\n- ')}`);
  log('pre-push checks: passed');

  const date = new Date().toISOString().slice(0, 10);
  const description = `${date} ${gitShort()}`;
  step('npx', ['clasp', 'push', '--force'], projectDir);
  const versionOut = step('npx', ['clasp', '--json', 'create-version', description], projectDir);
  const version = dryRun ? '<new version>' : String(JSON.parse(versionOut).versionNumber);
  const deployArgs = ['--versionNumber', version, '--description', description];
  const deployOut = deploymentId
    ? step('npx', ['clasp', '--json', 'update-deployment', deploymentId, ...deployArgs], projectDir)
    : step('npx', ['clasp', '--json', 'create-deployment', ...deployArgs], projectDir);
  const deployed = dryRun ? (deploymentId ?? '<new deployment>') : JSON.parse(deployOut).deploymentId;

  const heading = `## Apps Script version ${version} (${date}, deployment ${deployed})`;
  if (dryRun) log(`would file the Unreleased notes in CHANGELOG.md under: ${heading}`);
  else {
    writeFileSync(changelogPath, fileChangelog(changelog, heading));
    log(`CHANGELOG.md: notes filed under "${heading}"; commit it.`);
    if (!deploymentId) log(`New deployment ${deployed}: keep it in DEPLOYMENT_ID and give it to the Marketplace SDK.`);
  }
  return commands;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    await release({
      projectDir: resolve(value('--project') ?? REPO),
      dryRun: args.includes('--dry-run'),
      skipTests: args.includes('--skip-tests'),
      deploymentId: value('--deployment-id') ?? process.env.DEPLOYMENT_ID ?? undefined,
      newDeployment: args.includes('--new-deployment'),
      log: (line) => console.log(line),
      // `npx clasp` runs this repository's clasp (or $CLASP) even from another --project folder, where npx would
      // fetch one. Only the --json calls are read back; everything else prints straight to the terminal.
      run: (cmd, cmdArgs, cwd) => {
        const clasp = process.env.CLASP || join(REPO, 'node_modules', '.bin', 'clasp');
        const [bin, binArgs] = cmd === 'npx' ? [clasp, cmdArgs.slice(1)] : [cmd, cmdArgs];
        return cmdArgs.includes('--json')
          ? execFileSync(bin, binArgs, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] })
          : (execFileSync(bin, binArgs, { cwd, stdio: 'inherit' }), '');
      },
    });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
