import {
  checkWrapper,
  type EventOptions,
  type EventWrapper,
  extendEventWrapper,
  fieldError,
  mapOrEmpty,
  optionalChild,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringOf,
  type RawTumblingWindowBatch,
  TumblingWindowBatch,
  UNSET,
  wrapEach,
} from '@evt/core';
import {
  type DynamoDBImage,
  type DynamoDBNumberMode,
  type DynamoDBNumberOf,
  type RawDynamoDBImage,
  type Unmarshalled,
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
 * import {
 *   DynamoDBRecordEventName,
 *   DynamoDBStreamEvent,
 *   type RawDynamoDBStreamEvent,
 * } from '@evt/dynamodb';
 *
 * export const handler = async (raw: RawDynamoDBStreamEvent) => {
 *   const event = new DynamoDBStreamEvent(raw);
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

// The documented values as arrays, built once: `optionalStringOf` checks a field against them
// on every read, which must not allocate.
const EVENT_NAMES: readonly DynamoDBRecordEventName[] =
  /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(DynamoDBRecordEventName)
  );

/**
 * What a stream writes about a changed item, as a constant object; the type of the same name
 * is the union of its values. A constant object rather than a TypeScript `enum`, so bundlers
 * can drop it when unused.
 *
 * @example
 * ```ts
 * import {
 *   DynamoDBStreamEvent,
 *   type RawDynamoDBStreamEvent,
 *   StreamViewType,
 * } from '@evt/dynamodb';
 *
 * export const handler = async (raw: RawDynamoDBStreamEvent) => {
 *   const record = new DynamoDBStreamEvent(raw).records[0];
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

const STREAM_VIEW_TYPES: readonly StreamViewType[] =
  /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.values(StreamViewType));

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

/**
 * The event Lambda sends for a batch of DynamoDB stream records, as AWS documents it, with the
 * tumbling-window fields (`window`, `state`, `shardId`, ...) Lambda adds when the event source
 * mapping aggregates over windows.
 *
 * @typeParam TState The shape of the window state the function returns between invocations.
 */
export interface RawDynamoDBStreamEvent<
  TState extends object = { [key: string]: unknown },
> extends RawTumblingWindowBatch<TState> {
  /** The stream records of the batch. */
  readonly Records: readonly RawDynamoDBRecord[];
}

export interface StreamRecord<
  // biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
  TItem extends object = DynamoDBImage,
  // biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
  TKeys extends object = DynamoDBImage,
> extends EventWrapper<RawStreamRecord> {}
/**
 * Wrapper for the DynamoDB part of a stream record (`dynamodb`): the changed item's keys and
 * images, unmarshalled from DynamoDB JSON to plain values on first read.
 *
 * @typeParam TItem The item's type as it was written; `newImage` and `oldImage` are its
 *   {@link Unmarshalled} form, with numbers as `DynamoDBNumber`s.
 * @typeParam TKeys The type of the item's key attributes, for `keys`, mapped the same way.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent, type RawDynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: RawDynamoDBStreamEvent) => {
 *   for (const record of new DynamoDBStreamEvent(raw).records) {
 *     console.log(record.dynamodb?.keys, record.dynamodb?.newImageAs({ numbers: 'number' }));
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html
 */
export class StreamRecord<
  TItem extends object = DynamoDBImage,
  TKeys extends object = DynamoDBImage,
> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    StreamRecord,
    'StreamRecord'
  );
  declare protected readonly raw: RawStreamRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawStreamRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #approximateCreationDate: Date | undefined | typeof UNSET = UNSET;
  #keys: Unmarshalled<TKeys> | undefined | typeof UNSET = UNSET;
  #newImage: Unmarshalled<TItem> | undefined | typeof UNSET = UNSET;
  #oldImage?: Partial<Unmarshalled<TItem>>;

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
   * Built once; `undefined` when the record has none.
   *
   * @throws {@link FieldTypeError} when the value is not a number, or is a number of seconds
   * that no `Date` can hold (beyond 8.64e12 seconds from the epoch, or `NaN`).
   */
  get approximateCreationDate(): Date | undefined {
    if (this.#approximateCreationDate === UNSET) {
      const seconds = optionalNumber(
        this,
        this.raw.ApproximateCreationDateTime,
        'ApproximateCreationDateTime'
      );
      const date = seconds === undefined ? undefined : new Date(seconds * 1000);
      // An Invalid Date would only fail later, in the handler's `toISOString()`.
      if (date && Number.isNaN(date.getTime())) {
        throw fieldError(
          this,
          'ApproximateCreationDateTime',
          'epoch seconds within the Date range',
          seconds
        );
      }
      this.#approximateCreationDate = date;
    }
    return this.#approximateCreationDate;
  }

  /**
   * The key attributes of the changed item, as plain values (`Keys`). `undefined` when the
   * record has none.
   *
   * @throws {@link DecodeError} when an attribute value is malformed.
   */
  get keys(): Unmarshalled<TKeys> | undefined {
    if (this.#keys === UNSET) {
      this.#keys = this.#image('Keys') as Unmarshalled<TKeys> | undefined;
    }
    return this.#keys;
  }

  /**
   * The item as it is after the change, as plain values (`NewImage`). `undefined` when the
   * record has none (a removal, or a stream that does not write new images).
   *
   * @throws {@link DecodeError} when an attribute value is malformed.
   */
  get newImage(): Unmarshalled<TItem> | undefined {
    if (this.#newImage === UNSET) {
      this.#newImage = this.#image('NewImage') as
        | Unmarshalled<TItem>
        | undefined;
    }
    return this.#newImage;
  }

  /**
   * The item as it was before the change, as plain values (`OldImage`). Empty object when the
   * record has none (an insertion, or a stream that does not write old images), as Powertools
   * reads it; typed `Partial` because of that.
   *
   * @throws {@link DecodeError} when an attribute value is malformed.
   */
  get oldImage(): Partial<Unmarshalled<TItem>> {
    return (this.#oldImage ??= (this.#image('OldImage') ?? {}) as Partial<
      Unmarshalled<TItem>
    >);
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
      STREAM_VIEW_TYPES
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
   * import { DynamoDBStreamEvent, type RawDynamoDBStreamEvent } from '@evt/dynamodb';
   *
   * export const handler = async (raw: RawDynamoDBStreamEvent) => {
   *   const record = new DynamoDBStreamEvent(raw).records[0];
   *   return record?.dynamodb?.keysAs({ numbers: 'string' });
   * };
   * ```
   */
  keysAs<TMode extends DynamoDBNumberMode>(
    options: UnmarshallOptions<TMode>
  ): Unmarshalled<TKeys, DynamoDBNumberOf<TMode>> | undefined {
    return this.#image('Keys', options) as
      | Unmarshalled<TKeys, DynamoDBNumberOf<TMode>>
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
   * import { DynamoDBStreamEvent, type RawDynamoDBStreamEvent } from '@evt/dynamodb';
   *
   * export const handler = async (raw: RawDynamoDBStreamEvent) => {
   *   const record = new DynamoDBStreamEvent(raw).records[0];
   *   const item = record?.dynamodb?.newImageAs({ numbers: 'number' });
   *   return typeof item?.quantity === 'number' ? item.quantity * 2 : 0;
   * };
   * ```
   */
  newImageAs<TMode extends DynamoDBNumberMode>(
    options: UnmarshallOptions<TMode>
  ): Unmarshalled<TItem, DynamoDBNumberOf<TMode>> | undefined {
    return this.#image('NewImage', options) as
      | Unmarshalled<TItem, DynamoDBNumberOf<TMode>>
      | undefined;
  }

  /**
   * Unmarshals the item before the change with a chosen number representation. Not cached.
   *
   * @param options The number representation, e.g. `{ numbers: 'number' }`.
   * @returns The old image as plain values, or an empty object when the record has none (as
   * {@link StreamRecord.oldImage} reads it).
   * @throws {@link DecodeError} when an attribute value is malformed, or a number does not
   * fit the chosen representation.
   */
  oldImageAs<TMode extends DynamoDBNumberMode>(
    options: UnmarshallOptions<TMode>
  ): Partial<Unmarshalled<TItem, DynamoDBNumberOf<TMode>>> {
    return (this.#image('OldImage', options) ?? {}) as Partial<
      Unmarshalled<TItem, DynamoDBNumberOf<TMode>>
    >;
  }

  #image(
    key: 'Keys' | 'NewImage' | 'OldImage',
    options?: UnmarshallOptions
  ): DynamoDBImage<unknown> | undefined {
    const image = optionalObject(this, this.raw[key], key);
    return image === undefined
      ? undefined
      : unmarshallField(this, image, key, options);
  }
}

