import type { EventOptions } from '@evt/core';

/** One exported class and the fixtures of its package to read it on. */
export interface Target {
  /** The class under test. */
  readonly Class: new (
    raw: never,
    options?: EventOptions
  ) => unknown;
  /** Fixture names in `packages/<id>/test/events/`, without `.json`. */
  readonly fixtures: readonly string[];
  /** Picks the part of the fixture the class wraps (e.g. one record); the whole event if absent. */
  readonly select?: (event: never) => unknown;
}

/** A package, its public API, and its targets. */
export interface PackageTargets {
  /** The folder name under `packages/`. */
  readonly id: string;
  /** `import * as api from '@evt/<id>'`. */
  readonly api: Record<string, unknown>;
  readonly targets: readonly Target[];
}
