// Sample-event factories for @evt/firehose, exported as `@evt/firehose/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { encodeBase64 } from '@evt/core';
import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import directPut from '../test/events/kinesis-firehose-event.json';
import kinesisSource from '../test/events/kinesis-firehose-event.kinesis-source.json';
import mskSource from '../test/events/kinesis-firehose-event.msk-source.json';
import type {
  RawKinesisFirehoseEvent,
  RawKinesisFirehoseMSKRecordMetadata,
  RawKinesisFirehoseRecord,
  RawKinesisFirehoseRecordMetadata,
} from './kinesis-firehose-event';

/** One record of a direct PUT event as {@link createKinesisFirehoseEvent} builds it. */
export interface SampleKinesisFirehoseRecord
  extends Sample<
    Pick<RawKinesisFirehoseRecord, 'recordId' | 'approximateArrivalTimestamp'>
  > {
  /** The base64-encoded data of the record. */
  data: string;
}

/**
 * The direct PUT event {@link createKinesisFirehoseEvent} returns: a fresh copy that fits both
 * `KinesisFirehoseEvent`'s constructor and the `FirehoseTransformationEvent` of
 * `@types/aws-lambda` (and so a `FirehoseTransformationHandler`).
 */
export interface SampleKinesisFirehoseEvent
  extends Sample<Omit<RawKinesisFirehoseEvent, 'records' | 'sourceMSKArn'>> {
  /** The records to transform. */
  records: SampleKinesisFirehoseRecord[];
}

/** One record read from a Kinesis data stream, as {@link createKinesisFirehoseEvent} builds it. */
export interface SampleKinesisFirehoseKinesisRecord
  extends SampleKinesisFirehoseRecord {
  /** The Kinesis metadata of the record. */
  kinesisRecordMetadata: Sample<RawKinesisFirehoseRecordMetadata>;
}

/**
 * The event {@link createKinesisFirehoseEvent} returns for a stream that reads a Kinesis data
 * stream. It fits `KinesisFirehoseEvent`'s constructor; it does not fit the
 * `FirehoseTransformationEvent` of `@types/aws-lambda`, which types `subsequenceNumber` as a
 * string where Firehose sends the number `0` (as the documented sample does).
 */
export interface SampleKinesisFirehoseKinesisEvent
  extends SampleKinesisFirehoseEvent {
  /** The ARN of the Kinesis data stream the records were read from. */
  sourceKinesisStreamArn: string;
  /** The records to transform. */
  records: SampleKinesisFirehoseKinesisRecord[];
}

/** One record read from an Amazon MSK topic, as {@link createKinesisFirehoseEvent} builds it. */
export interface SampleKinesisFirehoseMSKRecord
  extends Sample<
    Pick<RawKinesisFirehoseRecord, 'recordId' | 'approximateArrivalTimestamp'>
  > {
  /** The base64-encoded value of the Kafka record. */
  kafkaRecordValue: string;
  /** The Amazon MSK metadata of the record. */
  mskRecordMetadata: Sample<RawKinesisFirehoseMSKRecordMetadata>;
}

/**
 * The event {@link createKinesisFirehoseEvent} returns for a stream that reads an Amazon MSK
 * topic. It fits `KinesisFirehoseEvent`'s constructor; `@types/aws-lambda` has no type for it
 * (its records carry `kafkaRecordValue` in place of `data`).
 */
export interface SampleKinesisFirehoseMSKEvent
  extends Sample<
    Omit<RawKinesisFirehoseEvent, 'records' | 'sourceKinesisStreamArn'>
  > {
  /** The ARN of the Amazon MSK cluster the records were read from. */
  sourceMSKArn: string;
  /** The records to transform. */
  records: SampleKinesisFirehoseMSKRecord[];
}

/**
 * Changes {@link createKinesisFirehoseEvent} makes to the sample event. The count, `payloads`
 * and `records` each set the number of records.
 *
 * @typeParam TPayload The type of the payloads, to check test data against the handler's.
 * @typeParam TRecord The sample record type.
 */
export interface KinesisFirehoseEventOverrides<
  TPayload = unknown,
  TRecord = SampleKinesisFirehoseRecord,
