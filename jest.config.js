/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker less than the CPUs, one worker on a 2-core machine; the test files are CPU-bound
  // synths, so a worker per CPU nearly halves the run.
  maxWorkers: '100%',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // swc transpiles without type checking; `npm run typecheck` checks types once for the whole project.
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // The generated CRD validators in .gen/ are ES modules and must be transpiled too.
  transformIgnorePatterns: ['/node_modules/'],
  // A temporary folder for the run, removed after it (global-setup.ts), and cdktf's test folders removed after each
  // test file (setup.ts): a run leaves nothing in the system's temporary folder.
  globalSetup: '<rootDir>/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/test-support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test-support/setup.ts'],
  collectCoverageFrom: ['src/**/*.ts', 'main.ts'],
  coveragePathIgnorePatterns: ['/node_modules/', '/.gen/'],
};
