import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/alexa-skill-event.json';
import type {
  RawAlexaSkillEvent,
  RawAlexaSkillEventRecord,
} from './alexa-skill-event';

/** One record as {@link createAlexaSkillEvent} builds it. */
export interface SampleAlexaSkillEventRecord
  extends Sample<RawAlexaSkillEventRecord> {}

/**
 * The event {@link createAlexaSkillEvent} returns: a fresh copy that fits
 * `AlexaSkillEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleAlexaSkillEvent
  extends Sample<Omit<RawAlexaSkillEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleAlexaSkillEventRecord[];
}

/**
 * The fields of the sample event that {@link createAlexaSkillEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface AlexaSkillEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleAlexaSkillEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Alexa Skills Kit event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { AlexaSkillEvent } from '@evt/alexa';
 * import { createAlexaSkillEvent } from '@evt/alexa/testing';
 *
 * const event = new AlexaSkillEvent(
 *   createAlexaSkillEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createAlexaSkillEvent<TBody = unknown>(
  overrides: AlexaSkillEventOverrides<TBody> = {}
): SampleAlexaSkillEvent {
  const event = structuredClone(sample) as SampleAlexaSkillEvent;
  const template = event.Records[0] as SampleAlexaSkillEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createAlexaSkillEvent',
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
