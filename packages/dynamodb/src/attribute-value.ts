import {
  DecodeError,
  decodeBase64,
  type EventWrapper,
  kindOf,
  locate,
} from '@evt/core';

/**
 * One DynamoDB attribute value in DynamoDB JSON: an object with exactly one type tag
 * (`S`, `N`, `B`, `BOOL`, `NULL`, `M`, `L`, `SS`, `NS` or `BS`) holding the payload.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html
 */
export interface RawAttributeValue {
  /** The string value of a String attribute (`S`). */
  readonly S?: string | undefined;
  /** The decimal text of a Number attribute, up to 38 significant digits (`N`). */
  readonly N?: string | undefined;
  /** The base64 text of a Binary attribute (`B`). */
  readonly B?: string | undefined;
  /** The value of a Boolean attribute (`BOOL`). */
  readonly BOOL?: boolean | undefined;
  /** The marker of a Null attribute, always `true` (`NULL`). */
  readonly NULL?: boolean | undefined;
  /** The attributes of a Map attribute, by name (`M`). */
  readonly M?: Readonly<Record<string, RawAttributeValue>> | undefined;
  /** The items of a List attribute (`L`). */
  readonly L?: readonly RawAttributeValue[] | undefined;
  /** The items of a String Set attribute (`SS`). */
  readonly SS?: readonly string[] | undefined;
  /** The decimal texts of the items of a Number Set attribute (`NS`). */
  readonly NS?: readonly string[] | undefined;
  /** The base64 texts of the items of a Binary Set attribute (`BS`). */
  readonly BS?: readonly string[] | undefined;
}

/** An item, or its key attributes, in DynamoDB JSON: attribute values by attribute name. */
export type RawDynamoDBImage = Readonly<Record<string, RawAttributeValue>>;

/**
 * A DynamoDB number (`N`), kept as the exact decimal text DynamoDB sent.
 *
 * DynamoDB numbers carry up to 38 significant digits; a JavaScript `number` keeps about 15
 * to 17, so converting every number on read would silently change large IDs, amounts and
 * counters. This small value class keeps every digit, tells numbers apart from strings in
 * an unmarshalled item (`value instanceof DynamoDBNumber`), and converts on demand:
 * `toNumber()` (or `Number(value)`, `+value`) for arithmetic, `toString()` for the exact
 * text. `JSON.stringify` writes the text, as a JSON string, so no digit is lost.
 *
 * The constructor takes the text as given; the unmarshallers check it before building one.
 *
 * @example
 * ```ts
 * import { DynamoDBNumber, unmarshall } from '@evt/dynamodb';
 *
 * const item = unmarshall({ price: { N: '19.99' } });
 * if (item.price instanceof DynamoDBNumber) {
 *   console.log(item.price.toString(), item.price.toNumber() * 2);
 * }
 * ```
 */
export class DynamoDBNumber {
  /** The decimal text of the number, exactly as DynamoDB sent it, e.g. `'19.99'`. */
  readonly value: string;

  /**
   * Wraps the decimal text of a DynamoDB number.
   *
   * @param value The decimal text, e.g. `'19.99'`.
   */
  constructor(value: string) {
    this.value = value;
  }

  /**
   * Converts the number to a JavaScript `number`, rounding to the nearest double when it has
   * more digits than a double holds.
   *
   * @returns The nearest JavaScript number.
   */
  toNumber(): number {
    return Number(this.value);
  }

  /**
   * Returns the exact decimal text.
   *
   * @returns The decimal text, e.g. `'19.99'`.
   */
  toString(): string {
    return this.value;
  }

  /**
   * Converts the number to a JavaScript `number` (used by `Number(value)`).
   *
   * @returns The nearest JavaScript number.
   */
  valueOf(): number {
    return Number(this.value);
  }

  /**
   * Returns the exact decimal text, so `JSON.stringify` keeps every digit.
   *
   * @returns The decimal text.
   */
  toJSON(): string {
    return this.value;
  }

