import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  IoTButtonEvent,
  MissingFieldError,
  type RawIoTButtonEvent,
} from '../src/index';
import { createIoTButtonEvent } from '../src/testing';

const FIXTURE = 'iot-button-event';

const load = (): IoTButtonEvent =>
  new IoTButtonEvent(loadEvent<RawIoTButtonEvent>(FIXTURE));

/** A fixture with one change, frozen. */
const patched = (patch: (event: Record<string, unknown>) => void) =>
  new IoTButtonEvent(
    patchEvent<RawIoTButtonEvent>(FIXTURE, (event) =>
      patch(event as unknown as Record<string, unknown>)
    )
  );

describe('IoTButtonEvent', () => {
  describe('members', () => {
    it('returns the serial number, the click and the battery voltage', () => {
      const event = load();

      expect(event.serialNumber).toBe('G030JF055364XVRB');
      expect(event.clickType).toBe('SINGLE');
      expect(event.batteryVoltage).toBe('1705mV');
      expect(event.batteryVoltageMillivolts).toBe(1705);
    });
  });

  describe('batteryVoltageMillivolts', () => {
    it.each([
      ['2000 mV', 2000],
      ['1520.5mV', 1520.5],
      ['xxmV', undefined],
      ['1.7V', undefined],
    ])('reads %s as %s', (text, millivolts) => {
      const event = new IoTButtonEvent(
        createIoTButtonEvent({ batteryVoltage: text })
      );

      expect(event.batteryVoltageMillivolts).toBe(millivolts);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample, with the changes merged in', () => {
      expect(createIoTButtonEvent()).toEqual(loadEvent(FIXTURE));
      expect(
        new IoTButtonEvent(createIoTButtonEvent({ clickType: 'LONG' }))
          .clickType
      ).toBe('LONG');
    });
  });

  describe('malformed input', () => {
    it('throws FieldTypeError naming clickType for an undocumented value', () => {
      const event = patched((raw) => {
        raw.clickType = 'TRIPLE';
      });

      expectEvtError(
        () => event.clickType,
        FieldTypeError,
        'IoTButtonEvent: clickType must be SINGLE | DOUBLE | LONG, got "TRIPLE"'
      );
    });

    it('throws MissingFieldError naming batteryVoltage when it is absent', () => {
      const event = patched((raw) => {
        delete raw.batteryVoltage;
      });

      expectEvtError(
        () => event.batteryVoltageMillivolts,
        MissingFieldError,
        'IoTButtonEvent: batteryVoltage is missing'
      );
    });

    it('throws MissingFieldError naming serialNumber when it is absent', () => {
      const event = patched((raw) => {
        delete raw.serialNumber;
      });

      expectEvtError(
        () => event.serialNumber,
        MissingFieldError,
        'IoTButtonEvent: serialNumber is missing'
      );
    });
  });
});
