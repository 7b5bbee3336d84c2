import { argumentError } from './argument-error';
import { ValidationError } from './errors';
import { type EventWrapper, locate } from './event-wrapper';

// The Standard Schema v1 interface (https://standardschema.dev), which zod, valibot, arktype
// and other schema libraries implement: declared here so that validation needs no dependency.

/**
 * A schema from any library that implements Standard Schema v1 (zod 3.24+, valibot 1, arktype
 * 2, ...): what `wrapper.parse(member, schema)` takes.
 */
export interface StandardSchemaV1<TInput = unknown, TOutput = TInput> {
  /** The properties the standard defines, under its reserved key. */
  readonly '~standard': StandardSchemaProps<TInput, TOutput>;
}

/** The properties of a {@link StandardSchemaV1} schema. */
export interface StandardSchemaProps<TInput = unknown, TOutput = TInput> {
  /** The version of the standard, `1`. */
  readonly version: 1;
  /** The name of the schema library, e.g. `zod`. */
  readonly vendor: string;
  /** Checks a value: its output, or the issues found; a promise of either for an async schema. */
  readonly validate: (
    value: unknown
  ) => StandardSchemaResult<TOutput> | Promise<StandardSchemaResult<TOutput>>;
  /** The schema's input and output types, for inference only (absent at run time). */
  readonly types?: StandardSchemaTypes<TInput, TOutput> | undefined;
}

/** The input and output types of a {@link StandardSchemaV1} schema. */
export interface StandardSchemaTypes<TInput = unknown, TOutput = TInput> {
  /** The type the schema accepts. */
  readonly input: TInput;
  /** The type the schema produces. */
  readonly output: TOutput;
}

/** What a {@link StandardSchemaV1} schema's `validate` returns. */
export type StandardSchemaResult<TOutput> =
  | {
      /** The schema's output for the value. */
      readonly value: TOutput;
      /** Absent when validation succeeds. */
      readonly issues?: undefined;
    }
  | {
      /** The problems found; validation failed. */
      readonly issues: readonly StandardSchemaIssue[];
    };

/** One problem a {@link StandardSchemaV1} schema found in a value. */
export interface StandardSchemaIssue {
  /** What is wrong, in the schema library's words. */
  readonly message: string;
  /** Where inside the value, as keys or `{ key }` segments; absent for the value itself. */
  readonly path?:
    | readonly (PropertyKey | StandardSchemaPathSegment)[]
    | undefined;
}

/** One segment of a {@link StandardSchemaIssue}'s path. */
export interface StandardSchemaPathSegment {
  /** The key of the segment. */
  readonly key: PropertyKey;
}

/** The output type of a {@link StandardSchemaV1} schema: what `parse` returns. */
export type InferSchemaOutput<TSchema extends StandardSchemaV1> = NonNullable<
  TSchema['~standard']['types']
>['output'];

/**
 * The names of a wrapper's getters (its members that are not methods): what `parse` accepts.
 */
export type GetterName<TWrapper> = {
  [TKey in keyof TWrapper]: TWrapper[TKey] extends (...args: never[]) => unknown
    ? never
    : TKey;
}[keyof TWrapper] &
  string;

/** Whether `member` is a getter of the wrapper (not a method, nor its raw value or options). */
function isGetter(owner: EventWrapper, member: unknown): boolean {
  let found: PropertyDescriptor | undefined;
  for (
    let target: object | null = owner;
    target && !found;
    target = Object.getPrototypeOf(target)
  ) {
    found = Object.getOwnPropertyDescriptor(target, member as PropertyKey);
  }
  return found?.get !== undefined;
}

/**
 * The raw field a getter reads, for the error's path: the longest key of the wrapper's raw
 * value that the getter's name holds as whole words, compared without case or dashes. So
 * `jsonBody` → `body`, `jsonMessage` → `Message`, `dataAsJson` → `data`, `newImage` →
 * `NewImage`, `detailType` → `detail-type`, `reasonDataDecoded` → `reasonData`. A getter
 * whose name holds no key (a shortcut into a record) keeps its own name; `rawEvent` is the
 * wrapper's own value. Run only when validation fails.
 */
function rawFieldOf(owner: EventWrapper, member: string): string {
  if (member === 'rawEvent') return '';
  const lower = member.toLowerCase();
  // A word starts where the name has a capital (or at either end).
  const startsWord = (at: number) =>
    at === 0 || at === member.length || member[at] !== lower[at];
  let field = member;
  let size = 0;
  for (const key of Object.keys(owner.rawEvent)) {
    const name = key.replaceAll('-', '').toLowerCase();
    const at = lower.indexOf(name);
    if (
      name.length > size &&
      at >= 0 &&
      startsWord(at) &&
      startsWord(at + name.length)
    ) {
      field = key;
      size = name.length;
    }
  }
  return field;
}

function outcome(
  owner: EventWrapper,
  member: string,
  result: StandardSchemaResult<unknown>
): unknown {
  if (result.issues) {
    throw new ValidationError(
      result.issues,
      locate(owner, rawFieldOf(owner, member))
    );
  }
  return result.value;
}

/**
 * What `parse` and `parseAsync` do: validates the value a getter returns with a Standard
 * Schema and returns the schema's output.
 *
 * @param owner The wrapper.
 * @param member The getter's name.
 * @param schema The schema.
 * @param async Whether an async schema is allowed (the result may then be a promise).
 * @returns The schema's output, or a promise of it for an async schema.
 * @throws {TypeError} when `member` is not a getter of the wrapper, `schema` is not a
 * Standard Schema, or (for `parse`) the schema is async.
 * @throws {@link ValidationError} when the schema rejects the value.
 */
export function validated(
  owner: EventWrapper,
  member: string,
  schema: StandardSchemaV1,
  async: boolean
): unknown {
  const method = async ? 'parseAsync' : 'parse';
  const props = (schema as Partial<StandardSchemaV1> | null)?.['~standard'];
  if (props?.version !== 1 || typeof props.validate !== 'function') {
    throw argumentError(method, 'schema', 'a Standard Schema', schema);
  }
  if (!isGetter(owner, member)) {
    throw argumentError(
      method,
      'member',
      `a getter of ${(owner.constructor as typeof EventWrapper).typeName}`,
      member
    );
  }
  const result = props.validate(
    (owner as unknown as Record<string, unknown>)[member]
  );
  // A promise, or any thenable (one from another realm or library): never read as a result.
  if (typeof (result as Partial<PromiseLike<unknown>>).then === 'function') {
    const pending = Promise.resolve(result);
    if (async) return pending.then((done) => outcome(owner, member, done));
    // Nobody awaits it: a rejection must not surface as an unhandled one.
    pending.catch(() => {});
    throw new TypeError('parse: schema is async; use parseAsync');
  }
  return outcome(owner, member, result as StandardSchemaResult<unknown>);
}
