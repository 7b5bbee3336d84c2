import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/alb-event.json';
import type {
  RawALBEvent,
  RawALBEventRecord,
} from './alb-event';

/** One record as {@link createALBEvent} builds it. */
export interface SampleALBEventRecord
  extends Sample<RawALBEventRecord> {}

/**
 * The event {@link createALBEvent} returns: a fresh copy that fits
 * `ALBEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleALBEvent
  extends Sample<Omit<RawALBEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleALBEventRecord[];
}

/**
 * The fields of the sample event that {@link createALBEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface ALBEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleALBEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Elastic Load Balancing event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { ALBEvent } from '@evt/alb';
 * import { createALBEvent } from '@evt/alb/testing';
 *
 * const event = new ALBEvent(
 *   createALBEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createALBEvent<TBody = unknown>(
  overrides: ALBEventOverrides<TBody> = {}
): SampleALBEvent {
  const event = structuredClone(sample) as SampleALBEvent;
  const template = event.Records[0] as SampleALBEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createALBEvent',
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
