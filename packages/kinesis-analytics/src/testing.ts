import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/kinesis-analytics-output-delivery-event.json';
import type {
  RawKinesisAnalyticsOutputDeliveryEvent,
  RawKinesisAnalyticsOutputDeliveryEventRecord,
} from './kinesis-analytics-output-delivery-event';

/** One record as {@link createKinesisAnalyticsOutputDeliveryEvent} builds it. */
export interface SampleKinesisAnalyticsOutputDeliveryEventRecord
  extends Sample<RawKinesisAnalyticsOutputDeliveryEventRecord> {}

/**
 * The event {@link createKinesisAnalyticsOutputDeliveryEvent} returns: a fresh copy that fits
 * `KinesisAnalyticsOutputDeliveryEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleKinesisAnalyticsOutputDeliveryEvent
  extends Sample<Omit<RawKinesisAnalyticsOutputDeliveryEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleKinesisAnalyticsOutputDeliveryEventRecord[];
}

/**
 * The fields of the sample event that {@link createKinesisAnalyticsOutputDeliveryEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface KinesisAnalyticsOutputDeliveryEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleKinesisAnalyticsOutputDeliveryEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon Kinesis Data Analytics event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { KinesisAnalyticsOutputDeliveryEvent } from '@evt/kinesis-analytics';
 * import { createKinesisAnalyticsOutputDeliveryEvent } from '@evt/kinesis-analytics/testing';
 *
 * const event = new KinesisAnalyticsOutputDeliveryEvent(
 *   createKinesisAnalyticsOutputDeliveryEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createKinesisAnalyticsOutputDeliveryEvent<TBody = unknown>(
  overrides: KinesisAnalyticsOutputDeliveryEventOverrides<TBody> = {}
): SampleKinesisAnalyticsOutputDeliveryEvent {
  const event = structuredClone(
    sample
  ) as SampleKinesisAnalyticsOutputDeliveryEvent;
  const template = event
    .Records[0] as SampleKinesisAnalyticsOutputDeliveryEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createKinesisAnalyticsOutputDeliveryEvent',
    lists: { bodies },
    copy: (index) => ({
      ...structuredClone(template),
      eventID: numbered(template.eventID, index),
    }),
    each: (record, index) => {
      const body = bodies?.[index];
      if (body !== undefined) {
        record.body = typeof body === 'string' ? body : JSON.stringify(body);
      }
    },
  });
  return event;
}
