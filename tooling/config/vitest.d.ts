import type { UserConfig } from 'vitest/config';

/** The shared vitest project for an evt package; `overrides` are deep-merged. */
export declare function defineSourceProject(overrides?: UserConfig): UserConfig;
