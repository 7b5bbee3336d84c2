// Sample-event factories for @evt/kinesis, exported as `@evt/kinesis/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { encodeBase64 } from '@evt/core';
import {
  type BatchOverrides,
  type DeepPartial,
  mergeDeep,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/kinesis-stream-event.json';
import type {
  RawKinesisStreamEvent,
  RawKinesisStreamRecord,
} from './kinesis-stream-event';

/** One record as {@link createKinesisStreamEvent} builds it. */
export interface SampleKinesisStreamRecord
  extends Sample<RawKinesisStreamRecord> {}

/**
 * The Kinesis event {@link createKinesisStreamEvent} returns: a fresh copy that fits both
 * `KinesisStreamEvent`'s constructor and the `KinesisStreamEvent` of `@types/aws-lambda`.
 */
export interface SampleKinesisStreamEvent
  extends Sample<Omit<RawKinesisStreamEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleKinesisStreamRecord[];
}

/**
 * Changes {@link createKinesisStreamEvent} makes to the sample event. The count, `payloads`
 * and `records` each set the number of records.
 *
 * @typeParam TPayload The type of the payloads, to check test data against the handler's.
 */
export interface KinesisStreamEventOverrides<TPayload = unknown>
  extends BatchOverrides<SampleKinesisStreamRecord> {
  /**
   * The payloads, one record per item: a string is sent as UTF-8 text, anything else as JSON,
   * base64-encoded as Kinesis delivers data. Records are copies of the sample's first record
   * with numbered sequence numbers and event IDs.
   */
  readonly payloads?: readonly (TPayload | string)[] | undefined;
  /** The base64 data to give every record. */
  readonly data?: string | undefined;
  /** The text to give every record as data, encoded as UTF-8 and base64. */
  readonly text?: string | undefined;
  /** The value to give every record as data, serialised as JSON and encoded as base64. */
  readonly json?: TPayload | undefined;
  /** The partition key to give every record. */
  readonly partitionKey?: string | undefined;
  /** The stream ARN to give every record. */
  readonly eventSourceArn?: string | undefined;
  /** The Region to give every record. */
  readonly awsRegion?: string | undefined;
  /** The tumbling-window fields to add: `window`, `state`, `shardId`, and the two flags. */
  readonly tumblingWindow?:
    | DeepPartial<Omit<SampleKinesisStreamEvent, 'Records'>>
    | undefined;
}

function payloadData(payload: unknown): string {
  return encodeBase64(
    typeof payload === 'string' ? payload : JSON.stringify(payload)
  );
}

/**
 * Creates a Kinesis Data Streams event: a fresh copy of the AWS documentation sample (two
 * records from `lambda-stream` in `us-east-2`), or as many records as asked for, with the given
 * changes applied to every record. The result fits the `KinesisStreamEvent` of
 * `@types/aws-lambda` (and so a `KinesisStreamHandler`) as it is.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisStreamEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { KinesisStreamEvent } from '@evt/kinesis';
 * import { createKinesisStreamEvent } from '@evt/kinesis/testing';
 *
 * const event = new KinesisStreamEvent<{ id: number }>(
 *   createKinesisStreamEvent({ payloads: [{ id: 7 }, { id: 8 }], partitionKey: 'orders' })
 * );
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createKinesisStreamEvent<TPayload = unknown>(
  overrides: KinesisStreamEventOverrides<TPayload> = {}
): SampleKinesisStreamEvent {
  const event = structuredClone(sample) as SampleKinesisStreamEvent;
  const template = event.Records[0] as SampleKinesisStreamRecord;
  const { payloads, partitionKey, eventSourceArn, awsRegion } = overrides;
  let data = overrides.data;
  if (overrides.text !== undefined) data = encodeBase64(overrides.text);
  if (overrides.json !== undefined) {
    data = encodeBase64(JSON.stringify(overrides.json));
  }
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createKinesisStreamEvent',
    lists: { payloads },
    copy: (index) => {
      const record = structuredClone(template);
      record.kinesis.sequenceNumber = numbered(
        record.kinesis.sequenceNumber,
        index
      );
      record.eventID = `${record.eventID.split(':')[0]}:${record.kinesis.sequenceNumber}`;
      return record;
    },
    each: (record, index) => {
      if (payloads !== undefined) {
        record.kinesis.data = payloadData(payloads[index]);
      }
      if (data !== undefined) record.kinesis.data = data;
      if (partitionKey !== undefined)
        record.kinesis.partitionKey = partitionKey;
      if (eventSourceArn !== undefined) record.eventSourceARN = eventSourceArn;
      if (awsRegion !== undefined) record.awsRegion = awsRegion;
    },
  });
  return mergeDeep(event, overrides.tumblingWindow);
}
