import { eventSource } from '@evt/core';
import type { SESEvent as AwsSESEvent, Context, SESHandler } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import { type RawSESEvent, SESEvent } from '../src/index';
import { createSESEvent, type SampleSESEvent } from '../src/testing';

declare const context: Context;

describe('createSESEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor without a cast', () => {
    const event: AwsSESEvent = createSESEvent({
      count: 2,
      action: { type: 'S3', bucketName: 'mail', objectKey: 'k' },
    });
    const raw: RawSESEvent = createSESEvent();

    expectTypeOf(createSESEvent()).toEqualTypeOf<SampleSESEvent>();
    expectTypeOf(event).toEqualTypeOf<AwsSESEvent>();
    expectTypeOf(raw).toEqualTypeOf<RawSESEvent>();
  });

  it('feeds an SESHandler written with eventSource', () => {
    const handler: SESHandler = eventSource(
      SESEvent,
      async (event, lambdaContext) => {
        expectTypeOf(event.mail.source).toBeString();
        expectTypeOf(lambdaContext).toEqualTypeOf<Context>();
      }
    );

    expectTypeOf(handler).toBeCallableWith(
      createSESEvent(),
      context,
      () => undefined
    );
  });

  it('takes record changes at any depth and checks actions', () => {
    createSESEvent({
      records: [{ ses: { mail: { commonHeaders: { subject: 'Invoice 1' } } } }],
    });
    createSESEvent({
      // @ts-expect-error: the verdict is one SES documents
      record: { ses: { receipt: { spamVerdict: { status: 'OK' } } } },
    });
    // @ts-expect-error: an S3 action names its bucket and key
    createSESEvent({ action: { type: 'S3' } });
  });
});
