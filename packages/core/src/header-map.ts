import { argumentError, kindOf } from './argument-error';
import { FieldTypeError } from './errors';
import { type EventWrapper, locate } from './event-wrapper';
import { type FieldPath, mapOrEmpty } from './fields';
import { hasOwnKey } from './own-key';

/**
 * A raw headers object as HTTP-style events carry it: one value per name (`headers`), or a list
 * of values per name (`multiValueHeaders`). A `null` or `undefined` value is no header.
 */
export type HeaderRecord = Readonly<
  Record<string, string | readonly string[] | null | undefined>
>;

/** How a {@link HeaderMap} reads a raw headers object, and where errors say it sits. */
export interface HeaderMapOptions {
  /**
   * Each value of the object is a list of values (`multiValueHeaders`), not one value; a lone
   * string is still read as one value.
   */
  readonly multiValue?: boolean | undefined;
  /** The wrapper the headers belong to; its class and path go into errors. */
  readonly owner?: EventWrapper | undefined;
  /** The headers' path inside the owner's raw value, e.g. `headers`. */
  readonly path?: string | undefined;
}

/**
 * The arguments after the name of a header lookup with a fallback ({@link HeaderMap.getValue}
 * and the events' `getHeaderValue`): the value to return when the header is absent, then
 * whether to match the name exactly as given. The default's type types the result, so a lookup
 * with a string default gives a `string`, and one with `string | undefined` may give
 * `undefined`.
 *
 * @example
 * ```ts
 * import { HeaderMap, type HeaderLookupArgs } from '@evt/core';
 *
 * class Request {
 *   readonly headers: HeaderMap = new HeaderMap({ Range: 'bytes=0-9' });
 *   getHeaderValue<TDefault extends string | undefined = undefined>(
 *     name: string,
 *     ...args: HeaderLookupArgs<TDefault>
 *   ): string | TDefault {
 *     return this.headers.getValue(name, ...args);
 *   }
 * }
 * ```
 */
export type HeaderLookupArgs<TDefault extends string | undefined> = [
  defaultValue?: TDefault,
  caseSensitive?: boolean,
];

/** `name` with ASCII upper-case letters lowered: HTTP header names are ASCII tokens. */
function asciiLower(name: string): string {
  return /[A-Z]/.test(name)
    ? name.replace(/[A-Z]/g, (letter) =>
        String.fromCharCode(letter.charCodeAt(0) + 32)
      )
    : name;
}

/** Whether `name` equals `lower` (already ASCII-lowered) when ASCII case is ignored. */
function sameAsciiCase(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let position = 0; position < name.length; position++) {
    const code = name.charCodeAt(position);
    if (
      code !== lower.charCodeAt(position) &&
      !(code >= 65 && code <= 90 && code + 32 === lower.charCodeAt(position))
    ) {
      return false;
    }
  }
  return true;
}

/** A lookup's name must be a string: anything else is a programmer error, not a bad event. */
function checkName(method: string, name: unknown): void {
  if (typeof name !== 'string') {
    throw argumentError(`HeaderMap.${method}`, 'name', 'a string', name);
  }
}

function firstOf(
  values: string | readonly string[] | undefined
): string | undefined {
  return typeof values === 'string' ? values : values?.[0];
}

/**
 * A read-only, case-insensitive view of HTTP-style headers. Lookups ignore ASCII case (header
 * names are ASCII tokens, so `İ` and `i` stay different names); iteration
 * keeps each header's original name and order. Any string is a valid name (`__proto__` and
 * `constructor` are ordinary headers), and no lookup of a well-formed map throws. A name that
 * is not a string is a programmer error: a `TypeError` naming the method.
 *
 * Built from a raw `{ name: value }` object, the map reads that object in place: nothing is
 * copied or lower-cased up front. A lookup tries the name as given, then its lower-case
 * spelling, then every name ignoring case, so a name the object holds in more than one casing
 * reads as the exact spelling first, then the lower-case one, then the first in order. A value
 * is checked when a read first reaches it, and iteration, `size` and `toJSON` check them all:
 * one that is not a string (with `multiValue`, neither a string nor an array of strings: a
 * lone string is read as one value) throws a {@link FieldTypeError} naming `<path>.<name>` (or
 * `<path>.<name>[i]`).
 *
 * @example
 * ```ts
 * import { HeaderMap } from '@evt/core';
 *
 * const headers = new HeaderMap([['Content-Type', 'application/json']]);
 * headers.get('content-type'); // 'application/json'
 * [...headers.keys()]; // ['Content-Type']
 *
 * new HeaderMap({ 'X-Request-Id': 'abc' }).get('x-request-id'); // 'abc'
 * ```
 */
export class HeaderMap implements Iterable<[string, string]> {
  // A map built from an object reads it in place; one built from pairs keeps them in `#flat`.
  #record: HeaderRecord | undefined;
  #options: HeaderMapOptions | undefined;
  // Every entry in order as [name, value, name, value, ...]; built on demand from an object.
  #flat: string[] | undefined;

