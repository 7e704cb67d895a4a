/** Unit tests need nothing but Node; integration and e2e tests boot a real Strapi (see tests/helpers). */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2020' } }] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  testTimeout: 900000,
  maxWorkers: 2,
  // Every suite boots its own Strapi inside the worker; Jest's per-file module registry keeps a copy of each,
  // so a long-lived worker grew past the heap limit in CI. A worker over this after a file is replaced.
  workerIdleMemoryLimit: '1200MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.js',
    },
    {
      ...common,
      displayName: 'security',
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
