import fifoFixture from '../test/events/sqs-event.fifo.json';
import standardFixture from '../test/events/sqs-event.json';
import type { RawSQSEvent, RawSQSRecord } from './sqs-event';

/** What {@link createSQSEvent} can change in the sample event. */
export interface SQSEventOverrides {
  /**
   * Start from the documented FIFO queue sample (one record with `MessageGroupId`,
   * `MessageDeduplicationId` and `SequenceNumber`) instead of the standard queue sample.
   */
  readonly fifo?: boolean;
  /**
   * The bodies of the records, one record per item; a value that is not a string is
   * JSON-encoded. Records are copies of the sample's first record with numbered message IDs.
   */
  readonly bodies?: readonly unknown[];
  /** The body of every record; a value that is not a string is JSON-encoded. */
  readonly body?: unknown;
  /** The queue ARN of every record (`eventSourceARN`); also sets `awsRegion` from it. */
  readonly queueArn?: string;
  /** Fields merged into every record, applied last. */
  readonly record?: Partial<RawSQSRecord>;
}

function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * Builds an SQS event from the documented sample: a fresh deep copy each call, so tests may
 * change it freely.
 *
 * @param overrides The bodies, queue and record fields to change.
 * @returns The raw event, ready for `new SQSEvent(...)` or a handler.
 * @example
 * ```ts
 * import { SQSEvent } from '@evt/sqs';
 * import { createSQSEvent } from '@evt/sqs/testing';
 *
 * const event = new SQSEvent(createSQSEvent({ bodies: [{ orderId: '1' }] }));
 * console.log(event.records[0]?.jsonBody); // { orderId: '1' }
 * ```
 */
export function createSQSEvent(overrides: SQSEventOverrides = {}): RawSQSEvent {
  const event = structuredClone(
    (overrides.fifo ? fifoFixture : standardFixture) as RawSQSEvent
  );
  if (overrides.bodies !== undefined) {
    const template = event.Records[0] as RawSQSRecord;
    event.Records = overrides.bodies.map((body, index) => ({
      ...structuredClone(template),
      messageId: `${template.messageId.slice(0, -4)}${String(index).padStart(4, '0')}`,
      body: bodyText(body),
    }));
  }
  for (const record of event.Records) {
    if (overrides.body !== undefined) record.body = bodyText(overrides.body);
    if (overrides.queueArn !== undefined) {
      record.eventSourceARN = overrides.queueArn;
      record.awsRegion = overrides.queueArn.split(':')[3] ?? record.awsRegion;
    }
    if (overrides.record !== undefined) Object.assign(record, overrides.record);
  }
  return event;
}
