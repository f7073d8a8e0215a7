// @ts-check
/**
 * Mutation testing (npm run mutation): Stryker changes the code under src/lib one small edit at
 * a time and runs the unit tests that cover it; a change no test notices is a gap in the tests.
 * Not part of npm test: it takes tens of minutes. The HTML report lands in reports/mutation/.
 * Narrow it with `npm run mutation -- --mutate "src/lib/assessment/**\/*.ts"`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.config.ts' },
  mutate: ['src/lib/**/*.ts', '!src/lib/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  // The machine has two cores; more runners only queue.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // DESIGN's floor for src/lib/assessment and src/lib/validation; scripts/mutation-report.mjs
  // prints the score per folder from the JSON report.
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
