import { FieldTypeError, MissingFieldError } from './errors';

/** Options a wrapper is constructed with. Children inherit every option from their parent. */
export interface EventOptions {
  /**
   * The function that parses JSON text for `jsonBody`, `jsonValue` and the other JSON getters
   * (Python's `json_deserializer`). Defaults to `JSON.parse`.
   *
   * @example
   * ```ts
   * import { SQSEvent } from '@evt/sqs';
   *
   * const event = new SQSEvent(raw, {
   *   jsonDeserializer: (text) => JSON.parse(text, (key, value) => value),
   * });
   * ```
   */
  readonly jsonDeserializer?: (text: string) => unknown;
  /**
   * The largest number of bytes an inflated (gunzipped or zlib-decompressed) field may have
   * before evt stops with a `PayloadTooLargeError`. Defaults to 64 MiB.
   */
  readonly maxInflatedBytes?: number;
  /**
   * The wrapper this one was read from. Errors name the path from the outermost wrapper, and
   * options not set here are taken from the parent.
   */
  readonly parent?: EventWrapper;
  /** Where this wrapper's raw value sits in the parent's raw event, e.g. `Records` or `s3`. */
  readonly path?: string;
  /** The position of this wrapper's raw value in the array at `path`, for `Records[3]`. */
  readonly index?: number;
}

/** Where a field sits: the outermost wrapper's class name and the full path. */
export interface FieldLocation {
  /** The class name of the outermost wrapper, e.g. `S3Event`. */
  readonly className: string;
  /** The full path from the outermost raw event, e.g. `Records[0].s3.bucket.name`. */
  readonly path: string;
}

function joinPath(head: string, tail: string): string {
  if (!head) return tail;
  if (!tail) return head;
  return tail.charCodeAt(0) === 91 /* [ */ ? head + tail : `${head}.${tail}`;
}

function optionsOf(wrapper: EventWrapper): EventOptions | undefined {
  return (wrapper as unknown as { options: EventOptions | undefined }).options;
}

/**
 * Names where a field of a wrapper sits, for error messages: the outermost wrapper's class and
 * the path from its raw event.
 *
 * @param owner The wrapper the field belongs to.
 * @param path The field's path inside the owner's raw value.
 * @returns The class name and the full path.
 *
 * @category Authoring kit
 */
export function locate(owner: EventWrapper, path: string): FieldLocation {
  let fullPath = path;
  let current = owner;
  for (;;) {
    const options = optionsOf(current);
    const own =
      options?.index === undefined
        ? (options?.path ?? '')
        : `${options.path ?? ''}[${options.index}]`;
    fullPath = joinPath(own, fullPath);
    if (!options?.parent) break;
    current = options.parent;
  }
  return {
    className: (current.constructor as typeof EventWrapper).typeName,
    path: fullPath,
  };
}

/**
 * Reads an option from a wrapper, falling back to its parents.
 *
 * @param owner The wrapper to start from.
 * @param name The option's name.
 * @returns The option's value, or `undefined` when no wrapper in the chain sets it.
 *
 * @category Authoring kit
 */
export function optionOf<TName extends 'jsonDeserializer' | 'maxInflatedBytes'>(
  owner: EventWrapper | undefined,
  name: TName
): EventOptions[TName] | undefined {
  let current = owner;
  while (current) {
    const options = optionsOf(current);
    const value = options?.[name];
    if (value !== undefined) return value;
    current = options?.parent;
  }
  return undefined;
}

/**
 * Describes the kind of a value for error messages: `null`, `array`, or its `typeof`.
 *
 * @param value Any value.
 * @returns The kind's name.
 *
 * @category Authoring kit
 */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const MAX_DEBUG_DEPTH = 12;

function debugValue(value: unknown, depth: number): unknown {
  if (value instanceof EventWrapper) return debugView(value, depth + 1);
  if (Array.isArray(value) || value instanceof Set) {
    return [...value].map((item) => debugValue(item, depth));
  }
  if (value instanceof Map) {
    const entries: Record<string, unknown> = {};
    for (const [key, item] of value) entries[key] = debugValue(item, depth);
    return entries;
  }
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || typeof value !== 'object') return value;
  // Date, HeaderMap and other values with a JSON form show that form in both views.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(): unknown }).toJSON();
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const entries: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    entries[key] = debugValue(item, depth);
  }
  return entries;
}

function debugView(wrapper: EventWrapper, depth: number): unknown {
  if (depth > MAX_DEBUG_DEPTH) return '[Truncated]';
  const hidden = [
    'rawEvent',
    ...(wrapper.constructor as typeof EventWrapper).sensitiveMembers,
  ];
  const prototypes: object[] = [];
  for (
    let prototype = Object.getPrototypeOf(wrapper);
    prototype !== Object.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    prototypes.unshift(prototype);
  }
  // Every getter on the prototype chain, base class first, each read once.
  const view: Record<string, unknown> = {};
  for (const prototype of prototypes) {
    for (const [name, { get }] of Object.entries(
      Object.getOwnPropertyDescriptors(prototype)
    )) {
      if (!get || name in view) continue;
      try {
        view[name] = hidden.includes(name)
          ? '[SENSITIVE]'
          : debugValue(
              (wrapper as unknown as Record<string, unknown>)[name],
              depth
            );
      } catch {
        view[name] = '[Cannot be deserialized]';
      }
    }
  }
  return view;
}

