import { describe, expectTypeOf, it } from 'vitest';
import {
  KinesisAnalyticsFirehoseInputPreprocessingEvent,
  type KinesisAnalyticsFirehoseInputPreprocessingRecord,
  type KinesisAnalyticsFirehoseRecordMetadata,
  type KinesisAnalyticsInputPreprocessingResponseRecord,
  type RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
} from '../src/index';
import {
  createKinesisAnalyticsFirehoseInputPreprocessingEvent,
  type SampleKinesisAnalyticsFirehoseInputPreprocessingEvent,
} from '../src/testing';

// @types/aws-lambda has no type for Kinesis Data Analytics events, so there is none to accept.
describe('KinesisAnalyticsFirehoseInputPreprocessingEvent types', () => {
  it('takes the sample the testing factory builds', () => {
    expectTypeOf<SampleKinesisAnalyticsFirehoseInputPreprocessingEvent>().toExtend<RawKinesisAnalyticsFirehoseInputPreprocessingEvent>();
  });

  it('types the getters and carries the payload type', () => {
    const event = new KinesisAnalyticsFirehoseInputPreprocessingEvent<{
      price: number;
    }>(createKinesisAnalyticsFirehoseInputPreprocessingEvent());
    const record = event
      .records[0] as KinesisAnalyticsFirehoseInputPreprocessingRecord<{
      price: number;
    }>;

    expectTypeOf(event.streamArn).toEqualTypeOf<string>();
    expectTypeOf(record.dataAsJson).toEqualTypeOf<{ price: number }>();
    expectTypeOf(
      record.kinesisFirehoseRecordMetadata
    ).toEqualTypeOf<KinesisAnalyticsFirehoseRecordMetadata>();
    expectTypeOf(
      record.kinesisFirehoseRecordMetadata.approximateArrivalTimestamp
    ).toEqualTypeOf<number>();
    expectTypeOf(
      record.buildPreprocessingResponse()
    ).toEqualTypeOf<KinesisAnalyticsInputPreprocessingResponseRecord>();
  });
});
