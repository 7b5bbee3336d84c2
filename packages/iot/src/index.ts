// The errors evt throws, re-exported so that handlers can catch them (and TypeDoc can resolve
// the `@throws` links inherited from `EventWrapper`) without importing @evt/core.
export {
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  isIoT1ClickEvent,
  isIoTButtonEvent,
  isIoTCoreAddOrDeleteFromThingGroupEvent,
  isIoTCoreAddOrRemoveFromThingGroupEvent,
  isIoTCoreThingEvent,
  isIoTCoreThingGroupEvent,
  isIoTCoreThingTypeAssociationEvent,
  isIoTCoreThingTypeEvent,
  isIoTCustomAuthorizerEvent,
  isIoTPreProvisioningHookEvent,
} from './guards';
export {
  IoT1ClickButtonClicked,
  IoT1ClickDeviceEvent,
  IoT1ClickDeviceInfo,
  IoT1ClickEvent,
  IoT1ClickPlacementInfo,
  type RawIoT1ClickButtonClicked,
  type RawIoT1ClickDeviceEvent,
  type RawIoT1ClickDeviceInfo,
  type RawIoT1ClickEvent,
  type RawIoT1ClickPlacementInfo,
} from './iot-1-click-event';
export {
  type IoTButtonClickType,
  IoTButtonEvent,
  type RawIoTButtonEvent,
} from './iot-button-event';
export {
  IoTCoreAddOrDeleteFromThingGroupEvent,
  type RawIoTCoreAddOrDeleteFromThingGroupEvent,
} from './iot-core-add-or-delete-from-thing-group-event';
export {
  IoTCoreAddOrRemoveFromThingGroupEvent,
  type RawIoTCoreAddOrRemoveFromThingGroupEvent,
} from './iot-core-add-or-remove-from-thing-group-event';
export {
  type IoTCoreAddRemoveOperation,
  type IoTCoreCrudOperation,
  IoTCoreRegistryEventsBase,
  type RawIoTCoreRegistryEventsBase,
} from './iot-core-registry-events-base';
export {
  IoTCoreThingEvent,
  type RawIoTCoreThingEvent,
} from './iot-core-thing-event';
export {
  type IoTCoreThingGroupAncestor,
  IoTCoreThingGroupEvent,
  type RawIoTCoreThingGroupEvent,
} from './iot-core-thing-group-event';
export {
  IoTCoreThingTypeAssociationEvent,
  type IoTCoreThingTypeAssociationOperation,
  type RawIoTCoreThingTypeAssociationEvent,
} from './iot-core-thing-type-association-event';
export {
  type IoTCorePropagatingAttribute,
  IoTCoreThingTypeEvent,
  type RawIoTCoreThingTypeEvent,
} from './iot-core-thing-type-event';
export {
  IoTCustomAuthorizerConnectionMetadata,
  IoTCustomAuthorizerEvent,
  IoTCustomAuthorizerHttpData,
  IoTCustomAuthorizerMqttData,
  type IoTCustomAuthorizerProtocol,
  IoTCustomAuthorizerProtocolData,
  IoTCustomAuthorizerTlsData,
  type RawIoTCustomAuthorizerConnectionMetadata,
  type RawIoTCustomAuthorizerEvent,
  type RawIoTCustomAuthorizerHttpData,
  type RawIoTCustomAuthorizerMqttData,
  type RawIoTCustomAuthorizerProtocolData,
  type RawIoTCustomAuthorizerTlsData,
} from './iot-custom-authorizer-event';
export {
  buildIoTCustomAuthorizerResponse,
  type IoTCustomAuthorizerResponse,
  type IoTCustomAuthorizerResponseOptions,
  type IoTPolicyDocument,
  type IoTPolicyStatement,
} from './iot-custom-authorizer-response';
export {
  IoTPreProvisioningHookEvent,
  type RawIoTPreProvisioningHookEvent,
} from './iot-pre-provisioning-hook-event';
export {
  buildIoTPreProvisioningHookResponse,
  type IoTPreProvisioningHookResponse,
  type IoTPreProvisioningHookResponseOptions,
} from './iot-pre-provisioning-hook-response';
