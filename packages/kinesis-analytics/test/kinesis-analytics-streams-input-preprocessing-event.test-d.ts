import { describe, expectTypeOf, it } from 'vitest';
import {
  KinesisAnalyticsInputPreprocessingResponse,
  type KinesisAnalyticsInputPreprocessingResponseDict,
  type KinesisAnalyticsInputPreprocessingResponseRecordDict,
  type KinesisAnalyticsInputPreprocessingResult,
  type KinesisAnalyticsStreamRecordMetadata,
  KinesisAnalyticsStreamsInputPreprocessingEvent,
  type KinesisAnalyticsStreamsInputPreprocessingRecord,
  type RawKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '../src/index';
import {
  createKinesisAnalyticsStreamsInputPreprocessingEvent,
  type SampleKinesisAnalyticsStreamsInputPreprocessingEvent,
} from '../src/testing';

// @types/aws-lambda has no type for Kinesis Data Analytics events, so there is none to accept.
describe('KinesisAnalyticsStreamsInputPreprocessingEvent types', () => {
  it('takes the sample the testing factory builds', () => {
    expectTypeOf<SampleKinesisAnalyticsStreamsInputPreprocessingEvent>().toExtend<RawKinesisAnalyticsStreamsInputPreprocessingEvent>();
  });

  it('types the records and their metadata', () => {
    const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(
      createKinesisAnalyticsStreamsInputPreprocessingEvent()
    );
    const record = event
      .records[0] as KinesisAnalyticsStreamsInputPreprocessingRecord;

    expectTypeOf(event.records).toEqualTypeOf<
      KinesisAnalyticsStreamsInputPreprocessingRecord<unknown>[]
    >();
    expectTypeOf(
      record.kinesisStreamRecordMetadata
    ).toEqualTypeOf<KinesisAnalyticsStreamRecordMetadata>();
    expectTypeOf(
      record.kinesisStreamRecordMetadata.sequenceNumber
    ).toEqualTypeOf<string>();
  });

  it('builds the response Kinesis Data Analytics reads', () => {
    const record = new KinesisAnalyticsStreamsInputPreprocessingEvent(
      createKinesisAnalyticsStreamsInputPreprocessingEvent()
    ).records[0] as KinesisAnalyticsStreamsInputPreprocessingRecord;
    const answer = record.buildPreprocessingResponse(undefined, 'Dropped');
    const response = new KinesisAnalyticsInputPreprocessingResponse({
      records: [answer],
    });

    expectTypeOf(
      answer.result
    ).toEqualTypeOf<KinesisAnalyticsInputPreprocessingResult>();
    expectTypeOf(answer.data).toEqualTypeOf<string | undefined>();
    expectTypeOf(
      answer.asDict()
    ).toEqualTypeOf<KinesisAnalyticsInputPreprocessingResponseRecordDict>();
    expectTypeOf(
      response.toJSON()
    ).toExtend<KinesisAnalyticsInputPreprocessingResponseDict>();
    // @ts-expect-error: preprocessing never answers DeliveryFailed
    record.buildPreprocessingResponse(undefined, 'DeliveryFailed');
  });
});
