import { describe, expectTypeOf, it } from 'vitest';
import {
  type KinesisAnalyticsLambdaDeliveryRecordMetadata,
  KinesisAnalyticsOutputDeliveryEvent,
  type KinesisAnalyticsOutputDeliveryRecord,
  KinesisAnalyticsOutputDeliveryResponse,
  type KinesisAnalyticsOutputDeliveryResponseDict,
  type KinesisAnalyticsOutputDeliveryResponseRecord,
  type KinesisAnalyticsOutputDeliveryResponseRecordDict,
  type KinesisAnalyticsOutputDeliveryResult,
  type RawKinesisAnalyticsOutputDeliveryEvent,
} from '../src/index';
import {
  createKinesisAnalyticsOutputDeliveryEvent,
  type SampleKinesisAnalyticsOutputDeliveryEvent,
} from '../src/testing';

interface Row {
  TICKER_SYMBOL: string;
  AVG_PRICE: number;
}

// @types/aws-lambda has no type for Kinesis Data Analytics events, so there is none to accept.
describe('KinesisAnalyticsOutputDeliveryEvent types', () => {
  it('takes the sample the testing factory builds', () => {
    expectTypeOf<SampleKinesisAnalyticsOutputDeliveryEvent>().toExtend<RawKinesisAnalyticsOutputDeliveryEvent>();
  });

  it('carries the payload type to each record', () => {
    const event = new KinesisAnalyticsOutputDeliveryEvent<Row>(
      createKinesisAnalyticsOutputDeliveryEvent()
    );
    const record = event
      .records[0] as KinesisAnalyticsOutputDeliveryRecord<Row>;

    expectTypeOf(event.records).toEqualTypeOf<
      KinesisAnalyticsOutputDeliveryRecord<Row>[]
    >();
    expectTypeOf(record.dataAsJson).toEqualTypeOf<Row>();
    expectTypeOf(record.dataAsBytes).toEqualTypeOf<Uint8Array>();
    expectTypeOf(record.lambdaDeliveryRecordMetadata).toEqualTypeOf<
      KinesisAnalyticsLambdaDeliveryRecordMetadata | undefined
    >();
    expectTypeOf(record.lambdaDeliveryRecordMetadata?.retryHint).toEqualTypeOf<
      number | undefined
    >();
  });

  it('builds the response Kinesis Data Analytics reads', () => {
    const record = new KinesisAnalyticsOutputDeliveryEvent(
      createKinesisAnalyticsOutputDeliveryEvent()
    ).records[0] as KinesisAnalyticsOutputDeliveryRecord;
    const answer = record.buildDeliveryResponse('DeliveryFailed');
    const response = new KinesisAnalyticsOutputDeliveryResponse({
      records: [answer],
    });

    expectTypeOf(
      answer
    ).toEqualTypeOf<KinesisAnalyticsOutputDeliveryResponseRecord>();
    expectTypeOf(
      answer.result
    ).toEqualTypeOf<KinesisAnalyticsOutputDeliveryResult>();
    expectTypeOf(
      answer.asDict()
    ).toEqualTypeOf<KinesisAnalyticsOutputDeliveryResponseRecordDict>();
    expectTypeOf(
      response.asDict()
    ).toExtend<KinesisAnalyticsOutputDeliveryResponseDict>();
    // @ts-expect-error: a delivery is Ok or DeliveryFailed, never Dropped
    record.buildDeliveryResponse('Dropped');
  });
});