  /**
   * Converts the number for a string context (`${value}`, `value + ''`) to its exact text,
   * and for a numeric context (`+value`, `value > 5`) to a JavaScript `number`.
   *
   * @param hint The conversion JavaScript asks for: `'string'`, `'number'` or `'default'`.
   * @returns The decimal text, or the nearest JavaScript number for the `'number'` hint.
   */
  [Symbol.toPrimitive](hint: string): string | number {
    return hint === 'number' ? Number(this.value) : this.value;
  }
}

/**
 * How the unmarshallers represent DynamoDB numbers (`N` and the items of `NS`):
 *
 * - `'DynamoDBNumber'` (the default): a {@link DynamoDBNumber} holding the exact text;
 * - `'string'`: the decimal text itself, e.g. `'19.99'`;
 * - `'number'`: a JavaScript `number`; a number that a double cannot hold without losing
 *   digits (more than 15 significant digits that do not survive the conversion) is a
 *   {@link DecodeError}, never a silent rounding.
 */
export type DynamoDBNumberMode = 'DynamoDBNumber' | 'string' | 'number';

/**
 * The JavaScript type of an unmarshalled number for a {@link DynamoDBNumberMode}.
 *
 * @typeParam TMode The number mode.
 */
export type DynamoDBNumberOf<TMode extends DynamoDBNumberMode> =
  TMode extends 'number'
    ? number
    : TMode extends 'string'
      ? string
      : DynamoDBNumber;

/**
 * Options of {@link unmarshall}, {@link unmarshallValue} and the `…As` methods of
 * `StreamRecord`.
 *
 * @typeParam TMode The number mode.
 */
export interface UnmarshallOptions<
  TMode extends DynamoDBNumberMode = DynamoDBNumberMode,
> {
  /** The representation of numbers; `'DynamoDBNumber'` when not set. */
  readonly numbers?: TMode | undefined;
}

/**
 * An unmarshalled attribute value: `S` is a `string`, `N` a number in the chosen
 * representation, `B` a `Uint8Array`, `BOOL` a `boolean`, `NULL` is `null`, `M` a plain
 * object, `L` an array, and `SS`, `NS`, `BS` are `Set`s.
 *
 * @typeParam TNumber The type numbers unmarshal to.
 */
export type DynamoDBValue<TNumber = DynamoDBNumber> =
  | string
  | TNumber
  | boolean
  | null
  | Uint8Array
  | Set<string>
  | Set<TNumber>
  | Set<Uint8Array>
  | DynamoDBValue<TNumber>[]
  | { [name: string]: DynamoDBValue<TNumber> };

/**
 * An unmarshalled item (or its keys): plain values by attribute name.
 *
 * @typeParam TNumber The type numbers unmarshal to.
 */
export type DynamoDBImage<TNumber = DynamoDBNumber> = {
  [name: string]: DynamoDBValue<TNumber>;
};

// Number modes as small integers, so the hot path compares numbers, not strings.
const AS_OBJECT = 0;
const AS_STRING = 1;
const AS_NUMBER = 2;

// The hot path (toValue, toMap, toList, toSet) builds no path and has no try/catch: it throws
// a bare Fault. Only then is the same input walked once more with `tracked` set, catching at
// each level to prepend its part of the path, e.g. `.order.M.items.L[2]`. Valid images pay
// nothing for error reporting.

/** A failure inside an attribute value; not an `Error`, so no stack is captured. */
class Fault {
  path = '';
  readonly detail: string;
  readonly cause: unknown;

  constructor(detail: string, cause?: unknown) {
    this.detail = detail;
    this.cause = cause;
  }
}

/** Any error as a {@link Fault}, e.g. a `RangeError` from an absurdly deep nesting. */
function faultOf(error: unknown): Fault {
  return error instanceof Fault
    ? error
    : new Fault(error instanceof Error ? error.message : String(error), error);
}

function faultAt(error: unknown, segment: string): Fault {
  const fault = faultOf(error);
  fault.path = segment + fault.path;
  return fault;
}

