import { type DeepPartial, type Filled, mergeDeep } from '@evt/core/testing';
import viewerRequestSample from '../test/events/cloud-front-request-event.json';
import originRequestSample from '../test/events/cloud-front-request-event.origin-request.json';
import originResponseSample from '../test/events/cloud-front-response-event.json';
import viewerResponseSample from '../test/events/cloud-front-response-event.viewer-response.json';
import type { RawCloudFrontConfig } from './cloud-front-config';
import type { RawCloudFrontRequest } from './cloud-front-request';
import type { RawCloudFrontResponse } from './cloud-front-response';
import type {
  CloudFrontOriginResult,
  CloudFrontRequestBodyResult,
} from './cloud-front-result';

/** A request as the factories build it: every field CloudFront always sends is present. */
export interface SampleCloudFrontRequest
  extends Filled<
    Pick<
      RawCloudFrontRequest,
      'clientIp' | 'method' | 'uri' | 'querystring' | 'headers'
    >
  > {
  /** The origin (origin events only). */
  origin?: CloudFrontOriginResult;
  /** The body (with the include body option only). */
  body?: CloudFrontRequestBodyResult;
}

/** The CloudFront part of a sample request event (`Records[0].cf`). */
export interface SampleCloudFrontRequestEventCf {
  /** The distribution and the trigger. */
  config: Filled<RawCloudFrontConfig>;
  /** The request. */
  request: SampleCloudFrontRequest;
}

/**
 * The event {@link createCloudFrontRequestEvent} returns: a fresh copy that fits both
 * `CloudFrontRequestEvent`'s constructor and the `CloudFrontRequestEvent` of
 * `@types/aws-lambda` (and so a `CloudFrontRequestHandler`).
 */
export interface SampleCloudFrontRequestEvent {
  /** The one record. */
  Records: SampleCloudFrontRequestEventRecord[];
}

/** The one record of a sample request event. */
export interface SampleCloudFrontRequestEventRecord {
  /** The distribution, the trigger and the request. */
  cf: SampleCloudFrontRequestEventCf;
}

/** The CloudFront part of a sample response event (`Records[0].cf`). */
export interface SampleCloudFrontResponseEventCf {
  /** The distribution and the trigger. */
  config: Filled<RawCloudFrontConfig>;
  /** The request the response answers. */
  request: SampleCloudFrontRequest;
  /** The response. */
  response: Filled<RawCloudFrontResponse>;
}

/**
 * The event {@link createCloudFrontResponseEvent} returns: a fresh copy that fits both
 * `CloudFrontResponseEvent`'s constructor and the `CloudFrontResponseEvent` of
 * `@types/aws-lambda`.
 */
export interface SampleCloudFrontResponseEvent {
  /** The one record. */
  Records: SampleCloudFrontResponseEventRecord[];
}

/** The one record of a sample response event. */
export interface SampleCloudFrontResponseEventRecord {
  /** The distribution, the trigger, the request and the response. */
  cf: SampleCloudFrontResponseEventCf;
}

/** Headers as a plain map for the factories: one value or a list of values per name. */
export type SampleHeaders = Readonly<
  Record<string, string | readonly string[]>
>;

/** Headers from a plain map to CloudFront's shape, each name kept as `key`; no restriction applies. */
function cloudFrontShape(
  headers: SampleHeaders
): Record<string, { key: string; value: string }[]> {
  const shaped = new Map<string, { key: string; value: string }[]>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const values = typeof value === 'string' ? [value] : value;
    shaped.set(lower, [
      ...(shaped.get(lower) ?? []),
      ...values.map((text) => ({ key: name, value: text })),
    ]);
  }
  return Object.fromEntries(shaped);
}

/** The request fields both factories can replace. */
export interface CloudFrontSampleRequestOverrides {
  /** The HTTP method. */
  readonly method?: string | undefined;
  /** The path of the requested object, starting with `/`. */
  readonly uri?: string | undefined;
  /** The query string, without the `?`. */
  readonly querystring?: string | undefined;
  /** The viewer's IP address. */
  readonly clientIp?: string | undefined;
}

/** Applies the request fields both factories can replace. */
function applyRequest(
  request: SampleCloudFrontRequest,
  overrides: CloudFrontSampleRequestOverrides
): void {
  const { method, uri, querystring, clientIp } = overrides;
  if (method !== undefined) request.method = method;
  if (uri !== undefined) request.uri = uri;
  if (querystring !== undefined) request.querystring = querystring;
  if (clientIp !== undefined) request.clientIp = clientIp;
}

