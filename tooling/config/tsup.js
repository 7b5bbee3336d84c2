// @ts-check
import { defineConfig } from 'tsup';

/**
 * The build every evt source package uses: ESM and CJS with declarations for both, Node 20
 * target, no minification (consumers' bundlers minify), dependencies kept external.
 *
 * @param {import('tsup').Options} [overrides] Only what differs per package, usually `entry`.
 * @returns {import('tsup').Options}
 */
export function defineSourceConfig(overrides = {}) {
  return /** @type {import('tsup').Options} */ (
    defineConfig({
      entry: ['src/index.ts'],
      format: ['esm', 'cjs'],
      dts: true,
      target: 'node20',
      platform: 'node',
      clean: true,
      minify: false,
      sourcemap: false,
      splitting: true,
      treeshake: true,
      removeNodeProtocol: false,
      shims: true,
      ...overrides,
    })
  );
}
