import { type EventOptions, EventWrapper } from '@evt/core';
import type {
  SNSEvent as AwsSNSEvent,
  SNSEventRecord as AwsSNSEventRecord,
  SNSMessage as AwsSNSMessage,
  SNSMessageAttribute as AwsSNSMessageAttribute,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawSNSEvent,
  type RawSNSEventRecord,
  type RawSNSMessage,
  type RawSNSMessageAttribute,
  SNSEvent,
  type SNSEventRecord,
  SNSMessage,
  type SNSMessageAttribute,
} from '../src/index';

interface Alert {
  level: 'low' | 'high';
}

class Nested extends EventWrapper<{ detail: string }> {}

declare const raw: RawSNSEvent;
declare const attribute: SNSMessageAttribute;

describe('SNSEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsSNSEvent>().toExtend<RawSNSEvent>();
    expectTypeOf<AwsSNSEventRecord>().toExtend<RawSNSEventRecord>();
    expectTypeOf<AwsSNSMessage>().toExtend<RawSNSMessage>();
    expectTypeOf<AwsSNSMessageAttribute>().toExtend<RawSNSMessageAttribute>();
  });

  it('types records and the message with the message type', () => {
    const event = new SNSEvent<Alert>(raw);

    expectTypeOf(event.records).toEqualTypeOf<
      readonly SNSEventRecord<Alert>[]
    >();
    expectTypeOf(event.record).toEqualTypeOf<SNSEventRecord<Alert>>();
    expectTypeOf(event.record.sns).toEqualTypeOf<SNSMessage<Alert>>();
    expectTypeOf(event.record.sns.jsonMessage).toEqualTypeOf<Alert>();
    expectTypeOf(new SNSEvent(raw).record.sns.jsonMessage).toBeUnknown();
    expectTypeOf(event.snsMessage).toBeString();
  });
});

describe('SNSEventRecord', () => {
  it('types every getter', () => {
    const record = new SNSEvent(raw).record;

    expectTypeOf(record.eventVersion).toBeString();
    expectTypeOf(record.eventSubscriptionArn).toBeString();
    expectTypeOf(record.eventSource).toBeString();
  });
});

describe('SNSMessage', () => {
  it('types every getter', () => {
    const sns = new SNSEvent(raw).record.sns;

    expectTypeOf(sns.signatureVersion).toEqualTypeOf<string | undefined>();
    expectTypeOf(sns.timestamp).toBeString();
    expectTypeOf(sns.signature).toEqualTypeOf<string | undefined>();
    expectTypeOf(sns.signingCertUrl).toEqualTypeOf<string | undefined>();
    expectTypeOf(sns.messageId).toBeString();
    expectTypeOf(sns.message).toBeString();
    expectTypeOf(sns.messageAttributes).toEqualTypeOf<
      Readonly<Record<string, SNSMessageAttribute>>
    >();
    expectTypeOf(sns.type).toBeString();
    expectTypeOf(sns.unsubscribeUrl).toBeString();
    expectTypeOf(sns.topicArn).toBeString();
    expectTypeOf(sns.subject).toEqualTypeOf<string | undefined>();
  });

  it('returns the nested class from decodeNested', () => {
    const sns = new SNSEvent(raw).record.sns;

    expectTypeOf(sns.decodeNested(Nested)).toEqualTypeOf<Nested>();
  });

  it('accepts the SNS envelope of an SQS delivery', () => {
    expectTypeOf(SNSMessage).constructorParameters.toEqualTypeOf<
      [raw: RawSNSMessage, options?: EventOptions]
    >();
  });
});

describe('SNSMessageAttribute', () => {
  it('types every getter', () => {
    expectTypeOf(attribute.type).toBeString();
    expectTypeOf(attribute.value).toBeString();
  });
});
