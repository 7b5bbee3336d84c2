import {
  Base64Data,
  BaseRecordResultsResponse,
  type EventOptions,
  EventWrapper,
  optionalChild,
  optionalString,
  recordResultOf,
  requireString,
  stringMapOrEmpty,
  UNSET,
} from '@evt/core';

/** The outcome of transforming one record, as Firehose reads it from the response. */
export type KinesisFirehoseDataTransformationResult =
  | 'Ok'
  | 'Dropped'
  | 'ProcessingFailed';

const RESULTS: readonly [
  KinesisFirehoseDataTransformationResult,
  ...KinesisFirehoseDataTransformationResult[],
] = ['Ok', 'Dropped', 'ProcessingFailed'];

/** The metadata of a transformed record, as Firehose reads it from the response. */
export interface RawKinesisFirehoseDataTransformationRecordMetadata {
  /** The partition keys for dynamic partitioning, by name; empty when not set. */
  partitionKeys?: { [name: string]: string } | undefined;
}

/** One transformed record, as Firehose reads it from the response. */
export interface RawKinesisFirehoseDataTransformationRecord {
  /** The ID of the record in the event it answers. */
  recordId: string;
  /** The outcome: `Ok`, `Dropped` or `ProcessingFailed`; `Ok` when not set. */
  result?: KinesisFirehoseDataTransformationResult | undefined;
  /** The transformed data, base64-encoded; empty when not set. */
  data?: string | undefined;
  /**
   * The transformed value of a Kafka record, base64-encoded, for a Firehose stream that reads
   * from Amazon MSK; when set, it is sent instead of `data`.
   */
  kafkaRecordValue?: string | undefined;
  /** The metadata, as a wrapper or as the plain object Firehose reads. */
  metadata?:
    | KinesisFirehoseDataTransformationRecordMetadata
    | RawKinesisFirehoseDataTransformationRecordMetadata
    | undefined;
}

/** The metadata of a transformed record exactly as Firehose expects it in the response. */
export interface KinesisFirehoseDataTransformationRecordMetadataDict {
  /** The partition keys for dynamic partitioning, by name. */
  partitionKeys: { [name: string]: string };
}

/** A transformed record exactly as Firehose expects it in the response. */
export interface KinesisFirehoseDataTransformationRecordDict {
  /** The ID of the record in the event it answers. */
  recordId: string;
  /** The outcome of the transformation. */
  result: KinesisFirehoseDataTransformationResult;
  /** The transformed data, base64-encoded. */
  data: string;
  /** The partition keys for dynamic partitioning; absent when the record sets none. */
  metadata?: KinesisFirehoseDataTransformationRecordMetadataDict;
}

/**
 * A transformed record from an Amazon MSK source exactly as Firehose expects it in the
 * response: the new value is `kafkaRecordValue` instead of `data`.
 */
export interface KinesisFirehoseMSKDataTransformationRecordDict {
  /** The ID of the record in the event it answers. */
  recordId: string;
  /** The outcome of the transformation. */
  result: KinesisFirehoseDataTransformationResult;
  /** The transformed value of the Kafka record, base64-encoded. */
  kafkaRecordValue: string;
  /** The partition keys for dynamic partitioning; absent when the record sets none. */
  metadata?: KinesisFirehoseDataTransformationRecordMetadataDict;
}

/** The response exactly as Firehose expects it from a data-transformation function. */
export interface KinesisFirehoseDataTransformationResponseDict {
  /** One transformed record per record of the event. */
  records: (
    | KinesisFirehoseDataTransformationRecordDict
    | KinesisFirehoseMSKDataTransformationRecordDict
  )[];
}

/**
 * Wrapper for the metadata of a transformed record that a data-transformation function
 * returns to Firehose: the partition keys for dynamic partitioning.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/dynamic-partitioning.html
 * @example
 * ```ts
 * import { KinesisFirehoseDataTransformationRecordMetadata } from '@evt/firehose';
 *
 * const metadata = new KinesisFirehoseDataTransformationRecordMetadata({
 *   partitionKeys: { year: '2023', month: '09' },
 * });
 * metadata.asDict(); // { partitionKeys: { year: '2023', month: '09' } }
 * ```
 */
export class KinesisFirehoseDataTransformationRecordMetadata extends EventWrapper<RawKinesisFirehoseDataTransformationRecordMetadata> {
  static override readonly typeName: string =
    'KinesisFirehoseDataTransformationRecordMetadata';

