// ESM + TypeScript through ts-jest; tests talk to real tools (skopeo, umoci, registry), so
// they run one file at a time per core and get generous timeouts.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 120000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/helpers/global-setup.mjs',
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
};