  /**
   * Builds the map from name/value pairs, in which a name may repeat (in any case), or from a
   * raw `{ name: value }` object, which the map reads in place.
   *
   * @param init The headers: pairs in order, or a raw headers object.
   * @param options For an object: whether its values are lists, and the owner and path that
   * errors name.
   */
  constructor(
    init: Iterable<readonly [string, string]> | HeaderRecord = [],
    options?: HeaderMapOptions
  ) {
    if (
      typeof (init as Partial<Iterable<unknown>>)[Symbol.iterator] ===
      'function'
    ) {
      const flat: string[] = [];
      for (const [name, value] of init as Iterable<readonly [string, string]>) {
        flat.push(name, value);
      }
      this.#flat = flat;
    } else {
      this.#record = init as HeaderRecord;
      this.#options = options;
    }
  }

  #error(expected: string, value: unknown, at: string): FieldTypeError {
    const options = this.#options;
    const path = options?.path ? `${options.path}.${at}` : at;
    return new FieldTypeError(
      expected,
      kindOf(value),
      options?.owner ? locate(options.owner, path) : { path }
    );
  }

  /** Checks one value of the object: its string (or list), or `undefined` for none. */
  #check(name: string, value: unknown): string | readonly string[] | undefined {
    if (value === undefined || value === null) return undefined;
    // A lone string is one value even in a map of lists: some senders (VPC Lattice samples)
    // write single-valued headers that way.
    if (typeof value === 'string') return value;
    if (!this.#options?.multiValue) throw this.#error('string', value, name);
    if (!Array.isArray(value)) throw this.#error('array', value, name);
    for (let position = 0; position < value.length; position++) {
      if (typeof value[position] !== 'string') {
        throw this.#error('string', value[position], `${name}[${position}]`);
      }
    }
    return value;
  }

  /** The first value of the object's own key spelled exactly `name`. */
  #own(record: HeaderRecord, name: string): string | undefined {
    return hasOwnKey(record, name)
      ? firstOf(this.#check(name, record[name]))
      : undefined;
  }

  /** Every entry, in order, as [name, value, name, value, ...]; checks an object's values. */
  #entries(): string[] {
    if (this.#flat) return this.#flat;
    const record = this.#record as HeaderRecord;
    const flat: string[] = [];
    for (const name of Object.keys(record)) {
      const values = this.#check(name, record[name]);
      if (typeof values === 'string') flat.push(name, values);
      else if (values) for (const value of values) flat.push(name, value);
    }
    return (this.#flat = flat);
  }

  /**
   * Finds a header by its lower-cased name: returns its first value and, given `all`, adds
   * every value to it in order. Scans the names, comparing lengths first: for the few dozen
   * headers of a request that costs less than building a lower-cased index.
   */
  #find(lower: string, all?: string[]): string | undefined {
    const record = this.#record;
    if (record && !this.#flat) {
      const names = Object.keys(record);
      for (let position = 0; position < names.length; position++) {
        const name = names[position] as string;
        if (!sameAsciiCase(name, lower)) continue;
        const values = this.#check(name, record[name]);
        if (!all) {
          const value = firstOf(values);
          if (value !== undefined) return value;
        } else if (typeof values === 'string') all.push(values);
        else if (values) all.push(...values);
      }
      return all?.[0];
    }
    const flat = this.#flat as string[];
    for (let position = 0; position < flat.length; position += 2) {
      if (!sameAsciiCase(flat[position] as string, lower)) continue;
      if (!all) return flat[position + 1];
      all.push(flat[position + 1] as string);
    }
    return all?.[0];
  }

  /** The first value of a header, whatever the case of `name`. */
  #lookup(name: string): string | undefined {
    const record = this.#record;
    if (record) {
      const exact = this.#own(record, name);
      if (exact !== undefined) return exact;
    }
    const lower = asciiLower(name);
    if (record && lower !== name) {
      const value = this.#own(record, lower);
      if (value !== undefined) return value;
    }
    return this.#find(lower);
  }

  /** The number of header entries (a repeated header counts each time). */
  get size(): number {
    return this.#entries().length / 2;
  }

  /**
   * Returns the first value of a header, whatever the case of `name` unless asked to match it
   * exactly.
   *
   * @param name The header name.
   * @param caseSensitive Match the name exactly as given (`false` by default).
   * @returns The value, or `undefined` when the header is absent.
   * @throws {TypeError} when `name` is not a string.
   */
  get(name: string, caseSensitive = false): string | undefined {
    checkName('get', name);
    if (!caseSensitive) return this.#lookup(name);
    if (this.#record) return this.#own(this.#record, name);
    const flat = this.#flat as string[];
    for (let position = 0; position < flat.length; position += 2) {
      if (flat[position] === name) return flat[position + 1];
    }
    return undefined;
  }

  /**
   * Returns the first value of a header, or `defaultValue` when it is absent: the lookup behind
   * the `getHeaderValue(name, defaultValue?, caseSensitive?)` methods of the HTTP-style events.
   * With a string default the result is a `string`.
   *
   * @param name The header name.
   * @param args The value to return when the header is absent, then whether to match the name
   * exactly as given (`false` by default).
   * @returns The value, or the default.
   * @throws {@link FieldTypeError} when the header's raw value is not a string.
   * @example
   * ```ts
   * import { HeaderMap } from '@evt/core';
   *
   * const headers = new HeaderMap({ 'X-Api-Key': 'k-1' });
   * headers.getValue('x-api-key', 'none'); // 'k-1'
   * headers.getValue('x-api-key', 'none', true); // 'none'
   * ```
   */
  getValue<TDefault extends string | undefined = undefined>(
    name: string,
    ...args: HeaderLookupArgs<TDefault>
  ): string | TDefault {
    const [defaultValue, caseSensitive = false] = args;
    return this.get(name, caseSensitive) ?? (defaultValue as TDefault);
  }

  /**
   * Returns every value of a header, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns The values in order, or `[]` when the header is absent.
   * @throws {TypeError} when `name` is not a string.
   */
  getAll(name: string): string[] {
    checkName('getAll', name);
    const all: string[] = [];
    this.#find(asciiLower(name), all);
    return all;
  }

  /**
   * Tells whether a header is present, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns `true` when present.
   * @throws {TypeError} when `name` is not a string.
   */
  has(name: string): boolean {
    checkName('has', name);
    return this.#lookup(name) !== undefined;
  }

  /**
   * The header names as sent, in order.
   *
   * @returns An iterator over the names.
   */
  keys(): IterableIterator<string> {
    return this.#entries()
      .filter((_, position) => position % 2 === 0)
      [Symbol.iterator]();
  }

  /**
   * The header values, in order.
   *
   * @returns An iterator over the values.
   */
  values(): IterableIterator<string> {
    return this.#entries()
      .filter((_, position) => position % 2 === 1)
      [Symbol.iterator]();
  }

  /**
   * The `[name, value]` pairs as sent, in order.
   *
   * @returns An iterator over the pairs.
   */
  entries(): IterableIterator<[string, string]> {
    const flat = this.#entries();
    const pairs: [string, string][] = [];
    for (let position = 0; position < flat.length; position += 2) {
      pairs.push([flat[position] as string, flat[position + 1] as string]);
    }
    return pairs[Symbol.iterator]();
  }

  /**
   * Iterates the `[name, value]` pairs as sent, in order.
   *
   * @returns An iterator over the pairs.
   */
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /**
   * A plain object of the headers (original names, first value of each), with no prototype.
   *
   * @returns The headers as an object.
   */
  toJSON(): Record<string, string> {
    const object: Record<string, string> = Object.create(null);
    const flat = this.#entries();
    for (let position = 0; position < flat.length; position += 2) {
      const name = flat[position] as string;
      if (!hasOwnKey(object, name)) {
        object[name] = flat[position + 1] as string;
      }
    }
    return object;
  }
}

