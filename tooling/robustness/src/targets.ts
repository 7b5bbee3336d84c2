import type { PackageTargets } from './target';

/**
 * The list of what the robustness test reads: every package, each top-level event class with
 * the fixtures to mangle. A new package joins by adding its entry here.
 */
export const packages: readonly PackageTargets[] = [];
