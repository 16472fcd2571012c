// `npm test`: jest (arguments passed through, e.g. `npm test -- --json --outputFile=r.json` in .ci/run) beside the
// static checks (typecheck, lint, import cycles); fails when either side fails, after both have finished.
import { spawn } from 'node:child_process';

const run = (cmd, args) =>
  new Promise((done) => {
    const child = spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [checks, tests] = await Promise.all([
  run(npm, ['run', '-s', 'checks']),
  run(process.execPath, ['node_modules/jest/bin/jest.js', ...process.argv.slice(2)]),
]);
if (checks !== 0) console.error(`npm test: the checks failed (exit ${checks}): npm run checks`);
process.exit(tests !== 0 ? tests : checks);
