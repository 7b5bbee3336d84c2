import type { Options } from 'tsup';

/** The shared tsup build for an evt package; `overrides` usually only sets `entry`. */
export declare function defineSourceConfig(overrides?: Options): Options;
