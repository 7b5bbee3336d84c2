import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTCoreThingEvent,
  MissingFieldError,
  type RawIoTCoreThingEvent,
} from '../src/index';
import { createIoTCoreThingEvent } from '../src/testing';
import { countReads } from './count-reads';

const FIXTURE = 'iot-core-thing-event';

const load = (variant?: string): IoTCoreThingEvent =>
  new IoTCoreThingEvent(
    loadEvent<RawIoTCoreThingEvent>(variant ? `${FIXTURE}.${variant}` : FIXTURE)
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTCoreThingEvent(
    patchEvent<RawIoTCoreThingEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTCoreThingEvent', () => {
  describe('members of a created thing', () => {
    it('returns each field of the documented message', () => {
      const event = load();

      expect(event.eventType).toBe('THING_EVENT');
      expect(event.eventId).toBe('f5ae9b94-8b8e-4d8e-8c8f-b3266dd89853');
      expect(event.operation).toBe('CREATED');
      expect(event.accountId).toBe('123456789012');
      expect(event.thingId).toBe('b604f69c-aa9a-4d4a-829e-c480e958a0b5');
      expect(event.thingName).toBe('MyThing');
      expect(event.versionNumber).toBe(1);
      expect(event.thingTypeName).toBeUndefined();
      expect(event.attributes).toEqual({
        attribute3: 'value3',
        attribute1: 'value1',
        attribute2: 'value2',
      });
    });
  });

  describe('members of an updated thing', () => {
    it('returns the new version, the thing type and the attributes', () => {
      const event = load('updated');

      expect(event.operation).toBe('UPDATED');
      expect(event.eventId).toBe('1c3e9d02-6a7b-4f1e-9b2d-5e8f0a4c7d16');
      expect(event.versionNumber).toBe(2);
      expect(event.thingTypeName).toBe('MyThingType');
      expect(event.attributes).toEqual({ model: 'TH-200', firmware: '1.4.2' });
    });
  });

  describe('members of a deleted thing', () => {
    it('returns the operation and empty attributes', () => {
      const event = load('deleted');

      expect(event.operation).toBe('DELETED');
      expect(event.attributes).toEqual({});
    });
  });

  describe('timestamp', () => {
    it('reads a 13-digit UNIX time as milliseconds', () => {
      expect(load().timestamp.toISOString()).toBe('2009-02-13T23:31:30.123Z');
    });

    it('reads a 10-digit UNIX time as seconds', () => {
      expect(load('deleted').timestamp.toISOString()).toBe(
        '2009-02-13T23:34:50.000Z'
      );
    });

    it('builds the date once, reading the field once', () => {
      const raw = loadEvent<RawIoTCoreThingEvent>(FIXTURE, { frozen: false });
      const reads = countReads(raw, 'timestamp');
      const event = new IoTCoreThingEvent(raw);

      const first = event.timestamp;

      expect(event.timestamp).toBe(first);
      expect(reads.calls).toBe(1);
    });
  });

  describe('attributes', () => {
    it('returns an empty object when the message has none', () => {
      const event = patched((raw) => {
        delete raw.attributes;
      });

      expect(event.attributes).toEqual({});
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createIoTCoreThingEvent();

      expect(raw).toEqual(loadEvent(FIXTURE));
      expect(raw).not.toBe(createIoTCoreThingEvent());
    });

    it('merges the changes into the sample', () => {
      const event = new IoTCoreThingEvent(
        createIoTCoreThingEvent({
          operation: 'UPDATED',
          attributes: { model: 'TH-300' },
        })
      );

      expect(event.operation).toBe('UPDATED');
      expect(event.attributes).toEqual({
        attribute3: 'value3',
        attribute1: 'value1',
        attribute2: 'value2',
        model: 'TH-300',
      });
      expect(event.thingName).toBe('MyThing');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming thingName when it is absent', () => {
      const event = patched((raw) => {
        delete raw.thingName;
      });

      expectEvtError(
        () => event.thingName,
        MissingFieldError,
        'IoTCoreThingEvent: thingName is missing'
      );
    });

    it('throws FieldTypeError naming eventType for another kind of registry event', () => {
      const event = patched((raw) => {
        raw.eventType = 'THING_GROUP_EVENT';
      });

      expectEvtError(
        () => event.eventType,
        FieldTypeError,
        'IoTCoreThingEvent: eventType must be THING_EVENT, got "THING_GROUP_EVENT"'
      );
    });

    it('throws FieldTypeError naming operation for an undocumented value', () => {
      const event = patched((raw) => {
        raw.operation = 'ADDED';
      });

      expectEvtError(
        () => event.operation,
        FieldTypeError,
        'IoTCoreThingEvent: operation must be CREATED | UPDATED | DELETED, got "ADDED"'
      );
    });

    it('throws FieldTypeError naming timestamp when it is not a number', () => {
      const event = patched((raw) => {
        raw.timestamp = '1234567890123';
      });

      expectEvtError(
        () => event.timestamp,
        FieldTypeError,
        'IoTCoreThingEvent: timestamp must be number, got string'
      );
    });

    it('throws FieldTypeError naming timestamp when no Date can hold it', () => {
      const event = patched((raw) => {
        raw.timestamp = 1e300;
      });

      expectEvtError(
        () => event.timestamp,
        FieldTypeError,
        'IoTCoreThingEvent: timestamp must be a UNIX time in seconds or milliseconds within the Date range, got number'
      );
    });

    it('throws FieldTypeError naming the attribute whose value is not a string', () => {
      const event = patched((raw) => {
        raw.attributes = { model: 7 };
      });

      expectEvtError(
        () => event.attributes,
        FieldTypeError,
        'IoTCoreThingEvent: attributes.model must be string, got number'
      );
    });
  });
});
