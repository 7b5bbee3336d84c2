import {
  EventWrapper,
  FieldTypeError,
  mapOrEmpty,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringOf,
  type RawTumblingWindow,
  TumblingWindow,
  wrapEach,
} from '@evt/core';
import {
  type DynamoDBImage,
  type DynamoDBNumberMode,
  type DynamoDBNumberOf,
  type RawDynamoDBImage,
  type UnmarshallOptions,
  unmarshallField,
} from './attribute-value';

/**
 * The kinds of change a stream record describes, as a constant object; the type of the same
 * name is the union of its values (`'INSERT' | 'MODIFY' | 'REMOVE'`). A constant object
 * rather than a TypeScript `enum`, so bundlers can drop it when unused.
 *
 * @example
 * ```ts
 * import { DynamoDBRecordEventName, DynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new DynamoDBStreamEvent(raw as never);
 *   return event.records.filter(
 *     (record) => record.eventName === DynamoDBRecordEventName.INSERT
 *   ).length;
 * };
 * ```
 */
export const DynamoDBRecordEventName: {
  /** A new item was added to the table. */
  readonly INSERT: 'INSERT';
  /** One or more attributes of an existing item were changed. */
  readonly MODIFY: 'MODIFY';
  /** The item was deleted from the table. */
  readonly REMOVE: 'REMOVE';
} = /* @__PURE__ */ Object.freeze({
  INSERT: 'INSERT',
  MODIFY: 'MODIFY',
  REMOVE: 'REMOVE',
});

/** The kind of change a stream record describes: `'INSERT'`, `'MODIFY'` or `'REMOVE'`. */
export type DynamoDBRecordEventName =
  (typeof DynamoDBRecordEventName)[keyof typeof DynamoDBRecordEventName];

/**
 * What a stream writes about a changed item, as a constant object; the type of the same name
 * is the union of its values. A constant object rather than a TypeScript `enum`, so bundlers
 * can drop it when unused.
 *
 * @example
 * ```ts
 * import { DynamoDBStreamEvent, StreamViewType } from '@evt/dynamodb';
 *
 * export const handler = async (raw: unknown) => {
 *   const record = new DynamoDBStreamEvent(raw as never).records[0];
 *   return record?.dynamodb?.streamViewType === StreamViewType.KEYS_ONLY;
 * };
 * ```
 */
export const StreamViewType: {
  /** Only the key attributes of the changed item. */
  readonly KEYS_ONLY: 'KEYS_ONLY';
  /** The whole item as it is after the change. */
  readonly NEW_IMAGE: 'NEW_IMAGE';
  /** The whole item as it was before the change. */
  readonly OLD_IMAGE: 'OLD_IMAGE';
  /** The whole item both before and after the change. */
  readonly NEW_AND_OLD_IMAGES: 'NEW_AND_OLD_IMAGES';
} = /* @__PURE__ */ Object.freeze({
  KEYS_ONLY: 'KEYS_ONLY',
  NEW_IMAGE: 'NEW_IMAGE',
  OLD_IMAGE: 'OLD_IMAGE',
  NEW_AND_OLD_IMAGES: 'NEW_AND_OLD_IMAGES',
});

/**
 * What a stream writes about a changed item: `'KEYS_ONLY'`, `'NEW_IMAGE'`, `'OLD_IMAGE'` or
 * `'NEW_AND_OLD_IMAGES'`.
 */
export type StreamViewType =
  (typeof StreamViewType)[keyof typeof StreamViewType];

/** The identity that made a change; present on deletions by Time to Live. */
export interface DynamoDBUserIdentity {
  /** The kind of identity, `Service` for Time to Live deletions (`type`). */
  readonly type: string;
  /** The identity's principal, `dynamodb.amazonaws.com` for Time to Live deletions (`principalId`). */
  readonly principalId: string;
}

/** The DynamoDB part of a stream record, as AWS documents it. */
export interface RawStreamRecord {
  /** The approximate time the record was created, in seconds since the Unix epoch. */
  readonly ApproximateCreationDateTime?: number | undefined;
  /** The key attributes of the changed item, in DynamoDB JSON. */
  readonly Keys?: RawDynamoDBImage | undefined;
  /** The item after the change, in DynamoDB JSON. */
  readonly NewImage?: RawDynamoDBImage | undefined;
  /** The item before the change, in DynamoDB JSON. */
  readonly OldImage?: RawDynamoDBImage | undefined;
  /** The sequence number of the record in its shard. */
  readonly SequenceNumber?: string | undefined;
  /** The size of the record, in bytes. */
  readonly SizeBytes?: number | undefined;
  /** What the stream writes about a changed item. */
  readonly StreamViewType?: StreamViewType | undefined;
}

/** One record of a DynamoDB stream event, as AWS documents it. */
export interface RawDynamoDBRecord {
  /** The Region the change was read in. */
  readonly awsRegion?: string | undefined;
  /** The DynamoDB part of the record. */
  readonly dynamodb?: RawStreamRecord | undefined;
  /** The globally unique identifier of the record. */
  readonly eventID?: string | undefined;
  /** The kind of change: `INSERT`, `MODIFY` or `REMOVE`. */
  readonly eventName?: DynamoDBRecordEventName | undefined;
  /** The service the record comes from, `aws:dynamodb`. */
  readonly eventSource?: string | undefined;
  /** The ARN of the stream. */
  readonly eventSourceARN?: string | undefined;
  /** The version of the record format. */
  readonly eventVersion?: string | undefined;
  /** The identity that made the change; present on Time to Live deletions. */
  readonly userIdentity?: DynamoDBUserIdentity | undefined;
}

/** The event Lambda sends for a batch of DynamoDB stream records, as AWS documents it. */
export interface RawDynamoDBStreamEvent {
  /** The stream records of the batch. */
  readonly Records: readonly RawDynamoDBRecord[];
  /** The time window, on tumbling-window invocations. */
  readonly window?: RawTumblingWindow | undefined;
  /** The state the function returned for the window so far, on tumbling-window invocations. */
  readonly state?: Readonly<Record<string, unknown>> | undefined;
  /** The shard the records come from, on tumbling-window invocations. */
  readonly shardId?: string | undefined;
  /** The ARN of the stream, on tumbling-window invocations. */
  readonly eventSourceARN?: string | undefined;
  /** Whether this is the last invocation of the window. */
  readonly isFinalInvokeForWindow?: boolean | undefined;
  /** Whether the window ended early. */
  readonly isWindowTerminatedEarly?: boolean | undefined;
}

/**
 * Wrapper for the DynamoDB part of a stream record (`dynamodb`): the changed item's keys and
 * images, unmarshalled from DynamoDB JSON to plain values on first read.
 *
 * @typeParam TItem The item's type, for `newImage` and `oldImage`.
 * @typeParam TKeys The type of the item's key attributes, for `keys`.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: unknown) => {
 *   for (const record of new DynamoDBStreamEvent(raw as never).records) {
 *     console.log(record.dynamodb?.keys, record.dynamodb?.newImageAs({ numbers: 'number' }));
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html
 */
export class StreamRecord<
  TItem extends object = DynamoDBImage,
  TKeys extends object = DynamoDBImage,
> extends EventWrapper<RawStreamRecord> {
  static override readonly typeName: string = 'StreamRecord';
  #keys?: TKeys | undefined;
  #hasKeys = false;
  #newImage?: TItem | undefined;
  #hasNewImage = false;
  #oldImage?: TItem | undefined;
  #hasOldImage = false;

  /**
   * The approximate time the record was created, in whole seconds since the Unix epoch
   * (`ApproximateCreationDateTime`). `undefined` when the record has none.
   */
  get approximateCreationDateTime(): number | undefined {
    const seconds = optionalNumber(
      this,
      this.raw.ApproximateCreationDateTime,
      'ApproximateCreationDateTime'
    );
    return seconds === undefined ? undefined : Math.trunc(seconds);
  }

  /**
   * The approximate time the record was created, as a `Date` (`ApproximateCreationDateTime`).
   * `undefined` when the record has none.
   */
  get approximateCreationDate(): Date | undefined {
    const seconds = optionalNumber(
      this,
      this.raw.ApproximateCreationDateTime,
      'ApproximateCreationDateTime'
    );
    return seconds === undefined ? undefined : new Date(seconds * 1000);
  }

  /**
   * The key attributes of the changed item, as plain values (`Keys`). `undefined` when the
   * record has none.
   *
   * @throws {@link DecodeError} when an attribute value is malformed.
   */
  get keys(): TKeys | undefined {
    if (!this.#hasKeys) {
      this.#keys = this.#image(this.raw.Keys, 'Keys') as TKeys | undefined;
      this.#hasKeys = true;
    }
    return this.#keys;
  }

  /**
   * The item as it is after the change, as plain values (`NewImage`). `undefined` when the
   * record has none (a removal, or a stream that does not write new images).
   *
   * @throws {@link DecodeError} when an attribute value is malformed.
   */
  get newImage(): TItem | undefined {
    if (!this.#hasNewImage) {
      this.#newImage = this.#image(this.raw.NewImage, 'NewImage') as
        | TItem
        | undefined;
      this.#hasNewImage = true;
    }
    return this.#newImage;
  }

  /**
   * The item as it was before the change, as plain values (`OldImage`). `undefined` when the
   * record has none (an insertion, or a stream that does not write old images).
   *
   * @throws {@link DecodeError} when an attribute value is malformed.
   */
  get oldImage(): TItem | undefined {
    if (!this.#hasOldImage) {
      this.#oldImage = this.#image(this.raw.OldImage, 'OldImage') as
        | TItem
        | undefined;
      this.#hasOldImage = true;
    }
    return this.#oldImage;
  }

  /** The sequence number of the record in its shard (`SequenceNumber`). */
  get sequenceNumber(): string | undefined {
    return optionalString(this, this.raw.SequenceNumber, 'SequenceNumber');
  }

  /** The size of the record, in bytes (`SizeBytes`). */
  get sizeBytes(): number | undefined {
    const size = optionalNumber(this, this.raw.SizeBytes, 'SizeBytes');
    return size === undefined ? undefined : Math.trunc(size);
  }

  /**
   * The stream view type: what the stream writes about a changed item (`StreamViewType`).
   *
   * @throws {@link FieldTypeError} when the value is not one AWS documents.
   */
  get streamViewType(): StreamViewType | undefined {
    return optionalStringOf(
      this,
      this.raw.StreamViewType,
      'StreamViewType',
      Object.values(StreamViewType)
    );
  }

  /**
   * Unmarshals the key attributes with a chosen number representation. Not cached.
   *
   * @param options The number representation, e.g. `{ numbers: 'number' }`.
   * @returns The keys as plain values, or `undefined` when the record has none.
   * @throws {@link DecodeError} when an attribute value is malformed, or a number does not
   * fit the chosen representation.
   * @example
   * ```ts
   * import { DynamoDBStreamEvent } from '@evt/dynamodb';
   *
   * export const handler = async (raw: unknown) => {
   *   const record = new DynamoDBStreamEvent(raw as never).records[0];
   *   return record?.dynamodb?.keysAs({ numbers: 'string' });
   * };
   * ```
   */
  keysAs<TMode extends DynamoDBNumberMode>(
    options: UnmarshallOptions<TMode>
  ): DynamoDBImage<DynamoDBNumberOf<TMode>> | undefined {
    return this.#image(this.raw.Keys, 'Keys', options) as
      | DynamoDBImage<DynamoDBNumberOf<TMode>>
      | undefined;
  }

  /**
   * Unmarshals the item after the change with a chosen number representation. Not cached.
   *
   * @param options The number representation, e.g. `{ numbers: 'number' }`.
   * @returns The new image as plain values, or `undefined` when the record has none.
   * @throws {@link DecodeError} when an attribute value is malformed, or a number does not
   * fit the chosen representation.
   * @example
   * ```ts
   * import { DynamoDBStreamEvent } from '@evt/dynamodb';
   *
   * export const handler = async (raw: unknown) => {
   *   const record = new DynamoDBStreamEvent(raw as never).records[0];
   *   const item = record?.dynamodb?.newImageAs({ numbers: 'number' });
   *   return typeof item?.quantity === 'number' ? item.quantity * 2 : 0;
   * };
   * ```
   */
  newImageAs<TMode extends DynamoDBNumberMode>(
    options: UnmarshallOptions<TMode>
  ): DynamoDBImage<DynamoDBNumberOf<TMode>> | undefined {
    return this.#image(this.raw.NewImage, 'NewImage', options) as
      | DynamoDBImage<DynamoDBNumberOf<TMode>>
      | undefined;
  }

  /**
   * Unmarshals the item before the change with a chosen number representation. Not cached.
   *
   * @param options The number representation, e.g. `{ numbers: 'number' }`.
   * @returns The old image as plain values, or `undefined` when the record has none.
   * @throws {@link DecodeError} when an attribute value is malformed, or a number does not
   * fit the chosen representation.
   */
  oldImageAs<TMode extends DynamoDBNumberMode>(
    options: UnmarshallOptions<TMode>
  ): DynamoDBImage<DynamoDBNumberOf<TMode>> | undefined {
    return this.#image(this.raw.OldImage, 'OldImage', options) as
      | DynamoDBImage<DynamoDBNumberOf<TMode>>
      | undefined;
  }

  #image(
    value: RawDynamoDBImage | undefined,
    path: string,
    options?: UnmarshallOptions
  ): DynamoDBImage<unknown> | undefined {
    const image = optionalObject(this, value, path);
    return image === undefined
      ? undefined
      : unmarshallField(this, image, path, options);
  }
}

