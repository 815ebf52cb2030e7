// Dates in the product are calendar days in UTC; tests must not depend on the machine's zone.
process.env.TZ = 'UTC';
const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset };
