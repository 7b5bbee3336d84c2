import {
  child,
  EventBridgeEnvelope,
  EventWrapper,
  optionalNumber,
  optionalString,
  type RawEventBridgeEnvelope,
  requireString,
} from '@evt/core';
import { unquotePlus } from './unquote-plus';

/** The `detail.bucket` part of an S3 event delivered through EventBridge. */
export interface RawS3EventNotificationEventBridgeBucket {
  /** The bucket name. */
  name: string;
}

/** The `detail.object` part of an S3 event delivered through EventBridge. */
export interface RawS3EventBridgeNotificationObject {
  /** The object key, URL-encoded. */
  key: string;
  /** The object size in bytes; absent from deletion events. */
  size?: number | undefined;
  /** The object ETag; absent from some deletion events. */
  etag?: string | undefined;
  /** The object version, when the bucket has versioning enabled. */
  'version-id'?: string | undefined;
  /** A hexadecimal string that orders events for the same key. */
  sequencer?: string | undefined;
}

/** The `detail` of an S3 event delivered through EventBridge, as AWS documents it. */
export interface RawS3EventBridgeNotificationDetail {
  /** The detail format version, currently `0`. */
  version: string;
  /** The bucket the event is about. */
  bucket: RawS3EventNotificationEventBridgeBucket;
  /** The object the event is about. */
  object: RawS3EventBridgeNotificationObject;
  /** The ID of the request that caused the event. */
  'request-id': string;
  /** The AWS account ID or service principal that made the request. */
  requester: string;
  /** The IP address of the request; only for events caused by an S3 request. */
  'source-ip-address'?: string | undefined;
  /** The API or rule that caused the event, e.g. `PutObject`, `Lifecycle Expiration`. */
  reason?: string | undefined;
  /** `Permanently Deleted` or `Delete Marker Created`, on `Object Deleted` events. */
  'deletion-type'?: string | undefined;
  /** When the restored copy is deleted, on `Object Restore Completed` events. */
  'restore-expiry-time'?: string | undefined;
  /** The storage class being restored from, on restore events. */
  'source-storage-class'?: string | undefined;
  /** The new storage class, on `Object Storage Class Changed` events. */
  'destination-storage-class'?: string | undefined;
  /** The new access tier, on `Object Access Tier Changed` events. */
  'destination-access-tier'?: string | undefined;
}

/**
 * An S3 event delivered through Amazon EventBridge, as AWS documents it: the EventBridge
 * envelope (`source` `aws.s3`, the bucket's account and Region, the bucket ARN in
 * `resources`) around the S3 `detail`.
 */
export interface RawS3EventBridgeNotificationEvent<
  TDetailType extends string = string,
> extends RawEventBridgeEnvelope<TDetailType> {
  /** The S3 details of the event. */
  detail: RawS3EventBridgeNotificationDetail;
}

/**
 * Wrapper for the bucket part (`detail.bucket`) of the event that Amazon S3 sends to Amazon
 * EventBridge when an object changes.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export class S3EventNotificationEventBridgeBucket extends EventWrapper<RawS3EventNotificationEventBridgeBucket> {
  static override readonly typeName: string =
    'S3EventNotificationEventBridgeBucket';

  /** The name of the bucket (`name`). */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }
}

/**
 * Wrapper for the object part (`detail.object`) of the event that Amazon S3 sends to Amazon
 * EventBridge when an object changes.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export class S3EventBridgeNotificationObject extends EventWrapper<RawS3EventBridgeNotificationObject> {
  static override readonly typeName: string = 'S3EventBridgeNotificationObject';
  #key?: string;

  /**
   * The object key, URL-decoded: `+` is a space, then percent-escapes are decoded (`key`).
   *
   * @throws {@link DecodeError} when the key holds a malformed percent-escape.
   */
  get key(): string {
    return (this.#key ??= unquotePlus(
      this,
      requireString(this, this.raw.key, 'key'),
      'key'
    ));
  }

  /** The size of the object in bytes; `undefined` on deletion events (`size`). */
  get size(): number | undefined {
    return optionalNumber(this, this.raw.size, 'size');
  }

  /** The ETag of the object; an empty string when the event has none (`etag`). */
  get etag(): string {
    return optionalString(this, this.raw.etag, 'etag') ?? '';
  }

  /** The version of the object when the bucket has versioning enabled, else `undefined` (`version-id`). */
  get versionId(): string | undefined {
    return optionalString(this, this.raw['version-id'], 'version-id');
  }

  /** The hexadecimal string S3 uses to order events for the same key, when present (`sequencer`). */
  get sequencer(): string | undefined {
    return optionalString(this, this.raw.sequencer, 'sequencer');
  }
}

