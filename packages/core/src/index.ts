export {
  DEFAULT_MAX_INFLATED_BYTES,
  decodeBase64,
  decodeBase64Text,
  decodeUtf8,
  encodeBase64,
  inflate,
  parseJson,
} from './decoding';
export {
  DecodeError,
  EvtError,
  type EvtErrorOptions,
  FieldTypeError,
  MissingFieldError,
  PayloadTooLargeError,
} from './errors';
export { eventSource } from './event-source';
export {
  type EventOptions,
  EventWrapper,
  type FieldLocation,
  fieldError,
  kindOf,
  locate,
  optionOf,
} from './event-wrapper';
export {
  arrayOrEmpty,
  decodeNestedJson,
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
  stringArrayOrEmpty,
  stringMapOrEmpty,
  type WrapperClass,
  wrapEach,
} from './fields';
export {
  HeaderMap,
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
export { type RawTumblingWindow, TumblingWindow } from './tumbling-window';
