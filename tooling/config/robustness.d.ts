/**
 * A class to read a fixture with, for a fixture whose name matches no exported class.
 */
export interface RobustnessTarget {
  /** The exported wrapper class that reads the fixture. */
  readonly Class: abstract new (
    ...args: never
  ) => unknown;
  /**
   * Picks the part of the fixture the class wraps (one record of a response, say); the whole
   * fixture when absent.
   */
  readonly select?: (event: never) => unknown;
}

/** Options of {@link describeRobustness}; a package passes them only where it needs them. */
export interface RobustnessOptions {
  /**
   * Fixtures read by a class that is not named after them, by module (the file name before the
   * first dot, e.g. `kinesis-firehose-response`) or by full fixture name.
   */
  readonly fixtures?: Readonly<Record<string, RobustnessTarget>>;
  /**
   * Fixtures that are not events (a decoded payload a test compares against), by module or
   * full fixture name. Every other fixture must belong to an exported class.
   */
  readonly notEvents?: readonly string[];
  /**
   * Exported classes that are top-level events although the convention does not find them (a
   * name that does not end in `Event`, or no module of their own in `src/`); each must have a
   * fixture, like the classes it finds.
   */
  readonly events?: readonly string[];
  /** The fixtures' folder. Defaults to `<cwd>/test/events` (the package's, under vitest). */
  readonly dir?: string;
}

/**
 * Declares a package's robustness and laziness tests, from its public API and its
 * `test/events/` fixtures. Each fixture `<module>[.<variant>].json` is read by the exported
 * class named after `<module>` (`s3-event-bridge-notification-event` → `S3EventBridge
 * NotificationEvent`); a fixture no class reads, or an exported event class with no fixture,
 * fails the test. For each fixture:
 *
 * - **robustness:** the class is read (every getter and zero-argument method, recursively,
 *   and the debug view, which must not throw) on the fixture and on every mangled copy of it
 *   (each field dropped, replaced by each JSON kind; base64, JSON and URL-encoded strings
 *   corrupted). Only `EvtError`s may escape, the input must not change, and each error must
 *   be true: a `MissingFieldError` names a path that is absent from the input and present in
 *   the pristine fixture, a `FieldTypeError` reports the kind actually found, a `DecodeError`
 *   names a field that is present, and every error names the class that was read;
 * - **hostility:** the same reading, on copies holding values that JSON cannot hold but a
 *   caller's object can, each planted at the event itself and at every node of the fixture
 *   (past 250 nodes: every node up to depth 3 and a sample of the deeper ones, seeded from the
 *   fixture's text so it is the same on every run):
 *   - a field turned into a getter that throws a planted `PlantedError`, and a value seen
 *     through a Proxy whose `get` trap throws it: a read may let that very error through,
 *     unchanged (it is the input's own), but nothing else that is not an `EvtError`;
 *   - an object seen through a pass-through Proxy, and a plain object replaced by a
 *     null-prototype copy: every member that returns on the fixture returns the same value
 *     (the debug view included);
 *   - an object replaced by a second reference to a sibling, and a value replaced by a graph
 *     of shared references 24 levels deep (2^24 paths): reading finishes, and lists the keys
 *     of the graph at most 65,536 times in all (a traversal without a visited set or a cap is
 *     exponential, and is named);
 *   - a value replaced by a reference to the event itself (a cycle): reading finishes.
 *
 *   On every hostile copy `String(wrapper)` and `util.inspect(wrapper)` throw nothing at all
 *   (not even the planted error), and on shared and cyclic copies (and the fixture itself)
 *   the debug view does not show `[Cannot be deserialized]` for a member whose getter returned
 *   plain data. Only `EvtError`s and the planted error escape, errors are true, and the input
 *   does not change, as above. A read that never ends is caught by the test's timeout;
 * - **laziness**, counted with a Proxy over the raw event: construction reads nothing; each
 *   getter reads at most three top-level fields of its wrapper's raw value (of those present;
 *   probing an absent optional key is free), nothing outside it, and never lists its keys; an
 *   object-valued getter returns the same object again, and its second read neither reads the
 *   event (unless the object is part of the event, or an empty frozen default) nor parses
 *   JSON; a getter returning wrappers does not read inside their raw values. Nested wrappers
 *   are measured the same way.
 *
 * An event class (which must have a fixture) is an exported wrapper class whose name ends in
 * `Event` (or `Event` and a version) and that has a module named after it in `src/`, or one
 * that `events` lists.
 *
 * Then every exported wrapper class must have been reached, and be named (`typeName`) after
 * its export.
 *
 * @param api The package's API: `import * as api from '../src/index'`.
 * @param options Only where the conventions need help.
 * @example
 * ```ts
 * import { describeRobustness } from '@evt/tooling-config/robustness';
 * import * as api from '../src/index';
 *
 * describeRobustness(api);
 * ```
 */
export declare function describeRobustness(
  api: Readonly<Record<string, unknown>>,
  options?: RobustnessOptions
): void;
