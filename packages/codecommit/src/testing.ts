import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/code-commit-event.json';
import type {
  RawCodeCommitEvent,
  RawCodeCommitEventRecord,
} from './code-commit-event';

/** One record as {@link createCodeCommitEvent} builds it. */
export interface SampleCodeCommitEventRecord
  extends Sample<RawCodeCommitEventRecord> {}

/**
 * The event {@link createCodeCommitEvent} returns: a fresh copy that fits
 * `CodeCommitEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleCodeCommitEvent
  extends Sample<Omit<RawCodeCommitEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleCodeCommitEventRecord[];
}

/**
 * The fields of the sample event that {@link createCodeCommitEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface CodeCommitEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleCodeCommitEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample AWS CodeCommit event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { CodeCommitEvent } from '@evt/codecommit';
 * import { createCodeCommitEvent } from '@evt/codecommit/testing';
 *
 * const event = new CodeCommitEvent(
 *   createCodeCommitEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createCodeCommitEvent<TBody = unknown>(
  overrides: CodeCommitEventOverrides<TBody> = {}
): SampleCodeCommitEvent {
  const event = structuredClone(sample) as SampleCodeCommitEvent;
  const template = event.Records[0] as SampleCodeCommitEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createCodeCommitEvent',
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
