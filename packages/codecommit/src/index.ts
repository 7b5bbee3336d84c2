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
  CodeCommitData,
  CodeCommitEvent,
  type CodeCommitEventName,
  CodeCommitRecord,
  CodeCommitReference,
  type RawCodeCommitData,
  type RawCodeCommitEvent,
  type RawCodeCommitRecord,
  type RawCodeCommitReference,
} from './code-commit-event';
export { isCodeCommitEvent } from './guards';