/**
 * Wrapper for one record of the event that DynamoDB Streams sends when items of a table
 * change: which change, where, and the DynamoDB part with the item's keys and images.
 *
 * @typeParam TItem The item's type, for `dynamodb.newImage` and `dynamodb.oldImage`.
 * @typeParam TKeys The type of the item's key attributes, for `dynamodb.keys`.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: unknown) => {
 *   for (const record of new DynamoDBStreamEvent(raw as never).records) {
 *     console.log(record.eventName, record.eventId, record.dynamodb?.keys);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html
 */
export class DynamoDBRecord<
  TItem extends object = DynamoDBImage,
  TKeys extends object = DynamoDBImage,
> extends EventWrapper<RawDynamoDBRecord> {
  static override readonly typeName: string = 'DynamoDBRecord';
  #dynamodb?: StreamRecord<TItem, TKeys> | undefined;
  #hasDynamodb = false;

  /** The Region the change was read in, e.g. `us-west-2` (`awsRegion`). */
  get awsRegion(): string | undefined {
    return optionalString(this, this.raw.awsRegion, 'awsRegion');
  }

  /**
   * The DynamoDB part of the record: keys, images, sequence number and size (`dynamodb`).
   * `undefined` when the record has none.
   */
  get dynamodb(): StreamRecord<TItem, TKeys> | undefined {
    if (!this.#hasDynamodb) {
      const raw = optionalObject(this, this.raw.dynamodb, 'dynamodb');
      this.#dynamodb =
        raw === undefined
          ? undefined
          : new StreamRecord<TItem, TKeys>(raw, {
              parent: this,
              path: 'dynamodb',
            });
      this.#hasDynamodb = true;
    }
    return this.#dynamodb;
  }

  /** The globally unique identifier of the record (`eventID`). */
  get eventId(): string | undefined {
    return optionalString(this, this.raw.eventID, 'eventID');
  }

  /**
   * The kind of change: `INSERT`, `MODIFY` or `REMOVE` (`eventName`).
   *
   * @throws {@link FieldTypeError} when the value is not one AWS documents.
   */
  get eventName(): DynamoDBRecordEventName | undefined {
    return optionalStringOf(
      this,
      this.raw.eventName,
      'eventName',
      Object.values(DynamoDBRecordEventName)
    );
  }

  /** The service the record comes from, `aws:dynamodb` (`eventSource`). */
  get eventSource(): string | undefined {
    return optionalString(this, this.raw.eventSource, 'eventSource');
  }

  /** The ARN of the stream the record comes from (`eventSourceARN`). */
  get eventSourceArn(): string | undefined {
    return optionalString(this, this.raw.eventSourceARN, 'eventSourceARN');
  }

  /** The version of the record format, e.g. `1.1` (`eventVersion`). */
  get eventVersion(): string | undefined {
    return optionalString(this, this.raw.eventVersion, 'eventVersion');
  }

  /**
   * The identity that made the change (`userIdentity`); on deletions by Time to Live it is
   * `{ type: 'Service', principalId: 'dynamodb.amazonaws.com' }`. `undefined` when the record
   * has none.
   */
  get userIdentity(): DynamoDBUserIdentity | undefined {
    return optionalObject(this, this.raw.userIdentity, 'userIdentity');
  }

  /**
   * The flag that says Time to Live deleted the item: the record's identity is the DynamoDB
   * service (`userIdentity.type` is `Service`, `userIdentity.principalId` is
   * `dynamodb.amazonaws.com`).
   */
  get isTtlDeletion(): boolean {
    const identity = this.userIdentity;
    return (
      identity?.type === 'Service' &&
      identity.principalId === 'dynamodb.amazonaws.com'
    );
  }
}

