import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/pre-sign-up-trigger-event.json';
import type {
  RawPreSignUpTriggerEvent,
  RawPreSignUpTriggerEventRecord,
} from './pre-sign-up-trigger-event';

/** One record as {@link createPreSignUpTriggerEvent} builds it. */
export interface SamplePreSignUpTriggerEventRecord
  extends Sample<RawPreSignUpTriggerEventRecord> {}

/**
 * The event {@link createPreSignUpTriggerEvent} returns: a fresh copy that fits
 * `PreSignUpTriggerEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SamplePreSignUpTriggerEvent
  extends Sample<Omit<RawPreSignUpTriggerEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SamplePreSignUpTriggerEventRecord[];
}

/**
 * The fields of the sample event that {@link createPreSignUpTriggerEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface PreSignUpTriggerEventOverrides<TBody = unknown>
  extends BatchOverrides<SamplePreSignUpTriggerEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon Cognito event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { PreSignUpTriggerEvent } from '@evt/cognito';
 * import { createPreSignUpTriggerEvent } from '@evt/cognito/testing';
 *
 * const event = new PreSignUpTriggerEvent(
 *   createPreSignUpTriggerEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createPreSignUpTriggerEvent<TBody = unknown>(
  overrides: PreSignUpTriggerEventOverrides<TBody> = {}
): SamplePreSignUpTriggerEvent {
  const event = structuredClone(sample) as SamplePreSignUpTriggerEvent;
  const template = event.Records[0] as SamplePreSignUpTriggerEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createPreSignUpTriggerEvent',
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
