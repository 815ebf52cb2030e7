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
  testTimeout: 60_000,
  maxWorkers: 1,
};
