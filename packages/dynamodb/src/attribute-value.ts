import {
  argumentError,
  DecodeError,
  decodeBase64,
  type EventWrapper,
  hasOwnKey,
  isObject,
  kindOf,
  locate,
  oneLine,
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
  /**
   * The decimal texts of the items of a Number Set attribute (`NS`); items equal as numbers
   * (`'1'`, `'1.0'`) are one member of the set.
   */
  readonly NS?: readonly string[] | undefined;
  /** The base64 texts of the items of a Binary Set attribute (`BS`). */
  readonly BS?: readonly string[] | undefined;
}

/** An item, or its key attributes, in DynamoDB JSON: attribute values by attribute name. */
export type RawDynamoDBImage = Readonly<Record<string, RawAttributeValue>>;

/** `Number(text)`, but 0 for a negative zero, which DynamoDB does not have. */
function numberOf(text: string): number {
  const number = Number(text);
  return number === 0 ? 0 : number;
}

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
   * more digits than a double holds. `'-0'` gives `0`, as DynamoDB has no negative zero.
   *
   * @returns The nearest JavaScript number.
   */
  toNumber(): number {
    return numberOf(this.value);
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
    return numberOf(this.value);
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
    return hint === 'number' ? numberOf(this.value) : this.value;
  }
}

/**
 * How the unmarshallers represent DynamoDB numbers (`N` and the items of `NS`):
 *
 * - `'DynamoDBNumber'` (the default): a {@link DynamoDBNumber} holding the exact text;
 * - `'string'`: the decimal text itself, e.g. `'19.99'`;
 * - `'number'`: a JavaScript `number`; a number that a double cannot hold without losing
 *   digits (more than 15 significant digits that do not survive the conversion), that
 *   overflows to `±Infinity` or that underflows to 0 (`'1e-400'`) is a {@link DecodeError},
 *   never a silent rounding. `'-0'` is `0`: DynamoDB has no negative zero.
 *
 * A Number Set (`NS`) has unique members in every mode: texts equal as numbers (`'1'`,
 * `'1.0'`, `'10E-1'`) are one member, held by the first of them (as text, or as a
 * {@link DynamoDBNumber}).
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
 * object, `L` an array, and `SS`, `NS`, `BS` are `Set`s (an `NS` holds each number once,
 * however it is written).
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

/**
 * What an item of type `TItem` is once unmarshalled: the type of `newImage`, `oldImage` and
 * `keys` for a `DynamoDBStreamEvent<TItem>`. Declare the item as it was written (the shape
 * the DynamoDB Document Client marshals), and every number in it, at any depth, becomes what
 * the unmarshaller returns: a {@link DynamoDBNumber} by default, or the representation of the
 * `numbers` option (`newImageAs({ numbers: 'number' })` gives back `TItem` itself). A wrong
 * assumption is a compile error: `image.total + 1` does not compile on a `DynamoDBNumber`.
 *
 * The other types map to themselves: `string`, `boolean`, `null`, `Uint8Array` (Binary),
 * arrays (List), plain objects (Map), and `Set`s (String, Number and Binary Sets; a
 * `Set<number>` holds numbers in the chosen representation). A Set attribute must be declared
 * as a `Set`: a DynamoDB set is never unmarshalled to an array.
 *
 * Without an item type (`DynamoDBImage`), the image is a `DynamoDBImage` of the chosen number
 * type.
 *
 * @typeParam TItem The item as it was written.
 * @typeParam TNumber The type numbers unmarshal to.
 * @example
 * ```ts
 * import type { DynamoDBNumber, Unmarshalled } from '@evt/dynamodb';
 *
 * interface Order {
 *   id: string;
 *   total: number;
 *   tags: Set<string>;
 * }
 *
 * const exact: Unmarshalled<Order>['total'] = {} as DynamoDBNumber;
 * const plain: Unmarshalled<Order, number>['total'] = 12.5;
 * ```
 */
export type Unmarshalled<TItem, TNumber = DynamoDBNumber> = [TItem] extends [
  DynamoDBImage,
]
  ? [DynamoDBImage] extends [TItem]
    ? DynamoDBImage<TNumber>
    : UnmarshalledValue<TItem, TNumber>
  : UnmarshalledValue<TItem, TNumber>;

/**
 * One value of {@link Unmarshalled}, mapped at every depth.
 *
 * @typeParam TValue The value as it was written.
 * @typeParam TNumber The type numbers unmarshal to.
 */
