import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTCoreThingTypeAssociationEvent,
  MissingFieldError,
  type RawIoTCoreThingTypeAssociationEvent,
} from '../src/index';
import { createIoTCoreThingTypeAssociationEvent } from '../src/testing';

const FIXTURE = 'iot-core-thing-type-association-event';

const load = (variant?: string): IoTCoreThingTypeAssociationEvent =>
  new IoTCoreThingTypeAssociationEvent(
    loadEvent<RawIoTCoreThingTypeAssociationEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTCoreThingTypeAssociationEvent(
    patchEvent<RawIoTCoreThingTypeAssociationEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTCoreThingTypeAssociationEvent', () => {
  describe('members of an association', () => {
    it('returns each field of the message', () => {
      const event = load();

      expect(event.eventId).toBe('87f8e095-531c-47b3-aab5-5171364d138d');
      expect(event.eventType).toBe('THING_TYPE_ASSOCIATION_EVENT');
      expect(event.operation).toBe('ADDED');
      expect(event.thingId).toBe('b604f69c-aa9a-4d4a-829e-c480e958a0b5');
      expect(event.thingName).toBe('myThing');
      expect(event.thingTypeName).toBe('MyThingType');
      expect(event.timestamp.toISOString()).toBe('2009-02-13T23:31:30.123Z');
    });
  });

  describe('members of a disassociation', () => {
    it('returns the REMOVED operation', () => {
      const event = load('removed');

      expect(event.operation).toBe('REMOVED');
      expect(event.eventId).toBe('0e5d4c3b-2a19-4f08-b7e6-d5c4b3a29180');
    });
  });

  describe('operation', () => {
    it('returns the CREATED and DELETED values of AWS payload sample as they are', () => {
      const event = patched((raw) => {
        raw.operation = 'DELETED';
      });

      expect(event.operation).toBe('DELETED');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTCoreThingTypeAssociationEvent()).toEqual(
        loadEvent(FIXTURE)
      );
      expect(
        new IoTCoreThingTypeAssociationEvent(
          createIoTCoreThingTypeAssociationEvent({ operation: 'REMOVED' })
        ).operation
      ).toBe('REMOVED');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming thingTypeName when it is absent', () => {
      const event = patched((raw) => {
        delete raw.thingTypeName;
      });

      expectEvtError(
        () => event.thingTypeName,
        MissingFieldError,
        'IoTCoreThingTypeAssociationEvent: thingTypeName is missing'
      );
    });

    it('throws FieldTypeError naming operation when it is not a string', () => {
      const event = patched((raw) => {
        raw.operation = 1;
      });

      expectEvtError(
        () => event.operation,
        FieldTypeError,
        'IoTCoreThingTypeAssociationEvent: operation must be string, got number'
      );
    });
  });
});
