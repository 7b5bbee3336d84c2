import { isObject, kindOf } from './argument-error';
import { FieldTypeError } from './errors';
import { type EventWrapper, fieldError, locate } from './event-wrapper';
import { hasOwnKey } from './own-key';

// Each reader takes the value a getter has already read with optional chaining
// (`this.raw.s3?.bucket?.name`) and the same path as text, so the getter names its field
// once in code and once for the error message, and a malformed event ends in an EvtError.

const EMPTY_OBJECT: Readonly<Record<string, never>> =
  /* @__PURE__ */ Object.freeze({});
const EMPTY_ARRAY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The paths a reader may name inside a raw value of type `T`: its own keys, and dotted paths
 * to nested keys, at most four keys long (`s3.bucket.name`). Checked at compile time, so a
 * misspelt path in a getter (`'eventSourceArn'` for `eventSourceARN`) does not compile.
 *
 * @example
 * ```ts
 * import type { FieldPath } from '@evt/core';
 *
 * type Paths = FieldPath<{ s3: { bucket: { name: string } } }>;
 * // 's3' | 's3.bucket' | 's3.bucket.name'
 * ```
 *
 * @category Authoring kit
 */
export type FieldPath<T, TDepth extends number = 3> = [TDepth] extends [never]
  ? never
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? {
          [K in keyof T & string]:
            | K
            | `${K}.${FieldPath<NonNullable<T[K]>, [never, 0, 1, 2][TDepth]>}`;
        }[keyof T & string]
      : never;

/**
 * Returns a required string field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The string.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not a string.
 *
 * @category Authoring kit
 */
export function requireString<TRaw extends object, T extends string>(
  owner: EventWrapper<TRaw>,
  value: T | null | undefined,
  path: FieldPath<TRaw>
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
 *
 * @category Authoring kit
 */
export function optionalString<TRaw extends object, T extends string>(
  owner: EventWrapper<TRaw>,
  value: T | null | undefined,
  path: FieldPath<TRaw>
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
 *
 * @category Authoring kit
 */
export function optionalStringOf<TRaw extends object, T extends string>(
  owner: EventWrapper<TRaw>,
  value: string | null | undefined,
  path: FieldPath<TRaw>,
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
 *
 * @category Authoring kit
 */
export function requireNumber<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: number | null | undefined,
  path: FieldPath<TRaw>
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
 *
 * @category Authoring kit
 */
export function optionalNumber<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: number | null | undefined,
  path: FieldPath<TRaw>
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
 *
 * @category Authoring kit
 */
export function requireBoolean<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: boolean | null | undefined,
  path: FieldPath<TRaw>
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
 *
 * @category Authoring kit
 */
export function optionalBoolean<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: boolean | null | undefined,
  path: FieldPath<TRaw>
): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return undefined;
  throw fieldError(owner, path, 'boolean', value);
}

/**
 * Returns a required object field.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The object (the raw one, not a copy).
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an object.
 *
 * @category Authoring kit
 */
export function requireObject<TRaw extends object, T extends object>(
  owner: EventWrapper<TRaw>,
  value: T | null | undefined,
  path: FieldPath<TRaw>
): T {
  if (isObject(value)) return value;
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
 *
 * @category Authoring kit
 */
export function optionalObject<TRaw extends object, T extends object>(
  owner: EventWrapper<TRaw>,
  value: T | null | undefined,
  path: FieldPath<TRaw>
): T | undefined {
  if (isObject(value)) return value;
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
 *
 * @category Authoring kit
 */
export function mapOrEmpty<TRaw extends object, T extends object>(
  owner: EventWrapper<TRaw>,
  value: T | null | undefined,
  path: FieldPath<TRaw>
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
 *
 * @category Authoring kit
 */
export function stringMapOrEmpty<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: Readonly<Record<string, string | undefined>> | null | undefined,
  path: FieldPath<TRaw>
): Record<string, string> {
  const map = mapOrEmpty(owner, value, path);
  for (const key in map) {
    if (hasOwnKey(map, key) && typeof map[key] !== 'string') {
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
 *
 * @category Authoring kit
 */
export function requireArray<TRaw extends object, T>(
  owner: EventWrapper<TRaw>,
  value: readonly T[] | null | undefined,
  path: FieldPath<TRaw>
): readonly T[] {
  if (Array.isArray(value)) return value;
  throw fieldError(owner, path, 'array', value);
}

/**
 * Returns an optional array field, or a frozen empty array when it is absent or `null`
 * (Powertools v3 reads optional lists as `[]`); the same one every time, so a getter that
 * reads it needs no cache.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The array, or `[]`.
 * @throws {@link FieldTypeError} when present but not an array.
 *
 * @category Authoring kit
 */
export function arrayOrEmpty<TRaw extends object, T>(
  owner: EventWrapper<TRaw>,
  value: readonly T[] | null | undefined,
  path: FieldPath<TRaw>
): readonly T[] {
  if (value === undefined || value === null) return EMPTY_ARRAY;
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
 *
 * @category Authoring kit
 */
export function stringArrayOrEmpty<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: readonly string[] | null | undefined,
  path: FieldPath<TRaw>
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

/**
 * Returns a required array of strings; every item is checked.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The value read from the raw event.
 * @param path The field's path inside the owner's raw value.
 * @returns The array (the raw one, not a copy).
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an array, or
 * when an item is not a string.
 *
 * @category Authoring kit
 */
export function requireStringArray<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: readonly string[] | null | undefined,
  path: FieldPath<TRaw>
): readonly string[] {
  return stringArrayOrEmpty(owner, requireArray(owner, value, path), path);
}
