import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/io-t-core-thing-event.json';
import type {
  RawIoTCoreThingEvent,
  RawIoTCoreThingEventRecord,
} from './io-t-core-thing-event';

/** One record as {@link createIoTCoreThingEvent} builds it. */
export interface SampleIoTCoreThingEventRecord
  extends Sample<RawIoTCoreThingEventRecord> {}

/**
 * The event {@link createIoTCoreThingEvent} returns: a fresh copy that fits
 * `IoTCoreThingEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleIoTCoreThingEvent
  extends Sample<Omit<RawIoTCoreThingEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleIoTCoreThingEventRecord[];
}

/**
 * The fields of the sample event that {@link createIoTCoreThingEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface IoTCoreThingEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleIoTCoreThingEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS IoT event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { IoTCoreThingEvent } from '@evt/iot';
 * import { createIoTCoreThingEvent } from '@evt/iot/testing';
 *
 * const event = new IoTCoreThingEvent(
 *   createIoTCoreThingEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createIoTCoreThingEvent<TBody = unknown>(
  overrides: IoTCoreThingEventOverrides<TBody> = {}
): SampleIoTCoreThingEvent {
  const event = structuredClone(sample) as SampleIoTCoreThingEvent;
  const template = event.Records[0] as SampleIoTCoreThingEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createIoTCoreThingEvent',
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