export type UnmarshalledValue<TValue, TNumber> = TValue extends
  | number
  | bigint
  | DynamoDBNumber
  ? TNumber
  : TValue extends string | boolean | null | undefined | Uint8Array
    ? TValue
    : TValue extends ReadonlySet<infer TMember>
      ? Set<UnmarshalledValue<TMember, TNumber>>
      : TValue extends readonly (infer TElement)[]
        ? UnmarshalledValue<TElement, TNumber>[]
        : TValue extends object
          ? { [TKey in keyof TValue]: UnmarshalledValue<TValue[TKey], TNumber> }
          : TValue;

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

/** The longest excerpt of input an error message quotes, in characters. */
const MAX_EXCERPT = 32;
/** The longest attribute name an error path spells out, in characters. */
const MAX_PATH_KEY = 64;

// Whether for…in may yield inherited keys in this decoding: only when Object.prototype has
// gained an enumerable property (pollution). Set by every entry point through modeOf, so the
// hot loops check ownness only then; `Object.hasOwn` on every attribute cost ~15% of a batch
// (core's `hasOwnKey`, 2.7 %). Read as `=== true`: V8 has no type for a module variable and
// compiles a bare truthiness test in full (0.4 % of a batch).
let prototypePolluted = false;

function modeOf(options: UnmarshallOptions | undefined): number {
  prototypePolluted = false;
  for (const _ in Object.prototype) prototypePolluted = true;
  const numbers = options?.numbers;
  if (numbers === undefined || numbers === 'DynamoDBNumber') return AS_OBJECT;
  if (numbers === 'string') return AS_STRING;
  if (numbers === 'number') return AS_NUMBER;
  // A programmer error, not a bad attribute value.
  throw argumentError(
    'unmarshall',
    'options.numbers',
    "'DynamoDBNumber', 'string' or 'number'",
    numbers
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// Every scan of number text below is one index loop: text reaches these functions from
// untrusted DynamoDB JSON at any length, and a backtracking regex such as `/0+$/` is quadratic
// on `1000…0001`.

/**
 * Checks `text` against DynamoDB's number grammar: optional `-`, digits with at most one `.`,
 * at least one digit, then an optional exponent (`e`/`E`, optional sign, digits).
 *
 * @returns -1 when the text is valid, else the index of the first character that does not
 * fit, which is the text's length when the text ends too early.
 */
function numberTextFault(text: string): number {
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
  if (digits === 0) return index;
  if (index === length) return -1;
  const marker = text.charCodeAt(index);
  if (marker !== 101 && marker !== 69 /* e E */) return index;
  const sign = text.charCodeAt(++index);
  if (sign === 43 || sign === 45 /* + - */) index++;
  const exponent = index;
  while (index < length && isDigit(text.charCodeAt(index))) index++;
  return index === exponent || index !== length ? index : -1;
}

/**
 * Where the parts of valid number text sit: the first significant digit, one past the last
 * (both the mantissa's end when the number is zero), the point (the mantissa's end when there
 * is none) and the mantissa's end (the exponent marker, or the text's length).
 */
function numberParts(text: string): [number, number, number, number] {
  let first = -1;
  let last = 0;
  let point = -1;
  let end = 0;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code === 101 || code === 69 /* e E */) break;
    if (code === 46 /* . */) point = end;
    else if (code > 48 && code <= 57 /* 1-9 */) {
      if (first < 0) first = end;
      last = end + 1;
    }
  }
  return first < 0
    ? [end, end, point < 0 ? end : point, end]
    : [first, last, point < 0 ? end : point, end];
}

/**
 * The significant digits of valid number text, without sign, point, exponent or edge zeros:
 * `'-000.50'` gives `'5'`, `'100.001e3'` gives `'100001'`.
 */
function significand(
  text: string,
  [first, last, point]: readonly [number, number, number, number] = numberParts(
    text
  )
): string {
  return point > first && point < last
    ? text.slice(first, point) + text.slice(point + 1, last)
    : text.slice(first, last);
}

/**
 * Decimal digits (no sign, no leading zero, value at least 2) plus or minus one, for the
 * carry of {@link exponentKey}.
 */
function stepDigits(digits: string, step: 1 | -1): string {
  const rollover = step === 1 ? 57 /* 9 */ : 48; /* 0 */
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === rollover) index--;
  const tail = (step === 1 ? '0' : '9').repeat(digits.length - index - 1);
  if (index < 0) return `1${tail}`;
  const digit = digits.charCodeAt(index) + step;
  const head = digits.slice(0, index);
  return (
    (head === '' && digit === 48 ? '' : head + String.fromCharCode(digit)) +
    tail
  );
}

/**
 * The decimal text of `exponent + shift`, exactly, for the exponent text of valid number text
 * (`''`, `'+5'`, `'-0003'`, or hundreds of digits) and a shift below 2^31 in magnitude.
 */
