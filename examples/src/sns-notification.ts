import { type RawSNSEvent, SNSEvent } from '@evt/sns';

/** The alert the monitoring service publishes to the `alerts` topic. */
interface Alert {
  service: string;
  level: 'info' | 'warning' | 'critical';
  detail: string;
}

/**
 * Reads the alert an SNS topic delivers: who published it, its subject and attributes, and the
 * JSON message typed as an `Alert`.
 */
export const handler = async (raw: RawSNSEvent) => {
  const event = new SNSEvent<Alert>(raw);
  const sns = event.record.sns;
  const attributes = Object.fromEntries(
    Object.entries(sns.messageAttributes).map(([name, attribute]) => [
      name,
      `${attribute.type}:${attribute.value}`,
    ])
  );
  return {
    subscription: event.record.eventSubscriptionArn,
    topic: sns.topicArn,
    messageId: sns.messageId,
    publishedAt: sns.timestamp,
    subject: sns.subject ?? null,
    attributes,
    service: sns.jsonMessage.service,
    level: sns.jsonMessage.level,
    detail: sns.jsonMessage.detail,
  };
};
