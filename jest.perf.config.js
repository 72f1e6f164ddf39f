/**
 * Benchmarks written with Jest's harness (`npm run bench:paths`): not part of
 * `npm test`, they print figures rather than assert speed.
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/perf'], testMatch: ['**/*.perf.ts'], testTimeout: 1_800_000 };
