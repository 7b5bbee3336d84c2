import type { Options } from 'tsup';

/** The shared tsup build for an evt package; `overrides` usually only sets `entry`. */
export declare function defineSourceConfig(overrides?: Options): Options;
/** The tsup build of an evt command-line tool: ESM only, the evt packages it uses bundled in. */
export declare function defineCommandConfig(overrides?: Options): Options;
/** The shared build of a package that bundles other evt packages' sources in, core's included. */
export declare function defineBundlingSourceConfig(
  overrides?: Options
): Options;