function exponentKey(exponent: string, shift: number): string {
  const value = Number(exponent);
  // Integers up to 2^52 parse exactly and stay exact when the shift is added.
  if (Math.abs(value) <= 2 ** 52) return String(value + shift);
  // Beyond that, add the shift to the last 15 digits and carry one into the rest; the sum
  // keeps the exponent's sign, as the shift is far smaller.
  const negative = value < 0;
  let start = exponent.charCodeAt(0) > 47 ? 0 : 1;
  while (exponent.charCodeAt(start) === 48 /* 0 */) start++;
  const cut = exponent.length - 15;
  let low = Number(exponent.slice(cut)) + (negative ? -shift : shift);
  let high = exponent.slice(start, cut);
  if (low < 0 || low >= 1e15) {
    const carry = low < 0 ? -1 : 1;
    high = stepDigits(high, carry);
    low -= carry * 1e15;
  }
  return `${negative ? '-' : ''}${high}${String(low).padStart(15, '0')}`;
}

/**
 * The value of valid number text as a key, equal for texts that are equal as numbers
 * (`'1'`, `'1.0'`, `'10E-1'`): sign, significant digits and the exponent `e` of
 * `0.<digits> × 10^e`. Zero of either sign is `'0'`.
 */
function numberKey(text: string): string {
  const parts = numberParts(text);
  const [first, last, point, end] = parts;
  if (first === last) return '0';
  const shift = point < first ? point - first + 1 : point - first;
  return `${text.charCodeAt(0) === 45 ? '-' : ''}${significand(text, parts)}e${exponentKey(
    text.slice(end + 1),
    shift
  )}`;
}

/** The smallest positive normal double; below it a double holds fewer than 15 digits. */
const MIN_NORMAL = 2 ** -1022;

function unfit(tag: string, why: string): Fault {
  return new Fault(
    `${tag} holds a number that does not fit a JavaScript number${why}; use numbers: 'DynamoDBNumber' or 'string'`
  );
}

function toNumber(text: string, mode: number, tag: string): unknown {
  const fault = numberTextFault(text);
  if (fault >= 0) {
    // Says where the text goes wrong, never what it holds: an `N` may carry anything, such as
    // a mistyped secret, and may be megabytes long.
    const length = text.length;
    throw new Fault(
      `${tag} holds invalid number text: ${
        fault < length
          ? `unexpected character at index ${fault} of ${length}`
          : length === 0
            ? 'it is empty'
            : `it ends early, after ${length} characters`
      }`
    );
  }
  if (mode === AS_OBJECT) return new DynamoDBNumber(text);
  if (mode === AS_STRING) return text;
  const number = Number(text);
  const magnitude = Math.abs(number);
  if (magnitude === Infinity) throw unfit(tag, ': it overflows to Infinity');
  // A normal double holds any 15 significant digits, so text that short (the usual case)
  // converts exactly and needs no more checks.
  if (magnitude >= MIN_NORMAL && text.length <= 15) return number;
  const digits = significand(text);
  if (magnitude === 0) {
    // DynamoDB has no negative zero: `-0` is the number 0.
    if (digits === '') return 0;
    throw unfit(tag, ': it underflows to 0');
  }
  // Past 15 digits, or below the normal range, the digits must survive the conversion.
  if (
    (magnitude < MIN_NORMAL || digits.length > 15) &&
    significand(String(number)) !== digits
  ) {
    throw unfit(tag, ' without losing digits');
  }
  return number;
}

function toBytes(text: string, tag: string): Uint8Array {
  try {
    return decodeBase64(text);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    throw new Fault(`${tag} holds invalid base64`, error);
  }
}

function toSetItem(item: unknown, tag: string, mode: number): unknown {
  if (typeof item !== 'string') {
    throw new Fault(`${tag} items must be strings, got ${kindOf(item)}`);
  }
  if (tag === 'SS') return item;
  return tag === 'NS' ? toNumber(item, mode, tag) : toBytes(item, tag);
}

function toSet(
  items: readonly unknown[],
  tag: string,
  mode: number
): Set<unknown> {
  const set = new Set<unknown>();
  // A DynamoDB set has unique members, and `'1'` and `'1.0'` are the same number: keyed by
  // value, the first text of a number stands for it. (JavaScript numbers need no key, but a
  // `Set` would keep both texts and both DynamoDBNumber objects.)
  const values = tag === 'NS' && mode !== AS_NUMBER ? new Set<string>() : null;
  for (let index = 0; index < items.length; index++) {
    const item = toSetItem(items[index], tag, mode);
    if (values) {
      const key = numberKey(String(item));
      if (values.has(key)) continue;
      values.add(key);
    }
    set.add(item);
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
  // Own attributes only: an enumerable property on Object.prototype is not part of the item.
  // `Object.hasOwn` inside the loop takes V8 off its fast for…in (+20% on a stream batch; core's
  // `hasOwnKey` keeps it, but still measured +2.7 %), so only a polluted prototype costs a list
  // of own keys.
  if (prototypePolluted === true) {
    for (const name of Object.keys(map)) {
      setAttribute(result, name, toValue(map[name], mode, false));
    }
  } else {
    for (const name in map) {
      setAttribute(result, name, toValue(map[name], mode, false));
    }
  }
  return result;
}

/** Whether for…in over `object` could yield a key that is not its own. */
function inheritsEnumerable(object: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype === null) return false;
  for (const _ in prototype as object) return true;
  return false;
}