/**
 * Wrapper for the detail (`detail`) of the event that Amazon S3 sends to Amazon EventBridge
 * when an object changes.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export class S3EventBridgeNotificationDetail extends EventWrapper<RawS3EventBridgeNotificationDetail> {
  static override readonly typeName: string = 'S3EventBridgeNotificationDetail';
  #bucket?: S3EventNotificationEventBridgeBucket;
  #object?: S3EventBridgeNotificationObject;

  /** The detail format version, currently `0` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /** The bucket the event is about (`bucket`). */
  get bucket(): S3EventNotificationEventBridgeBucket {
    return (this.#bucket ??= child(
      this,
      'bucket',
      S3EventNotificationEventBridgeBucket
    ));
  }

  /** The object the event is about (`object`). */
  get object(): S3EventBridgeNotificationObject {
    return (this.#object ??= child(
      this,
      'object',
      S3EventBridgeNotificationObject
    ));
  }

  /** The ID of the request that caused the event (`request-id`). */
  get requestId(): string {
    return requireString(this, this.raw['request-id'], 'request-id');
  }

  /** The AWS account ID or service principal that made the request (`requester`). */
  get requester(): string {
    return requireString(this, this.raw.requester, 'requester');
  }

  /** The IP address of the request, present only when an S3 request caused the event (`source-ip-address`). */
  get sourceIpAddress(): string | undefined {
    return optionalString(
      this,
      this.raw['source-ip-address'],
      'source-ip-address'
    );
  }

  /**
   * The reason for the event: the API that created the object (`PutObject`, `POST Object`,
   * `CopyObject`, `CompleteMultipartUpload`) or what deleted it (`DeleteObject`,
   * `Lifecycle Expiration`); `undefined` when absent (`reason`).
   */
  get reason(): string | undefined {
    return optionalString(this, this.raw.reason, 'reason');
  }

  /**
   * The kind of deletion on `Object Deleted` events, `Permanently Deleted` or
   * `Delete Marker Created`; `undefined` otherwise (`deletion-type`).
   */
  get deletionType(): string | undefined {
    return optionalString(this, this.raw['deletion-type'], 'deletion-type');
  }

  /**
   * The time when S3 deletes the restored copy, on `Object Restore Completed` events;
   * `undefined` otherwise (`restore-expiry-time`).
   */
  get restoreExpiryTime(): string | undefined {
    return optionalString(
      this,
      this.raw['restore-expiry-time'],
      'restore-expiry-time'
    );
  }

  /**
   * The storage class of the object being restored, on restore events; `undefined`
   * otherwise (`source-storage-class`).
   */
  get sourceStorageClass(): string | undefined {
    return optionalString(
      this,
      this.raw['source-storage-class'],
      'source-storage-class'
    );
  }

  /**
   * The new storage class of the object, on `Object Storage Class Changed` events;
   * `undefined` otherwise (`destination-storage-class`).
   */
  get destinationStorageClass(): string | undefined {
    return optionalString(
      this,
      this.raw['destination-storage-class'],
      'destination-storage-class'
    );
  }

  /**
   * The new access tier of the object, on `Object Access Tier Changed` events; `undefined`
   * otherwise (`destination-access-tier`).
   */
  get destinationAccessTier(): string | undefined {
    return optionalString(
      this,
      this.raw['destination-access-tier'],
      'destination-access-tier'
    );
  }
}

/**
 * Wrapper for the event that Amazon S3 sends to Amazon EventBridge when an object is created,
 * deleted, restored, tagged or changes storage class, as a rule delivers it to Lambda. The
 * envelope getters (`id`, `account`, `time`, `region`, `resources`, `source`, `detailType`,
 * `version`, `replayName`) are those of every EventBridge event; `detail` holds the S3 part.
 *
 * `TDetailType` narrows `detailType` when a rule only matches some event types.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 * @example
 * ```ts
 * import {
 *   type RawS3EventBridgeNotificationEvent,
 *   S3EventBridgeNotificationEvent,
 * } from '@evt/s3';
 *
 * export const handler = async (
 *   raw: RawS3EventBridgeNotificationEvent<'Object Created'>
 * ) => {
 *   const event = new S3EventBridgeNotificationEvent(raw);
 *   return {
 *     type: event.detailType,
 *     bucket: event.detail.bucket.name,
 *     key: event.detail.object.key,
 *   };
 * };
 * ```
 */
export class S3EventBridgeNotificationEvent<
  TDetailType extends string = string,
> extends EventBridgeEnvelope<
  RawS3EventBridgeNotificationEvent<TDetailType>,
  TDetailType
> {
  static override readonly typeName: string = 'S3EventBridgeNotificationEvent';
  #detail?: S3EventBridgeNotificationDetail;

  /** The S3 details of the event: the bucket, the object and the request (`detail`). */
  get detail(): S3EventBridgeNotificationDetail {
    return (this.#detail ??= child(
      this,
      'detail',
      S3EventBridgeNotificationDetail
    ));
  }
}