  /**
   * Creates the metadata of a transformed record.
   *
   * @param raw The partition keys, as `{ partitionKeys: { ... } }`; none when omitted.
   * @param options Where this metadata sits, for error messages.
   */
  constructor(
    raw: RawKinesisFirehoseDataTransformationRecordMetadata = {},
    options?: EventOptions
  ) {
    super(raw, options);
  }

  /** The partition keys for dynamic partitioning, by name (`partitionKeys`). Empty object when none are set. */
  get partitionKeys(): { [name: string]: string } {
    return stringMapOrEmpty(this, this.raw.partitionKeys, 'partitionKeys');
  }

  /**
   * Serialises the metadata as Firehose reads it.
   *
   * @returns The plain object, `{ partitionKeys: { ... } }`.
   * @throws {@link FieldTypeError} when a partition key's value is not a string.
   */
  asDict(): KinesisFirehoseDataTransformationRecordMetadataDict {
    return { partitionKeys: { ...this.partitionKeys } };
  }

  /**
   * Serialises the metadata as Firehose reads it, for `JSON.stringify`.
   *
   * @returns The same object as {@link asDict}.
   */
  override toJSON(): KinesisFirehoseDataTransformationRecordMetadataDict {
    return this.asDict();
  }
}

/**
 * Wrapper for one transformed record that a data-transformation function returns to
 * Firehose: the `recordId` of the record it answers, the outcome, and the new data.
 *
 * `result` defaults to `Ok` and `data` to an empty string. Build one with
 * `KinesisFirehoseRecord.buildDataTransformationResponse` or construct it directly.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 * @example
 * ```ts
 * import {
 *   base64FromString,
 *   KinesisFirehoseDataTransformationRecord,
 * } from '@evt/firehose';
 *
 * const record = new KinesisFirehoseDataTransformationRecord({
 *   recordId: 'record1',
 *   data: base64FromString('HELLO WORLD'),
 * });
 * record.asDict(); // { recordId: 'record1', result: 'Ok', data: 'SEVMTE8gV09STEQ=' }
 * ```
 */
export class KinesisFirehoseDataTransformationRecord<
  TData = unknown,
