import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTCoreThingTypeEvent,
  MissingFieldError,
  type RawIoTCoreThingTypeEvent,
} from '../src/index';
import { createIoTCoreThingTypeEvent } from '../src/testing';
import { countReads } from './count-reads';

const FIXTURE = 'iot-core-thing-type-event';

const load = (variant?: string): IoTCoreThingTypeEvent =>
  new IoTCoreThingTypeEvent(
    loadEvent<RawIoTCoreThingTypeEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTCoreThingTypeEvent(
    patchEvent<RawIoTCoreThingTypeEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTCoreThingTypeEvent', () => {
  describe('members of a created thing type', () => {
    it('returns each field of the documented message', () => {
      const event = load();

      expect(event.eventType).toBe('THING_TYPE_EVENT');
      expect(event.eventId).toBe('8827376c-4b05-49a3-9b3b-733729df7ed5');
      expect(event.timestamp.toISOString()).toBe('2009-02-13T23:31:30.123Z');
      expect(event.operation).toBe('CREATED');
      expect(event.accountId).toBe('123456789012');
      expect(event.thingTypeId).toBe('c530ae83-32aa-4592-94d3-da29879d1aac');
      expect(event.thingTypeName).toBe('MyThingType');
      expect(event.isDeprecated).toBe(false);
      expect(event.deprecationDate).toBeUndefined();
      expect(event.searchableAttributes).toEqual([
        'attribute1',
        'attribute2',
        'attribute3',
      ]);
      expect(event.propagatingAttributes).toEqual([
        { userPropertyKey: 'key', thingAttribute: 'model' },
        { userPropertyKey: 'key', connectionAttribute: 'iot:ClientId' },
      ]);
      expect(event.description).toBe('My thing type');
    });
  });

  describe('members of a deprecated thing type', () => {
    it('returns the deprecation, its date read from UNIX seconds, and no propagating attributes', () => {
      const event = load('deprecated');

      expect(event.operation).toBe('UPDATED');
      expect(event.isDeprecated).toBe(true);
      expect(event.deprecationDate?.toISOString()).toBe(
        '2009-02-13T23:33:10.000Z'
      );
      expect(event.propagatingAttributes).toEqual([]);
    });
  });

  describe('members of a deleted thing type', () => {
    it('reads an ISO 8601 deprecation date, empty lists and no description', () => {
      const event = load('deleted');

      expect(event.operation).toBe('DELETED');
      expect(event.deprecationDate?.toISOString()).toBe(
        '2009-02-13T23:33:10.000Z'
      );
      expect(event.searchableAttributes).toEqual([]);
      expect(event.propagatingAttributes).toEqual([]);
      expect(event.description).toBeUndefined();
    });
  });

  describe('deprecationDate', () => {
    it('builds the date once, reading the field once', () => {
      const raw = loadEvent<RawIoTCoreThingTypeEvent>(`${FIXTURE}.deprecated`, {
        frozen: false,
      });
      const reads = countReads(raw, 'deprecationDate');
      const event = new IoTCoreThingTypeEvent(raw);

      const first = event.deprecationDate;

      expect(event.deprecationDate).toBe(first);
      expect(reads.calls).toBe(1);
    });

    it('reads a UNIX time in milliseconds', () => {
      const event = patched((raw) => {
        raw.deprecationDate = 1234567990123;
      });

      expect(event.deprecationDate?.toISOString()).toBe(
        '2009-02-13T23:33:10.123Z'
      );
    });
  });

  describe('searchableAttributes', () => {
    it('returns an empty array when the message has none', () => {
      const event = patched((raw) => {
        delete raw.searchableAttributes;
      });

      expect(event.searchableAttributes).toEqual([]);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTCoreThingTypeEvent()).toEqual(loadEvent(FIXTURE));

      const event = new IoTCoreThingTypeEvent(
        createIoTCoreThingTypeEvent({ isDeprecated: true })
      );

      expect(event.isDeprecated).toBe(true);
      expect(event.thingTypeName).toBe('MyThingType');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming isDeprecated when it is absent', () => {
      const event = patched((raw) => {
        delete raw.isDeprecated;
      });

      expectEvtError(
        () => event.isDeprecated,
        MissingFieldError,
        'IoTCoreThingTypeEvent: isDeprecated is missing'
      );
    });

    it('throws FieldTypeError naming deprecationDate when the text is not a time', () => {
      const event = patched((raw) => {
        raw.deprecationDate = 'last Tuesday';
      });

      expectEvtError(
        () => event.deprecationDate,
        FieldTypeError,
        'IoTCoreThingTypeEvent: deprecationDate must be an ISO 8601 time, got string'
      );
    });

    it('throws FieldTypeError naming deprecationDate when it is neither a number nor a text', () => {
      const event = patched((raw) => {
        raw.deprecationDate = true;
      });

      expectEvtError(
        () => event.deprecationDate,
        FieldTypeError,
        'IoTCoreThingTypeEvent: deprecationDate must be number or string, got boolean'
      );
    });

    it('throws FieldTypeError naming propagatingAttributes when it is not a list', () => {
      const event = patched((raw) => {
        raw.propagatingAttributes = { userPropertyKey: 'key' };
      });

      expectEvtError(
        () => event.propagatingAttributes,
        FieldTypeError,
        'IoTCoreThingTypeEvent: propagatingAttributes must be array, got object'
      );
    });

    it('throws FieldTypeError naming eventType for another kind of registry event', () => {
      const event = patched((raw) => {
        raw.eventType = 'THING_EVENT';
      });

      expectEvtError(
        () => event.eventType,
        FieldTypeError,
        'IoTCoreThingTypeEvent: eventType must be THING_TYPE_EVENT, got "THING_EVENT"'
      );
    });
  });
});
