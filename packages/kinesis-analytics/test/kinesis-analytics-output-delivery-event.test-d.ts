import { describe, expectTypeOf, it } from 'vitest';
import {
  KinesisAnalyticsOutputDeliveryEvent,
  type KinesisAnalyticsOutputDeliveryEventRecord,
} from '../src/index';
import { createKinesisAnalyticsOutputDeliveryEvent } from '../src/testing';

describe('KinesisAnalyticsOutputDeliveryEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new KinesisAnalyticsOutputDeliveryEvent<{ id: string }>(
      createKinesisAnalyticsOutputDeliveryEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      KinesisAnalyticsOutputDeliveryEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
