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
export { isWorkMailEvent } from './guards';
export {
  type RawWorkMailAddress,
  type RawWorkMailEnvelope,
  type RawWorkMailEvent,
  WorkMailAddress,
  WorkMailEnvelope,
  WorkMailEvent,
  type WorkMailFlowDirection,
} from './work-mail-event';
export {
  type WorkMailActionInit,
  type WorkMailActionType,
  type WorkMailOutboundActionType,
  type WorkMailResponseAction,
  type WorkMailRuleAction,
  type WorkMailSynchronousResponse,
  type WorkMailSynchronousResponseOptions,
  workMailSynchronousResponse,
} from './work-mail-synchronous-response';
