import { isObject } from '@evt/core';
import type { RawCloudFrontRequestEvent } from './cloud-front-request-event';
import type { RawCloudFrontResponseEvent } from './cloud-front-response-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/** The CloudFront part of a value's first record, if it has one. */
function cloudFrontPartOf(raw: unknown): Fields {
  const records = (raw as Fields)?.Records;
  return Array.isArray(records)
    ? ((records[0] as Fields)?.cf as Fields)
    : undefined;
}

/**
 * Whether a value is an event CloudFront sends to a Lambda@Edge function on the viewer request
 * or origin request trigger: its first record's `cf.config.eventType` is `viewer-request` or
 * `origin-request`, and `cf.request` is an object.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, isCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isCloudFrontRequestEvent(raw)) throw new TypeError('not a Lambda@Edge request');
 *   return new CloudFrontRequestEvent(raw).request.rawEvent;
 * };
 * ```
 */
export function isCloudFrontRequestEvent(
  raw: unknown
): raw is RawCloudFrontRequestEvent {
  const cf = cloudFrontPartOf(raw);
  const eventType = (cf?.config as Fields)?.eventType;
  return (
    (eventType === 'viewer-request' || eventType === 'origin-request') &&
    isObject(cf?.request)
  );
}

/**
 * Whether a value is an event CloudFront sends to a Lambda@Edge function on the origin
 * response or viewer response trigger: its first record's `cf.config.eventType` is
 * `origin-response` or `viewer-response`, and `cf.request` and `cf.response` are objects.
 *
 * @example
 * ```ts
 * import { CloudFrontResponseEvent, isCloudFrontResponseEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isCloudFrontResponseEvent(raw)) throw new TypeError('not a Lambda@Edge response');
 *   return new CloudFrontResponseEvent(raw).response.rawEvent;
 * };
 * ```
 */
export function isCloudFrontResponseEvent(
  raw: unknown
): raw is RawCloudFrontResponseEvent {
  const cf = cloudFrontPartOf(raw);
  const eventType = (cf?.config as Fields)?.eventType;
  return (
    (eventType === 'origin-response' || eventType === 'viewer-response') &&
    isObject(cf?.request) &&
    isObject(cf?.response)
  );
}
