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
  readonly #entries: [string, string][] = [];
  readonly #byName = new Map<string, string[]>();

  /**
   * Builds the map from name/value pairs; a name may repeat (in any case).
   *
   * @param entries The headers, in order.
   */
  constructor(entries: Iterable<readonly [string, string]> = []) {
    for (const [name, value] of entries) {
      this.#entries.push([name, value]);
      const key = name.toLowerCase();
      const values = this.#byName.get(key);
      if (values) values.push(value);
      else this.#byName.set(key, [value]);
    }
  }

  /** The number of header entries (a repeated header counts each time). */
  get size(): number {
    return this.#entries.length;
  }

  /**
   * Returns the first value of a header, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns The value, or `undefined` when the header is absent.
   */
  get(name: string): string | undefined {
    return this.#byName.get(name.toLowerCase())?.[0];
  }

  /**
   * Returns every value of a header, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns The values in order, or `[]` when the header is absent.
   */
  getAll(name: string): string[] {
    return [...(this.#byName.get(name.toLowerCase()) ?? [])];
  }

  /**
   * Tells whether a header is present, whatever the case of `name`.
   *
   * @param name The header name.
   * @returns `true` when present.
   */
  has(name: string): boolean {
    return this.#byName.has(name.toLowerCase());
  }

  /**
   * The header names as sent, in order.
   *
   * @returns An iterator over the names.
   */
  keys(): IterableIterator<string> {
    return this.#entries.map(([name]) => name)[Symbol.iterator]();
  }

  /**
   * The header values, in order.
   *
   * @returns An iterator over the values.
   */
  values(): IterableIterator<string> {
    return this.#entries.map(([, value]) => value)[Symbol.iterator]();
  }

  /**
   * The `[name, value]` pairs as sent, in order.
   *
   * @returns An iterator over the pairs.
   */
  entries(): IterableIterator<[string, string]> {
    return this.#entries
      .map(([name, value]): [string, string] => [name, value])
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
    for (const [name, value] of this.#entries) {
      if (!Object.hasOwn(object, name)) object[name] = value;
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
