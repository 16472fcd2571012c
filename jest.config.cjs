// Jest runs the TypeScript tests through esbuild (test/esbuild-transform.cjs: types stripped, not checked; the type
// check is `npm run typecheck`); the bundle tests load dist/Code.js, built once by the global setup.
const { availableParallelism } = require('node:os');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/test/esbuild-transform.cjs' },
  // Builds dist/ once, before any suite, so no suite sees it half-written.
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testTimeout: 30000,
  // Jest's default (cores - 1) runs in band on 2 cores, leaving one idle while the e2e files run one after another.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
