// @ts-check
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * The test set-up every evt package uses: behaviour tests in `test/*.test.ts`, type tests in
 * `test/*.test-d.ts` (checked by tsc through vitest), and v8 coverage of `src/` that fails the
 * run below 95% of lines, branches, functions and statements.
 *
 * @param {import('vitest/config').UserConfig} [overrides]
 * @returns {import('vitest/config').UserConfig}
 */
export function defineSourceProject(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['test/**/*.test.ts'],
        // No wall-clock budget in the gate: a test that reads thousands of mangled events
        // may take seconds on a loaded machine, and that is not a failure.
        testTimeout: 300_000,
        hookTimeout: 300_000,
        typecheck: {
          enabled: true,
          include: ['test/**/*.test-d.ts'],
          tsconfig: './tsconfig.json',
        },
        coverage: {
          enabled: true,
          provider: 'v8',
          // Anchored at the package's own folder (tests run from it): a relative pattern also
          // counted the sources of a sibling whose name starts with this one's (`cli` →
          // `clientvpn`) when this package's tests load them.
          include: [join(process.cwd(), 'src/**/*.ts')],
          reporter: ['text-summary'],
          thresholds: {
            lines: 95,
            branches: 95,
            functions: 95,
            statements: 95,
          },
        },
      },
    }),
    overrides
  );
}
