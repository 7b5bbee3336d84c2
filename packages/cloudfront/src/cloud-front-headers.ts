import {
  type EventWrapper,
  type FieldPath,
  FieldTypeError,
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
