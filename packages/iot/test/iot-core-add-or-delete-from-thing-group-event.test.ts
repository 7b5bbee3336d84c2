import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTCoreAddOrDeleteFromThingGroupEvent,
  MissingFieldError,
  type RawIoTCoreAddOrDeleteFromThingGroupEvent,
} from '../src/index';
import { createIoTCoreAddOrDeleteFromThingGroupEvent } from '../src/testing';

const FIXTURE = 'iot-core-add-or-delete-from-thing-group-event';

const load = (variant?: string): IoTCoreAddOrDeleteFromThingGroupEvent =>
  new IoTCoreAddOrDeleteFromThingGroupEvent(
    loadEvent<RawIoTCoreAddOrDeleteFromThingGroupEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTCoreAddOrDeleteFromThingGroupEvent(
    patchEvent<RawIoTCoreAddOrDeleteFromThingGroupEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTCoreAddOrDeleteFromThingGroupEvent', () => {
  describe('members of a child group added', () => {
    it('returns each field of the documented message', () => {
      const event = load();

      expect(event.eventType).toBe('THING_GROUP_HIERARCHY_EVENT');
      expect(event.eventId).toBe('264192c7-b573-46ef-ab7b-489fcd47da41');
      expect(event.timestamp.toISOString()).toBe('2009-02-13T23:31:30.123Z');
      expect(event.operation).toBe('ADDED');
      expect(event.accountId).toBe('123456789012');
      expect(event.thingGroupId).toBe('8f82a106-6b1d-4331-8984-a84db5f6f8cb');
      expect(event.thingGroupName).toBe('MyRootThingGroup');
      expect(event.childGroupId).toBe('06838589-373f-4312-b1f2-53f2192291c4');
      expect(event.childGroupName).toBe('MyChildThingGroup');
    });
  });

  describe('members of a child group removed', () => {
    it('returns the REMOVED operation', () => {
      const event = load('removed');

      expect(event.operation).toBe('REMOVED');
      expect(event.eventId).toBe('375203d8-c684-47f0-bc8c-59a0de58eb52');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTCoreAddOrDeleteFromThingGroupEvent()).toEqual(
        loadEvent(FIXTURE)
      );
      expect(
        new IoTCoreAddOrDeleteFromThingGroupEvent(
          createIoTCoreAddOrDeleteFromThingGroupEvent({
            childGroupName: 'Other',
          })
        ).childGroupName
      ).toBe('Other');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming childGroupName when it is absent', () => {
      const event = patched((raw) => {
        delete raw.childGroupName;
      });

      expectEvtError(
        () => event.childGroupName,
        MissingFieldError,
        'IoTCoreAddOrDeleteFromThingGroupEvent: childGroupName is missing'
      );
    });

    it('throws FieldTypeError naming operation for an undocumented value', () => {
      const event = patched((raw) => {
        raw.operation = 'DELETED';
      });

      expectEvtError(
        () => event.operation,
        FieldTypeError,
        'IoTCoreAddOrDeleteFromThingGroupEvent: operation must be ADDED | REMOVED, got "DELETED"'
      );
    });

    it('throws MissingFieldError naming eventId when it is absent', () => {
      const event = patched((raw) => {
        delete raw.eventId;
      });

      expectEvtError(
        () => event.eventId,
        MissingFieldError,
        'IoTCoreAddOrDeleteFromThingGroupEvent: eventId is missing'
      );
    });
  });
});
