// Dates in the product are calendar days in UTC; tests must not depend on the machine's zone.
process.env.TZ = 'UTC';
const nxPreset = require('@nx/jest/preset').default;

// A test's deadline guards against a hang, not against a slow machine: unit suites share two cores with
// every other project's lint and test tasks, where the default 5 s was exceeded by first renders.
module.exports = { ...nxPreset, testTimeout: 30_000 };
