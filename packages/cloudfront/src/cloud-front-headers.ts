import {
  EventWrapper,
  type FieldPath,
  FieldTypeError,
  type HeaderLookupArgs,
  HeaderMap,
  kindOf,
  locate,
  mapOrEmpty,
} from '@evt/core';

/** One value of a header, in CloudFront's shape. */
export interface RawCloudFrontHeader {
  /**
   * The header's name as the viewer or the origin spelled it, e.g. `User-Agent`. A function may
   * leave it out of what it returns; CloudFront then writes the name with each part capitalised.
   */
  key?: string | undefined;
  /** The header's value. */
  value: string;
}

/**
 * Headers in CloudFront's shape: each lower-case header name maps to a list with one
 * `{ key, value }` pair per value the message carries, e.g.
 * `{ host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }] }`.
 */
export type RawCloudFrontHeaders = Record<
  string,
  readonly RawCloudFrontHeader[] | undefined
>;

/** Whether `key` is `name` in another ASCII case, as CloudFront pairs them. */
function spellsName(key: string, name: string): boolean {
  return key.length === name.length && key.toLowerCase() === name.toLowerCase();
}

/**
 * Reads headers in CloudFront's shape into a {@link HeaderMap}: every value of every header, in
 * order, each under the name its `key` spells (the lower-case map key when `key` is absent or
 * names another header). Checked as it is built, so a malformed header fails here, naming it.
 *
 * @param owner The wrapper the headers belong to.
 * @param value The raw headers object.
 * @param path The field's path inside the owner's raw value.
 * @returns The headers, empty when the field is absent or `null`.
 * @throws {@link FieldTypeError} when the field is not an object, a header's values are not a
 * list, a value is not an object, or its `key` or `value` is not a string (naming
 * `<path>.<name>[i].value`), a missing `value` included.
 */
export function readCloudFrontHeaders<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  value: RawCloudFrontHeaders | null | undefined,
  path: FieldPath<TRaw>
): HeaderMap {
  const headers = mapOrEmpty(owner, value, path);
  const pairs: [string, string][] = [];
  for (const name of Object.keys(headers)) {
    const values: unknown = headers[name];
    if (values === undefined || values === null) continue;
    const at = `${path}.${name}`;
    if (!Array.isArray(values)) {
      throw new FieldTypeError('array', kindOf(values), locate(owner, at));
    }
    for (let index = 0; index < values.length; index++) {
      const entry: unknown = values[index];
      const where = `${at}[${index}]`;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        throw new FieldTypeError('object', kindOf(entry), locate(owner, where));
      }
      const { key, value: text } = entry as Partial<Record<string, unknown>>;
      // A type error even when absent: the path holds a header's name, which is data.
      if (typeof text !== 'string') {
        throw new FieldTypeError(
          'string',
          kindOf(text),
          locate(owner, `${where}.value`)
        );
      }
      if (key !== undefined && key !== null && typeof key !== 'string') {
        throw new FieldTypeError(
          'string',
          kindOf(key),
          locate(owner, `${where}.key`)
        );
      }
      pairs.push([
        typeof key === 'string' && spellsName(key, name) ? key : name,
        text,
      ]);
    }
  }
  return new HeaderMap(pairs);
}

/** What the request and the response of a Lambda@Edge event share: headers in CloudFront's shape. */
export interface RawCloudFrontMessage {
  /** The headers, in CloudFront's shape. */
  headers?: RawCloudFrontHeaders | undefined;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function message(wrapper: EventWrapper): EventWrapper<RawCloudFrontMessage> {
  return wrapper as EventWrapper<RawCloudFrontMessage>;
}

/**
 * What the HTTP request and response of a Lambda@Edge event share: their headers, in
 * CloudFront's shape, read through a case-insensitive `HeaderMap`. `CloudFrontRequest`
 * and `CloudFrontResponse` extend it.
 */
export class CloudFrontMessage<
  TRaw extends RawCloudFrontMessage = RawCloudFrontMessage,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontMessage';
  #headers?: HeaderMap;

  /**
   * The headers, looked up case-insensitively, every value of each (`headers`): `get(name)`
   * gives the first value, `getAll(name)` every one (every `Set-Cookie`), and iteration the
   * names as the viewer or the origin spelled them. Empty when there are none. Built once,
   * then cached.
   *
   * @throws {@link FieldTypeError} when a header is not in CloudFront's shape, naming it
   * (`headers.host[0].value`).
   * @example
   * ```ts
   * request.headers.get('user-agent'); // 'curl/7.66.0', same as get('User-Agent')
   * ```
   */
  get headers(): HeaderMap {
    return (this.#headers ??= readCloudFrontHeaders(
      message(this),
      this.raw.headers,
      'headers'
    ));
  }

  /**
   * Returns a header's first value from {@link CloudFrontMessage.headers}, matching the name
   * case-insensitively unless asked not to. With a default the result is a `string`.
   *
   * @param name The header name.
   * @param args What to return when the header is absent, then whether to match the name
   * exactly as given (`false` by default).
   * @returns The value, or the default.
   * @throws {@link FieldTypeError} when a header is not in CloudFront's shape.
   */
  getHeaderValue<TDefault extends string | undefined = undefined>(
    name: string,
    ...args: HeaderLookupArgs<TDefault>
  ): string | TDefault {
    return this.headers.getValue(name, ...args);
  }
}
