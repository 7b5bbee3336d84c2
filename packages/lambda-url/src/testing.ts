import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/lambda-function-url-event.json';
import type {
  RawLambdaFunctionUrlEvent,
  RawLambdaFunctionUrlEventRecord,
} from './lambda-function-url-event';

/** One record as {@link createLambdaFunctionUrlEvent} builds it. */
export interface SampleLambdaFunctionUrlEventRecord
  extends Sample<RawLambdaFunctionUrlEventRecord> {}

/**
 * The event {@link createLambdaFunctionUrlEvent} returns: a fresh copy that fits
 * `LambdaFunctionUrlEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleLambdaFunctionUrlEvent
  extends Sample<Omit<RawLambdaFunctionUrlEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleLambdaFunctionUrlEventRecord[];
}

/**
 * The fields of the sample event that {@link createLambdaFunctionUrlEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface LambdaFunctionUrlEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleLambdaFunctionUrlEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS Lambda function URLs event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { LambdaFunctionUrlEvent } from '@evt/lambda-url';
 * import { createLambdaFunctionUrlEvent } from '@evt/lambda-url/testing';
 *
 * const event = new LambdaFunctionUrlEvent(
 *   createLambdaFunctionUrlEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createLambdaFunctionUrlEvent<TBody = unknown>(
  overrides: LambdaFunctionUrlEventOverrides<TBody> = {}
): SampleLambdaFunctionUrlEvent {
  const event = structuredClone(sample) as SampleLambdaFunctionUrlEvent;
  const template = event.Records[0] as SampleLambdaFunctionUrlEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createLambdaFunctionUrlEvent',
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
