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
  FieldTypeError,
  GroundTruthPreHumanTaskEvent,
  MissingFieldError,
  type RawGroundTruthPreHumanTaskEvent,
} from '../src/index';
import { createGroundTruthPreHumanTaskEvent } from '../src/testing';

const load = (): RawGroundTruthPreHumanTaskEvent =>
  loadEvent<RawGroundTruthPreHumanTaskEvent>(
    'ground-truth-pre-human-task-event'
  );

describe('GroundTruthPreHumanTaskEvent', () => {
  describe('records', () => {
    it('wraps each record of the batch, in order', () => {
      const raw = load();

      const records = new GroundTruthPreHumanTaskEvent(raw).records;

      expect(records.map((record) => record.rawEvent)).toEqual([
        raw.Records[0],
        raw.Records[1],
      ]);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
    });

    it('returns the same array on every read', () => {
      const event = new GroundTruthPreHumanTaskEvent(load());

      expect(event.records).toBe(event.records);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = load();

      expect(new GroundTruthPreHumanTaskEvent(raw).record.rawEvent).toBe(
        raw.Records[0]
      );
    });
  });

  describe('record members', () => {
    it('returns each field of the first record', () => {
      const record = new GroundTruthPreHumanTaskEvent(load()).record;

      expect(record.eventId).toBe('4d6f7c2a-1b3e-4f5a-9c8d-7e6f5a4b3c2d');
      expect(record.eventName).toBe('Created');
      expect(record.eventSource).toBe('aws:sagemaker');
      expect(record.awsRegion).toBe('us-east-1');
      expect(record.body).toBe('{"id":"a-1","quantity":5}');
      expect(record.jsonBody).toEqual({ id: 'a-1', quantity: 5 });
    });

    it('returns undefined for the optional fields a record lacks', () => {
      const record = new GroundTruthPreHumanTaskEvent(load()).records[1];

      expect(record?.awsRegion).toBeUndefined();
      expect(record?.body).toBeUndefined();
      expect(record?.jsonBody).toBeUndefined();
    });

    it('parses the body once', () => {
      const deserializer = counted(JSON.parse);
      const record = new GroundTruthPreHumanTaskEvent(load(), {
        jsonDeserializer: deserializer,
      }).record;

      record.jsonBody;
      record.jsonBody;

      expect(deserializer.calls).toBe(1);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createGroundTruthPreHumanTaskEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createGroundTruthPreHumanTaskEvent());
    });

    it('builds the sample with replaced records', () => {
      const event = new GroundTruthPreHumanTaskEvent(
        createGroundTruthPreHumanTaskEvent({
          records: [{ eventName: 'Updated' }],
        })
      );

      expect(event.records.map((record) => record.eventName)).toEqual([
        'Updated',
      ]);
      expect(event.record.eventSource).toBe('aws:sagemaker');
    });

    it('builds one record per body, with numbered event IDs', () => {
      const event = new GroundTruthPreHumanTaskEvent(
        createGroundTruthPreHumanTaskEvent({ bodies: [{ id: 'a-2' }, 'plain'] })
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
        () =>
          new GroundTruthPreHumanTaskEvent(
            {} as RawGroundTruthPreHumanTaskEvent
          ).records,
        MissingFieldError,
        'GroundTruthPreHumanTaskEvent: Records is missing'
      );
    });

    it('throws MissingFieldError naming Records[0] when the batch is empty', () => {
      expectEvtError(
        () => new GroundTruthPreHumanTaskEvent({ Records: [] }).record,
        MissingFieldError,
        'GroundTruthPreHumanTaskEvent: Records[0] is missing'
      );
    });

    it('throws FieldTypeError naming the path of a mistyped field', () => {
      const raw = patchEvent<RawGroundTruthPreHumanTaskEvent>(
        'ground-truth-pre-human-task-event',
        (event) => {
          (event.Records[0] as unknown as { eventName: number }).eventName = 7;
        }
      );

      expectEvtError(
        () => new GroundTruthPreHumanTaskEvent(raw).record.eventName,
        FieldTypeError,
        'GroundTruthPreHumanTaskEvent: Records[0].eventName must be string, got number'
      );
    });

    it('throws DecodeError naming the body when it is not JSON', () => {
      const raw = patchEvent<RawGroundTruthPreHumanTaskEvent>(
        'ground-truth-pre-human-task-event',
        (event) => {
          (event.Records[0] as { body: string }).body = '{not json';
        }
      );

      const error = expectEvtError(
        () => new GroundTruthPreHumanTaskEvent(raw).record.jsonBody,
        DecodeError,
        `GroundTruthPreHumanTaskEvent: Records[0].body is not valid JSON: ${jsonErrorOf('{not json')}`
      );

      expect(error.cause).toBeUndefined();
    });
  });
});
