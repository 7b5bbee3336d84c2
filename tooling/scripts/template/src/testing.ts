import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/example-source-event.json';
import type {
  RawExampleSourceEvent,
  RawExampleSourceEventRecord,
} from './example-source-event';

/** One record as {@link createExampleSourceEvent} builds it. */
export interface SampleExampleSourceEventRecord
  extends Sample<RawExampleSourceEventRecord> {}

/**
 * The event {@link createExampleSourceEvent} returns: a fresh copy that fits
 * `ExampleSourceEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleExampleSourceEvent
  extends Sample<Omit<RawExampleSourceEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleExampleSourceEventRecord[];
}

/**
 * The fields of the sample event that {@link createExampleSourceEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface ExampleSourceEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleExampleSourceEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Example Service event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { ExampleSourceEvent } from '@evt/example-source';
 * import { createExampleSourceEvent } from '@evt/example-source/testing';
 *
 * const event = new ExampleSourceEvent(
 *   createExampleSourceEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createExampleSourceEvent<TBody = unknown>(
  overrides: ExampleSourceEventOverrides<TBody> = {}
): SampleExampleSourceEvent {
  const event = structuredClone(sample) as SampleExampleSourceEvent;
  const template = event.Records[0] as SampleExampleSourceEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createExampleSourceEvent',
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
