// Dates in messages and NPS_BY buckets use the local calendar (as Apps Script's script time
// zone does); pin the tests' zone so expected values written with Date.UTC hold anywhere.
process.env.TZ = 'UTC';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // End-to-end tests build workbooks through the bundle; on a busy 2-core machine 5 s is too tight.
  testTimeout: 30000,
  // Type errors are caught once by `npm run typecheck`; with isolatedModules (tsconfig.json)
  // ts-jest only transpiles.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.tools.json' }] },
};
