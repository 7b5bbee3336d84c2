import {
  BaseProxyRequestContextV2,
  type EventOptions,
  type EventWrapper,
  optionalObject,
  type RawProxyRequestContextV2Base,
  UNSET,
} from '@evt/core';
import {
  type RawRequestContextClientCert,
  RequestContextClientCert,
} from './request-context-client-cert';

// The HTTP details are the same in every payload 2.0 event (function URLs too), so they live
// in core; re-exported here, where this package has always exported them.
export { type RawRequestContextV2Http, RequestContextV2Http } from '@evt/core';

/** How the caller authenticated the TLS connection, as AWS documents it. */
export interface RawRequestContextV2Authentication {
  /** The client certificate presented over mutual TLS. */
  clientCert?: RawRequestContextClientCert | null | undefined;
}

/** The request context API Gateway adds to an HTTP API (payload 2.0) request, as AWS documents it. */
export interface RawBaseRequestContextV2 extends RawProxyRequestContextV2Base {
  /** How the caller authenticated the TLS connection; present with mutual TLS. */
  authentication?: RawRequestContextV2Authentication | null | undefined;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function base(wrapper: EventWrapper): EventWrapper<RawBaseRequestContextV2> {
  return wrapper as EventWrapper<RawBaseRequestContextV2>;
}

/**
 * Wrapper for the request context (`requestContext`) that every HTTP API (payload 2.0) event
 * carries: the fields every payload 2.0 request has, and the client certificate of mutual TLS;
 * {@link RequestContextV2} extends it.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const context = new APIGatewayProxyEventV2(raw).requestContext;
 *   return { stage: context.stage, at: context.timeEpoch };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export class BaseRequestContextV2<
  TRaw extends RawBaseRequestContextV2 = RawBaseRequestContextV2,
> extends BaseProxyRequestContextV2<TRaw> {
  static override readonly typeName: string = 'BaseRequestContextV2';

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  // Declared, not inherited: see "Declared constructors" in CONTRIBUTING.md.
  constructor(raw: TRaw, options?: EventOptions) {
    super(raw, options);
  }

  #authentication: RequestContextClientCert | undefined | typeof UNSET = UNSET;

  /**
   * The client certificate the caller presented over mutual TLS
   * (`authentication.clientCert`); `undefined` when the API does not use mutual TLS.
   */
  get authentication(): RequestContextClientCert | undefined {
    if (this.#authentication === UNSET) {
      const raw = optionalObject(
        base(this),
        optionalObject(base(this), this.raw.authentication, 'authentication')
          ?.clientCert,
        'authentication.clientCert'
      );
      this.#authentication =
        raw === undefined
          ? undefined
          : new RequestContextClientCert(raw, {
              parent: this,
              path: 'authentication.clientCert',
            });
    }
    return this.#authentication;
  }
}
