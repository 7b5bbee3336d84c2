import {
  BaseProxyEvent,
  type EventWrapper,
  type RawProxyEventBase,
  requireString,
} from '@evt/core';

/** The fields both versions of the event VPC Lattice sends to a Lambda target carry, as AWS documents them. */
export interface RawVPCLatticeEventBase {
  /** The HTTP method of the request: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT. */
  method: string;
  /** The body of the request, as text or base64; absent when the request has none. */
  body?: string | null;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function lattice(wrapper: EventWrapper): EventWrapper<RawVPCLatticeEventBase> {
  return wrapper as EventWrapper<RawVPCLatticeEventBase>;
}

/**
 * What both versions of the event that Amazon VPC Lattice sends to a Lambda target share: the
 * HTTP method, and (from `BaseProxyEvent`) the headers, query string and body helpers.
 * {@link VPCLatticeEvent} (version 1) and {@link VPCLatticeEventV2} are linked to it with
 * `extendEventWrapper` (it keeps no state of its own); a function that takes either can be typed
 * with it.
 *
 * `TBody` types `jsonBody`; it is not checked at runtime.
 *
 * @example
 * ```ts
 * import type { VPCLatticeEventBase } from '@evt/vpc-lattice';
 *
 * export function describeRequest(event: VPCLatticeEventBase): string {
 *   return `${event.method} ${event.path} (${event.headers.get('content-type') ?? 'no body type'})`;
 * }
 * ```
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export class VPCLatticeEventBase<
  TRaw extends RawVPCLatticeEventBase &
    RawProxyEventBase = RawVPCLatticeEventBase & RawProxyEventBase,
  TBody = unknown,
> extends BaseProxyEvent<TRaw, TBody> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'VPCLatticeEventBase';

  /** The HTTP method of the request: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT (`method`). */
  get method(): string {
    return requireString(lattice(this), this.raw.method, 'method');
  }

  /** The HTTP method of the request, the same as {@link VPCLatticeEventBase.method} (`method`). */
  override get httpMethod(): string {
    return this.method;
  }
}