export interface DynamoDBRecord<
  // biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
  TItem extends object = DynamoDBImage,
  // biome-ignore lint/correctness/noUnusedVariables: a merged interface repeats the class's type parameters
  TKeys extends object = DynamoDBImage,
> extends EventWrapper<RawDynamoDBRecord> {}
/**
 * Wrapper for one record of the event that DynamoDB Streams sends when items of a table
 * change: which change, where, and the DynamoDB part with the item's keys and images.
 *
 * @typeParam TItem The item's type as it was written, for `dynamodb.newImage` and
 *   `dynamodb.oldImage` (its {@link Unmarshalled} form).
 * @typeParam TKeys The type of the item's key attributes, for `dynamodb.keys`.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent, type RawDynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: RawDynamoDBStreamEvent) => {
 *   for (const record of new DynamoDBStreamEvent(raw).records) {
 *     console.log(record.eventName, record.eventId, record.dynamodb?.keys);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html
 */
export class DynamoDBRecord<
  TItem extends object = DynamoDBImage,
  TKeys extends object = DynamoDBImage,
> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    DynamoDBRecord,
    'DynamoDBRecord'
  );
  declare protected readonly raw: RawDynamoDBRecord;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawDynamoDBRecord, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }
  #dynamodb: StreamRecord<TItem, TKeys> | undefined | typeof UNSET = UNSET;

  /** The Region the change was read in, e.g. `us-west-2` (`awsRegion`). */
  get awsRegion(): string | undefined {
    return optionalString(this, this.raw.awsRegion, 'awsRegion');
  }

  /**
   * The DynamoDB part of the record: keys, images, sequence number and size (`dynamodb`).
   * `undefined` when the record has none.
   */
  get dynamodb(): StreamRecord<TItem, TKeys> | undefined {
    if (this.#dynamodb === UNSET) {
      this.#dynamodb = optionalChild(
        this,
        'dynamodb',
        StreamRecord<TItem, TKeys>
      );
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
    return optionalStringOf(this, this.raw.eventName, 'eventName', EVENT_NAMES);
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
   * `{ type: 'Service', principalId: 'dynamodb.amazonaws.com' }`. Empty object when the record
   * has none (every change a client made), as Powertools reads it.
   */
  get userIdentity(): Partial<DynamoDBUserIdentity> {
    return mapOrEmpty(this, this.raw.userIdentity, 'userIdentity');
  }

  /**
   * The flag that says Time to Live deleted the item: the record's identity is the DynamoDB
   * service (`userIdentity.type` is `Service`, `userIdentity.principalId` is
   * `dynamodb.amazonaws.com`).
   */
  get isTtlDeletion(): boolean {
    const identity = this.userIdentity;
    return (
      identity.type === 'Service' &&
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
 * On tumbling-window invocations the event also carries the window, the state and the flags
 * Lambda adds; those getters come from core's `TumblingWindowBatch`, shared with Kinesis.
 *
 * @typeParam TItem The item's type as it was written, for `newImage` and `oldImage`: each
 *   image is its {@link Unmarshalled} form, so a `number` field reads as a `DynamoDBNumber`
 *   (or a `number` with `newImageAs({ numbers: 'number' })`).
 * @typeParam TKeys The type of the item's key attributes, for `keys`.
 * @typeParam TState The shape of the window state, for `state`.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent, type RawDynamoDBStreamEvent } from '@evt/dynamodb';
 *
 * export const handler = async (raw: RawDynamoDBStreamEvent) => {
 *   const event = new DynamoDBStreamEvent(raw);
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
  TState extends object = { [key: string]: unknown },
> extends TumblingWindowBatch<RawDynamoDBStreamEvent<TState>, TState> {
  static override readonly typeName: string = 'DynamoDBStreamEvent';
  #records?: DynamoDBRecord<TItem, TKeys>[];

  /**
   * Wraps a DynamoDB stream event. Nothing is read or copied beyond checking that it is an
   * object.
   *
   * @param raw The event as Lambda delivers it. Its `state`, of whatever declared type, is
   * read as `TState`.
   * @param options The JSON deserializer option, inherited by every record.
   * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
   * @throws {@link FieldTypeError} when `raw` is not an object.
   */
  constructor(raw: RawDynamoDBStreamEvent<object>, options?: EventOptions) {
    super(raw as RawDynamoDBStreamEvent<TState>, options);
  }

  /** The stream records of the batch, in stream order (`Records`). */
  get records(): DynamoDBRecord<TItem, TKeys>[] {
    return (this.#records ??= wrapEach(
      this,
      'Records',
      DynamoDBRecord<TItem, TKeys>
    ));
  }
}
