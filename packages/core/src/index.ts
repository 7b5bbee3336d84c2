// @evt/core has two audiences, kept apart here and in the API docs.
//
// For Lambda authors: the base wrapper, the errors to catch, the handler helper, the
// case-insensitive header map, and decoders for values of their own.

// The authoring kit, for writing a source package: the field readers, the structural helpers
// (one per job), the caching sentinel, the error builders, and the bases shared by several
// sources. A Lambda author never needs these; each is tagged `@category Authoring kit`.
export {
  argumentError,
  isObject,
  kindOf,
  nonEmptyStringArgument,
  objectArgument,
} from './argument-error';
export { Base64Data } from './base64-data';
export {
  type BatchItemFailure,
  type BatchItemIdentity,
  type BatchResponse,
  toBatchResponse,
} from './batch-response';
export { addSensitiveNames } from './debug-view';
export {
  DEFAULT_MAX_INFLATED_BYTES,
  DEFAULT_MAX_JSON_BYTES,
  type DecodeOptions,
  decodeBase64,
  decodeBase64Text,
  decodePercentEscapes,
  decodeUtf8,
  encodeBase64,
  type InflateOptions,
  inflate,
  inflateJson,
  type ParseJsonOptions,
  parseJson,
} from './decoding';
export {
  DecodeError,
  EvtError,
  type EvtErrorOptions,
  FieldTypeError,
  MissingFieldError,
  oneLine,
  type PayloadLimit,
  PayloadTooLargeError,
  type PayloadTooLargeErrorOptions,
  ValidationError,
} from './errors';
export {
  EventBridgeEnvelope,
  type RawEventBridgeEnvelope,
} from './event-bridge-envelope';
export { eventSource } from './event-source';
export {
  checkPlainWrapper,
  checkWrapper,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  type FieldLocation,
  fieldError,
  locate,
  optionOf,
  positiveSafeInteger,
} from './event-wrapper';
export {
  arrayOrEmpty,
  type FieldPath,
  mapOrEmpty,
  optionalBoolean,
  optionalNumber,
  optionalObject,
  optionalString,
  optionalStringOf,
  requireArray,
  requireBoolean,
  requireNumber,
  requireObject,
  requireString,
  requireStringArray,
  stringArrayOrEmpty,
  stringMapOrEmpty,
} from './fields';
export {
  type HeaderLookupArgs,
  HeaderMap,
  type HeaderMapOptions,
  type HeaderRecord,
  readHeaderMap,
  readMultiValueHeaderMap,
} from './header-map';
export {
  BaseProxyEvent,
  ownValue,
  parseCookies,
  parseQueryString,
  type RawProxyEventBase,
} from './http';
export {
  BaseProxyEventV2,
  BaseProxyRequestContextV2,
  type RawProxyEventV2Base,
  type RawProxyRequestContextV2Base,
  type RawRequestContextV2AuthorizerIam,
  type RawRequestContextV2AuthorizerIamCognitoIdentity,
  type RawRequestContextV2Http,
  RequestContextV2AuthorizerIam,
  RequestContextV2Http,
} from './http-v2';
export {
  child,
  childOrEmpty,
  decodeNestedCompressedJson,
  decodeNestedJson,
  type EntryOf,
  firstOf,
  type ItemOf,
  optionalChild,
  UNSET,
  type WrapperClass,
  wrapEach,
  wrapEachOrEmpty,
  wrapEntries,
} from './kit';
export { hasOwnKey } from './own-key';
export { dnsSuffixOf, partitionOf } from './partition';
export {
  BaseRecordResultsResponse,
  base64FromJson,
  base64FromString,
  type RecordResult,
  type RecordResultsDict,
  recordResultOf,
} from './record-results';
export type {
  GetterName,
  InferSchemaOutput,
  StandardSchemaIssue,
  StandardSchemaPathSegment,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaTypes,
  StandardSchemaV1,
} from './standard-schema';
export {
  type RawTumblingWindow,
  type RawTumblingWindowBatch,
  TumblingWindow,
  TumblingWindowBatch,
} from './tumbling-window';
