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
  ClientVpnConnectionHandlerEvent,
  type RawClientVpnConnectionHandlerEvent,
} from './client-vpn-connection-handler-event';
export {
  type ClientVpnConnectionHandlerResponse,
  type ClientVpnConnectionHandlerResponseInit,
  type ClientVpnConnectionHandlerResponseV3,
  type ClientVpnResponseSchemaVersion,
  clientVpnConnectionHandlerResponse,
} from './client-vpn-connection-handler-response';
export { isClientVpnConnectionHandlerEvent } from './guards';
