import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/work-mail-event.json';
import type {
  RawWorkMailEvent,
  RawWorkMailEventRecord,
} from './work-mail-event';

/** One record as {@link createWorkMailEvent} builds it. */
export interface SampleWorkMailEventRecord
  extends Sample<RawWorkMailEventRecord> {}

/**
 * The event {@link createWorkMailEvent} returns: a fresh copy that fits
 * `WorkMailEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleWorkMailEvent
  extends Sample<Omit<RawWorkMailEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleWorkMailEventRecord[];
}

/**
 * The fields of the sample event that {@link createWorkMailEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface WorkMailEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleWorkMailEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon WorkMail event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { WorkMailEvent } from '@evt/workmail';
 * import { createWorkMailEvent } from '@evt/workmail/testing';
 *
 * const event = new WorkMailEvent(
 *   createWorkMailEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createWorkMailEvent<TBody = unknown>(
  overrides: WorkMailEventOverrides<TBody> = {}
): SampleWorkMailEvent {
  const event = structuredClone(sample) as SampleWorkMailEvent;
  const template = event.Records[0] as SampleWorkMailEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createWorkMailEvent',
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
