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
  CONNECT_CONTACT_FLOW_CHANNELS,
  CONNECT_CONTACT_FLOW_ENDPOINT_TYPES,
  CONNECT_CONTACT_FLOW_INITIATION_METHODS,
  type ConnectContactFlowChannel,
  ConnectContactFlowData,
  ConnectContactFlowEndpoint,
  type ConnectContactFlowEndpointType,
  ConnectContactFlowEvent,
  type ConnectContactFlowInitiationMethod,
  ConnectContactFlowMediaStreamAudio,
  ConnectContactFlowMediaStreamCustomer,
  ConnectContactFlowMediaStreams,
  ConnectContactFlowQueue,
  type RawConnectContactFlowCampaign,
  type RawConnectContactFlowData,
  type RawConnectContactFlowDetails,
  type RawConnectContactFlowEndpoint,
  type RawConnectContactFlowEvent,
  type RawConnectContactFlowMediaStreamAudio,
  type RawConnectContactFlowMediaStreamCustomer,
  type RawConnectContactFlowMediaStreams,
  type RawConnectContactFlowQueue,
  type RawConnectContactFlowReference,
  type RawConnectContactFlowSegmentAttributeValue,
} from './connect-contact-flow-event';
export {
  type ConnectContactFlowResponse,
  type ConnectResponseValue,
  connectResponse,
} from './connect-response';
export { isConnectContactFlowEvent } from './guards';
