import { argumentError, kindOf } from './argument-error';
import { debugView } from './debug-view';
import { FieldTypeError, MissingFieldError } from './errors';
import { hasOwnKey } from './own-key';
import {
  type GetterName,
  type InferSchemaOutput,
  type StandardSchemaV1,
  validated,
} from './standard-schema';

/**
 * Options a wrapper is constructed with. Children inherit every option from their parent. Only
 * the object's own properties count: a value inherited from `Object.prototype` (put there by
 * prototype pollution elsewhere) is ignored.
 */
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
  readonly jsonDeserializer?: ((text: string) => unknown) | undefined;
  /**
   * The event's inflate budget: the most bytes all its gzip/zlib fields may inflate to
   * together (every record of a batch counts against the same budget), a positive safe
   * integer. Decoding that would pass it stops with a `PayloadTooLargeError` before allocating
   * more. Defaults to 64 MiB.
   *
   * @example
   * ```ts
   * import { KinesisStreamEvent } from '@evt/kinesis';
   *
   * const event = new KinesisStreamEvent(raw, { maxInflatedBytes: 256 * 1024 * 1024 });
   * ```
   */
  readonly maxInflatedBytes?: number | undefined;
  /**
   * The event's JSON budget: the most characters of JSON text all its compressed fields may
   * inflate to and hand to the parser together (every record of a batch counts against the
   * same budget), a positive safe integer. Parsed JSON takes many times its text's size in
   * memory (30–60× for lists of small objects), so this bounds what one event can cost.
   * Inflating that would pass it stops with a `PayloadTooLargeError` before the parser runs.
   * JSON taken from the event as it is (a body, a message) is not counted: the invocation's
   * own size (6 MB at most) bounds it. Defaults to 8 MiB.
   */
  readonly maxJsonBytes?: number | undefined;
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
 * An option's value if the options object (a wrapper's, or a decoder's) has it as an own
 * property. The value is read first: an absent option (the common case) costs one property
 * load, and only a value found is checked to be the object's own rather than inherited from a
 * polluted prototype.
 *
 * @param options The options object, if any.
 * @param name The option's name.
 * @returns The own value, or `undefined`.
 */
export function own<TOptions extends object, TName extends keyof TOptions>(
  options: TOptions | undefined,
  name: TName
): TOptions[TName] | undefined {
  const value = options?.[name];
  return value !== undefined && hasOwnKey(options as object, name)
    ? value
    : undefined;
}

/** What inflating needs from a wrapper's chain: the event to charge and its two budgets. */
export interface EventSettings {
  /** The outermost wrapper: the event whose budgets are charged. */
  readonly root: EventWrapper;
  /** The nearest `maxInflatedBytes` option. */
  readonly maxInflatedBytes: number | undefined;
  /** The nearest `maxJsonBytes` option. */
  readonly maxJsonBytes: number | undefined;
}

/**
 * The event root and the nearest setting of each budget option, for `owner`, read together
 * once per inflated field.
 *
 * @param owner The wrapper a decoded field belongs to.
 * @returns The root and the options in force.
 */
export function settingsOf(owner: EventWrapper): EventSettings {
  let current = owner;
  while (optionsOf(current)?.parent) {
    current = optionsOf(current)?.parent as EventWrapper;
  }
  return {
    root: current,
    maxInflatedBytes: optionOf(owner, 'maxInflatedBytes'),
    maxJsonBytes: optionOf(owner, 'maxJsonBytes'),
  };
}

/**
 * Checks that a numeric limit is a positive safe integer: the one rule for every size option.
 *
 * @param value The option's value.
 * @param name The option's name, for the error.
 * @returns The value.
 * @throws {TypeError} when the value is not a number.
 * @throws {RangeError} when it is not a positive safe integer (`NaN`, `0`, `-1`, `1.5`,
 * `Infinity`, `2 ** 53`).
 *
 * @category Authoring kit
 */
