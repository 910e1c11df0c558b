/** Jest runs TypeScript through SWC (types are checked separately by `tsc --noEmit`). */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } }, module: { type: 'es6' } },
]

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@platform$': '<rootDir>/src/platform/index.ts',
    '^@platform/admin$': '<rootDir>/src/platform/admin/index.tsx',
    '^@platform/format$': '<rootDir>/src/platform/i18n/format.ts',
    '^@platform/testing$': '<rootDir>/src/platform/testing/index.ts',
    '^@platform/e2e$': '<rootDir>/test/e2e/index.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testMatch: ['<rootDir>/**/*.test.ts'],
  // test/security/ is the attack suite: `npm run test:security` (jest.security.config.js), a CI step of its own.
  testPathIgnorePatterns: ['/node_modules/', '/.next/', '/test/e2e/', '<rootDir>/test/security/'],
  globalSetup: '<rootDir>/test/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/test/setup/globalTeardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
  // Each suite boots a whole platform; a worker that has grown past this after a suite is replaced by a fresh one,
  // so the long run never reaches Node's heap limit (two workers died of it once the suite passed 330 files).
  workerIdleMemoryLimit: '1.5GB',
}
