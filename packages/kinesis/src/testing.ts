// Sample-event factories for @evt/kinesis, exported as `@evt/kinesis/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import { encodeBase64 } from '@evt/core';
import sample from '../test/events/kinesis-stream-event.json';
import type {
  RawKinesisStreamEvent,
  RawKinesisStreamRecord,
} from './kinesis-stream-event';

/** Changes {@link createKinesisStreamEvent} makes to the sample event. */
export interface KinesisStreamEventOverrides {
  /** The records to use instead of the sample's two. */
  readonly records?: readonly RawKinesisStreamRecord[];
  /** The base64 data to give every record. */
  readonly data?: string;
  /** The text to give every record as data, encoded as UTF-8 and base64. */
  readonly text?: string;
  /** The value to give every record as data, serialised as JSON and encoded as base64. */
  readonly json?: unknown;
  /** The partition key to give every record. */
  readonly partitionKey?: string;
  /** The stream ARN to give every record. */
  readonly eventSourceArn?: string;
  /** The Region to give every record. */
  readonly awsRegion?: string;
  /** The tumbling-window fields to add: `window`, `state`, `shardId`, and the two flags. */
  readonly tumblingWindow?: Omit<RawKinesisStreamEvent, 'Records'>;
}

/**
 * Creates a Kinesis Data Streams event: a fresh copy of the AWS documentation sample (two
 * records from `lambda-stream` in `us-east-2`), with the given changes applied to every record.
 *
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisStreamEvent(...)`.
 * @example
 * ```ts
 * import { KinesisStreamEvent } from '@evt/kinesis';
 * import { createKinesisStreamEvent } from '@evt/kinesis/testing';
 *
 * const event = new KinesisStreamEvent<{ id: number }>(
 *   createKinesisStreamEvent({ json: { id: 7 }, partitionKey: 'orders' })
 * );
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createKinesisStreamEvent(
  overrides: KinesisStreamEventOverrides = {}
): RawKinesisStreamEvent {
  const event = structuredClone(sample) as RawKinesisStreamEvent;
  if (overrides.records)
    event.Records = structuredClone([...overrides.records]);
  let data = overrides.data;
  if (overrides.text !== undefined) data = encodeBase64(overrides.text);
  if (overrides.json !== undefined) {
    data = encodeBase64(JSON.stringify(overrides.json));
  }
  for (const record of event.Records) {
    if (data !== undefined) record.kinesis.data = data;
    if (overrides.partitionKey !== undefined) {
      record.kinesis.partitionKey = overrides.partitionKey;
    }
    if (overrides.eventSourceArn !== undefined) {
      record.eventSourceARN = overrides.eventSourceArn;
    }
    if (overrides.awsRegion !== undefined) {
      record.awsRegion = overrides.awsRegion;
    }
  }
  if (overrides.tumblingWindow) {
    Object.assign(event, structuredClone(overrides.tumblingWindow));
  }
  return event;
}
