import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/cloud-front-request-event.json';
import type {
  RawCloudFrontRequestEvent,
  RawCloudFrontRequestEventRecord,
} from './cloud-front-request-event';

/** One record as {@link createCloudFrontRequestEvent} builds it. */
export interface SampleCloudFrontRequestEventRecord
  extends Sample<RawCloudFrontRequestEventRecord> {}

/**
 * The event {@link createCloudFrontRequestEvent} returns: a fresh copy that fits
 * `CloudFrontRequestEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleCloudFrontRequestEvent
  extends Sample<Omit<RawCloudFrontRequestEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleCloudFrontRequestEventRecord[];
}

/**
 * The fields of the sample event that {@link createCloudFrontRequestEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface CloudFrontRequestEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleCloudFrontRequestEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon CloudFront (Lambda@Edge) event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { CloudFrontRequestEvent } from '@evt/cloudfront';
 * import { createCloudFrontRequestEvent } from '@evt/cloudfront/testing';
 *
 * const event = new CloudFrontRequestEvent(
 *   createCloudFrontRequestEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createCloudFrontRequestEvent<TBody = unknown>(
  overrides: CloudFrontRequestEventOverrides<TBody> = {}
): SampleCloudFrontRequestEvent {
  const event = structuredClone(sample) as SampleCloudFrontRequestEvent;
  const template = event.Records[0] as SampleCloudFrontRequestEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createCloudFrontRequestEvent',
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
