/** Options of {@link describeGuards}; a package passes them only where it needs them. */
export interface GuardOptions {
  /**
   * For a guard whose accepted fixtures are not exactly its class's (`<module>[.<variant>]`
   * with the module named after the class): which fixtures it accepts.
   */
  readonly accepts?: Readonly<
    Record<string, (fixture: string, module: string) => boolean>
  >;
  /**
   * Per guard, `[fixture, path]` pairs (path dotted, e.g. `Records.0.cf.request`) naming an
   * object the guard checks: it must accept the fixture, and reject it with that object given
   * as an array.
   */
  readonly objectFields?: Readonly<
    Record<string, readonly (readonly [fixture: string, path: string])[]>
  >;
  /** The fixtures' folder. Defaults to `<cwd>/test/events`. */
  readonly dir?: string;
}

/**
 * Declares a package's guard tests: each exported `is<Class>` guard accepts exactly the
 * fixtures of its class (and those `accepts` gives), accepts at least one, and rejects values
 * that are no event (primitives, empty objects and arrays, fields of the wrong kind) without
 * throwing.
 *
 * @param api The package's API: `import * as api from '../src/index'`.
 * @param options Only where the conventions need help.
 */
export declare function describeGuards(
  api: Readonly<Record<string, unknown>>,
  options?: GuardOptions
): void;
