// @ts-check
// Mutation testing of @evt/core with StrykerJS: `pnpm --filter @evt/core test:mutation`.
// Every mutant of src/ (index.ts only re-exports) runs against the behaviour tests; the run
// fails when the mutation score drops below `thresholds.break`.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: {
    // The package's vitest set-up without type tests or coverage thresholds.
    configFile: 'vitest.mutation.config.ts',
  },
  mutate: ['src/**/*.ts', '!src/index.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: 85 },
};

export default config;
