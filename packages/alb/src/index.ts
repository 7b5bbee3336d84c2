// The errors evt throws and the base class of the event, re-exported so that handlers can use
// them (and TypeDoc can resolve the links inherited from core) without importing @evt/core.
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
  ALBEvent,
  ALBEventRequestContext,
  type RawALBEvent,
  type RawALBEventElb,
  type RawALBEventRequestContext,
} from './alb-event';
export {
  type ALBHeaderValue,
  type ALBResponse,
  type ALBResponseInit,
  albResponse,
} from './alb-response';
export { isALBEvent } from './guards';