> extends BatchOverrides<TRecord> {
  /**
   * Which sample to start from: `direct-put` (the default; two records, no Kinesis metadata),
   * `kinesis` (two records read from a Kinesis data stream, with `kinesisRecordMetadata`) or
   * `msk` (two records read from an Amazon MSK topic, with `kafkaRecordValue` and
   * `mskRecordMetadata`).
   */
  readonly source?: 'direct-put' | 'kinesis' | 'msk' | undefined;
  /**
   * The payloads, one record per item: a string is sent as UTF-8 text, anything else as JSON,
   * base64-encoded as Firehose delivers data (as `kafkaRecordValue` for MSK records). Records
   * are copies of the sample's first record with numbered record IDs.
   */
  readonly payloads?: readonly (TPayload | string)[] | undefined;
  /** The base64 data to give every record (as `kafkaRecordValue` for MSK records). */
  readonly data?: string | undefined;
  /** The text to give every record as data, encoded as UTF-8 and base64. */
  readonly text?: string | undefined;
  /** The value to give every record as data, serialised as JSON and encoded as base64. */
  readonly json?: TPayload | undefined;
  /** The ARN of the Firehose stream. */
  readonly deliveryStreamArn?: string | undefined;
  /** The Region of the Firehose stream. */
  readonly region?: string | undefined;
  /** The invocation ID. */
  readonly invocationId?: string | undefined;
}

function payloadData(payload: unknown): string {
  return encodeBase64(
    typeof payload === 'string' ? payload : JSON.stringify(payload)
  );
}

/**
 * Creates a Firehose data-transformation event from the direct PUT sample, with the given
 * changes applied. The result fits the `FirehoseTransformationEvent` of `@types/aws-lambda`
 * as it is.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisFirehoseEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 */
export function createKinesisFirehoseEvent<TPayload = unknown>(
  overrides?: KinesisFirehoseEventOverrides<TPayload> & {
    readonly source?: 'direct-put' | undefined;
  }
): SampleKinesisFirehoseEvent;
/**
 * Creates a Firehose data-transformation event from the sample whose records were read from a
 * Kinesis data stream, with the given changes applied.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisFirehoseEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { KinesisFirehoseEvent } from '@evt/firehose';
 * import { createKinesisFirehoseEvent } from '@evt/firehose/testing';
 *
 * const event = new KinesisFirehoseEvent<{ id: number }>(
 *   createKinesisFirehoseEvent({ source: 'kinesis', payloads: [{ id: 7 }, { id: 8 }] })
 * );
 * ```
 */
export function createKinesisFirehoseEvent<TPayload = unknown>(
  overrides: KinesisFirehoseEventOverrides<
    TPayload,
    SampleKinesisFirehoseKinesisRecord
  > & { readonly source: 'kinesis' }
): SampleKinesisFirehoseKinesisEvent;
/**
 * Creates a Firehose data-transformation event from the sample whose records were read from an
 * Amazon MSK topic, with the given changes applied.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisFirehoseEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 */
export function createKinesisFirehoseEvent<TPayload = unknown>(
  overrides: KinesisFirehoseEventOverrides<
    TPayload,
    SampleKinesisFirehoseMSKRecord
  > & { readonly source: 'msk' }
): SampleKinesisFirehoseMSKEvent;
// @__NO_SIDE_EFFECTS__
export function createKinesisFirehoseEvent(
  overrides: KinesisFirehoseEventOverrides<
    unknown,
    Sample<RawKinesisFirehoseRecord>
  > = {}
): Sample<RawKinesisFirehoseEvent> {
  const event = structuredClone(
    overrides.source === 'kinesis'
      ? kinesisSource
      : overrides.source === 'msk'
        ? mskSource
        : directPut
  ) as Sample<RawKinesisFirehoseEvent>;
  const template = event.records[0] as Sample<RawKinesisFirehoseRecord>;
  const { payloads } = overrides;
  let data = overrides.data;
  if (overrides.text !== undefined) data = encodeBase64(overrides.text);
  if (overrides.json !== undefined) {
    data = encodeBase64(JSON.stringify(overrides.json));
  }
  const setData = (
    record: Sample<RawKinesisFirehoseRecord>,
    value: string
  ): void => {
    if (record.kafkaRecordValue === undefined) record.data = value;
    else record.kafkaRecordValue = value;
  };
  event.records = sampleRecords(event.records, overrides, {
    factory: 'createKinesisFirehoseEvent',
    lists: { payloads },
    copy: (index) => ({
      ...structuredClone(template),
      recordId: numbered(template.recordId, index),
    }),
    each: (record, index) => {
      if (payloads !== undefined) setData(record, payloadData(payloads[index]));
      if (data !== undefined) setData(record, data);
    },
  });
  if (overrides.deliveryStreamArn !== undefined) {
    event.deliveryStreamArn = overrides.deliveryStreamArn;
  }
  if (overrides.region !== undefined) event.region = overrides.region;
  if (overrides.invocationId !== undefined) {
    event.invocationId = overrides.invocationId;
  }
  return event;
}
