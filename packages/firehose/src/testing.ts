// Sample-event factories for @evt/firehose, exported as `@evt/firehose/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { encodeBase64 } from '@evt/core';
import directPut from '../test/events/kinesis-firehose-event.json';
import kinesisSource from '../test/events/kinesis-firehose-event.kinesis-source.json';
import mskSource from '../test/events/kinesis-firehose-event.msk-source.json';
import type {
  RawKinesisFirehoseEvent,
  RawKinesisFirehoseRecord,
} from './kinesis-firehose-event';

/** Changes {@link createKinesisFirehoseEvent} makes to the sample event. */
export interface KinesisFirehoseEventOverrides {
  /**
   * Which sample to start from: `direct-put` (the default; two records, no Kinesis metadata),
   * `kinesis` (two records read from a Kinesis data stream, with `kinesisRecordMetadata`) or
   * `msk` (two records read from an Amazon MSK topic, with `kafkaRecordValue` and
   * `mskRecordMetadata`).
   */
  readonly source?: 'direct-put' | 'kinesis' | 'msk';
  /** The records to use instead of the sample's. */
  readonly records?: readonly RawKinesisFirehoseRecord[];
  /** The base64 data to give every record (as `kafkaRecordValue` for MSK records). */
  readonly data?: string;
  /** The text to give every record as data, encoded as UTF-8 and base64. */
  readonly text?: string;
  /** The value to give every record as data, serialised as JSON and encoded as base64. */
  readonly json?: unknown;
  /** The ARN of the Firehose stream. */
  readonly deliveryStreamArn?: string;
  /** The Region of the Firehose stream. */
  readonly region?: string;
  /** The invocation ID. */
  readonly invocationId?: string;
}

/**
 * Creates a Firehose data-transformation event: a fresh copy of a documentation sample, with
 * the given changes applied.
 *
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisFirehoseEvent(...)`.
 * @example
 * ```ts
 * import { KinesisFirehoseEvent } from '@evt/firehose';
 * import { createKinesisFirehoseEvent } from '@evt/firehose/testing';
 *
 * const event = new KinesisFirehoseEvent<{ id: number }>(
 *   createKinesisFirehoseEvent({ source: 'kinesis', json: { id: 7 } })
 * );
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createKinesisFirehoseEvent(
  overrides: KinesisFirehoseEventOverrides = {}
): RawKinesisFirehoseEvent {
  const event = structuredClone(
    overrides.source === 'kinesis'
      ? kinesisSource
      : overrides.source === 'msk'
        ? mskSource
        : directPut
  ) as RawKinesisFirehoseEvent;
  if (overrides.records)
    event.records = structuredClone([...overrides.records]);
  let data = overrides.data;
  if (overrides.text !== undefined) data = encodeBase64(overrides.text);
  if (overrides.json !== undefined) {
    data = encodeBase64(JSON.stringify(overrides.json));
  }
  if (data !== undefined) {
    for (const record of event.records) {
      if (record.kafkaRecordValue === undefined) record.data = data;
      else record.kafkaRecordValue = data;
    }
  }
  if (overrides.deliveryStreamArn !== undefined) {
    event.deliveryStreamArn = overrides.deliveryStreamArn;
  }
  if (overrides.region !== undefined) event.region = overrides.region;
  if (overrides.invocationId !== undefined) {
    event.invocationId = overrides.invocationId;
  }
  return event;
}
