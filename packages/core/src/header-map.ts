import { FieldTypeError } from './errors';
import { type EventWrapper, kindOf, locate } from './event-wrapper';
import { mapOrEmpty } from './fields';

/**
 * A read-only, case-insensitive view of HTTP-style headers. Lookups ignore case; iteration
 * keeps each header's original name and order. Any string is a valid name (`__proto__` and
 * `constructor` are ordinary headers), and no lookup throws.
 *
 * @example
 * ```ts
 * import { HeaderMap } from '@evt/core';
 *
 * const headers = new HeaderMap([['Content-Type', 'application/json']]);
 * headers.get('content-type'); // 'application/json'
 * [...headers.keys()]; // ['Content-Type']
 * ```
 */
export class HeaderMap implements Iterable<[string, string]> {
  readonly #names: string[] = [];
  readonly #values: string[] = [];
  #index?: Map<string, string[]>;
  #lookups = 0;

  /**
   * Builds the map from name/value pairs; a name may repeat (in any case).
   *
   * @param entries The headers, in order.
   */
  constructor(entries: Iterable<readonly [string, string]> = []) {
    for (const [name, value] of entries) {
      this.#names.push(name);
      this.#values.push(value);
    }
  }

  /**
   * Every value of a header. The first lookup scans the names (cheaper than indexing a
   * request's headers to read one of them); later lookups build and use a lower-cased index.
   */
  #find(name: string): readonly string[] | undefined {
    const key = name.toLowerCase();
    if (this.#index) return this.#index.get(key);
    if (this.#lookups++ === 0) {
      const found: string[] = [];
      for (let position = 0; position < this.#names.length; position++) {
        if (this.#names[position]?.toLowerCase() === key) {
          found.push(this.#values[position] as string);
        }
      }
      return found.length > 0 ? found : undefined;
    }
    this.#index = new Map();
    for (let position = 0; position < this.#names.length; position++) {
      const lower = (this.#names[position] as string).toLowerCase();
      const values = this.#index.get(lower);
      if (values) values.push(this.#values[position] as string);
      else this.#index.set(lower, [this.#values[position] as string]);
    }
    return this.#index.get(key);
  }

  /** The number of header entries (a repeated header counts each time). */
  get size(): number {
    return this.#names.length;
  }

  /**
   * Returns the first value of a header, whatever the case of `name` unless asked to match it
   * exactly.
   *
   * @param name The header name.
   * @param caseSensitive Match the name exactly as given (`false` by default).
   * @returns The value, or `undefined` when the header is absent.
   */
  get(name: string, caseSensitive = false): string | undefined {
    if (!caseSensitive) return this.#find(name)?.[0];
    const position = this.#names.indexOf(name);
    return position === -1 ? undefined : this.#values[position];
  }

  /**
   * Returns every value of a header, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns The values in order, or `[]` when the header is absent.
   */
  getAll(name: string): string[] {
    return [...(this.#find(name) ?? [])];
  }

  /**
   * Tells whether a header is present, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns `true` when present.
   */
  has(name: string): boolean {
    return this.#find(name) !== undefined;
  }

  /**
   * The header names as sent, in order.
   *
   * @returns An iterator over the names.
   */
  keys(): IterableIterator<string> {
    return [...this.#names][Symbol.iterator]();
  }

  /**
   * The header values, in order.
   *
   * @returns An iterator over the values.
   */
  values(): IterableIterator<string> {
    return [...this.#values][Symbol.iterator]();
  }

  /**
   * The `[name, value]` pairs as sent, in order.
   *
   * @returns An iterator over the pairs.
   */
  entries(): IterableIterator<[string, string]> {
    return this.#names
      .map((name, position): [string, string] => [
        name,
        this.#values[position] as string,
      ])
      [Symbol.iterator]();
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
    for (let position = 0; position < this.#names.length; position++) {
      const name = this.#names[position] as string;
      if (!Object.hasOwn(object, name)) {
        object[name] = this.#values[position] as string;
      }
    }
    return object;
  }
}

/**
 * Builds a {@link HeaderMap} from a raw `{ name: value }` field, which may be absent.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The raw headers object.
 * @param path The field's path inside the owner's raw value.
 * @returns The header map (empty when the field is absent or `null`).
 * @throws {@link FieldTypeError} when the field is not an object or a value is not a string.
 */
export function readHeaderMap(
  owner: EventWrapper,
  value: Readonly<Record<string, string | undefined>> | null | undefined,
  path: string
): HeaderMap {
  const headers = mapOrEmpty(owner, value, path);
  const entries: [string, string][] = [];
  for (const name of Object.keys(headers)) {
    const item = headers[name];
    if (item === undefined || item === null) continue;
    if (typeof item !== 'string') {
      throw new FieldTypeError(
        'string',
        kindOf(item),
        locate(owner, `${path}.${name}`)
      );
    }
    entries.push([name, item]);
  }
  return new HeaderMap(entries);
}

/**
 * Builds a {@link HeaderMap} from a raw `{ name: [value, ...] }` field, which may be absent.
 *
 * @param owner The wrapper the field belongs to.
 * @param value The raw multi-value headers object.
 * @param path The field's path inside the owner's raw value.
 * @returns The header map (empty when the field is absent or `null`).
 * @throws {@link FieldTypeError} when the field is not an object of string arrays.
 */
export function readMultiValueHeaderMap(
  owner: EventWrapper,
  value:
    | Readonly<Record<string, readonly string[] | undefined>>
    | null
    | undefined,
  path: string
): HeaderMap {
  const headers = mapOrEmpty(owner, value, path);
  const entries: [string, string][] = [];
  for (const name of Object.keys(headers)) {
    const items = headers[name];
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) {
      throw new FieldTypeError(
        'array',
        kindOf(items),
        locate(owner, `${path}.${name}`)
      );
    }
    for (let index = 0; index < items.length; index++) {
      const item: unknown = items[index];
      if (typeof item !== 'string') {
        throw new FieldTypeError(
          'string',
          kindOf(item),
          locate(owner, `${path}.${name}[${index}]`)
        );
      }
      entries.push([name, item]);
    }
  }
  return new HeaderMap(entries);
}