/** Sets an attribute of a decoded map; a `__proto__` attribute is data, not the prototype. */
function setAttribute(
  result: Record<string, unknown>,
  name: string,
  value: unknown
): void {
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
    if (!hasOwnKey(map, name)) continue;
    try {
      toValue(map[name], mode, true);
    } catch (error) {
      throw faultAt(error, `${prefix}.${oneLine(name, MAX_PATH_KEY)}`);
    }
  }
}

function wrongPayload(tag: string, expected: string, payload: unknown): Fault {
  return new Fault(
    `${tag} must hold ${expected}, got ${payload === false ? 'false' : kindOf(payload)}`
  );
}

/** Why `attribute` is not an attribute value at all, or `undefined` when its shape is fine. */
function shapeFault(attribute: unknown): Fault | undefined {
  if (!isObject(attribute)) {
    return new Fault(
      `an attribute value must be an object, got ${kindOf(attribute)}`
    );
  }
  const tags = Object.keys(attribute);
  if (tags.length === 0)
    return new Fault('the attribute value has no type tag');
  if (tags.length > 1) {
    const shown = tags.slice(0, 3).map((tag) => oneLine(tag, MAX_EXCERPT));
    if (tags.length > 3) shown.push(`${tags.length - 3} more`);
    return new Fault(
      `the attribute value has more than one type tag (${shown.join(', ')})`
    );
  }
  return undefined;
}

function toValue(attribute: unknown, mode: number, tracked: boolean): unknown {
  // Counting keys on V8's fast for-in path. A string, array or number also lands in the error
  // branches below, which then say what was wrong.
  let count = 0;
  let tag = '';
  for (const key in attribute as object) {
    tag = key;
    count++;
  }
  // An inherited key is no type tag; checked once, outside the loop, which keeps V8's fast
  // for…in (see toMap). Only then are the own keys listed.
  if (
    prototypePolluted === true &&
    count === 1 &&
    !hasOwnKey(attribute as object, tag)
  ) {
    count = 0;
  } else if (count > 1 && inheritsEnumerable(attribute as object)) {
    const own = Object.keys(attribute as object);
    count = own.length;
    tag = own[0] ?? '';
  }
  if (count !== 1) throw shapeFault(attribute) ?? new Fault('no type tag');
  const payload = (attribute as Record<string, unknown>)[tag];
  switch (tag) {
    case 'S':
      if (typeof payload === 'string') return payload;
      throw wrongPayload(tag, 'a string', payload);
    case 'N':
      if (typeof payload === 'string') return toNumber(payload, mode, tag);
      throw wrongPayload(tag, 'a string', payload);
    case 'M':
      if (!isObject(payload)) throw wrongPayload(tag, 'an object', payload);
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
        new Fault(`unknown type tag "${oneLine(tag, MAX_EXCERPT)}"`)
      );
  }
}

/**
 * The fault that made unmarshalling fail, with its path: the input is walked again, this
 * time naming each level, unless the failure was not a fault of the input (a stack overflow
 * on absurd nesting), which is reported as it is.
 */
function locateFault(error: unknown, walk: () => unknown): Fault {
  if (!(error instanceof Fault)) {
    // A throw that is not even an Error is no fault of the input but a signal to pass on
    // unchanged, such as the debug view's refusal to decode base64 while it is built.
    if (!(error instanceof Error)) throw error;
    return faultOf(error);
  }
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
 * @throws {TypeError} when `options.numbers` is not one of the three modes (a programmer error).
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
 * @throws {TypeError} when `options.numbers` is not one of the three modes (a programmer error).
 * @throws {@link DecodeError} when an attribute value is malformed (not an object, no type
 * tag or more than one, an unknown tag, a payload of the wrong type, invalid number text or
 * base64, or a number that does not fit `numbers: 'number'`); the error's path locates it,
 * e.g. `order.M.items.L[2]`. The message never quotes a number's text, and quotes names at
 * most 64 characters long with control characters escaped as `\uXXXX`.
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
  if (!isObject(image)) {
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
 * @throws {TypeError} when `options.numbers` is not one of the three modes (a programmer error).
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
