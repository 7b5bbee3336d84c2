import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/aws-config-rule-event.json';
import type {
  RawAWSConfigRuleEvent,
  RawAWSConfigRuleEventRecord,
} from './aws-config-rule-event';

/** One record as {@link createAWSConfigRuleEvent} builds it. */
export interface SampleAWSConfigRuleEventRecord
  extends Sample<RawAWSConfigRuleEventRecord> {}

/**
 * The event {@link createAWSConfigRuleEvent} returns: a fresh copy that fits
 * `AWSConfigRuleEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleAWSConfigRuleEvent
  extends Sample<Omit<RawAWSConfigRuleEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleAWSConfigRuleEventRecord[];
}

/**
 * The fields of the sample event that {@link createAWSConfigRuleEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface AWSConfigRuleEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleAWSConfigRuleEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS Config event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { AWSConfigRuleEvent } from '@evt/config';
 * import { createAWSConfigRuleEvent } from '@evt/config/testing';
 *
 * const event = new AWSConfigRuleEvent(
 *   createAWSConfigRuleEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createAWSConfigRuleEvent<TBody = unknown>(
  overrides: AWSConfigRuleEventOverrides<TBody> = {}
): SampleAWSConfigRuleEvent {
  const event = structuredClone(sample) as SampleAWSConfigRuleEvent;
  const template = event.Records[0] as SampleAWSConfigRuleEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createAWSConfigRuleEvent',
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
