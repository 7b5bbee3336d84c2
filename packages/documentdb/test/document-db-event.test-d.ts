import { eventSource } from '@evt/core';
import type { Context } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type DocumentDBChangeEvent,
  DocumentDBEvent,
  type DocumentDBEventRecord,
  type DocumentDBOperationType,
  type DocumentDBUpdateDescription,
  type RawDocumentDBDocumentKey,
  type RawDocumentDBEvent,
  type RawDocumentDBNamespace,
  type RawDocumentDBResumeToken,
  type RawDocumentDBTimestamp,
} from '../src/index';
import { createDocumentDBEvent } from '../src/testing';

interface Order {
  _id: { $oid: string };
  status: string;
}

declare const context: Context;
declare const change: DocumentDBChangeEvent;
declare const description: DocumentDBUpdateDescription;

describe('DocumentDBEvent types', () => {
  it('takes the testing sample as a raw event', () => {
    // @types/aws-lambda declares no DocumentDB event to check against.
    expectTypeOf(createDocumentDBEvent()).toExtend<RawDocumentDBEvent>();
  });

  it('carries the document type to each change event', () => {
    const event = new DocumentDBEvent<Order>(createDocumentDBEvent());

    expectTypeOf(event.events).toEqualTypeOf<DocumentDBEventRecord<Order>[]>();
    expectTypeOf(event.record.event).toEqualTypeOf<
      DocumentDBChangeEvent<Order>
    >();
    expectTypeOf(event.record.event.fullDocument).toEqualTypeOf<
      Order | undefined
    >();
  });

  it('checks the documents of the testing factory against the document type', () => {
    createDocumentDBEvent<Order>({
      documents: [{ _id: { $oid: '664f2a5ed418cd98afb1c2e4' }, status: 'new' }],
    });
    createDocumentDBEvent<Order>({
      // @ts-expect-error: an Order has a status
      documents: [{ _id: { $oid: '664f2a5ed418cd98afb1c2e4' } }],
    });
  });

  it('wraps the event for a handler through eventSource', () => {
    const handler = eventSource(DocumentDBEvent, async (event) => {
      // A generic class's instance type takes its constraint: documents are objects.
      expectTypeOf(event).toEqualTypeOf<DocumentDBEvent<object>>();
    });

    expectTypeOf(handler).toBeCallableWith(createDocumentDBEvent(), context);
  });
});

describe('DocumentDBChangeEvent types', () => {
  it('types every getter', () => {
    expectTypeOf(change.id).toEqualTypeOf<RawDocumentDBResumeToken>();
    expectTypeOf(change.resumeToken).toEqualTypeOf<string>();
    expectTypeOf(change.clusterTime).toEqualTypeOf<RawDocumentDBTimestamp>();
    expectTypeOf(change.clusterTimeAsDate).toEqualTypeOf<Date>();
    expectTypeOf(change.clusterTimeIncrement).toEqualTypeOf<number>();
    expectTypeOf(change.documentKey).toEqualTypeOf<
      RawDocumentDBDocumentKey | undefined
    >();
    expectTypeOf(change.documentObjectId).toEqualTypeOf<string | undefined>();
    expectTypeOf(change.fullDocument).toEqualTypeOf<
      Record<string, unknown> | undefined
    >();
    expectTypeOf(change.ns).toEqualTypeOf<RawDocumentDBNamespace | undefined>();
    expectTypeOf(change.databaseName).toEqualTypeOf<string | undefined>();
    expectTypeOf(change.collectionName).toEqualTypeOf<string | undefined>();
    expectTypeOf(change.operationType).toEqualTypeOf<DocumentDBOperationType>();
    expectTypeOf(change.updateDescription).toEqualTypeOf<
      DocumentDBUpdateDescription | undefined
    >();
  });

  it('names the operation types and still takes others', () => {
    expectTypeOf<'insert'>().toExtend<DocumentDBOperationType>();
    expectTypeOf<'invalidate'>().toExtend<DocumentDBOperationType>();
    expectTypeOf<string>().toExtend<DocumentDBOperationType>();
  });
});

describe('DocumentDBUpdateDescription types', () => {
  it('types every getter', () => {
    expectTypeOf(description.updatedFields).toEqualTypeOf<
      Readonly<Record<string, unknown>>
    >();
    expectTypeOf(description.removedFields).toEqualTypeOf<readonly string[]>();
  });
});
