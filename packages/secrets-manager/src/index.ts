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
export { isSecretsManagerEvent } from './guards';
export {
  type RawSecretsManagerEvent,
  SecretsManagerEvent,
  type SecretsManagerRotationStep,
} from './secrets-manager-event';
