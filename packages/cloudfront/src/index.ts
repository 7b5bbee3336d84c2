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
  CloudFrontConfig,
  type CloudFrontEventType,
  type RawCloudFrontConfig,
} from './cloud-front-config';
export {
  CloudFrontMessage,
  type RawCloudFrontHeader,
  type RawCloudFrontHeaders,
  type RawCloudFrontMessage,
} from './cloud-front-headers';
export {
  CloudFrontCustomOrigin,
  CloudFrontOrigin,
  CloudFrontOriginBase,
  CloudFrontS3Origin,
  type RawCloudFrontCustomOrigin,
  type RawCloudFrontOrigin,
  type RawCloudFrontOriginBase,
  type RawCloudFrontS3Origin,
} from './cloud-front-origin';
export {
  CloudFrontRecord,
  type RawCloudFrontRecord,
  type RawCloudFrontRecordCf,
} from './cloud-front-record';
export {
  type CloudFrontBodyAction,
  type CloudFrontBodyEncoding,
  CloudFrontRequest,
  CloudFrontRequestBody,
  type RawCloudFrontRequest,
  type RawCloudFrontRequestBody,
} from './cloud-front-request';
export {
  CloudFrontRequestEvent,
  CloudFrontRequestEventRecord,
  type RawCloudFrontRequestEvent,
  type RawCloudFrontRequestEventRecord,
} from './cloud-front-request-event';
export {
  CloudFrontResponse,
  type RawCloudFrontResponse,
} from './cloud-front-response';
export {
  CloudFrontResponseEvent,
  CloudFrontResponseEventRecord,
  type RawCloudFrontResponseEvent,
  type RawCloudFrontResponseEventCf,
  type RawCloudFrontResponseEventRecord,
} from './cloud-front-response-event';
export {
  type CloudFrontCustomOriginResult,
  type CloudFrontGeneratedResponse,
  type CloudFrontGeneratedResponseInit,
  type CloudFrontHeaderChanges,
  type CloudFrontOriginResult,
  type CloudFrontRequestBodyResult,
  type CloudFrontRequestChanges,
  type CloudFrontRequestResult,
  type CloudFrontResponseChanges,
  type CloudFrontS3OriginResult,
  generatedResponse,
  modifiedRequest,
  modifiedResponse,
} from './cloud-front-result';
export { isCloudFrontRequestEvent, isCloudFrontResponseEvent } from './guards';
export {
  type CloudFrontHeaderRestriction,
  type CloudFrontHeaders,
  type CloudFrontHeadersInit,
  type CloudFrontHeaderValue,
  headerRestriction,
  toCloudFrontHeaders,
} from './header-restrictions';
