import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTCoreAddOrRemoveFromThingGroupEvent,
  MissingFieldError,
  type RawIoTCoreAddOrRemoveFromThingGroupEvent,
} from '../src/index';
import { createIoTCoreAddOrRemoveFromThingGroupEvent } from '../src/testing';

const FIXTURE = 'iot-core-add-or-remove-from-thing-group-event';

const load = (variant?: string): IoTCoreAddOrRemoveFromThingGroupEvent =>
  new IoTCoreAddOrRemoveFromThingGroupEvent(
    loadEvent<RawIoTCoreAddOrRemoveFromThingGroupEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTCoreAddOrRemoveFromThingGroupEvent(
    patchEvent<RawIoTCoreAddOrRemoveFromThingGroupEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTCoreAddOrRemoveFromThingGroupEvent', () => {
  describe('members of a thing added to a group', () => {
    it('returns each field of the documented message', () => {
      const event = load();

      expect(event.eventType).toBe('THING_GROUP_MEMBERSHIP_EVENT');
      expect(event.eventId).toBe('d684bd5f-6f6e-48e1-950c-766ac7f02fd1');
      expect(event.timestamp.toISOString()).toBe('2009-02-13T23:31:30.123Z');
      expect(event.operation).toBe('ADDED');
      expect(event.accountId).toBe('123456789012');
      expect(event.groupArn).toBe(
        'arn:aws:iot:ap-northeast-2:123456789012:thinggroup/MyChildThingGroup'
      );
      expect(event.groupId).toBe('06838589-373f-4312-b1f2-53f2192291c4');
      expect(event.thingArn).toBe(
        'arn:aws:iot:ap-northeast-2:123456789012:thing/MyThing'
      );
      expect(event.thingId).toBe('b604f69c-aa9a-4d4a-829e-c480e958a0b5');
      expect(event.membershipId).toBe('8505ebf8-4d32-4286-80e9-c23a4a16bbd8');
    });
  });

  describe('members of a thing removed from a group', () => {
    it('returns the REMOVED operation', () => {
      const event = load('removed');

      expect(event.operation).toBe('REMOVED');
      expect(event.eventId).toBe('e795ce60-7a7f-49f2-861d-877bd8013fe2');
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTCoreAddOrRemoveFromThingGroupEvent()).toEqual(
        loadEvent(FIXTURE)
      );
      expect(
        new IoTCoreAddOrRemoveFromThingGroupEvent(
          createIoTCoreAddOrRemoveFromThingGroupEvent({ operation: 'REMOVED' })
        ).operation
      ).toBe('REMOVED');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming membershipId when it is absent', () => {
      const event = patched((raw) => {
        delete raw.membershipId;
      });

      expectEvtError(
        () => event.membershipId,
        MissingFieldError,
        'IoTCoreAddOrRemoveFromThingGroupEvent: membershipId is missing'
      );
    });

    it('throws FieldTypeError naming operation for an undocumented value', () => {
      const event = patched((raw) => {
        raw.operation = 'CREATED';
      });

      expectEvtError(
        () => event.operation,
        FieldTypeError,
        'IoTCoreAddOrRemoveFromThingGroupEvent: operation must be ADDED | REMOVED, got "CREATED"'
      );
    });

    it('throws FieldTypeError naming eventType for another kind of registry event', () => {
      const event = patched((raw) => {
        raw.eventType = 'THING_GROUP_HIERARCHY_EVENT';
      });

      expectEvtError(
        () => event.eventType,
        FieldTypeError,
        'IoTCoreAddOrRemoveFromThingGroupEvent: eventType must be THING_GROUP_MEMBERSHIP_EVENT, got "THING_GROUP_HIERARCHY_EVENT"'
      );
    });
  });
});
