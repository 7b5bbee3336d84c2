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
  DocumentDBChangeEvent,
  DocumentDBEvent,
  DocumentDBEventRecord,
  type DocumentDBOperationType,
  DocumentDBUpdateDescription,
  type RawDocumentDBChangeEvent,
  type RawDocumentDBDocumentId,
  type RawDocumentDBDocumentKey,
  type RawDocumentDBEvent,
  type RawDocumentDBEventRecord,
  type RawDocumentDBNamespace,
  type RawDocumentDBResumeToken,
  type RawDocumentDBTimestamp,
  type RawDocumentDBUpdateDescription,
} from './document-db-event';
export { isDocumentDBEvent } from './guards';
