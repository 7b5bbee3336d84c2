import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTCoreThingGroupEvent,
  MissingFieldError,
  type RawIoTCoreThingGroupEvent,
} from '../src/index';
import { createIoTCoreThingGroupEvent } from '../src/testing';

const FIXTURE = 'iot-core-thing-group-event';

const load = (variant?: string): IoTCoreThingGroupEvent =>
  new IoTCoreThingGroupEvent(
    loadEvent<RawIoTCoreThingGroupEvent>(
      variant ? `${FIXTURE}.${variant}` : FIXTURE
    )
  );

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTCoreThingGroupEvent(
    patchEvent<RawIoTCoreThingGroupEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTCoreThingGroupEvent', () => {
  describe('members of an updated group', () => {
    it('returns each field of the documented message', () => {
      const event = load();

      expect(event.eventType).toBe('THING_GROUP_EVENT');
      expect(event.eventId).toBe('8b9ea8626aeaa1e42100f3f32b975899');
      expect(event.timestamp.toISOString()).toBe('2020-10-29T18:16:57.409Z');
      expect(event.operation).toBe('UPDATED');
      expect(event.accountId).toBe('571EXAMPLE833');
      expect(event.thingGroupId).toBe('8757eec8-bb37-4cca-a6fa-403b003d139f');
      expect(event.thingGroupName).toBe('Tg_level5');
      expect(event.versionNumber).toBe(3);
      expect(event.parentGroupName).toBe('Tg_level4');
      expect(event.parentGroupId).toBe('5fce366a-7875-4c0e-870b-79d8d1dce119');
      expect(event.description).toBe('New description for Tg_level5');
      expect(event.attributes).toEqual({
        attribute1: 'value1',
        attribute3: 'value3',
        attribute2: 'value2',
      });
      expect(event.dynamicGroupMappingId).toBeUndefined();
    });

    it('returns the ancestors from the root down to the parent', () => {
      const ancestors = load().rootToParentThingGroups;

      expect(ancestors).toHaveLength(5);
      expect(ancestors[0]).toEqual({
        groupArn: 'arn:aws:iot:us-west-2:571EXAMPLE833:thinggroup/TgTopLevel',
        groupId: '36aa0482-f80d-4e13-9bff-1c0a75c055f6',
      });
      expect(ancestors[4]).toEqual({
        groupArn: 'arn:aws:iot:us-west-2:571EXAMPLE833:thinggroup/Tg_level4',
        groupId: '5fce366a-7875-4c0e-870b-79d8d1dce119',
      });
    });
  });

  describe('members of a created root group', () => {
    it('returns no parent, no ancestors, no description and no attributes', () => {
      const event = load('created');

      expect(event.operation).toBe('CREATED');
      expect(event.thingGroupName).toBe('TgTopLevel');
      expect(event.versionNumber).toBe(1);
      expect(event.parentGroupName).toBeUndefined();
      expect(event.parentGroupId).toBeUndefined();
      expect(event.description).toBeUndefined();
      expect(event.rootToParentThingGroups).toEqual([]);
      expect(event.attributes).toEqual({});
    });
  });

  describe('members of a deleted dynamic group', () => {
    it('returns the dynamic group mapping ID', () => {
      const event = load('deleted');

      expect(event.operation).toBe('DELETED');
      expect(event.dynamicGroupMappingId).toBe(
        '6b2f0c1e-8a3d-4e5f-9b7c-2d1e0f3a4b5c'
      );
      expect(
        event.rootToParentThingGroups.map((group) => group.groupId)
      ).toEqual(['36aa0482-f80d-4e13-9bff-1c0a75c055f6']);
    });
  });

  describe('rootToParentThingGroups', () => {
    it('returns an empty array when the message has none', () => {
      const event = patched((raw) => {
        delete raw.rootToParentThingGroups;
      });

      expect(event.rootToParentThingGroups).toEqual([]);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTCoreThingGroupEvent()).toEqual(loadEvent(FIXTURE));

      const event = new IoTCoreThingGroupEvent(
        createIoTCoreThingGroupEvent({ operation: 'DELETED', versionNumber: 4 })
      );

      expect(event.operation).toBe('DELETED');
      expect(event.versionNumber).toBe(4);
      expect(event.thingGroupName).toBe('Tg_level5');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming versionNumber when it is absent', () => {
      const event = patched((raw) => {
        delete raw.versionNumber;
      });

      expectEvtError(
        () => event.versionNumber,
        MissingFieldError,
        'IoTCoreThingGroupEvent: versionNumber is missing'
      );
    });

    it('throws FieldTypeError naming eventType for another kind of registry event', () => {
      const event = patched((raw) => {
        raw.eventType = 'THING_GROUP_MEMBERSHIP_EVENT';
      });

      expectEvtError(
        () => event.eventType,
        FieldTypeError,
        'IoTCoreThingGroupEvent: eventType must be THING_GROUP_EVENT, got "THING_GROUP_MEMBERSHIP_EVENT"'
      );
    });

    it('throws FieldTypeError naming parentGroupId when it is not a string', () => {
      const event = patched((raw) => {
        raw.parentGroupId = 42;
      });

      expectEvtError(
        () => event.parentGroupId,
        FieldTypeError,
        'IoTCoreThingGroupEvent: parentGroupId must be string, got number'
      );
    });
  });
});
