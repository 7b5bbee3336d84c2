import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/cloud-formation-custom-resource-event.json';
import type {
  RawCloudFormationCustomResourceEvent,
  RawCloudFormationCustomResourceEventRecord,
} from './cloud-formation-custom-resource-event';

/** One record as {@link createCloudFormationCustomResourceEvent} builds it. */
export interface SampleCloudFormationCustomResourceEventRecord
  extends Sample<RawCloudFormationCustomResourceEventRecord> {}

/**
 * The event {@link createCloudFormationCustomResourceEvent} returns: a fresh copy that fits
 * `CloudFormationCustomResourceEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleCloudFormationCustomResourceEvent
  extends Sample<Omit<RawCloudFormationCustomResourceEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleCloudFormationCustomResourceEventRecord[];
}

/**
 * The fields of the sample event that {@link createCloudFormationCustomResourceEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface CloudFormationCustomResourceEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleCloudFormationCustomResourceEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS CloudFormation event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { CloudFormationCustomResourceEvent } from '@evt/cloudformation';
 * import { createCloudFormationCustomResourceEvent } from '@evt/cloudformation/testing';
 *
 * const event = new CloudFormationCustomResourceEvent(
 *   createCloudFormationCustomResourceEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createCloudFormationCustomResourceEvent<TBody = unknown>(
  overrides: CloudFormationCustomResourceEventOverrides<TBody> = {}
): SampleCloudFormationCustomResourceEvent {
  const event = structuredClone(sample) as SampleCloudFormationCustomResourceEvent;
  const template = event.Records[0] as SampleCloudFormationCustomResourceEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createCloudFormationCustomResourceEvent',
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