/**
 * Wrapper for the event that DynamoDB Streams sends when items of a table are added, changed
 * or removed: a batch of stream records, each with the item's keys and (depending on the
 * stream view type) its new and old images, unmarshalled to plain values on first read.
 * Numbers keep every digit as {@link DynamoDBNumber}s unless you ask for another
 * representation (`newImageAs({ numbers: 'number' })`).
 *
 * @typeParam TItem The item's type, for `newImage` and `oldImage`.
 * @typeParam TKeys The type of the item's key attributes, for `keys`.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: unknown) => {
 *   const event = new DynamoDBStreamEvent(raw as never);
 *   for (const record of event.records) {
 *     console.log(record.eventName, record.dynamodb?.keys, record.dynamodb?.newImage);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export class DynamoDBStreamEvent<
  TItem extends object = DynamoDBImage,
  TKeys extends object = DynamoDBImage,
> extends EventWrapper<RawDynamoDBStreamEvent> {
  static override readonly typeName: string = 'DynamoDBStreamEvent';
  #records?: DynamoDBRecord<TItem, TKeys>[];
  #window?: TumblingWindow | undefined;
  #hasWindow = false;

  /** The stream records of the batch, in stream order (`Records`). */
  get records(): DynamoDBRecord<TItem, TKeys>[] {
    this.#records ??= wrapEach(
      this,
      this.raw.Records,
      'Records',
      DynamoDBRecord<TItem, TKeys>
    );
    return this.#records;
  }

  /**
   * The time window of a tumbling-window invocation (`window`). `undefined` on other
   * invocations.
   */
  get window(): TumblingWindow | undefined {
    if (!this.#hasWindow) {
      const raw = optionalObject(this, this.raw.window, 'window');
      this.#window =
        raw === undefined
          ? undefined
          : new TumblingWindow(raw, { parent: this, path: 'window' });
      this.#hasWindow = true;
    }
    return this.#window;
  }

  /**
   * The state the function returned for the window so far (`state`). Empty object when the
   * event has none.
   */
  get state(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(this, this.raw.state, 'state');
  }

  /** The shard the records come from, on tumbling-window invocations (`shardId`). */
  get shardId(): string | undefined {
    return optionalString(this, this.raw.shardId, 'shardId');
  }

  /** The ARN of the stream, on tumbling-window invocations (`eventSourceARN`). */
  get eventSourceArn(): string | undefined {
    return optionalString(this, this.raw.eventSourceARN, 'eventSourceARN');
  }

  /** The flag that marks the last invocation of a window (`isFinalInvokeForWindow`). */
  get isFinalInvokeForWindow(): boolean | undefined {
    return optionalBoolean(
      this,
      this.raw.isFinalInvokeForWindow,
      'isFinalInvokeForWindow'
    );
  }

  /** The flag that marks a window that ended early (`isWindowTerminatedEarly`). */
  get isWindowTerminatedEarly(): boolean | undefined {
    return optionalBoolean(
      this,
      this.raw.isWindowTerminatedEarly,
      'isWindowTerminatedEarly'
    );
  }
}
