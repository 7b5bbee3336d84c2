import { describe, expect, it } from 'vitest';
import { SNSEvent } from '../src/index';
import { createSNSEvent } from '../src/testing';

describe('createSNSEvent', () => {
  it('builds one record per message, with numbered message IDs', () => {
    const event = new SNSEvent(
      createSNSEvent({ messages: [{ level: 'high' }, 'plain'] })
    );

    expect(event.records.map((record) => record.sns.message)).toEqual([
      '{"level":"high"}',
      'plain',
    ]);
    expect(event.records.map((record) => record.sns.messageId)).toEqual([
      '95df01b4-ee98-5cb9-9903-4c221d410000',
      '95df01b4-ee98-5cb9-9903-4c221d410001',
    ]);
  });

  it('builds as many records as the count asks', () => {
    expect(createSNSEvent({ count: 3 }).Records).toHaveLength(3);
  });

  it('merges record changes at any depth', () => {
    const event = new SNSEvent(
      createSNSEvent({
        records: [{ Sns: { Type: 'SubscriptionConfirmation' } }],
        record: { EventVersion: '2.0' },
      })
    );

    expect(event.record.sns.type).toBe('SubscriptionConfirmation');
    expect(event.record.sns.topicArn).toBe(
      'arn:aws:sns:us-east-1:123456789012:sns-lambda'
    );
    expect(event.record.eventVersion).toBe('2.0');
  });

  it('leaves the subject out for null', () => {
    const raw = createSNSEvent({ subject: null });

    expect(Object.hasOwn(raw.Records[0]?.Sns ?? {}, 'Subject')).toBe(false);
  });
});
