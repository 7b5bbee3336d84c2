/** Freezes a value and everything reachable from it; returns the value. */
export declare function deepFreeze<T>(value: T): T;

/** Options of {@link loadEvent}. */
export interface LoadEventOptions {
  /** `false` returns a mutable copy (for response-setter tests). Defaults to frozen. */
  frozen?: boolean;
  /** The folder to read from. Defaults to `<cwd>/test/events`. */
  dir?: string;
}

/** Reads `test/events/<name>.json` and returns a fresh copy, deep-frozen unless asked not to be. */
export declare function loadEvent<T = unknown>(
  name: string,
  options?: LoadEventOptions
): T;
