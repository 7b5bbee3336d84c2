import { describe, expect, it } from 'vitest';
import { SQSEvent } from '../src/index';
import { createSQSEvent } from '../src/testing';

describe('createSQSEvent', () => {
  it('builds as many records as the count asks, with numbered message IDs', () => {
    const event = new SQSEvent(createSQSEvent({ count: 3 }));

    expect(event.records.map((record) => record.messageId)).toEqual([
      '059f36b4-87a3-44ab-83d2-661975830000',
      '059f36b4-87a3-44ab-83d2-661975830001',
      '059f36b4-87a3-44ab-83d2-661975830002',
    ]);
    expect(event.records.map((record) => record.body)).toEqual([
      'Test message.',
      'Test message.',
      'Test message.',
    ]);
  });

  it('merges record changes at any depth, keeping the other attributes', () => {
    const event = new SQSEvent(
      createSQSEvent({
        count: 2,
        records: [{}, { attributes: { ApproximateReceiveCount: '5' } }],
        record: { attributes: { AWSTraceHeader: 'Root=1-5759e988' } },
      })
    );

    const [first, second] = event.records;

    expect(first?.attributes.approximateReceiveCount).toBe('1');
    expect(second?.attributes.approximateReceiveCount).toBe('5');
    expect(second?.attributes.sentTimestamp).toBe('1545082649183');
    expect(second?.attributes.awsTraceHeader).toBe('Root=1-5759e988');
  });

  it('applies the body and the queue after the bodies and before the record changes', () => {
    const raw = createSQSEvent({
      bodies: ['a', 'b'],
      body: 'every',
      queueArn: 'arn:aws:sqs:eu-west-1:111122223333:orders',
      records: [{ body: 'first' }, {}],
    });

    expect(raw.Records.map((record) => record.body)).toEqual([
      'first',
      'every',
    ]);
    expect(raw.Records[1]?.awsRegion).toBe('eu-west-1');
  });

  it('throws a TypeError when the count and the bodies disagree', () => {
    expect(() => createSQSEvent({ count: 1, bodies: ['a', 'b'] })).toThrow(
      new TypeError(
        'createSQSEvent: overrides.count asks for 1 records, overrides.bodies for 2'
      )
    );
  });
});
