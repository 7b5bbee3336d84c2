import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type DocumentDBChangeEvent,
  DocumentDBEvent,
  FieldTypeError,
  MissingFieldError,
  type RawDocumentDBChangeEvent,
  type RawDocumentDBEvent,
} from '../src/index';
import { createDocumentDBEvent } from '../src/testing';

const INSERT = 'document-db-event';
const UPDATE_DELETE = 'document-db-event.update-delete';

const load = (name = INSERT): RawDocumentDBEvent =>
  loadEvent<RawDocumentDBEvent>(name);

/** The change events of a fixture, wrapped. */
const changes = (name = INSERT): DocumentDBChangeEvent[] =>
  new DocumentDBEvent(load(name)).events.map((record) => record.event);

/** The first change event of the insert sample, after `patch` changes its raw value. */
const patchedChange = (
  patch: (change: Record<string, unknown>) => void
): DocumentDBChangeEvent =>
  new DocumentDBEvent(
    patchEvent<RawDocumentDBEvent>(INSERT, (event) =>
      patch(event.events[0]?.event as unknown as Record<string, unknown>)
    )
  ).record.event;

describe('DocumentDBEvent', () => {
  it('returns the cluster ARN and the event source', () => {
    const event = new DocumentDBEvent(load());

    expect(event.eventSourceArn).toBe(
      'arn:aws:rds:us-east-1:123456789012:cluster:canaryclusterb2a659a2-qo5tcmqkcl03'
    );
    expect(event.eventSource).toBe('aws:docdb');
  });

  describe('events', () => {
    it('wraps each item of the batch, in order', () => {
      const raw = load(UPDATE_DELETE);

      const events = new DocumentDBEvent(raw).events;

      expect(events.map((record) => record.rawEvent)).toEqual(raw.events);
      expect(events[1]?.rawEvent).toBe(raw.events[1]);
    });

    it('returns the same array on every read, reading events once', () => {
      const items = load().events;
      const readEvents = counted(() => items);
      const event = new DocumentDBEvent({
        ...load(),
        get events() {
          return readEvents();
        },
      });

      const first = event.events;

      expect(event.events).toBe(first);
      expect(readEvents.calls).toBe(1);
    });
  });

  describe('record', () => {
    it('returns the first item', () => {
      const raw = load();

      expect(new DocumentDBEvent(raw).record.rawEvent).toBe(raw.events[0]);
    });
  });
});

describe('DocumentDBEventRecord', () => {
  it('wraps the change event once', () => {
    const raw = load();
    const record = new DocumentDBEvent(raw).record;

    expect(record.event.rawEvent).toBe(raw.events[0]?.event);
    expect(record.event).toBe(record.event);
  });
});

