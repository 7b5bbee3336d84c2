import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';

describe('@evt/iot', () => {
  it('is named after its folder', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

    expect(manifest.name).toBe('@evt/iot');
  });

  it('exports exactly its wrappers, its response builders and the error classes', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DecodeError',
        'EvtError',
        'FieldTypeError',
        'MissingFieldError',
        'PayloadTooLargeError',
        'ValidationError',
        'IoT1ClickButtonClicked',
        'IoT1ClickDeviceEvent',
        'IoT1ClickDeviceInfo',
        'IoT1ClickEvent',
        'IoT1ClickPlacementInfo',
        'IoTButtonEvent',
        'IoTCoreAddOrDeleteFromThingGroupEvent',
        'IoTCoreAddOrRemoveFromThingGroupEvent',
        'IoTCoreRegistryEventsBase',
        'IoTCoreThingEvent',
        'IoTCoreThingGroupEvent',
        'IoTCoreThingTypeAssociationEvent',
        'IoTCoreThingTypeEvent',
        'IoTCustomAuthorizerConnectionMetadata',
        'IoTCustomAuthorizerEvent',
        'IoTCustomAuthorizerHttpData',
        'IoTCustomAuthorizerMqttData',
        'IoTCustomAuthorizerProtocolData',
        'IoTCustomAuthorizerTlsData',
        'IoTPreProvisioningHookEvent',
        'buildIoTCustomAuthorizerResponse',
        'buildIoTPreProvisioningHookResponse',
        'isIoTCoreThingEvent',
        'isIoTCoreThingTypeEvent',
        'isIoTCoreThingTypeAssociationEvent',
        'isIoTCoreThingGroupEvent',
        'isIoTCoreAddOrRemoveFromThingGroupEvent',
        'isIoTCoreAddOrDeleteFromThingGroupEvent',
        'isIoTCustomAuthorizerEvent',
        'isIoTPreProvisioningHookEvent',
        'isIoTButtonEvent',
        'isIoT1ClickEvent',
      ].sort()
    );
  });
});
