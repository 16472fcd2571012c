// Jest runs TypeScript tests through ts-jest; the bundle tests load dist/Code.js (built by `pretest`).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }] },
  // Builds dist/ once, before any suite, so no suite sees it half-written.
  globalSetup: '<rootDir>/test/global-setup.cjs',
  testTimeout: 30000,
};
