import {
  checkWrapper,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  optionalNumber,
  optionalString,
  requireString,
} from '@evt/core';
import { unquotePlus } from './unquote-plus';

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

export interface S3Object extends EventWrapper<RawS3Object> {}
/**
 * Wrapper for the object part (`s3.object`) of the event that Amazon S3 sends when an object
 * is created, removed, restored or otherwise changed.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 * @example
 * ```ts
 * import { type RawS3Event, S3Event } from '@evt/s3';
 *
 * export const handler = async (raw: RawS3Event) => {
 *   const object = new S3Event(raw).record.s3.object;
 *   return { key: object.decodedKey, size: object.size, etag: object.etag };
 * };
 * ```
 */
export class S3Object {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    S3Object,
    'S3Object'
  );
  declare protected readonly raw: RawS3Object;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawS3Object, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

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
    return (this.#decodedKey ??= unquotePlus(this, this.key, 'key'));
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
