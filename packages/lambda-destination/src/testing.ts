import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/lambda-destination-event.json';
import type {
  RawLambdaDestinationEvent,
  RawLambdaDestinationEventRecord,
} from './lambda-destination-event';

/** One record as {@link createLambdaDestinationEvent} builds it. */
export interface SampleLambdaDestinationEventRecord
  extends Sample<RawLambdaDestinationEventRecord> {}

/**
 * The event {@link createLambdaDestinationEvent} returns: a fresh copy that fits
 * `LambdaDestinationEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleLambdaDestinationEvent
  extends Sample<Omit<RawLambdaDestinationEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleLambdaDestinationEventRecord[];
}

/**
 * The fields of the sample event that {@link createLambdaDestinationEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface LambdaDestinationEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleLambdaDestinationEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS Lambda destinations event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { LambdaDestinationEvent } from '@evt/lambda-destination';
 * import { createLambdaDestinationEvent } from '@evt/lambda-destination/testing';
 *
 * const event = new LambdaDestinationEvent(
 *   createLambdaDestinationEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createLambdaDestinationEvent<TBody = unknown>(
  overrides: LambdaDestinationEventOverrides<TBody> = {}
): SampleLambdaDestinationEvent {
  const event = structuredClone(sample) as SampleLambdaDestinationEvent;
  const template = event.Records[0] as SampleLambdaDestinationEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createLambdaDestinationEvent',
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