describe('DocumentDBChangeEvent', () => {
  describe('on the documented insert', () => {
    it('returns every field', () => {
      const [change] = changes();

      expect(change?.id).toEqual({
        _data: '0163eeb6e7000000090100000009000041e1',
      });
      expect(change?.resumeToken).toBe('0163eeb6e7000000090100000009000041e1');
      expect(change?.clusterTime).toEqual({
        $timestamp: { t: 1676588775, i: 9 },
      });
      expect(change?.clusterTimeAsDate.toISOString()).toBe(
        '2023-02-16T23:06:15.000Z'
      );
      expect(change?.clusterTimeIncrement).toBe(9);
      expect(change?.documentKey).toEqual({
        _id: { $oid: '63eeb6e7d418cd98afb1c1d7' },
      });
      expect(change?.documentObjectId).toBe('63eeb6e7d418cd98afb1c1d7');
      expect(change?.fullDocument).toEqual({
        _id: { $oid: '63eeb6e7d418cd98afb1c1d7' },
        anyField: 'sampleValue',
      });
      expect(change?.ns).toEqual({
        db: 'test_database',
        coll: 'test_collection',
      });
      expect(change?.databaseName).toBe('test_database');
      expect(change?.collectionName).toBe('test_collection');
      expect(change?.operationType).toBe('insert');
      expect(change?.updateDescription).toBeUndefined();
    });

    it('gives the raw values, not copies', () => {
      const raw = load();
      const change = new DocumentDBEvent(raw).record.event;
      const rawChange = raw.events[0]?.event as RawDocumentDBChangeEvent;

      expect(change.fullDocument).toBe(rawChange.fullDocument);
      expect(change.documentKey).toBe(rawChange.documentKey);
      expect(change.id).toBe(rawChange._id);
    });
  });

  describe('on an update and a delete', () => {
    it('reads the update with its full document and update description', () => {
      const [update] = changes(UPDATE_DELETE);

      expect(update?.operationType).toBe('update');
      expect(update?.documentObjectId).toBe('664f2a5ed418cd98afb1c2e4');
      expect(update?.fullDocument?.status).toBe('shipped');
      expect(update?.clusterTimeAsDate.toISOString()).toBe(
        '2024-05-23T12:46:19.000Z'
      );
      expect(update?.updateDescription?.updatedFields).toEqual({
        status: 'shipped',
        carrier: 'UPS',
      });
      expect(update?.updateDescription?.removedFields).toEqual(['pickingSlot']);
    });

    it('reads the delete without a full document', () => {
      const [, deletion] = changes(UPDATE_DELETE);

      expect(deletion?.operationType).toBe('delete');
      expect(deletion?.documentObjectId).toBe('664f29f1d418cd98afb1c2d9');
      expect(deletion?.fullDocument).toBeUndefined();
      expect(deletion?.updateDescription).toBeUndefined();
      expect(deletion?.collectionName).toBe('orders');
      expect(deletion?.clusterTimeIncrement).toBe(3);
    });
  });

  describe('clusterTimeAsDate', () => {
    it('builds the Date once, reading the seconds once', () => {
      const readSeconds = counted(() => 1676588775);
      const [item] = load().events;
      const change = new DocumentDBEvent({
        ...load(),
        events: [
          {
            event: {
              ...(item?.event as RawDocumentDBChangeEvent),
              clusterTime: {
                $timestamp: {
                  get t() {
                    return readSeconds();
                  },
                  i: 9,
                },
              },
            },
          },
        ],
      }).record.event;

      const first = change.clusterTimeAsDate;

      expect(change.clusterTimeAsDate).toBe(first);
      expect(readSeconds.calls).toBe(1);
    });

    it('reads the largest BSON timestamp', () => {
      const change = patchedChange((raw) => {
        raw.clusterTime = { $timestamp: { t: 4294967295, i: 1 } };
      });

      expect(change.clusterTimeAsDate.toISOString()).toBe(
        '2106-02-07T06:28:15.000Z'
      );
    });
  });

  describe('updateDescription', () => {
    it('wraps the description once', () => {
      const [update] = changes(UPDATE_DELETE);

      expect(update?.updateDescription).toBe(update?.updateDescription);
    });

    it('reads absent lists and maps as empty', () => {
      const change = patchedChange((raw) => {
        raw.operationType = 'update';
        raw.updateDescription = {};
      });

      expect(change.updateDescription?.updatedFields).toEqual({});
      expect(change.updateDescription?.removedFields).toEqual([]);
    });
  });

  describe('events about more than a document', () => {
    it('reads an invalidate event with no namespace and no document key', () => {
      const change = patchedChange((raw) => {
        raw.operationType = 'invalidate';
        delete raw.ns;
        delete raw.documentKey;
        delete raw.fullDocument;
      });

      expect(change.operationType).toBe('invalidate');
      expect(change.ns).toBeUndefined();
      expect(change.databaseName).toBeUndefined();
      expect(change.collectionName).toBeUndefined();
      expect(change.documentKey).toBeUndefined();
      expect(change.documentObjectId).toBeUndefined();
    });

    it('reads a dropDatabase event with a database and no collection', () => {
      const change = patchedChange((raw) => {
        raw.operationType = 'dropDatabase';
        raw.ns = { db: 'test_database' };
        delete raw.documentKey;
      });

      expect(change.databaseName).toBe('test_database');
      expect(change.collectionName).toBeUndefined();
    });
  });

  describe('documentObjectId', () => {
    it('is undefined when the _id is not an ObjectId', () => {
      const change = patchedChange((raw) => {
        raw.documentKey = { _id: 'order-1042' };
      });

      expect(change.documentObjectId).toBeUndefined();
      expect(change.documentKey?._id).toBe('order-1042');
    });
  });

  describe('debug view', () => {
    it('shows the documents, hiding credential fields by name', () => {
      const change = patchedChange((raw) => {
        raw.fullDocument = { user: 'jane', password: 'hunter2' };
      });

      const view = JSON.parse(String(change));

      expect(view.fullDocument).toEqual({
        user: 'jane',
        password: '[SENSITIVE]',
      });
      expect(view.operationType).toBe('insert');
    });
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the documented insert', () => {
    const raw = createDocumentDBEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(createDocumentDBEvent());
  });

  it('builds the update and delete sample', () => {
    expect(createDocumentDBEvent({ updateAndDelete: true })).toEqual(
      load(UPDATE_DELETE)
    );
  });

  it('builds one insert per document, with numbered resume tokens', () => {
    const event = new DocumentDBEvent<{ _id?: { $oid: string }; sku: string }>(
      createDocumentDBEvent({
        updateAndDelete: true,
        documents: [
          { _id: { $oid: '664f2a5ed418cd98afb1c2e4' }, sku: 'A-1' },
          { sku: 'B-2' },
        ],
      })
    );

    expect(
      event.events.map(({ event: change }) => [
        change.operationType,
        change.resumeToken,
        change.fullDocument?.sku,
        change.updateDescription,
      ])
    ).toEqual([
      ['insert', '01664f2a9b0000000a010000000a00000000', 'A-1', undefined],
      ['insert', '01664f2a9b0000000a010000000a00000001', 'B-2', undefined],
    ]);
    expect(event.events[0]?.event.documentObjectId).toBe(
      '664f2a5ed418cd98afb1c2e4'
    );
  });

  it('merges changes into every item', () => {
    const event = new DocumentDBEvent(
      createDocumentDBEvent({
        count: 2,
        record: { event: { ns: { db: 'shop', coll: 'orders' } } },
      })
    );

    expect(
      event.events.map(({ event: change }) => change.collectionName)
    ).toEqual(['orders', 'orders']);
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming events when it is absent', () => {
    expectEvtError(
      () => new DocumentDBEvent({} as RawDocumentDBEvent).events,
      MissingFieldError,
      'DocumentDBEvent: events is missing'
    );
  });

  it('throws MissingFieldError naming events[0] when the batch is empty', () => {
    expectEvtError(
      () => new DocumentDBEvent({ ...load(), events: [] }).record,
      MissingFieldError,
      'DocumentDBEvent: events[0] is missing'
    );
  });

  it('throws MissingFieldError naming the resume token when it is absent', () => {
    const change = patchedChange((raw) => {
      raw._id = {};
    });

    expectEvtError(
      () => change.resumeToken,
      MissingFieldError,
      'DocumentDBEvent: events[0].event._id._data is missing'
    );
  });

  it('throws FieldTypeError when the cluster time is not a whole number of seconds', () => {
    const change = patchedChange((raw) => {
      raw.clusterTime = { $timestamp: { t: 1.5, i: 1 } };
    });

    expectEvtError(
      () => change.clusterTimeAsDate,
      FieldTypeError,
      'DocumentDBEvent: events[0].event.clusterTime.$timestamp.t must be unsigned 32-bit seconds, got number'
    );
  });

  it('throws FieldTypeError when the cluster time is past 32 bits', () => {
    const change = patchedChange((raw) => {
      raw.clusterTime = { $timestamp: { t: 2 ** 32, i: 1 } };
    });

    expect(() => change.clusterTimeAsDate).toThrow(FieldTypeError);
  });

  it('throws FieldTypeError when an $oid is not a string', () => {
    const change = patchedChange((raw) => {
      raw.documentKey = { _id: { $oid: 42 } };
    });

    expectEvtError(
      () => change.documentObjectId,
      FieldTypeError,
      'DocumentDBEvent: events[0].event.documentKey._id.$oid must be string, got number'
    );
  });

  it('throws FieldTypeError when removedFields holds something else than paths', () => {
    const change = patchedChange((raw) => {
      raw.updateDescription = { removedFields: ['a', 7] };
    });

    expectEvtError(
      () => change.updateDescription?.removedFields,
      FieldTypeError,
      'DocumentDBEvent: events[0].event.updateDescription.removedFields[1] must be string, got number'
    );
  });

  it('throws FieldTypeError when the full document is not an object', () => {
    const change = patchedChange((raw) => {
      raw.fullDocument = 'sampleValue';
    });

    expectEvtError(
      () => change.fullDocument,
      FieldTypeError,
      'DocumentDBEvent: events[0].event.fullDocument must be object, got string'
    );
  });
});
