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
export { isTransferFamilyAuthorizer } from './guards';
export {
  type RawTransferFamilyAuthorizer,
  TransferFamilyAuthorizer,
  type TransferFamilyProtocol,
} from './transfer-family-authorizer';
export {
  type TransferFamilyAnyAuthenticationOptions,
  type TransferFamilyAuthenticationOptions,
  TransferFamilyAuthorizerResponse,
  type TransferFamilyAuthorizerResponseDict,
  type TransferFamilyEfsAuthenticationOptions,
  type TransferFamilyHomeDirectoryMapping,
  type TransferFamilyHomeDirectoryType,
  type TransferFamilyPosixProfile,
} from './transfer-family-authorizer-response';