/** Convenience overrides for {@link createCloudFrontRequestEvent}. */
export interface CloudFrontRequestEventOverrides
  extends CloudFrontSampleRequestOverrides {
  /**
   * The trigger: `viewer-request` (the default, the guide's example viewer request) or
   * `origin-request` (the guide's example origin request, to the custom origin `example.org`).
   */
  readonly eventType?: 'viewer-request' | 'origin-request' | undefined;
  /** The request headers, replacing the sample's, in any case; a list gives several values. */
  readonly headers?: SampleHeaders | undefined;
  /**
   * A request body, as the include body option passes it: sent base64-encoded, not
   * truncated, `read-only`. Text is encoded as UTF-8.
   */
  readonly body?: string | Uint8Array | undefined;
  /** A value serialised to JSON as the body (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Changes merged into the record's `cf` part, at any depth, applied last. */
  readonly cf?: DeepPartial<SampleCloudFrontRequestEventCf> | undefined;
}

/**
 * Builds a Lambda@Edge request event (a fresh copy of the CloudFront Developer Guide's example
 * viewer request, `GET /` from curl, or with `eventType: 'origin-request'` its example origin
 * request) with the given fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new CloudFrontRequestEvent(...)`.
 * @example
 * ```ts
 * import { CloudFrontRequestEvent } from '@evt/cloudfront';
 * import { createCloudFrontRequestEvent } from '@evt/cloudfront/testing';
 *
 * const event = new CloudFrontRequestEvent(
 *   createCloudFrontRequestEvent({
 *     method: 'POST',
 *     uri: '/api/orders',
 *     headers: { Host: 'shop.example.com', 'Content-Type': 'application/json' },
 *     jsonBody: { sku: 'A-1001' },
 *   })
 * );
 * event.request.jsonBody; // { sku: 'A-1001' }
 * ```
 */
export function createCloudFrontRequestEvent(
  overrides: CloudFrontRequestEventOverrides = {}
): SampleCloudFrontRequestEvent {
  const event = structuredClone(
    overrides.eventType === 'origin-request'
      ? originRequestSample
      : viewerRequestSample
  ) as SampleCloudFrontRequestEvent;
  const cf = event.Records[0] as SampleCloudFrontRequestEventRecord;
  applyRequest(cf.cf.request, overrides);
  if (overrides.headers !== undefined) {
    cf.cf.request.headers = cloudFrontShape(overrides.headers);
  }
  const body =
    overrides.jsonBody !== undefined
      ? JSON.stringify(overrides.jsonBody)
      : overrides.body;
  if (body !== undefined) {
    cf.cf.request.body = {
      inputTruncated: false,
      action: 'read-only',
      encoding: 'base64',
      data: Buffer.from(body).toString('base64'),
    };
  }
  mergeDeep(cf.cf, overrides.cf);
  return event;
}

/** Convenience overrides for {@link createCloudFrontResponseEvent}. */
export interface CloudFrontResponseEventOverrides
  extends CloudFrontSampleRequestOverrides {
  /**
   * The trigger: `origin-response` (the default, the guide's example origin response) or
   * `viewer-response` (its example viewer response).
   */
  readonly eventType?: 'origin-response' | 'viewer-response' | undefined;
  /** The HTTP status code of the response. */
  readonly status?: number | string | undefined;
  /** The status description of the response. */
  readonly statusDescription?: string | undefined;
  /** The response headers, replacing the sample's, in any case; a list gives several values. */
  readonly headers?: SampleHeaders | undefined;
  /** The headers of the request the response answers, replacing the sample's. */
  readonly requestHeaders?: SampleHeaders | undefined;
  /** Changes merged into the record's `cf` part, at any depth, applied last. */
  readonly cf?: DeepPartial<SampleCloudFrontResponseEventCf> | undefined;
}

/**
 * Builds a Lambda@Edge response event (a fresh copy of the CloudFront Developer Guide's example
 * origin response, `200 OK` HTML from `example.org`, or with `eventType: 'viewer-response'` its
 * example viewer response) with the given fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new CloudFrontResponseEvent(...)`.
 * @example
 * ```ts
 * import { CloudFrontResponseEvent } from '@evt/cloudfront';
 * import { createCloudFrontResponseEvent } from '@evt/cloudfront/testing';
 *
 * const event = new CloudFrontResponseEvent(
 *   createCloudFrontResponseEvent({ status: 404, statusDescription: 'Not Found' })
 * );
 * event.response.statusCode; // 404
 * ```
 */
export function createCloudFrontResponseEvent(
  overrides: CloudFrontResponseEventOverrides = {}
): SampleCloudFrontResponseEvent {
  const event = structuredClone(
    overrides.eventType === 'viewer-response'
      ? viewerResponseSample
      : originResponseSample
  ) as SampleCloudFrontResponseEvent;
  const { cf } = event.Records[0] as SampleCloudFrontResponseEventRecord;
  applyRequest(cf.request, overrides);
  if (overrides.requestHeaders !== undefined) {
    cf.request.headers = cloudFrontShape(overrides.requestHeaders);
  }
  if (overrides.status !== undefined) {
    cf.response.status = String(overrides.status);
  }
  if (overrides.statusDescription !== undefined) {
    cf.response.statusDescription = overrides.statusDescription;
  }
  if (overrides.headers !== undefined) {
    cf.response.headers = cloudFrontShape(overrides.headers);
  }
  mergeDeep(cf, overrides.cf);
  return event;
}
