// `npm run release -- --dry-run` on a temp copy of the project files: every check runs and the clasp commands are
// printed, not run, so no Google account is needed. With the repository's placeholders it refuses, naming each fix.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FAKE_SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijklmnopq';
const FAKE_DEPLOYMENT = 'AKfycbzFAKEdeploymentID0123456789';

let dir: string;

/** A copy of the files a release reads, with a real-looking script id and logo host unless told otherwise. */
function project(opts: { scriptId?: string; logoUrl?: string } = {}): string {
  mkdirSync(join(dir, 'docs'), { recursive: true });
  cpSync(join(ROOT, 'docs', 'scopes.md'), join(dir, 'docs', 'scopes.md'));
  cpSync(join(ROOT, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));
  manifest.addOns.common.logoUrl = opts.logoUrl ?? 'https://school.edu.fr/classroom-invitations/logo-96.png';
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(dir, '.clasp.json'),
    JSON.stringify({ scriptId: opts.scriptId ?? FAKE_SCRIPT_ID, rootDir: 'dist' }),
  );
  return dir;
}

function release(projectDir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('node', ['tools/release.mjs', '--project', projectDir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DEPLOYMENT_ID: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dryRun = (projectDir: string, ...extra: string[]) => release(projectDir, ['--dry-run', ...extra]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run release -- --dry-run', () => {
  it('runs the checks and prints test, push, version and deployment update in order, changing nothing', () => {
    const p = project();
    const changelog = readFileSync(join(p, 'CHANGELOG.md'), 'utf8');
    const r = dryRun(p, '--deployment-id', FAKE_DEPLOYMENT);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const commands = r.out
      .split('\n')
      .filter((l) => l.startsWith('would run: '))
      .map((l) => l.slice('would run: '.length));
    expect(commands).toEqual([
      'npm test',
      'npx clasp push --force',
      expect.stringMatching(/^npx clasp --json create-version \d{4}-\d\d-\d\d \S+$/),
      expect.stringMatching(
        new RegExp(
          `^npx clasp --json update-deployment ${FAKE_DEPLOYMENT} --versionNumber <new version> --description `,
        ),
      ),
    ]);
    expect(r.out).toContain('pre-push checks: passed');
    expect(r.out).toContain(
      `would file the Unreleased notes in CHANGELOG.md under: ## Apps Script version <new version>`,
    );
    expect(existsSync(join(p, 'dist', 'Code.js'))).toBe(true);
    expect(readFileSync(join(p, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
  });

  it('creates a deployment only when asked to (the very first release)', () => {
    const r = dryRun(project(), '--new-deployment');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/would run: npx clasp --json create-deployment --versionNumber <new version>/);
  });

  it("refuses the repository's placeholders (script id, logo host) and a missing deployment, pushing nothing", () => {
    const r = dryRun(
      project({
        scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID',
        logoUrl: 'https://your-school.example/classroom-invitations/logo-96.png',
      }),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('release refused:');
    expect(r.err).toContain('.clasp.json holds the placeholder script id ("REPLACE_WITH_YOUR_SCRIPT_ID")');
    expect(r.err).toContain('addOns.common.logoUrl is still the placeholder');
    expect(r.err).toContain('No deployment to update: set DEPLOYMENT_ID');
    expect(r.out).not.toContain('clasp push');
  });

  it('refuses a Google product logo and an empty Unreleased section', () => {
    const p = project({ logoUrl: 'https://www.gstatic.com/images/branding/product/2x/classroom_48dp.png' });
    writeFileSync(join(p, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n## Apps Script version 3\n\n- old\n');
    const r = dryRun(p, '--deployment-id', FAKE_DEPLOYMENT);
    expect(r.code).toBe(1);
    expect(r.err).toContain('points at a Google product logo');
    expect(r.err).toContain('CHANGELOG.md has no notes under "## Unreleased"');
  });
});

describe('npm run release (for real, with a stand-in for clasp: no Google account in tests)', () => {
  it('pushes, versions, moves the deployment, and files the Unreleased notes under that version', () => {
    const p = project();
    const calls = join(p, 'clasp-calls.txt');
    // The stand-in answers like clasp 3 with --json: create-version → {versionNumber}, deployments → {deploymentId}.
    const fake = join(p, 'fake-clasp.js');
    writeFileSync(
      fake,
      `#!/usr/bin/env node
require('fs').appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(' ') + '\\n');
const a = process.argv.slice(2);
if (a.includes('create-version')) console.log(JSON.stringify({ versionNumber: 7 }));
if (a.includes('update-deployment')) console.log(JSON.stringify({ deploymentId: a[a.indexOf('update-deployment') + 1] }));
`,
      { mode: 0o755 },
    );
    const r = release(p, ['--skip-tests'], { CLASP: fake, DEPLOYMENT_ID: FAKE_DEPLOYMENT });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'push --force',
      expect.stringMatching(/^--json create-version \d{4}-\d\d-\d\d \S+$/),
      expect.stringMatching(
        new RegExp(`^--json update-deployment ${FAKE_DEPLOYMENT} --versionNumber 7 --description `),
      ),
    ]);
    const changelog = readFileSync(join(p, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(
      new RegExp(
        `## Unreleased\\n\\n## Apps Script version 7 \\(\\d{4}-\\d\\d-\\d\\d, deployment ${FAKE_DEPLOYMENT}\\)\\n\\n- `,
      ),
    );
    // Nothing to release twice: the next run refuses until new notes are written.
    expect(release(p, ['--skip-tests'], { CLASP: fake, DEPLOYMENT_ID: FAKE_DEPLOYMENT }).err).toContain(
      'CHANGELOG.md has no notes under "## Unreleased"',
    );
  });
});
