import { EventWrapper } from '@evt/core';
import type {
  SQSEvent as AwsSQSEvent,
  SQSMessageAttribute as AwsSQSMessageAttribute,
  SQSRecord as AwsSQSRecord,
  SQSRecordAttributes as AwsSQSRecordAttributes,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawSQSEvent,
  type RawSQSMessageAttribute,
  type RawSQSRecord,
  type RawSQSRecordAttributes,
  SQSEvent,
  type SQSMessageAttribute,
  type SQSMessageAttributes,
  type SQSRecord,
  type SQSRecordAttributes,
} from '../src/index';

interface Order {
  orderId: string;
  quantity: number;
}

class Nested extends EventWrapper<{ detail: string }> {}

declare const raw: RawSQSEvent;
declare const record: SQSRecord;
declare const orderRecord: SQSRecord<Order>;
declare const attribute: SQSMessageAttribute;

describe('SQSEvent', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<AwsSQSEvent>().toExtend<RawSQSEvent>();
    expectTypeOf<AwsSQSRecord>().toExtend<RawSQSRecord>();
    expectTypeOf<AwsSQSRecordAttributes>().toExtend<RawSQSRecordAttributes>();
    expectTypeOf<AwsSQSMessageAttribute>().toExtend<RawSQSMessageAttribute>();
  });

  it('types records with the body type', () => {
    const event = new SQSEvent<Order>(raw);

    expectTypeOf(event.records).toEqualTypeOf<readonly SQSRecord<Order>[]>();
    expectTypeOf(orderRecord.jsonBody).toEqualTypeOf<Order>();
    expectTypeOf(record.jsonBody).toBeUnknown();
  });
});

describe('SQSRecord', () => {
  it('types every getter', () => {
    expectTypeOf(record.messageId).toBeString();
    expectTypeOf(record.receiptHandle).toBeString();
    expectTypeOf(record.body).toBeString();
    expectTypeOf(record.attributes).toEqualTypeOf<SQSRecordAttributes>();
    expectTypeOf(
      record.messageAttributes
    ).toEqualTypeOf<SQSMessageAttributes>();
    expectTypeOf(record.messageAttributes.any).toEqualTypeOf<
      SQSMessageAttribute | undefined
    >();
    expectTypeOf(record.md5OfBody).toBeString();
    expectTypeOf(record.md5OfMessageAttributes).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(record.eventSource).toBeString();
    expectTypeOf(record.eventSourceArn).toBeString();
    expectTypeOf(record.awsRegion).toBeString();
    expectTypeOf(record.queueUrl).toBeString();
  });

  it('returns the nested class from decodeNested', () => {
    expectTypeOf(record.decodeNested(Nested)).toEqualTypeOf<Nested>();
  });
});

describe('SQSRecordAttributes', () => {
  it('types every getter', () => {
    const attributes = record.attributes;

    expectTypeOf(attributes.approximateReceiveCount).toBeString();
    expectTypeOf(attributes.sentTimestamp).toBeString();
    expectTypeOf(attributes.senderId).toBeString();
    expectTypeOf(attributes.approximateFirstReceiveTimestamp).toBeString();
    expectTypeOf(attributes.awsTraceHeader).toEqualTypeOf<string | undefined>();
    expectTypeOf(attributes.sequenceNumber).toEqualTypeOf<string | undefined>();
    expectTypeOf(attributes.messageGroupId).toEqualTypeOf<string | undefined>();
    expectTypeOf(attributes.messageDeduplicationId).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(attributes.deadLetterQueueSourceArn).toEqualTypeOf<
      string | undefined
    >();
  });
});

describe('SQSMessageAttribute', () => {
  it('types every getter', () => {
    expectTypeOf(attribute.stringValue).toEqualTypeOf<string | undefined>();
    expectTypeOf(attribute.binaryValue).toEqualTypeOf<string | undefined>();
    expectTypeOf(attribute.decodedBinaryValue).toEqualTypeOf<
      Uint8Array | undefined
    >();
    expectTypeOf(attribute.dataType).toBeString();
    expectTypeOf(attribute.stringListValues).toEqualTypeOf<readonly string[]>();
    expectTypeOf(attribute.binaryListValues).toEqualTypeOf<readonly string[]>();
  });
});
