import {
  type DeepPartial,
  type Filled,
  mergeDeep,
  type Sample,
} from '@evt/core/testing';
import v1Sample from '../test/events/vpc-lattice-event.json';
import v2Sample from '../test/events/vpc-lattice-event-v2.json';
import type { RawVPCLatticeEvent } from './vpc-lattice-event';
import type {
  RawVPCLatticeEventV2,
  RawVPCLatticeEventV2Identity,
  RawVPCLatticeEventV2RequestContext,
} from './vpc-lattice-event-v2';

/** The fields of a version 1 event that the sample always fills. */
export type FilledV1Field =
  | 'headers'
  | 'query_string_parameters'
  | 'is_base64_encoded';

/** The fields of a version 2 event that the sample always fills. */
export type FilledV2Field =
  | 'headers'
  | 'queryStringParameters'
  | 'isBase64Encoded';

/**
 * The version 1 event {@link createVPCLatticeEvent} returns: a fresh copy that fits
 * `VPCLatticeEvent`'s constructor (`@types/aws-lambda` has no VPC Lattice types).
 */
export interface SampleVPCLatticeEvent
  extends Sample<Omit<RawVPCLatticeEvent, FilledV1Field>>,
    Filled<Pick<RawVPCLatticeEvent, FilledV1Field>> {}

/** The request context of a version 2 event as {@link createVPCLatticeEventV2} builds it. */
export interface SampleVPCLatticeEventV2RequestContext
  extends Sample<Omit<RawVPCLatticeEventV2RequestContext, 'identity'>> {
  /** Who sent the request. */
  identity: Sample<RawVPCLatticeEventV2Identity>;
}

/**
 * The version 2 event {@link createVPCLatticeEventV2} returns: a fresh copy that fits
 * `VPCLatticeEventV2`'s constructor.
 */
export interface SampleVPCLatticeEventV2
  extends Sample<Omit<RawVPCLatticeEventV2, FilledV2Field | 'requestContext'>>,
    Filled<Pick<RawVPCLatticeEventV2, FilledV2Field>> {
  /** The request context. */
  requestContext: SampleVPCLatticeEventV2RequestContext;
}

/** The fields both factories can replace, named after the getters that read them. */
interface RequestOverrides<THeaderValue> {
  /** The HTTP method. */
  readonly method?: string | undefined;
  /** The request headers; they replace the sample's. */
  readonly headers?: Readonly<Record<string, THeaderValue>> | undefined;
  /** The query string parameters; they replace the sample's. */
  readonly queryStringParameters?:
    | Readonly<Record<string, THeaderValue>>
    | undefined;
  /** The body text, as sent; `null` for none. */
  readonly body?: string | null | undefined;
  /** A value sent as the JSON body, not base64 encoded (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Whether the body is base64 encoded. */
  readonly isBase64Encoded?: boolean | undefined;
}

/** Convenience overrides for {@link createVPCLatticeEvent}. */
export interface VPCLatticeEventOverrides extends RequestOverrides<string> {
  /** The request path, set in `raw_path`. */
  readonly rawPath?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleVPCLatticeEvent> | undefined;
}

/** Convenience overrides for {@link createVPCLatticeEventV2}. */
export interface VPCLatticeEventV2Overrides
  extends RequestOverrides<string | readonly string[]> {
  /** The request path. */
  readonly path?: string | undefined;
  /**
   * Who sent the request, replacing the sample's IAM caller: e.g. `{ sourceVpcArn }` alone
   * for a service with auth type `NONE`, or the `x509…` fields of Roles Anywhere.
   */
  readonly identity?: RawVPCLatticeEventV2Identity | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleVPCLatticeEventV2> | undefined;
}

/** The request body an override asks for, with whether it is base64, or `undefined` to keep the sample's. */
function requestedBody(
  overrides: RequestOverrides<unknown>
): { body: string | null; base64: boolean | undefined } | undefined {
  if (overrides.jsonBody !== undefined) {
    return { body: JSON.stringify(overrides.jsonBody), base64: false };
  }
  return overrides.body === undefined
    ? undefined
    : { body: overrides.body, base64: undefined };
}

