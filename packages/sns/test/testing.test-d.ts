import { eventSource } from '@evt/core';
import type { SNSEvent as AwsSNSEvent, Context, SNSHandler } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { type RawSNSEvent, SNSEvent } from '../src/index';
import { createSNSEvent, type SampleSNSEvent } from '../src/testing';

interface Alert {
  level: 'low' | 'high';
}

declare const context: Context;

describe('createSNSEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsSNSEvent = createSNSEvent({ count: 2, subject: null });
    const raw: RawSNSEvent = createSNSEvent();

    expectTypeOf(createSNSEvent()).toEqualTypeOf<SampleSNSEvent>();
    expectTypeOf(event).toEqualTypeOf<AwsSNSEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawSNSEvent>();
  });

  it('feeds an SNSHandler written with eventSource', () => {
    const handler: SNSHandler = eventSource(
      SNSEvent<Alert>,
      async (event, lambdaContext) => {
        expectTypeOf(event.record.sns.jsonMessage).toEqualTypeOf<Alert>();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createSNSEvent<Alert>({ messages: [{ level: 'high' }] }),
      context,
      () => undefined
    );
  });

  it('takes record changes at any depth', () => {
    createSNSEvent({
      record: {
        Sns: { MessageAttributes: { a: { Type: 'String', Value: '1' } } },
      },
      sns: { Subject: 'hi' },
    });
    // @ts-expect-error: the subject is a string
    createSNSEvent({ record: { Sns: { Subject: 1 } } });
  });

  it('checks messages against the message type', () => {
    // @ts-expect-error: 'medium' is no level
    createSNSEvent<Alert>({ messages: [{ level: 'medium' }] });
  });
});
