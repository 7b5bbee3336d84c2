import { parseJson } from './decoding';
import { FieldTypeError } from './errors';
import {
  type EventOptions,
  type EventWrapper,
  fieldError,
  kindOf,
  locate,
} from './event-wrapper';

// Each reader takes the value a getter has already read with optional chaining
// (`this.raw.s3?.bucket?.name`) and the same path as text, so the getter names its field
// once in code and once for the error message, and a malformed event ends in an EvtError.

const EMPTY_OBJECT: Readonly<Record<string, never>> =
  /* @__PURE__ */ Object.freeze({});

/**
 * Returns a required string field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The string.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not a string.
 */
export function requireString<T extends string>(
  owner: EventWrapper,
  value: T | null | undefined,
  path: string
): T {
  if (typeof value === 'string') return value;
  throw fieldError(owner, path, 'string', value);
}

/**
 * Returns an optional string field, or `undefined` when it is absent or `null`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The string or `undefined`.
 * @throws {@link FieldTypeError} when present but not a string.
 */
export function optionalString<T extends string>(
  owner: EventWrapper,
  value: T | null | undefined,
  path: string
): T | undefined {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  throw fieldError(owner, path, 'string', value);
}

/**
 * Returns an optional string field that AWS documents to hold one of a few values (an event
 * name, a stream view type, a result code), or `undefined` when it is absent or `null`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @param allowed The values the field may hold.
 * @returns The value, typed as one of `allowed`, or `undefined`.
 * @throws {@link FieldTypeError} when present but not one of `allowed`, naming them.
 */
export function optionalStringOf<T extends string>(
  owner: EventWrapper,
  value: string | null | undefined,
  path: string,
  allowed: readonly T[]
): T | undefined {
  const text = optionalString(owner, value, path);
  if (text === undefined || (allowed as readonly string[]).includes(text)) {
    return text as T | undefined;
  }
  throw new FieldTypeError(
    allowed.join(' | '),
    JSON.stringify(text),
    locate(owner, path)
  );
}

/**
 * Returns a required number field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The number.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not a number.
 */
export function requireNumber(
  owner: EventWrapper,
  value: number | null | undefined,
  path: string
): number {
  if (typeof value === 'number') return value;
  throw fieldError(owner, path, 'number', value);
}

/**
 * Returns an optional number field, or `undefined` when it is absent or `null`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The number or `undefined`.
 * @throws {@link FieldTypeError} when present but not a number.
 */
export function optionalNumber(
  owner: EventWrapper,
  value: number | null | undefined,
  path: string
): number | undefined {
  if (typeof value === 'number') return value;
  if (value === undefined || value === null) return undefined;
  throw fieldError(owner, path, 'number', value);
}

/**
 * Returns a required boolean field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The boolean.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not a boolean.
 */
export function requireBoolean(
  owner: EventWrapper,
  value: boolean | null | undefined,
  path: string
): boolean {
  if (typeof value === 'boolean') return value;
  throw fieldError(owner, path, 'boolean', value);
}

/**
 * Returns an optional boolean field, or `undefined` when it is absent or `null`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The boolean or `undefined`.
 * @throws {@link FieldTypeError} when present but not a boolean.
 */
export function optionalBoolean(
  owner: EventWrapper,
  value: boolean | null | undefined,
  path: string
): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return undefined;
  throw fieldError(owner, path, 'boolean', value);
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a required object field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The object (the raw one, not a copy).
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an object.
 */
export function requireObject<T extends object>(
  owner: EventWrapper,
  value: T | null | undefined,
  path: string
): T {
  if (isPlainObject(value)) return value;
  throw fieldError(owner, path, 'object', value);
}

/**
 * Returns an optional object field, or `undefined` when it is absent or `null`.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The object or `undefined`.
 * @throws {@link FieldTypeError} when present but not an object.
 */
export function optionalObject<T extends object>(
  owner: EventWrapper,
  value: T | null | undefined,
  path: string
): T | undefined {
  if (isPlainObject(value)) return value;
  if (value === undefined || value === null) return undefined;
  throw fieldError(owner, path, 'object', value);
}

/**
 * Returns an optional map field, or a frozen empty object when it is absent or `null`
 * (Powertools v3 reads optional maps as `{}`).
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The map, or `{}`.
 * @throws {@link FieldTypeError} when present but not an object.
 */
export function mapOrEmpty<T extends object>(
  owner: EventWrapper,
  value: T | null | undefined,
  path: string
): T {
  return optionalObject(owner, value, path) ?? (EMPTY_OBJECT as T);
}

