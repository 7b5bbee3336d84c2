import { dnsSuffixOf } from '@evt/core';
import fixture from '../test/events/sns-event.json';
import type {
  RawSNSEvent,
  RawSNSMessage,
  RawSNSMessageAttribute,
} from './sns-event';

/** What {@link createSNSEvent} can change in the sample event. */
export interface SNSEventOverrides {
  /** The message; a value that is not a string is JSON-encoded. */
  readonly message?: unknown;
  /** The subject; `null` for a message published without one. */
  readonly subject?: string | null;
  /** The topic ARN; the subscription ARN and unsubscribe URL follow it. */
  readonly topicArn?: string;
  /** The message attributes, by name. */
  readonly messageAttributes?: Record<string, RawSNSMessageAttribute>;
  /** Fields merged into the notification (`Sns`), applied last. */
  readonly sns?: Partial<RawSNSMessage>;
}

/**
 * Builds an SNS event from the documented sample: a fresh deep copy each call, so tests may
 * change it freely.
 *
 * @param overrides The message, subject, topic and attributes to change.
 * @returns The raw event, ready for `new SNSEvent(...)` or a handler.
 * @example
 * ```ts
 * import { SNSEvent } from '@evt/sns';
 * import { createSNSEvent } from '@evt/sns/testing';
 *
 * const event = new SNSEvent(createSNSEvent({ message: { level: 'high' } }));
 * console.log(event.record.sns.jsonMessage); // { level: 'high' }
 * ```
 */
export function createSNSEvent(overrides: SNSEventOverrides = {}): RawSNSEvent {
  const event = structuredClone(fixture as RawSNSEvent);
  for (const record of event.Records) {
    const sns = record.Sns;
    if (overrides.message !== undefined) {
      sns.Message =
        typeof overrides.message === 'string'
          ? overrides.message
          : JSON.stringify(overrides.message);
    }
    if (overrides.subject !== undefined) sns.Subject = overrides.subject;
    if (overrides.topicArn !== undefined) {
      const subscriptionId = record.EventSubscriptionArn.split(':').pop();
      record.EventSubscriptionArn = `${overrides.topicArn}:${subscriptionId}`;
      sns.TopicArn = overrides.topicArn;
      const [, partition = 'aws', , region = ''] =
        overrides.topicArn.split(':');
      sns.UnsubscribeUrl = `https://sns.${region}.${dnsSuffixOf(partition, region)}/?Action=Unsubscribe&SubscriptionArn=${record.EventSubscriptionArn}`;
    }
    if (overrides.messageAttributes !== undefined) {
      sns.MessageAttributes = structuredClone(overrides.messageAttributes);
    }
    if (overrides.sns !== undefined) Object.assign(sns, overrides.sns);
  }
  return event;
}
