import type {
  FirehoseRecordMetadata,
  FirehoseTransformationEvent,
  FirehoseTransformationEventRecord,
  FirehoseTransformationResult,
  FirehoseTransformationResultRecord,
} from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  KinesisFirehoseDataTransformationRecord,
  type KinesisFirehoseDataTransformationRecordDict,
  KinesisFirehoseDataTransformationResponse,
  type KinesisFirehoseDataTransformationResult,
  KinesisFirehoseEvent,
  type KinesisFirehoseMSKDataTransformationRecordDict,
  type KinesisFirehoseMSKRecordMetadata,
  type KinesisFirehoseRecord,
  type KinesisFirehoseRecordMetadata,
  type RawKinesisFirehoseEvent,
  type RawKinesisFirehoseRecord,
  type RawKinesisFirehoseRecordMetadata,
} from '../src/index';
import { createKinesisFirehoseEvent } from '../src/testing';

interface Trade {
  ticker_symbol: string;
  price: number;
}

describe('KinesisFirehoseEvent types', () => {
  it('accepts the @types/aws-lambda event', () => {
    expectTypeOf<FirehoseTransformationEvent>().toExtend<RawKinesisFirehoseEvent>();
    expectTypeOf<FirehoseTransformationEventRecord>().toExtend<RawKinesisFirehoseRecord>();
    expectTypeOf<FirehoseRecordMetadata>().toExtend<RawKinesisFirehoseRecordMetadata>();
  });

  it('types the getters', () => {
    const event = new KinesisFirehoseEvent(createKinesisFirehoseEvent());
    const record = event.records[0] as KinesisFirehoseRecord;

    expectTypeOf(event.records).toEqualTypeOf<
      KinesisFirehoseRecord<unknown>[]
    >();
    expectTypeOf(event.sourceMskArn).toEqualTypeOf<string | undefined>();
    expectTypeOf(record.mskRecordMetadata).toEqualTypeOf<
      KinesisFirehoseMSKRecordMetadata | undefined
    >();
    expectTypeOf(record.mskRecordMetadata?.offset).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(event.sourceKinesisStreamArn).toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf(record.metadata).toEqualTypeOf<
      KinesisFirehoseRecordMetadata | undefined
    >();
    expectTypeOf(record.approximateArrivalTimestamp).toEqualTypeOf<number>();
    expectTypeOf(record.dataAsBytes).toEqualTypeOf<Uint8Array>();
    expectTypeOf(record.metadata?.subsequenceNumber).toEqualTypeOf<
      number | string | undefined
    >();
  });

  it('carries the payload type', () => {
    const event = new KinesisFirehoseEvent<Trade>(createKinesisFirehoseEvent());

    expectTypeOf(event.records[0]?.dataAsJson).toEqualTypeOf<
      Trade | undefined
    >();
  });

  it('produces what @types/aws-lambda expects back', () => {
    const record = new KinesisFirehoseDataTransformationRecord<Trade>({
      recordId: 'record1',
    });
    const response = new KinesisFirehoseDataTransformationResponse({
      records: [record],
    });

    expectTypeOf(
      record.result
    ).toEqualTypeOf<KinesisFirehoseDataTransformationResult>();
    expectTypeOf(record.dataAsJson).toEqualTypeOf<Trade>();
    expectTypeOf(record.asDict()).toEqualTypeOf<
      | KinesisFirehoseDataTransformationRecordDict
      | KinesisFirehoseMSKDataTransformationRecordDict
    >();
    expectTypeOf(
      record.asDict()
    ).toExtend<FirehoseTransformationResultRecord>();
    expectTypeOf(response.asDict()).toExtend<FirehoseTransformationResult>();
  });
});
