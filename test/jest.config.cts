/** System and browser tests: they run the built server (npm run build first) and headless Chromium. */
module.exports = {
  displayName: 'system',
  rootDir: '.',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // The route table and response types the API and the dashboard share (a library that imports nothing).
  moduleNameMapper: {
    '^@kem/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    '^@kem/contracts/testing$': '<rootDir>/../libs/contracts/src/testing/index.ts',
  },
  testTimeout: 60_000,
  maxWorkers: 1,
};
