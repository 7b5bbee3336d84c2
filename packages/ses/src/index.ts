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
export { isSESEvent } from './guards';
export {
  type RawSESEvent,
  type RawSESEventRecord,
  type RawSESMail,
  type RawSESMailCommonHeaders,
  type RawSESMailHeader,
  type RawSESMessage,
  type RawSESReceipt,
  type RawSESReceiptAction,
  type RawSESReceiptStatus,
  type SESDmarcPolicy,
  SESEvent,
  SESEventRecord,
  SESMail,
  SESMailCommonHeaders,
  SESMailHeader,
  SESMessage,
  SESReceipt,
  SESReceiptAction,
  type SESReceiptActionType,
  SESReceiptStatus,
  type SESReceiptStatusValue,
} from './ses-event';
