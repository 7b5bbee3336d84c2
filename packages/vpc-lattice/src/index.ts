// The errors evt throws and the HTTP base class of both events, re-exported so that handlers
// can use them (and TypeDoc can resolve the links inherited from core) without importing
// @evt/core.
export {
  BaseProxyEvent,
  DecodeError,
  EvtError,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
  ValidationError,
} from '@evt/core';
export {
  isVPCLatticeEvent,
  isVPCLatticeEventV2,
} from './guards';
export {
  type RawVPCLatticeEvent,
  VPCLatticeEvent,
} from './vpc-lattice-event';
export {
  type RawVPCLatticeEventBase,
  VPCLatticeEventBase,
} from './vpc-lattice-event-base';
export {
  type RawVPCLatticeEventV2,
  type RawVPCLatticeEventV2AsProxy,
  type RawVPCLatticeEventV2Identity,
  type RawVPCLatticeEventV2RequestContext,
  VPCLatticeEventV2,
  VPCLatticeEventV2Identity,
  VPCLatticeEventV2RequestContext,
} from './vpc-lattice-event-v2';
export type { VPCLatticeResponse } from './vpc-lattice-response';
