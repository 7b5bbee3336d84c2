// @ts-check
import { fileURLToPath } from 'node:url';
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

/**
 * The build of an evt command-line tool (`@evt/cli`): ESM only (a command runs on Node, which
 * loads ESM; no bundler consumes it), declarations for its programmatic entry only, and the
 * evt packages it uses bundled in, so that the published tool installs with no dependency.
 * Everything else it imports (Node's built-ins, an optional peer a package loads lazily) stays
 * external. Code splitting keeps each package it bundles in its own chunk, loaded when a
 * command needs that package; minified, since nothing re-bundles it.
 *
 * @param {import('tsup').Options} [overrides] Only what differs per tool, usually `entry`.
 * @returns {import('tsup').Options}
 */
export function defineCommandConfig(overrides = {}) {
  return defineSourceConfig({
    format: ['esm'],
    dts: { entry: 'src/index.ts' },
    minify: true,
    noExternal: [/^@evt\//],
    skipNodeModulesBundle: true,
    ...overrides,
  });
}

/**
 * The build of a package that bundles other evt packages' sources in (`@evt/detect` bundles
 * every package's guards, which use `isObject` from `@evt/core`): as defineSourceConfig, with
 * `@evt/core` read from its source modules, so that only the modules used are bundled, not
 * core's built entry, and the package keeps no runtime dependency.
 *
 * @param {import('tsup').Options} [overrides] Only what differs per package, usually `entry`.
 * @returns {import('tsup').Options}
 */
export function defineBundlingSourceConfig(overrides = {}) {
  const core = fileURLToPath(
    new URL('../../packages/core/src/index.ts', import.meta.url)
  );
  return defineSourceConfig({
    esbuildOptions(options) {
      options.alias = { ...options.alias, '@evt/core': core };
    },
    ...overrides,
  });
}
