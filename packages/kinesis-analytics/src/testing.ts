// Sample-event factories for @evt/kinesis-analytics, exported as `@evt/kinesis-analytics/testing`.
// Each factory (`create<ClassName>(overrides?)`) returns a fresh copy of a fixture from
// `test/events/`.
import { base64FromJson, base64FromString } from '@evt/core';
import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import firehoseSource from '../test/events/kinesis-analytics-firehose-input-preprocessing-event.json';
import outputDelivery from '../test/events/kinesis-analytics-output-delivery-event.json';
import streamsSource from '../test/events/kinesis-analytics-streams-input-preprocessing-event.json';
import type { RawKinesisAnalyticsRecordBase } from './kinesis-analytics-base';
import type {
  RawKinesisAnalyticsFirehoseInputPreprocessingEvent,
  RawKinesisAnalyticsFirehoseInputPreprocessingRecord,
} from './kinesis-analytics-firehose-input-preprocessing-event';
import type {
  RawKinesisAnalyticsOutputDeliveryEvent,
  RawKinesisAnalyticsOutputDeliveryRecord,
} from './kinesis-analytics-output-delivery-event';
import type {
  RawKinesisAnalyticsStreamsInputPreprocessingEvent,
  RawKinesisAnalyticsStreamsInputPreprocessingRecord,
} from './kinesis-analytics-streams-input-preprocessing-event';

/** One output record as {@link createKinesisAnalyticsOutputDeliveryEvent} builds it. */
export interface SampleKinesisAnalyticsOutputDeliveryRecord
  extends Sample<RawKinesisAnalyticsOutputDeliveryRecord> {}

/** The event {@link createKinesisAnalyticsOutputDeliveryEvent} returns: a fresh copy that fits `KinesisAnalyticsOutputDeliveryEvent`'s constructor. */
export interface SampleKinesisAnalyticsOutputDeliveryEvent
  extends Sample<Omit<RawKinesisAnalyticsOutputDeliveryEvent, 'records'>> {
  /** The output records to deliver. */
  records: SampleKinesisAnalyticsOutputDeliveryRecord[];
}

/** One record as {@link createKinesisAnalyticsFirehoseInputPreprocessingEvent} builds it. */
export interface SampleKinesisAnalyticsFirehoseInputPreprocessingRecord
  extends Sample<RawKinesisAnalyticsFirehoseInputPreprocessingRecord> {}

/** The event {@link createKinesisAnalyticsFirehoseInputPreprocessingEvent} returns: a fresh copy that fits `KinesisAnalyticsFirehoseInputPreprocessingEvent`'s constructor. */
export interface SampleKinesisAnalyticsFirehoseInputPreprocessingEvent
  extends Sample<
    Omit<RawKinesisAnalyticsFirehoseInputPreprocessingEvent, 'records'>
  > {
  /** The records to preprocess. */
  records: SampleKinesisAnalyticsFirehoseInputPreprocessingRecord[];
}

/** One record as {@link createKinesisAnalyticsStreamsInputPreprocessingEvent} builds it. */
export interface SampleKinesisAnalyticsStreamsInputPreprocessingRecord
  extends Sample<RawKinesisAnalyticsStreamsInputPreprocessingRecord> {}

/** The event {@link createKinesisAnalyticsStreamsInputPreprocessingEvent} returns: a fresh copy that fits `KinesisAnalyticsStreamsInputPreprocessingEvent`'s constructor. */
export interface SampleKinesisAnalyticsStreamsInputPreprocessingEvent
  extends Sample<
    Omit<RawKinesisAnalyticsStreamsInputPreprocessingEvent, 'records'>
  > {
  /** The records to preprocess. */
  records: SampleKinesisAnalyticsStreamsInputPreprocessingRecord[];
}

/**
 * Changes a factory of this package makes to its sample event. The count, `payloads` and
 * `records` each set the number of records.
 *
 * @typeParam TRecord The sample record type.
 * @typeParam TPayload The type of the payloads, to check test data against the handler's.
 */
export interface KinesisAnalyticsEventOverrides<TRecord, TPayload = unknown>
  extends BatchOverrides<TRecord> {
  /**
   * The payloads, one record per item: a string is sent as UTF-8 text, anything else as JSON,
   * base64-encoded as Kinesis Data Analytics sends data. Records are copies of the sample's
   * first record with numbered record IDs.
   */
  readonly payloads?: readonly (TPayload | string)[] | undefined;
  /** The invocation ID. */
  readonly invocationId?: string | undefined;
  /** The ARN of the application. */
  readonly applicationArn?: string | undefined;
}

/**
 * Changes {@link createKinesisAnalyticsFirehoseInputPreprocessingEvent} and
 * {@link createKinesisAnalyticsStreamsInputPreprocessingEvent} make to their sample event.
 *
 * @typeParam TRecord The sample record type.
 * @typeParam TPayload The type of the payloads.
 */
export interface KinesisAnalyticsInputPreprocessingEventOverrides<
  TRecord,
  TPayload = unknown,
> extends KinesisAnalyticsEventOverrides<TRecord, TPayload> {
  /** The ARN of the source stream. */
  readonly streamArn?: string | undefined;
}

