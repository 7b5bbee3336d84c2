import {
  child,
  EventWrapper,
  optionalObject,
  requireNumber,
  requireString,
  UNSET,
} from '@evt/core';
import {
  type RawRequestContextClientCert,
  RequestContextClientCert,
} from './request-context-client-cert';

/** The HTTP details of an HTTP API (payload 2.0) request, as AWS documents them. */
export interface RawRequestContextV2Http {
  /** The HTTP method of the request. */
  method: string;
  /** The request path. */
  path: string;
  /** The request protocol, e.g. `HTTP/1.1`. */
  protocol: string;
  /** The source IP address of the TCP connection that made the request. */
  sourceIp: string;
  /** The `User-Agent` header of the caller. */
  userAgent: string;
}

/** How the caller authenticated the TLS connection, as AWS documents it. */
export interface RawRequestContextV2Authentication {
  /** The client certificate presented over mutual TLS. */
  clientCert?: RawRequestContextClientCert | null | undefined;
}

/** The request context API Gateway adds to an HTTP API (payload 2.0) request, as AWS documents it. */
export interface RawBaseRequestContextV2 {
  /** The AWS account ID that owns the API. */
  accountId: string;
  /** The identifier API Gateway assigns to the API. */
  apiId: string;
  /** How the caller authenticated the TLS connection; present with mutual TLS. */
  authentication?: RawRequestContextV2Authentication | null | undefined;
  /** The full domain name used to invoke the API. */
  domainName: string;
  /** The first label of the domain name used to invoke the API. */
  domainPrefix: string;
  /** The HTTP details of the request. */
  http: RawRequestContextV2Http;
  /** The ID API Gateway assigns to the request. */
  requestId: string;
  /** The route that matched the request, e.g. `GET /pets`. */
  routeKey: string;
  /** The deployment stage that received the request. */
  stage: string;
  /** The request time in CLF format (`dd/MMM/yyyy:HH:mm:ss +-hhmm`). */
  time: string;
  /** The request time in milliseconds since the Unix epoch. */
  timeEpoch: number;
}

/**
 * Wrapper for the HTTP details (`requestContext.http`) in the event that API Gateway sends when
 * an HTTP API (payload 2.0) invokes a function.
 *
 * @example
 * ```ts
 * import {
 *   APIGatewayProxyEventV2,
 *   type RawAPIGatewayProxyEventV2,
 * } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEventV2) => {
 *   const http = new APIGatewayProxyEventV2(raw).requestContext.http;
 *   return { method: http.method, ip: http.sourceIp };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export class RequestContextV2Http extends EventWrapper<RawRequestContextV2Http> {
  static override readonly typeName: string = 'RequestContextV2Http';

  /** The HTTP method of the request: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT (`method`). */
  get method(): string {
    return requireString(this, this.raw.method, 'method');
  }

  /** The request path, including the stage when it is not `$default` (`path`). */
  get path(): string {
    return requireString(this, this.raw.path, 'path');
  }

  /** The request protocol, e.g. `HTTP/1.1` (`protocol`). */
  get protocol(): string {
    return requireString(this, this.raw.protocol, 'protocol');
  }

  /** The source IP address of the TCP connection that made the request (`sourceIp`). */
  get sourceIp(): string {
    return requireString(this, this.raw.sourceIp, 'sourceIp');
  }

  /** The `User-Agent` header of the caller (`userAgent`). */
  get userAgent(): string {
    return requireString(this, this.raw.userAgent, 'userAgent');
  }
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function base(wrapper: EventWrapper): EventWrapper<RawBaseRequestContextV2> {
  return wrapper as EventWrapper<RawBaseRequestContextV2>;
}

/**
 * Wrapper for the request context (`requestContext`) that every HTTP API (payload 2.0) event
 * carries; {@link RequestContextV2} extends it.
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
> extends EventWrapper<TRaw> {
  static override readonly typeName: string = 'BaseRequestContextV2';

  #http?: RequestContextV2Http;
  #authentication: RequestContextClientCert | undefined | typeof UNSET = UNSET;

  /** The AWS account ID that owns the API (`accountId`). */
  get accountId(): string {
    return requireString(base(this), this.raw.accountId, 'accountId');
  }

  /** The identifier API Gateway assigns to the API (`apiId`). */
  get apiId(): string {
    return requireString(base(this), this.raw.apiId, 'apiId');
  }

  /** The full domain name used to invoke the API (`domainName`). */
  get domainName(): string {
    return requireString(base(this), this.raw.domainName, 'domainName');
  }

  /** The first label of the domain name used to invoke the API (`domainPrefix`). */
  get domainPrefix(): string {
    return requireString(base(this), this.raw.domainPrefix, 'domainPrefix');
  }

  /** The HTTP details of the request (`http`). */
  get http(): RequestContextV2Http {
    return (this.#http ??= child(base(this), 'http', RequestContextV2Http));
  }

  /** The ID API Gateway assigns to the request (`requestId`). */
  get requestId(): string {
    return requireString(base(this), this.raw.requestId, 'requestId');
  }

  /** The route that matched the request, e.g. `GET /pets` or `$default` (`routeKey`). */
  get routeKey(): string {
    return requireString(base(this), this.raw.routeKey, 'routeKey');
  }

  /** The deployment stage that received the request, e.g. `$default` (`stage`). */
  get stage(): string {
    return requireString(base(this), this.raw.stage, 'stage');
  }

  /** The request time in CLF format, `dd/MMM/yyyy:HH:mm:ss +-hhmm` (`time`). */
  get time(): string {
    return requireString(base(this), this.raw.time, 'time');
  }

  /** The request time in milliseconds since the Unix epoch (`timeEpoch`). */
  get timeEpoch(): number {
    return requireNumber(base(this), this.raw.timeEpoch, 'timeEpoch');
  }

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
          : new RequestContextClientCert(
              raw,
              this,
              'authentication.clientCert'
            );
    }
    return this.#authentication;
  }
}
