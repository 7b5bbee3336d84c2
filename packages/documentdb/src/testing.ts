import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import sample from '../test/events/document-db-event.json';
import type {
  RawDocumentDBEvent,
  RawDocumentDBEventRecord,
} from './document-db-event';

/** One record as {@link createDocumentDBEvent} builds it. */
export interface SampleDocumentDBEventRecord
  extends Sample<RawDocumentDBEventRecord> {}

/**
 * The event {@link createDocumentDBEvent} returns: a fresh copy that fits
 * `DocumentDBEvent`'s constructor (and the matching type of `@types/aws-lambda`, where
 * there is one: declare there the fields the sample always has, as `@evt/sqs` does).
 */
export interface SampleDocumentDBEvent
  extends Sample<Omit<RawDocumentDBEvent, 'Records'>> {
  /** The records of the batch. */
  Records: SampleDocumentDBEventRecord[];
}

/**
 * The fields of the sample event that {@link createDocumentDBEvent} can replace. The count,
 * `bodies` and `records` each set the number of records.
 *
 * @typeParam TBody The type of the bodies, to check test data against the handler's.
 */
export interface DocumentDBEventOverrides<TBody = unknown>
  extends BatchOverrides<SampleDocumentDBEventRecord> {
  /**
   * The bodies, one record per item; a value that is not a string is JSON-encoded. Records
   * are copies of the sample's first record with numbered event IDs.
   */
  readonly bodies?: readonly (TBody | string)[] | undefined;
}

/**
 * Builds a sample Amazon DocumentDB event, as a fresh copy you may change.
 *
 * @typeParam TBody The type of the bodies.
 * @param overrides The number of records, their bodies and the fields to replace.
 * @returns The raw event.
 * @throws {TypeError} when `count`, `bodies` and `records` ask for different numbers of
 * records.
 * @example
 * ```ts
 * import { DocumentDBEvent } from '@evt/documentdb';
 * import { createDocumentDBEvent } from '@evt/documentdb/testing';
 *
 * const event = new DocumentDBEvent(
 *   createDocumentDBEvent({ bodies: [{ id: 'a-1' }] })
 * );
 * event.record.body; // '{"id":"a-1"}'
 * ```
 */
export function createDocumentDBEvent<TBody = unknown>(
  overrides: DocumentDBEventOverrides<TBody> = {}
): SampleDocumentDBEvent {
  const event = structuredClone(sample) as SampleDocumentDBEvent;
  const template = event.Records[0] as SampleDocumentDBEventRecord;
  const { bodies } = overrides;
  event.Records = sampleRecords(event.Records, overrides, {
    factory: 'createDocumentDBEvent',
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
