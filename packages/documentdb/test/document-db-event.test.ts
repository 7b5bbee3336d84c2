import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  jsonErrorOf,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  DocumentDBEvent,
  FieldTypeError,
  MissingFieldError,
  type RawDocumentDBEvent,
} from '../src/index';
import { createDocumentDBEvent } from '../src/testing';

const load = (): RawDocumentDBEvent =>
  loadEvent<RawDocumentDBEvent>('document-db-event');

describe('DocumentDBEvent', () => {
  describe('records', () => {
    it('wraps each record of the batch, in order', () => {
      const raw = load();

      const records = new DocumentDBEvent(raw).records;

      expect(records.map((record) => record.rawEvent)).toEqual([
        raw.Records[0],
        raw.Records[1],
      ]);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
    });

    it('returns the same array on every read', () => {
      const event = new DocumentDBEvent(load());

      expect(event.records).toBe(event.records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = load();

      expect(new DocumentDBEvent(raw).record.rawEvent).toBe(raw.Records[0]);
    });
  });

  describe('record members', () => {
    it('returns each field of the first record', () => {
      const record = new DocumentDBEvent(load()).record;

      expect(record.eventId).toBe('4d6f7c2a-1b3e-4f5a-9c8d-7e6f5a4b3c2d');
      expect(record.eventName).toBe('Created');
      expect(record.eventSource).toBe('aws:documentdb');
      expect(record.awsRegion).toBe('us-east-1');
      expect(record.body).toBe('{"id":"a-1","quantity":5}');
      expect(record.jsonBody).toEqual({ id: 'a-1', quantity: 5 });
    });

    it('returns undefined for the optional fields a record lacks', () => {
      const record = new DocumentDBEvent(load()).records[1];

      expect(record?.awsRegion).toBeUndefined();
      expect(record?.body).toBeUndefined();
      expect(record?.jsonBody).toBeUndefined();
    });

    it('parses the body once', () => {
      const deserializer = counted(JSON.parse);
      const record = new DocumentDBEvent(load(), {
        jsonDeserializer: deserializer,
      }).record;

      record.jsonBody;
      record.jsonBody;

      expect(deserializer.calls).toBe(1);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createDocumentDBEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createDocumentDBEvent());
    });

    it('builds the sample with replaced records', () => {
      const event = new DocumentDBEvent(
        createDocumentDBEvent({ records: [{ eventName: 'Updated' }] })
      );

      expect(event.records.map((record) => record.eventName)).toEqual([
        'Updated',
      ]);
      expect(event.record.eventSource).toBe('aws:documentdb');
    });

    it('builds one record per body, with numbered event IDs', () => {
      const event = new DocumentDBEvent(
        createDocumentDBEvent({ bodies: [{ id: 'a-2' }, 'plain'] })
      );

      expect(event.records.map((record) => record.body)).toEqual([
        '{"id":"a-2"}',
        'plain',
      ]);
      expect(event.records[1]?.eventId).toBe(
        '4d6f7c2a-1b3e-4f5a-9c8d-7e6f5a4b0001'
      );
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming Records when it is absent', () => {
      expectEvtError(
        () => new DocumentDBEvent({} as RawDocumentDBEvent).records,
        MissingFieldError,
        'DocumentDBEvent: Records is missing'
      );
    });

    it('throws MissingFieldError naming Records[0] when the batch is empty', () => {
      expectEvtError(
        () => new DocumentDBEvent({ Records: [] }).record,
        MissingFieldError,
        'DocumentDBEvent: Records[0] is missing'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      const raw = patchEvent<RawDocumentDBEvent>(
        'document-db-event',
        (event) => {
          (event.Records[0] as unknown as { eventName: number }).eventName = 7;
        }
      );

      expectEvtError(
        () => new DocumentDBEvent(raw).record.eventName,
        FieldTypeError,
        'DocumentDBEvent: Records[0].eventName must be string, got number'
      );
    });

    it('throws DecodeError naming the body when it is not JSON', () => {
      const raw = patchEvent<RawDocumentDBEvent>(
        'document-db-event',
        (event) => {
          (event.Records[0] as { body: string }).body = '{not json';
        }
      );

      const error = expectEvtError(
        () => new DocumentDBEvent(raw).record.jsonBody,
        DecodeError,
        `DocumentDBEvent: Records[0].body is not valid JSON: ${jsonErrorOf('{not json')}`
      );

      expect(error.cause).toBeUndefined();
    });
  });
});
