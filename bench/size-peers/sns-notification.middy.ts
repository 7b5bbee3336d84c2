// The SNS example written with Middy and its event normalizer, for the size comparison: the
// normalizer parses the JSON message in place.
import middy from '@middy/core';
import eventNormalizer from '@middy/event-normalizer';
import type { SNSEvent } from 'aws-lambda';

interface Alert {
  service: string;
  level: 'info' | 'warning' | 'critical';
  detail: string;
}

export const handler = middy<SNSEvent>()
  .use(eventNormalizer())
  .handler(async (event) => {
    const record = event.Records[0];
    if (!record) throw new Error('no record');
    const sns = record.Sns;
    const message = sns.Message as unknown as Alert;
    const attributes = Object.fromEntries(
      Object.entries(sns.MessageAttributes ?? {}).map(([name, attribute]) => [
        name,
        `${attribute.Type}:${attribute.Value}`,
      ])
    );
    return {
      subscription: record.EventSubscriptionArn,
      topic: sns.TopicArn,
      messageId: sns.MessageId,
      publishedAt: sns.Timestamp,
      subject: sns.Subject ?? null,
      attributes,
      service: message.service,
      level: message.level,
      detail: message.detail,
    };
  });