/**
 * Builds a {@link HeaderMap} over a raw `{ name: value }` field, which may be absent. The map
 * reads the field in place; a value that is not a string throws when a read first reaches it.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The raw headers object.
 * @param path The field's path inside the owner's raw value.
 * @returns The header map (empty when the field is absent or `null`).
 * @throws {@link FieldTypeError} when the field is not an object; from the map's reads, when a
 * value is not a string (naming `<path>.<name>`).
 *
 * @category Authoring kit
 */
export function readHeaderMap<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: Readonly<Record<string, string | undefined>> | null | undefined,
  path: FieldPath<TRaw>
): HeaderMap {
  return new HeaderMap(mapOrEmpty(owner, value, path), { owner, path });
}

/**
 * Builds a {@link HeaderMap} over a raw `{ name: [value, ...] }` field, which may be absent. The
 * map reads the field in place; a lone string is read as one value, and any other value that
 * is not an array of strings throws when a read first reaches it.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The raw multi-value headers object.
 * @param path The field's path inside the owner's raw value.
 * @returns The header map (empty when the field is absent or `null`).
 * @throws {@link FieldTypeError} when the field is not an object; from the map's reads, when a
 * value is neither a string nor an array (naming `<path>.<name>`) or an item not a string
 * (`<path>.<name>[i]`).
 *
 * @category Authoring kit
 */
export function readMultiValueHeaderMap<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value:
    | Readonly<Record<string, string | readonly string[] | undefined>>
    | null
    | undefined,
  path: FieldPath<TRaw>
): HeaderMap {
  return new HeaderMap(mapOrEmpty(owner, value, path), {
    owner,
    path,
    multiValue: true,
  });
}
