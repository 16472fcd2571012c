// Builds dist/Code.js once before the suites run: bundle, e2e and browser tests all load the same built bundle.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
};
