import {
  type BatchOverrides,
  numbered,
  type Sample,
  sampleRecords,
} from '@evt/core/testing';
import insertSample from '../test/events/document-db-event.json';
import updateDeleteSample from '../test/events/document-db-event.update-delete.json';
import type {
  RawDocumentDBEvent,
  RawDocumentDBEventRecord,
} from './document-db-event';

/** One item of the batch as {@link createDocumentDBEvent} builds it. */
export interface SampleDocumentDBEventRecord
  extends Sample<RawDocumentDBEventRecord> {}

/** The event {@link createDocumentDBEvent} returns: a fresh copy you may change. */
export interface SampleDocumentDBEvent
  extends Sample<Omit<RawDocumentDBEvent, 'events'>> {
  /** The change events of the batch. */
  events: SampleDocumentDBEventRecord[];
}

/**
 * What {@link createDocumentDBEvent} can change in the sample event. The count, `documents`
 * and `records` each set the number of change events.
 *
 * @typeParam TDocument The type of the documents, to check test data against the handler's.
 */
export interface DocumentDBEventOverrides<
  TDocument extends object = Record<string, unknown>,
> extends BatchOverrides<SampleDocumentDBEventRecord> {
  /**
   * Start from the sample with an `update` (with its full document) and a `delete`, instead of
   * the documented `insert`.
   */
  readonly updateAndDelete?: boolean | undefined;
  /**
   * The inserted documents, one `insert` per item: copies of the sample's first change event
   * with numbered resume tokens, each with the document as `fullDocument` and its `_id` (when
   * it has one) as the document key.
   */
  readonly documents?: readonly TDocument[] | undefined;
}

/**
 * Builds a DocumentDB change stream event from the documented sample: a fresh deep copy each
 * call, so tests may change it freely.
 *
 * @typeParam TDocument The type of the documents.
 * @param overrides The number of change events, the inserted documents, the sample to start
 * from and the fields to change.
 * @returns The raw event, ready for `new DocumentDBEvent(...)` or a handler.
 * @throws {TypeError} when `count`, `documents` and `records` ask for different numbers of
 * change events.
 * @example
 * ```ts
 * import { DocumentDBEvent } from '@evt/documentdb';
 * import { createDocumentDBEvent } from '@evt/documentdb/testing';
 *
 * const event = new DocumentDBEvent(
 *   createDocumentDBEvent({
 *     documents: [{ _id: { $oid: '664f2a5ed418cd98afb1c2e4' }, status: 'new' }],
 *     record: { event: { ns: { db: 'shop', coll: 'orders' } } },
 *   })
 * );
 * event.record.event.documentObjectId; // '664f2a5ed418cd98afb1c2e4'
 * event.record.event.collectionName; // 'orders'
 * ```
 */
export function createDocumentDBEvent<
  TDocument extends object = Record<string, unknown>,
>(overrides: DocumentDBEventOverrides<TDocument> = {}): SampleDocumentDBEvent {
  const event = structuredClone(
    (overrides.updateAndDelete
      ? updateDeleteSample
      : insertSample) as SampleDocumentDBEvent
  );
  const template = event.events[0] as SampleDocumentDBEventRecord;
  const { documents } = overrides;
  event.events = sampleRecords(event.events, overrides, {
    factory: 'createDocumentDBEvent',
    lists: { documents },
    copy: (index) => {
      const record = structuredClone(template);
      record.event._id._data = numbered(template.event._id._data, index);
      return record;
    },
    each: (record, index) => {
      const document = documents?.[index];
      if (document === undefined) return;
      const change = record.event;
      change.operationType = 'insert';
      change.fullDocument = structuredClone(document) as Record<
        string,
        unknown
      >;
      delete change.updateDescription;
      if (Object.hasOwn(document, '_id')) {
        change.documentKey = {
          _id: structuredClone((document as { _id: never })._id),
        };
      }
    },
  });
  return event;
}