/** Every value as a list, the way version 2 events carry headers and parameters. */
function asLists(
  values: Readonly<Record<string, string | readonly string[]>>
): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(values)) {
    lists[name] = typeof value === 'string' ? [value] : [...value];
  }
  return lists;
}

/**
 * Builds a version 1 VPC Lattice event (a fresh copy of the package's sample: `POST /orders`
 * with a base64 JSON body) with the given fields replaced.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new VPCLatticeEvent(...)`.
 * @example
 * ```ts
 * import { VPCLatticeEvent } from '@evt/vpc-lattice';
 * import { createVPCLatticeEvent } from '@evt/vpc-lattice/testing';
 *
 * const event = new VPCLatticeEvent(
 *   createVPCLatticeEvent({ method: 'PUT', jsonBody: { orderId: 'o-2' } })
 * );
 * event.jsonBody; // { orderId: 'o-2' }
 * ```
 */
export function createVPCLatticeEvent(
  overrides: VPCLatticeEventOverrides = {}
): SampleVPCLatticeEvent {
  const event: SampleVPCLatticeEvent = structuredClone(v1Sample);
  if (overrides.method !== undefined) event.method = overrides.method;
  if (overrides.rawPath !== undefined) event.raw_path = overrides.rawPath;
  if (overrides.headers !== undefined) event.headers = { ...overrides.headers };
  if (overrides.queryStringParameters !== undefined) {
    event.query_string_parameters = { ...overrides.queryStringParameters };
  }
  const requested = requestedBody(overrides);
  if (requested) {
    event.body = requested.body;
    event.is_base64_encoded = requested.base64 ?? event.is_base64_encoded;
  }
  if (overrides.isBase64Encoded !== undefined) {
    event.is_base64_encoded = overrides.isBase64Encoded;
  }
  return mergeDeep(event, overrides.event);
}

/**
 * Builds a version 2 VPC Lattice event (a fresh copy of the package's sample: `POST /orders`
 * from an IAM-authenticated caller, with a JSON body) with the given fields replaced. Header
 * and query values may be given as one string or as a list.
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new VPCLatticeEventV2(...)`.
 * @example
 * ```ts
 * import { VPCLatticeEventV2 } from '@evt/vpc-lattice';
 * import { createVPCLatticeEventV2 } from '@evt/vpc-lattice/testing';
 *
 * const event = new VPCLatticeEventV2(
 *   createVPCLatticeEventV2({
 *     method: 'GET',
 *     path: '/orders/o-1',
 *     queryStringParameters: { fields: ['id', 'status'] },
 *     identity: { sourceVpcArn: 'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-1' },
 *   })
 * );
 * event.queryStringParameters.fields; // 'id,status'
 * ```
 */
export function createVPCLatticeEventV2(
  overrides: VPCLatticeEventV2Overrides = {}
): SampleVPCLatticeEventV2 {
  const event: SampleVPCLatticeEventV2 = structuredClone(v2Sample);
  if (overrides.method !== undefined) event.method = overrides.method;
  if (overrides.path !== undefined) event.path = overrides.path;
  if (overrides.headers !== undefined) {
    event.headers = asLists(overrides.headers);
  }
  if (overrides.queryStringParameters !== undefined) {
    event.queryStringParameters = asLists(overrides.queryStringParameters);
  }
  if (overrides.identity !== undefined) {
    event.requestContext.identity = structuredClone(
      overrides.identity
    ) as Sample<RawVPCLatticeEventV2Identity>;
  }
  const requested = requestedBody(overrides);
  if (requested) {
    event.body = requested.body;
    event.isBase64Encoded = requested.base64 ?? event.isBase64Encoded;
  }
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  return mergeDeep(event, overrides.event);
}
