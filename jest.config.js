/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // swc transpiles without type checking; `npm run typecheck` checks types once for the whole project.
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // The generated CRD validators in .gen/ are ES modules and must be transpiled too.
  transformIgnorePatterns: ['/node_modules/'],
  setupFilesAfterEnv: ['<rootDir>/test-support/setup.ts'],
  collectCoverageFrom: ['src/**/*.ts', 'main.ts'],
  coveragePathIgnorePatterns: ['/node_modules/', '/.gen/'],
};
