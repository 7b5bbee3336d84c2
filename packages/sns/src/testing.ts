import { dnsSuffixOf } from '@evt/core';
import {
  type BatchOverrides,
  type DeepPartial,
  type Filled,
  mergeDeep,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import fixture from '../test/events/sns-event.json';
import type {
  RawSNSEventRecord,
  RawSNSMessage,
  RawSNSMessageAttribute,
} from './sns-event';

/** The notification of a record as {@link createSNSEvent} builds it. */
export interface SampleSNSMessage
  extends Sample<
      Omit<
        RawSNSMessage,
        | 'SignatureVersion'
        | 'Signature'
        | 'SigningCertUrl'
        | 'UnsubscribeUrl'
        | 'MessageAttributes'
        | 'Subject'
      >
    >,
    Filled<
      Pick<
        RawSNSMessage,
        | 'SignatureVersion'
        | 'Signature'
        | 'SigningCertUrl'
        | 'UnsubscribeUrl'
        | 'MessageAttributes'
      >
    > {
  /** The subject, absent for a message published without one. */
  Subject?: string;
}

/** One record as {@link createSNSEvent} builds it. */
export interface SampleSNSEventRecord
  extends Sample<Omit<RawSNSEventRecord, 'Sns'>> {
  /** The notification. */
  Sns: SampleSNSMessage;
}

/**
 * The SNS event {@link createSNSEvent} returns: a fresh copy that fits both `SNSEvent`'s
 * constructor and the `SNSEvent` of `@types/aws-lambda`.
 */
export interface SampleSNSEvent {
  /** The records of the event, one notification each. */
  Records: SampleSNSEventRecord[];
}

/**
 * What {@link createSNSEvent} can change in the sample event. The count, `messages` and
 * `records` each set the number of records.
 *
 * @typeParam TMessage The type of the messages, to check test data against the handler's.
 */
export interface SNSEventOverrides<TMessage = unknown>
  extends BatchOverrides<SampleSNSEventRecord> {
  /**
   * The messages, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample record with numbered message IDs.
   */
  readonly messages?: readonly (TMessage | string)[] | undefined;
  /** The message of every record; a value that is not a string is JSON-encoded. */
  readonly message?: TMessage | string | undefined;
  /** The subject; `null` leaves it out, as for a message published without one. */
  readonly subject?: string | null | undefined;
  /** The topic ARN; the subscription ARN and unsubscribe URL follow it. */
  readonly topicArn?: string | undefined;
  /** The message attributes, by name, replacing the sample's. */
  readonly messageAttributes?:
    | Readonly<Record<string, RawSNSMessageAttribute>>
    | undefined;
  /** Changes merged into the notification (`Sns`) of every record, before `records` and `record`. */
  readonly sns?: DeepPartial<SampleSNSMessage> | undefined;
}

function messageText(message: unknown): string {
  return typeof message === 'string' ? message : JSON.stringify(message);
}

/**
 * Builds an SNS event from the documented sample: a fresh deep copy each call, so tests may
 * change it freely. The result fits the `SNSEvent` of `@types/aws-lambda` (and so an
 * `SNSHandler`) as it is.
 *
 * @typeParam TMessage The type of the messages.
 * @param overrides The number of records, messages, subject, topic, attributes and record
 *   fields to change.
 * @returns The raw event, ready for `new SNSEvent(...)` or a handler.
 * @throws {TypeError} when `count`, `messages` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { SNSEvent } from '@evt/sns';
 * import { createSNSEvent } from '@evt/sns/testing';
 *
 * const event = new SNSEvent(createSNSEvent({ message: { level: 'high' } }));
 * console.log(event.record.sns.jsonMessage); // { level: 'high' }
 * ```
 */
export function createSNSEvent<TMessage = unknown>(
  overrides: SNSEventOverrides<TMessage> = {}
): SampleSNSEvent {
  const event = structuredClone(fixture as SampleSNSEvent);
  const template = event.Records[0] as SampleSNSEventRecord;
  const { messages, message, subject, topicArn, messageAttributes } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createSNSEvent',
    lists: { messages },
    copy: (index) => {
      const record = structuredClone(template);
      record.Sns.MessageId = numbered(record.Sns.MessageId, index);
      return record;
    },
    each: (record, index) => {
      const sns = record.Sns;
      if (messages !== undefined) sns.Message = messageText(messages[index]);
      if (message !== undefined) sns.Message = messageText(message);
      if (subject === null) delete sns.Subject;
      else if (subject !== undefined) sns.Subject = subject;
      if (topicArn !== undefined) {
        const subscriptionId = record.EventSubscriptionArn.split(':').pop();
        record.EventSubscriptionArn = `${topicArn}:${subscriptionId}`;
        sns.TopicArn = topicArn;
        const [, partition = 'aws', , region = ''] = topicArn.split(':');
        sns.UnsubscribeUrl = `https://sns.${region}.${dnsSuffixOf(partition, region)}/?Action=Unsubscribe&SubscriptionArn=${record.EventSubscriptionArn}`;
      }
      if (messageAttributes !== undefined) {
        sns.MessageAttributes = structuredClone({ ...messageAttributes });
      }
      mergeDeep(sns, overrides.sns);
    },
  });
  return event;
}