/** The fields every sample has that the shared builder changes. */
interface SampleEvent {
  invocationId: string;
  applicationArn: string;
  streamArn?: string;
  records: Sample<RawKinesisAnalyticsRecordBase>[];
}

// One way to build every sample: copy the fixture, size and change its records, then set the
// event's own fields.
function build<TEvent extends SampleEvent>(
  sample: unknown,
  factory: string,
  overrides: KinesisAnalyticsInputPreprocessingEventOverrides<
    TEvent['records'][number]
  >
): TEvent {
  const event = structuredClone(sample) as TEvent;
  const template = event.records[0] as TEvent['records'][number];
  const { payloads } = overrides;
  event.records = sampleRecords(event.records, overrides, {
    factory,
    lists: { payloads },
    copy: (index) => ({
      ...structuredClone(template),
      recordId: numbered(template.recordId, index),
    }),
    each: (record, index) => {
      if (payloads === undefined) return;
      const payload = payloads[index];
      record.data =
        typeof payload === 'string'
          ? base64FromString(payload)
          : base64FromJson(payload);
    },
  });
  if (overrides.invocationId !== undefined) {
    event.invocationId = overrides.invocationId;
  }
  if (overrides.applicationArn !== undefined) {
    event.applicationArn = overrides.applicationArn;
  }
  if (overrides.streamArn !== undefined) event.streamArn = overrides.streamArn;
  return event;
}

/**
 * Builds a sample output delivery event: a fresh copy of the documented model (two output rows
 * of `lambda-test`, one JSON and one CSV), or as many records as asked for, with the given
 * changes applied.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisAnalyticsOutputDeliveryEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { KinesisAnalyticsOutputDeliveryEvent } from '@evt/kinesis-analytics';
 * import { createKinesisAnalyticsOutputDeliveryEvent } from '@evt/kinesis-analytics/testing';
 *
 * const event = new KinesisAnalyticsOutputDeliveryEvent<{ id: string }>(
 *   createKinesisAnalyticsOutputDeliveryEvent({ payloads: [{ id: 'a-1' }] })
 * );
 * event.records[0]?.dataAsJson.id; // 'a-1'
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createKinesisAnalyticsOutputDeliveryEvent<TPayload = unknown>(
  overrides: KinesisAnalyticsEventOverrides<
    SampleKinesisAnalyticsOutputDeliveryRecord,
    TPayload
  > = {}
): SampleKinesisAnalyticsOutputDeliveryEvent {
  return build<SampleKinesisAnalyticsOutputDeliveryEvent>(
    outputDelivery,
    'createKinesisAnalyticsOutputDeliveryEvent',
    overrides
  );
}

/**
 * Builds a sample preprocessing event for a Firehose delivery stream source: a fresh copy of
 * the documented example (with a second record added), or as many records as asked for, with
 * the given changes applied.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisAnalyticsFirehoseInputPreprocessingEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 */
// @__NO_SIDE_EFFECTS__
export function createKinesisAnalyticsFirehoseInputPreprocessingEvent<
  TPayload = unknown,
>(
  overrides: KinesisAnalyticsInputPreprocessingEventOverrides<
    SampleKinesisAnalyticsFirehoseInputPreprocessingRecord,
    TPayload
  > = {}
): SampleKinesisAnalyticsFirehoseInputPreprocessingEvent {
  return build<SampleKinesisAnalyticsFirehoseInputPreprocessingEvent>(
    firehoseSource,
    'createKinesisAnalyticsFirehoseInputPreprocessingEvent',
    overrides
  );
}

/**
 * Builds a sample preprocessing event for a Kinesis data stream source: a fresh copy of the
 * documented example (with a second record added), or as many records as asked for, with the
 * given changes applied.
 *
 * @typeParam TPayload The type of the payloads.
 * @param overrides The changes to make.
 * @returns The raw event, ready for `new KinesisAnalyticsStreamsInputPreprocessingEvent(...)`.
 * @throws {TypeError} when `count`, `payloads` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { KinesisAnalyticsStreamsInputPreprocessingEvent } from '@evt/kinesis-analytics';
 * import { createKinesisAnalyticsStreamsInputPreprocessingEvent } from '@evt/kinesis-analytics/testing';
 *
 * const event = new KinesisAnalyticsStreamsInputPreprocessingEvent(
 *   createKinesisAnalyticsStreamsInputPreprocessingEvent({
 *     record: { kinesisStreamRecordMetadata: { shardId: 'shardId-000000000007' } },
 *   })
 * );
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createKinesisAnalyticsStreamsInputPreprocessingEvent<
  TPayload = unknown,
>(
  overrides: KinesisAnalyticsInputPreprocessingEventOverrides<
    SampleKinesisAnalyticsStreamsInputPreprocessingRecord,
    TPayload
  > = {}
): SampleKinesisAnalyticsStreamsInputPreprocessingEvent {
  return build<SampleKinesisAnalyticsStreamsInputPreprocessingEvent>(
    streamsSource,
    'createKinesisAnalyticsStreamsInputPreprocessingEvent',
    overrides
  );
}