function modeOf(options: UnmarshallOptions | undefined): number {
  const numbers = options?.numbers;
  if (numbers === undefined || numbers === 'DynamoDBNumber') return AS_OBJECT;
  if (numbers === 'string') return AS_STRING;
  if (numbers === 'number') return AS_NUMBER;
  throw new DecodeError(
    'unmarshall options',
    `numbers must be 'DynamoDBNumber', 'string' or 'number', got ${JSON.stringify(numbers)}`
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether `text` is DynamoDB number text: optional `-`, digits with at most one `.`, at least
 * one digit, then an optional exponent (`e`/`E`, optional sign, digits).
 */
function isNumberText(text: string): boolean {
  const length = text.length;
  let index = length !== 0 && text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const start = index;
  while (index < length && isDigit(text.charCodeAt(index))) index++;
  let digits = index - start;
  if (index < length && text.charCodeAt(index) === 46 /* . */) {
    const fraction = ++index;
    while (index < length && isDigit(text.charCodeAt(index))) index++;
    digits += index - fraction;
  }
  if (digits === 0) return false;
  if (index === length) return true;
  const marker = text.charCodeAt(index++);
  if (marker !== 101 && marker !== 69 /* e E */) return false;
  const sign = text.charCodeAt(index);
  if (sign === 43 || sign === 45 /* + - */) index++;
  if (index === length) return false;
  while (index < length && isDigit(text.charCodeAt(index))) index++;
  return index === length;
}

/** The significant digits of number text, without sign, point, exponent or edge zeros. */
function significand(text: string): string {
  const exponent = text.search(/[eE]/);
  const mantissa = exponent < 0 ? text : text.slice(0, exponent);
  return mantissa.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * How many significant digits valid number text has: `significand(text).length`, counted in
 * one pass without building a string.
 */
function significantDigitCount(text: string): number {
  let count = 0;
  let trailingZeros = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 101 || code === 69 /* e E */) break;
    if (code === 48 /* 0 */) {
      if (count !== 0) {
        count++;
        trailingZeros++;
      }
    } else if (code > 48 && code <= 57) {
      count++;
      trailingZeros = 0;
    }
  }
  return count - trailingZeros;
}

function toNumber(text: string, mode: number): unknown {
  if (!isNumberText(text)) {
    throw new Fault(`${JSON.stringify(text)} is not a DynamoDB number`);
  }
  if (mode === AS_OBJECT) return new DynamoDBNumber(text);
  if (mode === AS_STRING) return text;
  const number = Number(text);
  // A double holds any 15 significant digits, so text that short (the usual case) converts
  // exactly and needs no check. Past 15 digits, the digits must survive the conversion.
  if (
    text.length > 15 &&
    significantDigitCount(text) > 15 &&
    significand(String(number)) !== significand(text)
  ) {
    throw new Fault(
      `${text} does not fit a JavaScript number without losing digits; use numbers: 'DynamoDBNumber' or 'string'`
    );
  }
  return number;
}

function toBytes(text: string, tag: string): Uint8Array {
  try {
    return decodeBase64(text);
  } catch (error) {
    throw new Fault(`${tag} holds invalid base64`, error);
  }
}

function toSetItem(item: unknown, tag: string, mode: number): unknown {
  if (typeof item !== 'string') {
    throw new Fault(`${tag} items must be strings, got ${kindOf(item)}`);
  }
  if (tag === 'SS') return item;
  return tag === 'NS' ? toNumber(item, mode) : toBytes(item, tag);
}

function toSet(
  items: readonly unknown[],
  tag: string,
  mode: number
): Set<unknown> {
  const set = new Set<unknown>();
  for (let index = 0; index < items.length; index++) {
    set.add(toSetItem(items[index], tag, mode));
  }
  return set;
}

function toList(items: readonly unknown[], mode: number): unknown[] {
  const length = items.length;
  const list = new Array<unknown>(length);
  for (let index = 0; index < length; index++) {
    list[index] = toValue(items[index], mode, false);
  }
  return list;
}

function toMap(
  map: Readonly<Record<string, unknown>>,
  mode: number
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in map) {
    const value = toValue(map[name], mode, false);
    if (name === '__proto__') {
      Object.defineProperty(result, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      result[name] = value;
    }
  }
  return result;
}

/** Checks the items of a list or set one by one, naming the index of the one that fails. */
function trackItems(
  items: readonly unknown[],
  mode: number,
  tag: string
): undefined {
  for (let index = 0; index < items.length; index++) {
    try {
      if (tag === 'L') toValue(items[index], mode, true);
      else toSetItem(items[index], tag, mode);
    } catch (error) {
      throw faultAt(error, `.${tag}[${index}]`);
    }
  }
}

/** Checks the attributes of a map one by one, naming the one that fails. */
function trackMap(
  map: Readonly<Record<string, unknown>>,
  mode: number,
  prefix: string
): undefined {
  for (const name in map) {
    try {
      toValue(map[name], mode, true);
    } catch (error) {
      throw faultAt(error, `${prefix}.${name}`);
    }
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrongPayload(tag: string, expected: string, payload: unknown): Fault {
  return new Fault(
    `${tag} must hold ${expected}, got ${payload === false ? 'false' : kindOf(payload)}`
  );
}

/** Why `attribute` is not an attribute value at all, or `undefined` when its shape is fine. */
function shapeFault(attribute: unknown): Fault | undefined {
  if (!isRecord(attribute)) {
    return new Fault(
      `an attribute value must be an object, got ${kindOf(attribute)}`
    );
  }
  const tags = Object.keys(attribute);
  if (tags.length === 0)
    return new Fault('the attribute value has no type tag');
  if (tags.length > 1) {
    return new Fault(
      `the attribute value has more than one type tag (${tags.join(', ')})`
    );
  }
  return undefined;
}

function toValue(attribute: unknown, mode: number, tracked: boolean): unknown {
  // Counting every key keeps this loop on V8's fast for-in path. A string, array or number
  // also lands in the error branches below, which then say what was wrong.
  let count = 0;
  let tag = '';
  for (const key in attribute as object) {
    tag = key;
    count++;
  }
  if (count !== 1) throw shapeFault(attribute) ?? new Fault('no type tag');
  const payload = (attribute as Record<string, unknown>)[tag];
  switch (tag) {
    case 'S':
      if (typeof payload === 'string') return payload;
      throw wrongPayload(tag, 'a string', payload);
    case 'N':
      if (typeof payload === 'string') return toNumber(payload, mode);
      throw wrongPayload(tag, 'a string', payload);
    case 'M':
      if (!isRecord(payload)) throw wrongPayload(tag, 'an object', payload);
      return tracked ? trackMap(payload, mode, '.M') : toMap(payload, mode);
    case 'L':
      if (!Array.isArray(payload)) throw wrongPayload(tag, 'an array', payload);
      return tracked ? trackItems(payload, mode, tag) : toList(payload, mode);
    case 'BOOL':
      if (typeof payload === 'boolean') return payload;
      throw wrongPayload(tag, 'a boolean', payload);
    case 'NULL':
      if (payload === true) return null;
      throw wrongPayload(tag, 'true', payload);
    case 'B':
      if (typeof payload === 'string') return toBytes(payload, tag);
      throw wrongPayload(tag, 'a string', payload);
    case 'SS':
    case 'NS':
    case 'BS':
      if (!Array.isArray(payload)) {
        throw wrongPayload(tag, 'an array', payload);
      }
      return tracked
        ? trackItems(payload, mode, tag)
        : toSet(payload, tag, mode);
    default:
      throw (
        shapeFault(attribute) ??
        new Fault(`unknown type tag ${JSON.stringify(tag)}`)
      );
  }
}

/**
 * The fault that made unmarshalling fail, with its path: the input is walked again, this
 * time naming each level, unless the failure was not a fault of the input (a stack overflow
 * on absurd nesting), which is reported as it is.
 */
function locateFault(error: unknown, walk: () => unknown): Fault {
  if (!(error instanceof Fault)) return faultOf(error);
  try {
    walk();
  } catch (tracked) {
    return faultOf(tracked);
  }
  return error;
}

function decodeError(
  fault: Fault,
  location: { className?: string; path: string }
): DecodeError {
  return new DecodeError('DynamoDB JSON', fault.detail, {
    ...location,
    cause: fault.cause,
  });
}

/**
 * Unmarshals an image field of a wrapper (`Keys`, `NewImage`, `OldImage`). Errors name the
 * wrapper's class and the full path of the failing attribute value.
 *
 * @param owner The wrapper the image belongs to.
 * @param image The image, already checked to be an object.
 * @param path The image's path inside the owner's raw value, e.g. `NewImage`.
 * @param options The number representation.
 * @returns The unmarshalled image.
 * @throws {@link DecodeError} when an attribute value is malformed.
 */
export function unmarshallField(
  owner: EventWrapper,
  image: object,
  path: string,
  options?: UnmarshallOptions
): DynamoDBImage<unknown> {
  const mode = modeOf(options);
  const map = image as Readonly<Record<string, unknown>>;
  try {
    return toMap(map, mode) as DynamoDBImage<unknown>;
  } catch (error) {
    const fault = locateFault(error, () => trackMap(map, mode, ''));
    throw decodeError(fault, locate(owner, path + fault.path));
  }
}

/**
 * Unmarshals an item (or its keys) from DynamoDB JSON to plain values, as a stream record's
 * `NewImage`, `OldImage` and `Keys` hold it. `S` becomes a `string`, `N` a
 * {@link DynamoDBNumber} (or, with `numbers`, a `string` or a `number`), `B` a `Uint8Array`,
 * `BOOL` a `boolean`, `NULL` `null`, `M` a plain object, `L` an array, and `SS`, `NS`, `BS`
 * a `Set`.
 *
 * @param image The attribute values by attribute name.
 * @param options The number representation.
 * @returns The item as plain values.
 * @throws {@link DecodeError} when an attribute value is malformed (not an object, no type
 * tag or more than one, an unknown tag, a payload of the wrong type, invalid number text or
 * base64, or a number that does not fit `numbers: 'number'`); the error's path locates it,
 * e.g. `order.M.items.L[2]`.
 * @example
 * ```ts
 * import { unmarshall } from '@evt/dynamodb';
 *
 * const item = unmarshall(
 *   { id: { S: 'order-1' }, total: { N: '42.5' } },
 *   { numbers: 'number' }
 * );
 * console.log(item.id, item.total); // 'order-1' 42.5
 * ```
 */
export function unmarshall<TMode extends DynamoDBNumberMode = 'DynamoDBNumber'>(
  image: RawDynamoDBImage,
  options?: UnmarshallOptions<TMode>
): DynamoDBImage<DynamoDBNumberOf<TMode>> {
  const mode = modeOf(options);
  if (!isRecord(image)) {
    throw new DecodeError(
      'DynamoDB JSON',
      `an image must be an object, got ${kindOf(image)}`
    );
  }
  try {
    return toMap(image, mode) as DynamoDBImage<DynamoDBNumberOf<TMode>>;
  } catch (error) {
    const fault = locateFault(error, () => trackMap(image, mode, ''));
    throw decodeError(fault, { path: fault.path.slice(1) });
  }
}

/**
 * Unmarshals one attribute value from DynamoDB JSON, with the same mapping as
 * {@link unmarshall}.
 *
 * @param value The attribute value, e.g. `{ L: [{ N: '1' }, { S: 'two' }] }`.
 * @param options The number representation.
 * @returns The plain value.
 * @throws {@link DecodeError} when the value is malformed; the error's path locates the
 * failing part, e.g. `L[1]`.
 * @example
 * ```ts
 * import { unmarshallValue } from '@evt/dynamodb';
 *
 * unmarshallValue({ SS: ['red', 'blue'] }); // Set { 'red', 'blue' }
 * ```
 */
export function unmarshallValue<
  TMode extends DynamoDBNumberMode = 'DynamoDBNumber',
>(
  value: RawAttributeValue,
  options?: UnmarshallOptions<TMode>
): DynamoDBValue<DynamoDBNumberOf<TMode>> {
  const mode = modeOf(options);
  try {
    return toValue(value, mode, false) as DynamoDBValue<
      DynamoDBNumberOf<TMode>
    >;
  } catch (error) {
    const fault = locateFault(error, () => toValue(value, mode, true));
    throw decodeError(fault, { path: fault.path.slice(1) });
  }
}
