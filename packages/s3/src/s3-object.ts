import {
  DecodeError,
  EventWrapper,
  locate,
  optionalNumber,
  optionalObject,
  optionalString,
  requireString,
  type WrapperClass,
} from '@evt/core';

/**
 * Wraps a required nested object of `owner`, so errors inside it name the full path.
 *
 * @param owner The wrapper the field belongs to.
 * @param Wrapper The class that wraps the field.
 * @param value The raw field.
 * @param path The field's path inside the owner's raw value.
 * @returns The wrapped field.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when not an object.
 * @internal
 */
export function child<TRaw extends object, TWrapper>(
  owner: EventWrapper,
  Wrapper: WrapperClass<TRaw, TWrapper>,
  value: TRaw | null | undefined,
  path: string
): TWrapper {
  return new Wrapper(value as TRaw, { parent: owner, path });
}

/**
 * Wraps an optional nested object of `owner`, or gives `null` when it is absent (so a getter
 * can cache the absence with `??=`).
 *
 * @param owner The wrapper the field belongs to.
 * @param Wrapper The class that wraps the field.
 * @param value The raw field.
 * @param path The field's path inside the owner's raw value.
 * @returns The wrapped field, or `null`.
 * @throws {@link FieldTypeError} when present but not an object.
 * @internal
 */
export function optionalChild<TRaw extends object, TWrapper>(
  owner: EventWrapper,
  Wrapper: WrapperClass<TRaw, TWrapper>,
  value: TRaw | null | undefined,
  path: string
): TWrapper | null {
  const raw = optionalObject(owner, value, path);
  return raw ? new Wrapper(raw, { parent: owner, path }) : null;
}

/**
 * Decodes an S3 object key the way S3 encodes it in notifications: `+` is a space, then
 * percent-escapes are decoded as UTF-8 (Python's `unquote_plus`).
 *
 * @param owner The wrapper the key belongs to, for the error's class and path.
 * @param key The key as S3 sent it.
 * @param path The key's path inside the owner's raw value.
 * @returns The decoded key.
 * @throws {@link DecodeError} when a percent-escape is malformed or is not UTF-8.
 * @internal
 */
export function unquotePlus(
  owner: EventWrapper,
  key: string,
  path: string
): string {
  try {
    return decodeURIComponent(key.replaceAll('+', ' '));
  } catch (error) {
    throw new DecodeError('URL encoding', 'malformed percent-escape', {
      ...locate(owner, path),
      cause: error,
    });
  }
}

/** The `s3.object` part of an S3 event notification record, as AWS documents it. */
export interface RawS3Object {
  /** The object key, URL-encoded (a space is sent as `+`). */
  key: string;
  /** The object size in bytes; absent from removal events. */
  size?: number | undefined;
  /** The object ETag; absent from removal events. */
  eTag?: string | undefined;
  /** The object version, when the bucket has versioning enabled. */
  versionId?: string | null | undefined;
  /** A hexadecimal string that orders events for the same key (PUTs and DELETEs only). */
  sequencer?: string | undefined;
}

/**
 * Wrapper for the object part (`s3.object`) of the event that Amazon S3 sends when an object
 * is created, removed, restored or otherwise changed.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 * @example
 * ```ts
 * import { S3Event } from '@evt/s3';
 *
 * export const handler = async (event: unknown) => {
 *   const object = new S3Event(event as never).record.s3.object;
 *   return { key: object.decodedKey, size: object.size, etag: object.etag };
 * };
 * ```
 */
export class S3Object extends EventWrapper<RawS3Object> {
  static override readonly typeName: string = 'S3Object';
  #decodedKey?: string;

  /** The object key exactly as S3 sent it, still URL-encoded (`key`). */
  get key(): string {
    return requireString(this, this.raw.key, 'key');
  }

  /**
   * The object key URL-decoded: `+` becomes a space and percent-escapes are decoded, so
   * `my+file%281%29.txt` reads `my file(1).txt` (`key`).
   *
   * @throws {@link DecodeError} when the key holds a malformed percent-escape.
   */
  get decodedKey(): string {
    this.#decodedKey ??= unquotePlus(this, this.key, 'key');
    return this.#decodedKey;
  }

  /** The size of the object in bytes; `undefined` for removal events, which carry none (`size`). */
  get size(): number | undefined {
    return optionalNumber(this, this.raw.size, 'size');
  }

  /** The ETag of the object; an empty string for removal events, which carry none (`eTag`). */
  get etag(): string {
    return optionalString(this, this.raw.eTag, 'eTag') ?? '';
  }

  /** The version of the object when the bucket has versioning enabled, else `undefined` (`versionId`). */
  get versionId(): string | undefined {
    return optionalString(this, this.raw.versionId, 'versionId');
  }

  /**
   * The hexadecimal string S3 uses to order events for the same key; `undefined` on events
   * other than PUTs and DELETEs (`sequencer`).
   */
  get sequencer(): string | undefined {
    return optionalString(this, this.raw.sequencer, 'sequencer');
  }
}
