import {
  checkWrapper,
  type EventOptions,
  extendEventWrapper,
  HeaderMap,
  optionalBoolean,
  requireString,
  stringMapOrEmpty,
} from '@evt/core';
import {
  type RawVPCLatticeEventBase,
  VPCLatticeEventBase,
} from './vpc-lattice-event-base';

/**
 * The event VPC Lattice sends to a Lambda target whose target group uses event structure
 * version 1, as AWS documents it. Its field names are snake case.
 */
export interface RawVPCLatticeEvent extends RawVPCLatticeEventBase {
  /** The path of the request, as sent. */
  raw_path: string;
  /** The request headers, one value each (a repeated header's values joined with commas). */
  headers?: Record<string, string | undefined> | null;
  /** The query string parameters, one value each. */
  query_string_parameters?: Record<string, string | undefined> | null;
  /** Whether `body` is base64 encoded. */
  is_base64_encoded?: boolean | null;
}

export interface VPCLatticeEvent<TBody = unknown>
  extends VPCLatticeEventBase<RawVPCLatticeEvent, TBody> {}
/**
 * Wrapper for the event that Amazon VPC Lattice sends when a listener rule forwards a request
 * to a Lambda target group that uses event structure version 1. `TBody` types
 * {@link VPCLatticeEvent.jsonBody}; it is not checked at runtime.
 *
 * Return a {@link VPCLatticeResponse} for VPC Lattice to send back to the client.
 *
 * @example
 * ```ts
 * import {
 *   VPCLatticeEvent,
 *   type RawVPCLatticeEvent,
 *   type VPCLatticeResponse,
 * } from '@evt/vpc-lattice';
 *
 * export const handler = async (
 *   raw: RawVPCLatticeEvent
 * ): Promise<VPCLatticeResponse> => {
 *   const event = new VPCLatticeEvent<{ orderId: string }>(raw);
 *   return {
 *     statusCode: 200,
 *     statusDescription: '200 OK',
 *     headers: { 'content-type': 'application/json' },
 *     body: JSON.stringify({
 *       route: `${event.method} ${event.rawPath}`,
 *       order: event.jsonBody?.orderId ?? event.getQueryStringValue('order-id'),
 *     }),
 *     isBase64Encoded: false,
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class VPCLatticeEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    VPCLatticeEvent,
    'VPCLatticeEvent',
    VPCLatticeEventBase
  );
  declare protected readonly raw: RawVPCLatticeEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawVPCLatticeEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #resolvedHeadersField?: HeaderMap;

  /** The path of the request, as sent (`raw_path`). */
  get rawPath(): string {
    return requireString(this, this.raw.raw_path, 'raw_path');
  }

  /** The path of the request: the same as {@link VPCLatticeEvent.rawPath} (`raw_path`). */
  get path(): string {
    return this.rawPath;
  }

  /** Whether VPC Lattice base64-encoded the body (`is_base64_encoded`); `false` when absent. */
  get isBase64Encoded(): boolean {
    return (
      optionalBoolean(this, this.raw.is_base64_encoded, 'is_base64_encoded') ??
      false
    );
  }

  /** The query string parameters, one value each (`query_string_parameters`). Empty object when the event has none. */
  get queryStringParameters(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.query_string_parameters,
      'query_string_parameters'
    );
  }

  /**
   * The headers used for resolving a request: {@link VPCLatticeEvent.headers} with each
   * comma-joined value split into its parts, names and order kept (`getAll(name)` gives the
   * parts, `get(name)` the first). Built once.
   *
   * @throws {@link FieldTypeError} when a header's value is not a string.
   */
  get resolvedHeadersField(): HeaderMap {
    return (this.#resolvedHeadersField ??= new HeaderMap(
      [...this.headers].flatMap(([name, value]) =>
        value.split(',').map((part): [string, string] => [name, part])
      )
    ));
  }
}
