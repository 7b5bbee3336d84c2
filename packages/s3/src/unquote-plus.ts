import {
  DecodeError,
  type EventWrapper,
  type FieldPath,
  locate,
} from '@evt/core';

/**
 * Decodes an S3 object key the way S3 encodes it in notifications and Batch Operations tasks:
 * `+` is a space, then percent-escapes are decoded as UTF-8 (Python's `unquote_plus`).
 *
 * @param owner The wrapper the key belongs to, for the error's class and path.
 * @param key The key as S3 sent it.
 * @param path The key's path inside the owner's raw value.
 * @returns The decoded key.
 * @throws {@link DecodeError} when a percent-escape is malformed or is not UTF-8.
 * @internal
 */
export function unquotePlus<TRaw extends object>(
  owner: EventWrapper<TRaw>,
  key: string,
  path: FieldPath<TRaw>
): string {
  // Each step only where it has something to do: most keys hold no `+` and no `%`, and
  // `replaceAll` and `decodeURIComponent` cost more than the scans that skip them.
  const spaced = key.includes('+') ? key.replaceAll('+', ' ') : key;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch (error) {
    throw new DecodeError('URL encoding', 'malformed percent-escape', {
      ...locate(owner, path),
      cause: error,
    });
  }
}
