import {
  child,
  type EventOptions,
  EventWrapper,
  optionalNumber,
  optionalString,
  requireString,
} from '@evt/core';
import {
  APIGatewayEventIdentity,
  type RawAPIGatewayEventIdentity,
} from './api-gateway-event-identity';

/**
 * The request context API Gateway adds to a REST API or HTTP API (payload 1.0) request, as AWS
 * documents it: the fields every such request context has.
 */
export interface RawBaseRequestContext {
  /** The AWS account ID that owns the API; WebSocket APIs leave it out. */
  accountId?: string | undefined;
  /** The identifier API Gateway assigns to the API. */
  apiId: string;
  /** The full domain name used to invoke the API. */
  domainName?: string | null | undefined;
  /** The first label of the domain name used to invoke the API. */
  domainPrefix?: string | null | undefined;
  /** The longer ID API Gateway generates for the request, useful for debugging. */
  extendedRequestId?: string | null | undefined;
  /** The request protocol, e.g. `HTTP/1.1`; WebSocket APIs leave it out. */
  protocol?: string | undefined;
  /** The HTTP method of the request; WebSocket APIs leave it out. */
  httpMethod?: string | undefined;
  /** The caller's identity. */
  identity: RawAPIGatewayEventIdentity;
  /** The request path, including the stage for the default endpoint; WebSocket APIs leave it out. */
  path?: string | undefined;
  /** The deployment stage that received the request. */
  stage: string;
  /** The ID API Gateway assigns to the request. */
  requestId: string;
  /** The request time in CLF format (`dd/MMM/yyyy:HH:mm:ss +-hhmm`). */
  requestTime?: string | null | undefined;
  /** The request time in milliseconds since the Unix epoch; some integrations leave it out. */
  requestTimeEpoch?: number | undefined;
  /** The identifier API Gateway assigns to the resource; `null` for HTTP APIs. */
  resourceId?: string | null | undefined;
  /** The path of the resource, e.g. `/pets/{petId}`; WebSocket APIs leave it out. */
  resourcePath?: string | undefined;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here, and a
// path is only checked against a known type.
function base(wrapper: EventWrapper): EventWrapper<RawBaseRequestContext> {
  return wrapper as EventWrapper<RawBaseRequestContext>;
}

/**
 * Wrapper for the request context (`requestContext`) that every REST API and HTTP API
 * (payload 1.0) event carries; {@link APIGatewayEventRequestContext} extends it.
 *
 * @example
 * ```ts
 * import { APIGatewayProxyEvent, type RawAPIGatewayProxyEvent } from '@evt/apigw';
 *
 * export const handler = async (raw: RawAPIGatewayProxyEvent) => {
 *   const context = new APIGatewayProxyEvent(raw).requestContext;
 *   return { stage: context.stage, requestId: context.requestId };
 * };
 * ```
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
export class BaseRequestContext<
  TRaw extends RawBaseRequestContext = RawBaseRequestContext,
> extends EventWrapper<TRaw> {
  static override readonly typeName: string = 'BaseRequestContext';

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  // Declared, not inherited: see "Declared constructors" in CONTRIBUTING.md.
  constructor(raw: TRaw, options?: EventOptions) {
    super(raw, options);
  }

  #identity?: APIGatewayEventIdentity;

  /** The AWS account ID that owns the API (`accountId`). Undefined when the event has none. */
  get accountId(): string | undefined {
    return optionalString(base(this), this.raw.accountId, 'accountId');
  }

  /** The identifier API Gateway assigns to the API (`apiId`). */
  get apiId(): string {
    return requireString(base(this), this.raw.apiId, 'apiId');
  }

  /** The full domain name used to invoke the API (`domainName`). */
  get domainName(): string | undefined {
    return optionalString(base(this), this.raw.domainName, 'domainName');
  }

  /** The first label of the domain name used to invoke the API (`domainPrefix`). */
  get domainPrefix(): string | undefined {
    return optionalString(base(this), this.raw.domainPrefix, 'domainPrefix');
  }

  /** The longer ID API Gateway generates for the request, useful for debugging (`extendedRequestId`). */
  get extendedRequestId(): string | undefined {
    return optionalString(
      base(this),
      this.raw.extendedRequestId,
      'extendedRequestId'
    );
  }

  /** The request protocol, e.g. `HTTP/1.1` (`protocol`). Undefined when the event has none. */
  get protocol(): string | undefined {
    return optionalString(base(this), this.raw.protocol, 'protocol');
  }

  /**
   * The HTTP method of the request: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT
   * (`httpMethod`). Undefined when the event has none.
   */
  get httpMethod(): string | undefined {
    return optionalString(base(this), this.raw.httpMethod, 'httpMethod');
  }

  /** The identity of the caller (`identity`). */
  get identity(): APIGatewayEventIdentity {
    return (this.#identity ??= child(
      base(this),
      'identity',
      APIGatewayEventIdentity
    ));
  }

  /**
   * The request path, including the stage for the default endpoint (`path`). Undefined when
   * the event has none.
   */
  get path(): string | undefined {
    return optionalString(base(this), this.raw.path, 'path');
  }

  /** The deployment stage that received the request (`stage`). */
  get stage(): string {
    return requireString(base(this), this.raw.stage, 'stage');
  }

  /** The ID API Gateway assigns to the request (`requestId`). */
  get requestId(): string {
    return requireString(base(this), this.raw.requestId, 'requestId');
  }

  /** The request time in CLF format, `dd/MMM/yyyy:HH:mm:ss +-hhmm` (`requestTime`). */
  get requestTime(): string | undefined {
    return optionalString(base(this), this.raw.requestTime, 'requestTime');
  }

  /**
   * The request time in milliseconds since the Unix epoch (`requestTimeEpoch`). Undefined when
   * the event has none.
   */
  get requestTimeEpoch(): number | undefined {
    return optionalNumber(
      base(this),
      this.raw.requestTimeEpoch,
      'requestTimeEpoch'
    );
  }

  /** The identifier API Gateway assigns to the resource (`resourceId`); `undefined` for HTTP APIs, which send `null`. */
  get resourceId(): string | undefined {
    return optionalString(base(this), this.raw.resourceId, 'resourceId');
  }

  /**
   * The path of the resource that matched the request, e.g. `/pets/{petId}` (`resourcePath`).
   * Undefined when the event has none.
   */
  get resourcePath(): string | undefined {
    return optionalString(base(this), this.raw.resourcePath, 'resourcePath');
  }
}
