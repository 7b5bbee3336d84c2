import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoT1ClickEvent,
  MissingFieldError,
  type RawIoT1ClickEvent,
} from '../src/index';
import { createIoT1ClickEvent } from '../src/testing';

const FIXTURE = 'iot-1-click-event';

const load = (variant?: string): IoT1ClickEvent =>
  new IoT1ClickEvent(
    loadEvent<RawIoT1ClickEvent>(variant ? `${FIXTURE}.${variant}` : FIXTURE)
  );

/** A fixture with one change, frozen. */
const patched = (
  patch: (
    event: Record<string, Record<string, Record<string, unknown>>>
  ) => void
) =>
  new IoT1ClickEvent(
    patchEvent<RawIoT1ClickEvent>(FIXTURE, (event) =>
      patch(
        event as unknown as Record<
          string,
          Record<string, Record<string, unknown>>
        >
      )
    )
  );

describe('IoT1ClickEvent', () => {
  describe('deviceEvent', () => {
    it('returns the click and when it happened', () => {
      const clicked = load().deviceEvent.buttonClicked;

      expect(clicked.clickType).toBe('SINGLE');
      expect(clicked.reportedTime).toBe('2018-05-04T23:26:33.747Z');
      expect(clicked.reportedDate.getTime()).toBe(
        Date.UTC(2018, 4, 4, 23, 26, 33, 747)
      );
    });
  });

  describe('deviceInfo', () => {
    it('returns the device, its type, its remaining life and its attributes', () => {
      const device = load().deviceInfo;

      expect(device.deviceId).toBe('G030PM0123456789');
      expect(device.type).toBe('button');
      expect(device.remainingLife).toBe(5);
      expect(device.attributes).toEqual({
        key3: 'value3',
        key1: 'value1',
        key4: 'value4',
      });
    });
  });

  describe('placementInfo', () => {
    it('returns the project, the placement, its attributes and its devices', () => {
      const placement = load().placementInfo;

      expect(placement?.projectName).toBe('test');
      expect(placement?.placementName).toBe('myPlacement');
      expect(placement?.attributes).toEqual({
        location: 'Seattle',
        equipment: 'printer',
      });
      expect(placement?.devices).toEqual({ myButton: 'G030PM0123456789' });
    });

    it('returns undefined for a device without a placement', () => {
      const event = load('no-placement');

      expect(event.placementInfo).toBeUndefined();
      expect(event.deviceEvent.buttonClicked.clickType).toBe('LONG');
      expect(event.deviceInfo.remainingLife).toBe(76.69762);
      expect(event.deviceInfo.attributes).toEqual({});
    });

    it('returns empty attributes and devices when the placement has none', () => {
      const placement = patched((raw) => {
        delete raw.placementInfo?.attributes;
        delete raw.placementInfo?.devices;
      }).placementInfo;

      expect(placement?.attributes).toEqual({});
      expect(placement?.devices).toEqual({});
    });
  });

  describe('caching', () => {
    it('returns the same wrappers and date on every read', () => {
      const event = load();

      expect(event.deviceEvent).toBe(event.deviceEvent);
      expect(event.deviceEvent.buttonClicked).toBe(
        event.deviceEvent.buttonClicked
      );
      expect(event.deviceInfo).toBe(event.deviceInfo);
      expect(event.placementInfo).toBe(event.placementInfo);
      expect(event.deviceEvent.buttonClicked.reportedDate).toBe(
        event.deviceEvent.buttonClicked.reportedDate
      );
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoT1ClickEvent()).toEqual(loadEvent(FIXTURE));

      const event = new IoT1ClickEvent(
        createIoT1ClickEvent({
          deviceEvent: { buttonClicked: { clickType: 'DOUBLE' } },
        })
      );

      expect(event.deviceEvent.buttonClicked.clickType).toBe('DOUBLE');
      expect(event.deviceEvent.buttonClicked.reportedTime).toBe(
        '2018-05-04T23:26:33.747Z'
      );
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming deviceInfo when it is absent', () => {
      const event = patched((raw) => {
        delete raw.deviceInfo;
      });

      expectEvtError(
        () => event.deviceInfo,
        MissingFieldError,
        'IoT1ClickEvent: deviceInfo is missing'
      );
    });

    it('throws FieldTypeError naming the reported time when it is not a time', () => {
      const event = patched((raw) => {
        (
          raw.deviceEvent?.buttonClicked as Record<string, unknown>
        ).reportedTime = 'yesterday';
      });

      expectEvtError(
        () => event.deviceEvent.buttonClicked.reportedDate,
        FieldTypeError,
        'IoT1ClickEvent: deviceEvent.buttonClicked.reportedTime must be an ISO 8601 time, got string'
      );
    });

    it('throws FieldTypeError naming the click type for an undocumented value', () => {
      const event = patched((raw) => {
        (raw.deviceEvent?.buttonClicked as Record<string, unknown>).clickType =
          'TRIPLE';
      });

      expectEvtError(
        () => event.deviceEvent.buttonClicked.clickType,
        FieldTypeError,
        'IoT1ClickEvent: deviceEvent.buttonClicked.clickType must be SINGLE | DOUBLE | LONG, got "TRIPLE"'
      );
    });

    it('throws FieldTypeError naming remainingLife when it is not a number', () => {
      const event = patched((raw) => {
        (raw.deviceInfo as Record<string, unknown>).remainingLife = '5%';
      });

      expectEvtError(
        () => event.deviceInfo.remainingLife,
        FieldTypeError,
        'IoT1ClickEvent: deviceInfo.remainingLife must be number, got string'
      );
    });
  });
});
