import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/lex-event.json';
import type { RawLexEvent, RawLexEventRecord } from './lex-event';

/** One record as {@link createLexEvent} builds it. */
export interface SampleLexEventRecord extends Sample<RawLexEventRecord> {}

/**
 * The event {@link createLexEvent} returns: a fresh copy that fits
 * `LexEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleLexEvent extends Sample<Omit<RawLexEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleLexEventRecord[];
}

/**
 * The fields of the sample event that {@link createLexEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface LexEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleLexEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon Lex event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { LexEvent } from '@evt/lex';
 * import { createLexEvent } from '@evt/lex/testing';
 *
 * const event = new LexEvent(
 *   createLexEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createLexEvent<TBody = unknown>(
  overrides: LexEventOverrides<TBody> = {}
): SampleLexEvent {
  const event = structuredClone(sample) as SampleLexEvent;
  const template = event.Records[0] as SampleLexEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createLexEvent',
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
