/**
 * One run covers unit and integration tests. Integration suites share one real Neo4j
 * (started by test/helpers/global-setup.ts) and wipe it before they start, so they run one
 * at a time: Neo4j community has a single user database to isolate them in.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
};
