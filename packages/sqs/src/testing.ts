import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import fifoFixture from '../test/events/sqs-event.fifo.json';
import standardFixture from '../test/events/sqs-event.json';
import type {
  RawSQSMessageAttribute,
  RawSQSRecord,
  RawSQSRecordAttributes,
} from './sqs-event';

/** One user-defined message attribute as {@link createSQSEvent} builds it. */
export interface SampleSQSMessageAttribute
  extends Pick<RawSQSMessageAttribute, 'dataType'> {
  /** The value of a `String` or `Number` attribute. */
  stringValue?: string;
  /** The base64-encoded value of a `Binary` attribute. */
  binaryValue?: string;
  /** A list of string values (reserved by AWS; sent empty). */
  stringListValues?: string[];
  /** A list of base64-encoded binary values (reserved by AWS; sent empty). */
  binaryListValues?: string[];
}

/** One message as {@link createSQSEvent} builds it: every field SQS always sends is set. */
export interface SampleSQSRecord
  extends Sample<
    Omit<RawSQSRecord, 'messageAttributes' | 'md5OfMessageAttributes'>
  > {
  /** The system attributes of the message. */
  attributes: Sample<RawSQSRecordAttributes>;
  /** The user-defined message attributes, by name. */
  messageAttributes: Record<string, SampleSQSMessageAttribute>;
  /** The MD5 digest of the message attributes, when there are any. */
  md5OfMessageAttributes?: string;
}

/**
 * The SQS event {@link createSQSEvent} returns: a fresh copy that fits both `SQSEvent`'s
 * constructor and the `SQSEvent` of `@types/aws-lambda`.
 */
export interface SampleSQSEvent {
  /** The messages of the batch. */
  Records: SampleSQSRecord[];
}

/**
 * What {@link createSQSEvent} can change in the sample event. The count, `bodies` and
 * `records` each set the number of messages.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface SQSEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleSQSRecord> {
  /**
   * Start from the documented FIFO queue sample (one record with `MessageGroupId`,
   * `MessageDeduplicationId` and `SequenceNumber`) instead of the standard queue sample.
   */
  readonly fifo?: boolean | undefined;
  /**
   * The bodies of the records, one record per item; a value that is not a string is
   * JSON-encoded. Records are copies of the sample's first record with numbered message IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
  /** The body of every record; a value that is not a string is JSON-encoded. */
  readonly body?: TBody | string | undefined;
  /** The queue ARN of every record (`eventSourceARN`); also sets `awsRegion` from it. */
  readonly queueArn?: string | undefined;
}

function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * Builds an SQS event from the documented sample: a fresh deep copy each call, so tests may
 * change it freely. The result fits the `SQSEvent` of `@types/aws-lambda` (and so an
 * `SQSHandler`) as it is.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of messages, their bodies, the queue and record fields to change.
 * @returns The raw event, ready for `new SQSEvent(...)` or a handler.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * messages.
 * @example
 * ```ts
 * import { SQSEvent } from '@evt/sqs';
 * import { createSQSEvent } from '@evt/sqs/testing';
 *
 * interface Order {
 *   orderId: string;
 * }
 *
 * const raw = createSQSEvent<Order>({
 *   bodies: [{ orderId: '1' }, { orderId: '2' }],
 *   record: { attributes: { ApproximateReceiveCount: '3' } },
 * });
 * const event = new SQSEvent<Order>(raw);
 * console.log(event.records[1]?.jsonBody.orderId); // '2'
 * ```
 */
export function createSQSEvent<TBody = unknown>(
  overrides: SQSEventOverrides<TBody> = {}
): SampleSQSEvent {
  const event = structuredClone(
    (overrides.fifo ? fifoFixture : standardFixture) as SampleSQSEvent
  );
  const template = event.Records[0] as SampleSQSRecord;
  const { bodies, body, queueArn } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createSQSEvent',
    lists: { bodies },
    copy: (index) => ({
      ...structuredClone(template),
      messageId: numbered(template.messageId, index),
    }),
    each: (record, index) => {
      if (bodies !== undefined) record.body = bodyText(bodies[index]);
      if (body !== undefined) record.body = bodyText(body);
      if (queueArn !== undefined) {
        record.eventSourceARN = queueArn;
        record.awsRegion = queueArn.split(':')[3] ?? record.awsRegion;
      }
    },
  });
  return event;
}
