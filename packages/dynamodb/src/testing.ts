// Sample-event factories for @evt/dynamodb, exported as `@evt/dynamodb/testing`. Each factory
// (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from `test/events/`.
import sample from '../test/events/dynamodb-stream-event.json';
import type { RawDynamoDBImage } from './attribute-value';
import type {
  DynamoDBRecordEventName,
  DynamoDBUserIdentity,
  RawDynamoDBRecord,
  RawDynamoDBStreamEvent,
  StreamViewType,
} from './dynamodb-stream-event';

/** Changes to one record of {@link createDynamoDBStreamEvent}. */
export interface DynamoDBRecordOverrides {
  /** The kind of change; picks the sample record to start from. Defaults to `INSERT`. */
  readonly eventName?: DynamoDBRecordEventName;
  /** The key attributes, in DynamoDB JSON (`dynamodb.Keys`). */
  readonly keys?: RawDynamoDBImage;
  /** The item after the change, in DynamoDB JSON; `null` removes it (`dynamodb.NewImage`). */
  readonly newImage?: RawDynamoDBImage | null;
  /** The item before the change, in DynamoDB JSON; `null` removes it (`dynamodb.OldImage`). */
  readonly oldImage?: RawDynamoDBImage | null;
  /** What the stream writes about a changed item (`dynamodb.StreamViewType`). */
  readonly streamViewType?: StreamViewType;
  /** The sequence number of the record (`dynamodb.SequenceNumber`). */
  readonly sequenceNumber?: string;
  /** The creation time, in seconds since the Unix epoch (`dynamodb.ApproximateCreationDateTime`). */
  readonly approximateCreationDateTime?: number;
  /** The ARN of the stream (`eventSourceARN`). */
  readonly eventSourceArn?: string;
  /** The Region the change was read in (`awsRegion`). */
  readonly awsRegion?: string;
  /** The identity that made the change, e.g. Time to Live's (`userIdentity`). */
  readonly userIdentity?: DynamoDBUserIdentity;
}

/** Changes to the sample event of {@link createDynamoDBStreamEvent}. */
export interface DynamoDBStreamEventOverrides {
  /**
   * The records to build, each from the sample record with the same `eventName` and the given
   * changes. Without it, the event holds the three sample records (INSERT, MODIFY, REMOVE).
   */
  readonly records?: readonly DynamoDBRecordOverrides[];
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function buildRecord(
  template: RawDynamoDBRecord,
  overrides: DynamoDBRecordOverrides
): RawDynamoDBRecord {
  const stream: Record<string, unknown> = { ...template.dynamodb };
  const record: Record<string, unknown> = { ...template, dynamodb: stream };
  const set = (
    target: Record<string, unknown>,
    key: string,
    value: unknown
  ): void => {
    if (value === null) delete target[key];
    else if (value !== undefined) target[key] = copy(value);
  };
  set(stream, 'Keys', overrides.keys);
  set(stream, 'NewImage', overrides.newImage);
  set(stream, 'OldImage', overrides.oldImage);
  set(stream, 'StreamViewType', overrides.streamViewType);
  set(stream, 'SequenceNumber', overrides.sequenceNumber);
  set(
    stream,
    'ApproximateCreationDateTime',
    overrides.approximateCreationDateTime
  );
  set(record, 'eventSourceARN', overrides.eventSourceArn);
  set(record, 'awsRegion', overrides.awsRegion);
  set(record, 'userIdentity', overrides.userIdentity);
  return record as RawDynamoDBRecord;
}

/**
 * Builds a DynamoDB stream event from the AWS documentation sample: three records of one
 * item (`Id` 101) being inserted, modified and removed. Each call returns a fresh copy.
 *
 * @param overrides The records to build instead of the three sample records.
 * @returns The raw event.
 * @example
 * ```ts
 * import { DynamoDBStreamEvent } from '@evt/dynamodb';
 * import { createDynamoDBStreamEvent } from '@evt/dynamodb/testing';
 *
 * const raw = createDynamoDBStreamEvent({
 *   records: [
 *     { eventName: 'INSERT', keys: { id: { S: 'order-1' } }, newImage: { id: { S: 'order-1' } } },
 *   ],
 * });
 * console.log(new DynamoDBStreamEvent(raw).records[0]?.dynamodb?.keys);
 * ```
 */
export function createDynamoDBStreamEvent(
  overrides: DynamoDBStreamEventOverrides = {}
): RawDynamoDBStreamEvent {
  const event = copy(sample) as RawDynamoDBStreamEvent;
  if (!overrides.records) return event;
  const templates = event.Records;
  return {
    ...event,
    Records: overrides.records.map((record) =>
      buildRecord(
        copy(
          templates.find(
            (template) => template.eventName === (record.eventName ?? 'INSERT')
          ) ?? (templates[0] as RawDynamoDBRecord)
        ),
        record
      )
    ),
  };
}