export function positiveSafeInteger(value: unknown, name: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${name} must be a number, got ${kindOf(value)}`);
  }
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new RangeError(
      `${name} must be a positive safe integer, got ${value}`
    );
  }
  return value;
}

// A child's `parent` is its own unless `Object.prototype` itself has gained one: checking that
// one object costs a load, where `Object.hasOwn` on every construction measured ~12 ns.
const OBJECT_PROTOTYPE: { parent?: unknown } = Object.prototype;

const OPTION_NAMES = [
  'jsonDeserializer',
  'maxInflatedBytes',
  'maxJsonBytes',
  'path',
  'index',
] as const;

/**
 * Validates the options a user passes to an outermost wrapper (programmer errors, not event
 * errors, named by the wrapper's class) and keeps a copy of their own properties without a
 * prototype. Every options object a wrapper holds then has no inherited properties that
 * matter: a copy like this one, or a child's literal whose `parent` is its own. So the walks up
 * the chain read `parent` directly.
 */
function rootOptions(
  options: unknown,
  wrapper: { readonly typeName: string }
): EventOptions {
  if (typeof options !== 'object' || options === null) {
    throw argumentError(wrapper.typeName, 'options', 'an object', options);
  }
  const copy: Record<string, unknown> = Object.create(null);
  for (const name of OPTION_NAMES) {
    const value = own(options as EventOptions, name);
    if (value !== undefined) copy[name] = value;
  }
  for (const name of ['maxInflatedBytes', 'maxJsonBytes'] as const) {
    if (copy[name] !== undefined) {
      positiveSafeInteger(copy[name], `${wrapper.typeName}: options.${name}`);
    }
  }
  const deserializer = copy.jsonDeserializer;
  if (deserializer !== undefined && typeof deserializer !== 'function') {
    throw argumentError(
      wrapper.typeName,
      'options.jsonDeserializer',
      'a function',
      deserializer
    );
  }
  return copy as EventOptions;
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
    const index = own(options, 'index');
    const at = own(options, 'path') ?? '';
    fullPath = joinPath(index === undefined ? at : `${at}[${index}]`, fullPath);
    const parent = own(options, 'parent');
    if (!parent) break;
    current = parent;
  }
  return {
    className: (current.constructor as typeof EventWrapper).typeName,
    path: fullPath,
  };
}

/**
 * Reads an option from a wrapper, falling back to its parents; own properties only.
 *
 * @param owner The wrapper to start from.
 * @param name The option's name.
 * @returns The option's value, or `undefined` when no wrapper in the chain sets it.
 *
 * @category Authoring kit
 */
export function optionOf<
  TName extends 'jsonDeserializer' | 'maxInflatedBytes' | 'maxJsonBytes',
>(
  owner: EventWrapper | undefined,
  name: TName
): EventOptions[TName] | undefined {
  // Every options object held is a prototype-free copy or a child's literal with its own
  // `parent` (see rootOptions), so `parent` is read directly; a value found is checked to be
  // own, since a child's literal inherits from Object.prototype.
  for (let current = owner; current; ) {
    const options = optionsOf(current);
    if (options === undefined) return undefined;
    const value = options[name];
    if (value !== undefined && hasOwnKey(options, name)) return value;
    current = options.parent;
  }
  return undefined;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The base of every evt wrapper: holds the raw event as AWS sent it and reads fields from it
 * on demand. Constructing a wrapper copies nothing and parses nothing; each getter reads its
 * field when called, and costly results (decoding, parsing, record lists) are cached.
 *
 * `JSON.stringify(wrapper)` gives the raw event back, exactly as AWS sent it (credentials
 * included: structured loggers that serialise the event see everything). `String(wrapper)` and
 * `console.log` give a debug view that decodes nothing and hides credentials (see
 * {@link EventWrapper.toString}).
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
  /**
   * Getters whose values the debug view hides as `[SENSITIVE]`, in addition to those of every
   * parent class (a subclass's list extends its parents'), to `rawEvent`, and to any member
   * whose name marks a credential (see `addSensitiveNames`).
   */
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
   * @param options The JSON deserializer, the decoding budgets, and where this value sits.
   * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
   * @throws {@link FieldTypeError} when `raw` is not an object.
   * @throws {TypeError} when an option has the wrong type (a programmer error).
   * @throws {RangeError} when `maxInflatedBytes` or `maxJsonBytes` is not a positive safe
   * integer (a programmer error).
   */
  constructor(raw: TRaw, options?: EventOptions) {
    // Both stores first, with no call between them and the allocation: where this constructor
    // is inlined into a `new`, the object's shape is then known and they are plain stores.
    // After a call, every wrapper class's shape meets here and they become megamorphic stores
    // (measured ~250 instructions per wrapper). The checks follow, in `checkWrapper`.
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
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
    return hasOwnKey(this.raw, key)
      ? (this.raw as Record<string, unknown>)[key]
      : undefined;
  }

  /**
   * Validates what one of this wrapper's getters returns with a schema from any library that
   * implements Standard Schema (zod, valibot, arktype, ...), and returns the schema's output.
   * The getter is read as usual (decoded and cached once); the schema's output is not cached.
   * An error names the raw field the getter reads, found from the getter's name: `jsonBody`
   * reads `body`, `jsonMessage` `Message`, `dataAsJson` `data`, `detailType` `detail-type`,
   * and `rawEvent` is the wrapper's whole raw value.
   *
   * @param member The getter whose value to check, e.g. `jsonBody` or `detail`.
   * @param schema A synchronous Standard Schema; use `parseAsync` for an async one.
   * @returns The schema's output for the value.
   * @throws {@link ValidationError} when the schema rejects the value; its message names the
   * class and the raw field the getter reads (`SQSEvent: Records[1].body`), and `issues` holds
   * the schema's issues.
   * @throws {@link DecodeError} (or another {@link EvtError}) when the getter itself fails.
   * @throws {TypeError} when `member` is not a getter, `schema` is not a Standard Schema, or
   * the schema is async (programmer errors).
   * @example
   * ```ts
   * import { type RawSQSEvent, SQSEvent } from '@evt/sqs';
   * import { z } from 'zod';
   *
   * const Order = z.object({ orderId: z.string(), quantity: z.number().int() });
   *
   * export const handler = async (raw: RawSQSEvent) => {
   *   for (const record of new SQSEvent(raw).records) {
   *     const order = record.parse('jsonBody', Order); // { orderId: string; quantity: number }
   *     console.log(order.orderId, order.quantity);
   *   }
   * };
   * ```
   */
  parse<TWrapper, TSchema extends StandardSchemaV1>(
    this: TWrapper,
    member: GetterName<TWrapper>,
    schema: TSchema
  ): InferSchemaOutput<TSchema> {
    return validated(
      this as EventWrapper,
      member,
      schema,
      false
    ) as InferSchemaOutput<TSchema>;
  }

  /**
   * `parse` for a schema that may validate asynchronously (one with async
   * refinements): resolves to the schema's output, and rejects as `parse` throws.
   *
   * @param member The getter whose value to check, e.g. `jsonBody` or `detail`.
   * @param schema A Standard Schema, synchronous or not.
   * @returns A promise of the schema's output for the value.
   * @throws {@link ValidationError} (as a rejection) when the schema rejects the value.
   */
  async parseAsync<TWrapper, TSchema extends StandardSchemaV1>(
    this: TWrapper,
    member: GetterName<TWrapper>,
    schema: TSchema
  ): Promise<InferSchemaOutput<TSchema>> {
    return validated(
      this as EventWrapper,
      member,
      schema,
      true
    ) as InferSchemaOutput<TSchema>;
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
   * Renders the debug view as indented JSON: every getter, recursively, with credentials shown
   * as `[SENSITIVE]`, payloads not yet decoded shown as `[not decoded: N bytes]` (the view
   * decodes, inflates and parses nothing), members that fail as `[Cannot be deserialized]`,
   * and long lists, maps and strings cut (`… N more`). Cheap and bounded whatever the event.
   *
   * @returns The debug view.
   */
  toString(): string {
    return JSON.stringify(debugView(this), null, 2);
  }
}

// Compared with `true` rather than negated: V8 knows nothing of a module variable's type, so
// `!inspectHooked` compiles to a full truthiness test on every wrapper built (about 10
// instructions each; a Kinesis record builds two).
let inspectHooked = false;

/**
 * Makes a class declared without `extends` a subclass of {@link EventWrapper} (or of `base`) at
 * run time, and returns its type name: its instances inherit EventWrapper's members
 * (`rawEvent`, `get`, `parse`, the debug view; `instanceof EventWrapper` holds) and the class its
 * statics (its `sensitiveMembers` list extends EventWrapper's).
 *
 * This is how a wrapper built once per record is declared (`S3EventRecord`, `SQSRecord`, and
 * the parts of a record every handler reads). Where such a wrapper is built inside a `for…of`
 * loop, V8 (Node 20, 22 and 24) inlines its constructor but not a `super()` call, so
 * EventWrapper's constructor would run out of line for every record, with megamorphic stores;
 * a class with no base class has its whole constructor inlined. The class merges an interface
 * that extends `EventWrapper<RawX>`, for its type; its constructor stores `raw` and `options`
 * itself, then calls {@link checkWrapper}.
 *
 * Call it as the initializer of the class's static `typeName`, preceded by a `@__PURE__`
 * annotation comment (as evt's own classes do): a bundler then drops the class with the call
 * when nothing uses it, where it keeps a class that has a static block. It does not check its
 * arguments (checks measured about 100 bytes gzip in every handler bundle, for a call that runs
 * once per class as a package loads); a class it is not called with is not an
 * `EventWrapper`, which the package's tests of its debug view show.
 *
 * With `base`, the class is linked to another evt class instead, and inherits its getters:
 * `ALBEvent` is linked to {@link BaseProxyEvent}, so an ALB request is built by one inlined
 * constructor instead of a chain of `super()` calls. The class then merges an interface that
 * extends the base's type. Only a base that keeps no state of its own can be used: no private
 * fields or methods and no constructor, since the base's constructor never runs (the HTTP bases
 * of `@evt/core` keep their caches in symbol-keyed properties for this reason).
 *
 * @param wrapperClass The class, declared without `extends`.
 * @param typeName The class's name, for error messages and the debug view.
 * @param base The class to inherit from: EventWrapper (the default) or an evt class that keeps
 * no private fields and declares no constructor.
 * @returns `typeName`.
 * @example
 * ```ts
 * import { type EventOptions, EventWrapper, checkWrapper, extendEventWrapper, requireString } from '@evt/core';
 *
 * interface RawPingRecord { message: string }
 *
 * export interface PingRecord extends EventWrapper<RawPingRecord> {}
 * export class PingRecord {
 *   static readonly typeName: string = extendEventWrapper(PingRecord, 'PingRecord');
 *   declare protected readonly raw: RawPingRecord;
 *   declare protected readonly options: EventOptions | undefined;
 *
 *   constructor(raw: RawPingRecord, options?: EventOptions) {
 *     this.raw = raw;
 *     this.options = options;
 *     checkWrapper(this, raw, options);
 *   }
 *
 *   get message(): string {
 *     return requireString(this, this.raw.message, 'message');
 *   }
 * }
 * ```
 *
 * @category Authoring kit
 */
export function extendEventWrapper(
  wrapperClass: abstract new (
    raw: never,
    options?: EventOptions
  ) => EventWrapper,
  typeName: string,
  base: abstract new (
    raw: never,
    options?: EventOptions
  ) => EventWrapper = EventWrapper
): string {
  Object.setPrototypeOf(wrapperClass, base);
  Object.setPrototypeOf(wrapperClass.prototype, base.prototype);
  return typeName;
}

/**
 * The checks of a wrapper's constructor, once it has stored `raw` and `options`: EventWrapper's
 * constructor calls it, and so does the constructor of a class declared with
 * {@link extendEventWrapper}. A child built by evt (its own `parent`, no polluted
 * `Object.prototype.parent`) needs only the raw type check; the first wrapper, and options a
 * user passes, are also checked and replaced by a checked copy.
 *
 * @param wrapper The wrapper being constructed, with `raw` and `options` stored.
 * @param raw The raw value it was given.
 * @param options The options it was given.
 * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
 * @throws {@link FieldTypeError} when `raw` is not an object.
 * @throws {TypeError} when an option has the wrong type (a programmer error).
 * @throws {RangeError} when `maxInflatedBytes` or `maxJsonBytes` is not a positive safe
 * integer (a programmer error).
 *
 * @category Authoring kit
 */
export function checkWrapper(
  wrapper: EventWrapper,
  raw: unknown,
  options: EventOptions | undefined
): void {
  if (
    options?.parent === undefined ||
    OBJECT_PROTOTYPE.parent !== undefined ||
    inspectHooked !== true
  ) {
    admitRoot(wrapper, options);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw fieldError(wrapper, '', 'object', raw);
  }
}

/**
 * {@link checkWrapper} for a class whose raw value is normally what `JSON.parse` makes, and
 * which is built once per event and read where it is built (`EventBridgeEvent`): a raw value
 * whose prototype is `Object.prototype` is taken as an object without asking `Array.isArray`;
 * any other object (no prototype, another realm's, a class instance) is asked as before, so
 * arrays from any realm are still refused. The one difference: an array whose prototype was
 * replaced by `Object.prototype` is taken as an object, and its getters then report their
 * fields as missing.
 *
 * Why: V8 (Node 20, 22 and 24) removes a wrapper's allocation when the wrapper never leaves the
 * optimised code that built it, but not when its construction calls `Array.isArray`. Measured
 * under callgrind (`pnpm bench:instructions`), EventBridge 1 event: 188 → 137 instructions on
 * Node 20 (plain access 61), 185 → 137 on Node 22, 159 → 118 on Node 24. In the constructor of
 * every wrapper it cost the per-record rows instead (S3 100 records 323,373 → 375,213,
 * Function URL 11,988 → 12,684), so {@link checkWrapper} stays the default: use this one only in
 * a class linked with {@link extendEventWrapper} whose row you have measured.
 *
 * @param wrapper The wrapper being constructed, with `raw` and `options` stored.
 * @param raw The raw value it was given.
 * @param options The options it was given.
 * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
 * @throws {@link FieldTypeError} when `raw` is not an object.
 * @throws {TypeError} when an option has the wrong type (a programmer error).
 * @throws {RangeError} when `maxInflatedBytes` or `maxJsonBytes` is not a positive safe
 * integer (a programmer error).
 *
 * @category Authoring kit
 */
export function checkPlainWrapper(
  wrapper: EventWrapper,
  raw: unknown,
  options: EventOptions | undefined
): void {
  // checkWrapper's admission test, written out again on purpose: sharing it through a helper
  // (EventBridge 325 instructions, S3 100 records 326,583) or calling checkWrapper with a
  // stand-in for a plain raw value (EventBridge 216) measured worse than this copy (137).
  if (
    options?.parent === undefined ||
    OBJECT_PROTOTYPE.parent !== undefined ||
    inspectHooked !== true
  ) {
    admitRoot(wrapper, options);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (Object.getPrototypeOf(raw) !== Object.prototype && Array.isArray(raw))
  ) {
    throw fieldError(wrapper, '', 'object', raw);
  }
}

/**
 * Hooks the debug view on the first wrapper built, and replaces options a user passes with
 * their checked copy (see rootOptions). Children are built by evt with their own `parent`
 * and keep their options as they are.
 */
function admitRoot(
  wrapper: EventWrapper,
  options: EventOptions | undefined
): void {
  if (inspectHooked !== true) hookInspect();
  if (
    options !== undefined &&
    !(options?.parent !== undefined && hasOwnKey(options, 'parent'))
  ) {
    (wrapper as unknown as { options: EventOptions }).options = rootOptions(
      options,
      wrapper.constructor as typeof EventWrapper
    );
  }
}

/**
 * Puts the debug view under Node's `util.inspect.custom` on `EventWrapper.prototype`, so that
 * `util.inspect` (and so `console.log`) shows it. Done when the first event is wrapped rather
 * than when the module loads: a side effect at load (a static block) keeps bundlers from
 * dropping this module from a bundle that uses nothing of it, and no wrapper can be logged
 * before one is built.
 */
function hookInspect(): void {
  inspectHooked = true;
  Object.defineProperty(EventWrapper.prototype, INSPECT, {
    value(
      this: EventWrapper,
      _depth: number,
      options: object,
      inspect: (value: unknown, options: object) => string
    ): string {
      const name = (this.constructor as typeof EventWrapper).typeName;
      return `${name} ${inspect(debugView(this), options)}`;
    },
  });
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
