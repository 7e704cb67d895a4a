/** Unit tests need nothing but Node; integration and e2e tests boot a real Strapi (see tests/helpers). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2020' } }] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
// Strapi loaded once per worker, not once per test file (see the file).
const strapiEnvironment = '<rootDir>/tests/helpers/strapi-environment.js';

module.exports = {
  testTimeout: 900000,
  maxWorkers: 2,
  // Every suite boots its own Strapi inside the worker (the browser tests and opted-out files in their own
  // module registry, a copy each): a worker over this after a file is replaced, before it grows past the heap.
  workerIdleMemoryLimit: '1200MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: strapiEnvironment,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
    },
    {
      ...common,
      displayName: 'security',
      testEnvironment: strapiEnvironment,
      testMatch: ['<rootDir>/tests/security/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/security/report.js',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/e2e-global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
    },
  ],
};