/**
 * Returns an optional map of strings (path parameters, stage variables, ...), or a frozen
 * empty object when it is absent or `null`. Every value is checked to be a string.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The map, or `{}`.
 * @throws {@link FieldTypeError} when not an object, or when a value is not a string.
 */
export function stringMapOrEmpty(
  owner: EventWrapper,
  value: Readonly<Record<string, string | undefined>> | null | undefined,
  path: string
): Record<string, string> {
  const map = mapOrEmpty(owner, value, path);
  for (const key in map) {
    if (Object.hasOwn(map, key) && typeof map[key] !== 'string') {
      throw new FieldTypeError(
        'string',
        kindOf(map[key]),
        locate(owner, `${path}.${key}`)
      );
    }
  }
  return map as Record<string, string>;
}

/**
 * Returns a required array field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The array (the raw one, not a copy).
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an array.
 */
export function requireArray<T>(
  owner: EventWrapper,
  value: readonly T[] | null | undefined,
  path: string
): readonly T[] {
  if (Array.isArray(value)) return value;
  throw fieldError(owner, path, 'array', value);
}

/**
 * Returns an optional array field, or an empty array when it is absent or `null`
 * (Powertools v3 reads optional lists as `[]`).
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The array, or `[]`.
 * @throws {@link FieldTypeError} when present but not an array.
 */
export function arrayOrEmpty<T>(
  owner: EventWrapper,
  value: readonly T[] | null | undefined,
  path: string
): readonly T[] {
  if (value === undefined || value === null) return [];
  return requireArray(owner, value, path);
}

/**
 * Returns an optional array of strings, or `[]` when absent; every item is checked.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The array, or `[]`.
 * @throws {@link FieldTypeError} when not an array, or when an item is not a string.
 */
export function stringArrayOrEmpty(
  owner: EventWrapper,
  value: readonly string[] | null | undefined,
  path: string
): readonly string[] {
  const items = arrayOrEmpty(owner, value, path);
  for (let index = 0; index < items.length; index++) {
    if (typeof items[index] !== 'string') {
      throw new FieldTypeError(
        'string',
        kindOf(items[index]),
        locate(owner, `${path}[${index}]`)
      );
    }
  }
  return items;
}

/** A wrapper class constructor, as {@link wrapEach} and `decodeNested` take it. */
export type WrapperClass<TRaw, TWrapper> = new (
  raw: TRaw,
  options?: EventOptions
) => TWrapper;

/**
 * Wraps every item of a required array field (a batch's `Records`), each knowing its index
 * for error messages.
 *
 * @param owner The wrapper the array belongs to.
 * @param value The array read from the raw event.
 * @param path The array's path inside the owner's raw value, e.g. `Records`.
 * @param Wrapper The class that wraps one item.
 * @returns The wrapped items, in order.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an array or
 * when an item is not an object.
 */
export function wrapEach<TRaw extends object, TWrapper>(
  owner: EventWrapper,
  value: readonly TRaw[] | null | undefined,
  path: string,
  Wrapper: WrapperClass<TRaw, TWrapper>
): TWrapper[] {
  const items = requireArray(owner, value, path);
  const wrapped = new Array<TWrapper>(items.length);
  for (let index = 0; index < items.length; index++) {
    wrapped[index] = new Wrapper(items[index] as TRaw, {
      parent: owner,
      path,
      index,
    });
  }
  return wrapped;
}

/**
 * Parses a JSON text field (an SQS body, an SNS message) and wraps the result in another
 * source's class, so a nested notification reads with that class's getters. Errors inside the
 * nested event name the full path, e.g. `SQSEvent: Records[0].body.Records[0].s3.bucket.name`.
 *
 * @param owner The wrapper the JSON field belongs to.
 * @param json The JSON text.
 * @param path The field's path inside the owner's raw value.
 * @param DataClass The class to wrap the parsed value with.
 * @returns The nested event.
 * @throws {@link DecodeError} when the text does not parse.
 * @throws {@link FieldTypeError} when it parses to something other than an object.
 */
export function decodeNestedJson<TRaw extends object, TWrapper>(
  owner: EventWrapper,
  json: string,
  path: string,
  DataClass: WrapperClass<TRaw, TWrapper>
): TWrapper {
  return new DataClass(parseJson<TRaw>(json, owner, path), {
    parent: owner,
    path,
  });
}