/**
 * The base of every evt wrapper: holds the raw event as AWS sent it and reads fields from it
 * on demand. Constructing a wrapper copies nothing and parses nothing; each getter reads its
 * field when called, and costly results (decoding, parsing, record lists) are cached.
 *
 * `JSON.stringify(wrapper)` gives the raw event back. `String(wrapper)` and `console.log`
 * give a debug view of every getter, with sensitive members shown as `[SENSITIVE]` and members
 * that fail to decode as `[Cannot be deserialized]`.
 *
 * @example
 * ```ts
 * import { EventWrapper, requireString } from '@evt/core';
 *
 * interface RawPing { message: string }
 *
 * class PingEvent extends EventWrapper<RawPing> {
 *   static override readonly typeName: string = 'PingEvent';
 *   get message(): string {
 *     return requireString(this, this.raw.message, 'message');
 *   }
 * }
 *
 * console.log(new PingEvent({ message: 'hello' }).message);
 * ```
 */
export class EventWrapper<TRaw extends object = object> {
  /**
   * The class name used in error messages and debug output. Set by every subclass, because
   * minifiers rename classes.
   */
  static readonly typeName: string = 'EventWrapper';
  /** Getters whose values the debug view hides as `[SENSITIVE]` (`rawEvent` always is). */
  static readonly sensitiveMembers: readonly string[] = [];

  // `declare`d rather than initialised fields: a class field is defined on every instance
  // before the constructor body runs, which measured about 4x slower to construct.
  /** The raw value this wrapper reads from. */
  declare protected readonly raw: TRaw;
  /** The options this wrapper was built with. */
  declare protected readonly options: EventOptions | undefined;

  /**
   * Wraps a raw value. Nothing is read or copied beyond checking that it is an object.
   *
   * @param raw The raw event (or the part of one this class describes).
   * @param options The JSON deserializer, the inflate cap, and where this value sits.
   * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
   * @throws {@link FieldTypeError} when `raw` is not an object.
   */
  constructor(raw: TRaw, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw fieldError(this, '', 'object', raw);
    }
  }

  /** The raw event exactly as it was passed in (not a copy). */
  get rawEvent(): TRaw {
    return this.raw;
  }

  /**
   * Reads a top-level key of the raw value (own keys only, so `get('constructor')` is
   * `undefined` unless the event has such a key).
   *
   * @param key The key to read.
   * @returns The value, or `undefined` when the key is absent.
   */
  get<TKey extends keyof TRaw & string>(key: TKey): TRaw[TKey] | undefined;
  get(key: string): unknown;
  get(key: string): unknown {
    return Object.hasOwn(this.raw, key)
      ? (this.raw as Record<string, unknown>)[key]
      : undefined;
  }

  /**
   * Returns the raw event, so that returning or logging a wrapper with `JSON.stringify`
   * serialises exactly what AWS sent.
   *
   * @returns The raw event.
   */
  toJSON(): TRaw {
    return this.raw;
  }

  /**
   * Renders the debug view (every getter, recursively) as indented JSON.
   *
   * @returns The debug view.
   */
  toString(): string {
    return JSON.stringify(debugView(this, 0), null, 2);
  }

  static {
    // Node's `util.inspect` (and so `console.log`) shows the debug view. Defined here rather
    // than as a symbol-keyed method because isolatedDeclarations cannot emit that member.
    Object.defineProperty(EventWrapper.prototype, INSPECT, {
      value(
        this: EventWrapper,
        _depth: number,
        options: object,
        inspect: (value: unknown, options: object) => string
      ): string {
        const name = (this.constructor as typeof EventWrapper).typeName;
        return `${name} ${inspect(debugView(this, 0), options)}`;
      },
    });
  }
}

/**
 * Builds the error for a field that is absent or of the wrong type.
 *
 * @param owner The wrapper the field belongs to.
 * @param path The field's path inside the owner's raw value.
 * @param expected What the field should hold.
 * @param value What it holds.
 * @returns A `MissingFieldError` when the value is `null`/`undefined`, else a `FieldTypeError`.
 *
 * @category Authoring kit
 */
export function fieldError(
  owner: EventWrapper,
  path: string,
  expected: string,
  value: unknown
): FieldTypeError | MissingFieldError {
  const location = locate(owner, path);
  return value === undefined || value === null
    ? new MissingFieldError(location)
    : new FieldTypeError(expected, kindOf(value), location);
}