> extends EventWrapper<RawKinesisFirehoseDataTransformationRecord> {
  static override readonly typeName: string =
    'KinesisFirehoseDataTransformationRecord';
  #metadata:
    | KinesisFirehoseDataTransformationRecordMetadata
    | undefined
    | typeof UNSET = UNSET;
  #data?: Base64Data<TData>;
  #dataAsJson: TData | typeof UNSET = UNSET;

  // The base64 text the record sends: `kafkaRecordValue` when set (MSK), else `data`.
  get #decoded(): Base64Data<TData> {
    if (this.#data === undefined) {
      const value = this.kafkaRecordValue;
      this.#data =
        value === undefined
          ? new Base64Data(this, this.data, 'data')
          : new Base64Data(this, value, 'kafkaRecordValue');
    }
    return this.#data;
  }

  /**
   * Creates a transformed record.
   *
   * @param raw The `recordId` of the record it answers, and optionally `result` (`Ok` by
   * default), `data` (base64, empty by default) and `metadata`.
   * @param options The `jsonDeserializer` for `dataAsJson`.
   */
  constructor(
    raw: RawKinesisFirehoseDataTransformationRecord,
    options?: EventOptions
  ) {
    super(raw, options);
  }

  /** The ID of the record in the event this one answers (`recordId`). */
  get recordId(): string {
    return requireString(this, this.raw.recordId, 'recordId');
  }

  /**
   * The outcome of the transformation: `Ok`, `Dropped` or `ProcessingFailed` (`result`).
   * `Ok` when not set.
   *
   * @throws {@link FieldTypeError} when it is set to anything else.
   */
  get result(): KinesisFirehoseDataTransformationResult {
    return recordResultOf(this, this.raw.result, RESULTS);
  }

  /** The transformed data, base64-encoded (`data`). Empty string when not set. */
  get data(): string {
    return optionalString(this, this.raw.data, 'data') ?? '';
  }

  /**
   * The transformed value of a Kafka record, base64-encoded, for a Firehose stream that
   * reads from Amazon MSK (`kafkaRecordValue`). Undefined when not set; when set, it is what
   * the response sends instead of `data`, and what the decoded getters read.
   */
  get kafkaRecordValue(): string | undefined {
    return optionalString(this, this.raw.kafkaRecordValue, 'kafkaRecordValue');
  }

  /**
   * The metadata with the partition keys for dynamic partitioning (`metadata`): the instance
   * given, or plain metadata wrapped. Undefined when not set.
   *
   * @throws {@link FieldTypeError} when it is set to something other than an object.
   */
  get metadata(): KinesisFirehoseDataTransformationRecordMetadata | undefined {
    if (this.#metadata === UNSET) {
      const metadata = this.raw.metadata;
      this.#metadata =
        metadata instanceof KinesisFirehoseDataTransformationRecordMetadata
          ? metadata
          : optionalChild(
              this,
              'metadata',
              KinesisFirehoseDataTransformationRecordMetadata
            );
    }
    return this.#metadata;
  }

  /**
   * The transformed data, decoded from base64 (`kafkaRecordValue` when set, else `data`).
   * Empty when that is empty.
   *
   * @throws {@link DecodeError} when it is not valid base64.
   */
  get dataAsBytes(): Uint8Array {
    return this.#decoded.bytes;
  }

  /**
   * The transformed data, decoded from base64 and read as UTF-8 text (`kafkaRecordValue` when
   * set, else `data`). Empty string when that is empty.
   *
   * @throws {@link DecodeError} when it is not valid base64 or not UTF-8.
   */
  get dataAsText(): string {
    return this.#decoded.text;
  }

  /**
   * The transformed data, decoded from base64 and parsed as JSON (`kafkaRecordValue` when
   * set, else `data`). Parsed once, with the `jsonDeserializer` option when one is set. Empty
   * object when that is empty.
   *
   * @throws {@link DecodeError} when it is not base64, UTF-8 or JSON.
   */
  get dataAsJson(): TData {
    if (this.#dataAsJson === UNSET) {
      this.#dataAsJson =
        (this.kafkaRecordValue ?? this.data) === ''
          ? ({} as TData)
          : this.#decoded.json;
    }
    return this.#dataAsJson;
  }

  /**
   * Serialises the record as Firehose reads it, leaving out `metadata` when it is not set.
   *
   * @returns The plain object, `{ recordId, result, data, metadata? }`, or for an MSK source
   * (`kafkaRecordValue` set) `{ recordId, result, kafkaRecordValue, metadata? }`.
   * @throws {@link MissingFieldError} when `recordId` is not set.
   * @throws {@link FieldTypeError} when `result` is not `Ok`, `Dropped` or `ProcessingFailed`.
   */
  asDict():
    | KinesisFirehoseDataTransformationRecordDict
    | KinesisFirehoseMSKDataTransformationRecordDict {
    const recordId = this.recordId;
    const result = this.result;
    const kafkaRecordValue = this.kafkaRecordValue;
    const record:
      | KinesisFirehoseDataTransformationRecordDict
      | KinesisFirehoseMSKDataTransformationRecordDict =
      kafkaRecordValue === undefined
        ? { recordId, result, data: this.data }
        : { recordId, result, kafkaRecordValue };
    const metadata = this.metadata;
    if (metadata) record.metadata = metadata.asDict();
    return record;
  }

  /**
   * Serialises the record as Firehose reads it, for `JSON.stringify`.
   *
   * @returns The same object as {@link asDict}.
   */
  override toJSON():
    | KinesisFirehoseDataTransformationRecordDict
    | KinesisFirehoseMSKDataTransformationRecordDict {
    return this.asDict();
  }
}

/**
 * The response a data-transformation function returns to Firehose: one transformed record
 * per record of the event. Returning it from the handler serialises it as Firehose expects.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 * @example
 * ```ts
 * import {
 *   base64FromString,
 *   KinesisFirehoseDataTransformationResponse,
 *   KinesisFirehoseEvent,
 *   type RawKinesisFirehoseEvent,
 * } from '@evt/firehose';
 *
 * export const handler = async (raw: RawKinesisFirehoseEvent) => {
 *   const response = new KinesisFirehoseDataTransformationResponse();
 *   for (const record of new KinesisFirehoseEvent(raw).records) {
 *     const upper = base64FromString(record.dataAsText.toUpperCase());
 *     response.addRecord(record.buildDataTransformationResponse(upper));
 *   }
 *   return response.asDict();
 * };
 * ```
 */
export class KinesisFirehoseDataTransformationResponse extends BaseRecordResultsResponse<
  KinesisFirehoseDataTransformationRecord,
  | KinesisFirehoseDataTransformationRecordDict
  | KinesisFirehoseMSKDataTransformationRecordDict
> {
  /** The class name used in error messages. */
  static override readonly typeName: string =
    'KinesisFirehoseDataTransformationResponse';
  /** The service that reads the response, in error messages. */
  static override readonly serviceName: string = 'Firehose';
}
