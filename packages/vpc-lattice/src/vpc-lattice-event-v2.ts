import {
  checkWrapper,
  child,
  DecodeError,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  type HeaderMap,
  hasOwnKey,
  locate,
  mapOrEmpty,
  optionalString,
  type RawProxyEventBase,
  readMultiValueHeaderMap,
  requireString,
  requireStringArray,
} from '@evt/core';
import {
  type RawVPCLatticeEventBase,
  VPCLatticeEventBase,
} from './vpc-lattice-event-base';

/**
 * Who sent a request, as VPC Lattice documents it in version 2 events
 * (`requestContext.identity`). Which fields are present depends on the service's auth type:
 * with `NONE`, only the source VPC (when VPC Lattice can tell it); with `AWS_IAM`, the type,
 * principal, organization and session; with IAM Roles Anywhere credentials, also the fields of
 * the caller's X.509 certificate.
 */
export interface RawVPCLatticeEventV2Identity {
  /** The ARN of the VPC the request came from, when VPC Lattice can tell it. */
  sourceVpcArn?: string | null | undefined;
  /** `AWS_IAM` when an auth policy applies and AWS authentication succeeded. */
  type?: string | null | undefined;
  /** The authenticated principal (IAM authentication). */
  principal?: string | null | undefined;
  /** The ID of the AWS organization of the authenticated principal (IAM authentication). */
  principalOrgID?: string | null | undefined;
  /** The name of the authenticated session (IAM authentication). */
  sessionName?: string | null | undefined;
  /** The organizational unit (OU) of the certificate's issuer (Roles Anywhere). */
  x509IssuerOu?: string | null | undefined;
  /** The DNS name in the certificate's subject alternative names (Roles Anywhere). */
  x509SanDns?: string | null | undefined;
  /** The name (CN) in the certificate's alternative names (Roles Anywhere). */
  x509SanNameCn?: string | null | undefined;
  /** The URI in the certificate's subject alternative names (Roles Anywhere). */
  x509SanUri?: string | null | undefined;
  /** The common name (CN) of the certificate's subject (Roles Anywhere). */
  x509SubjectCn?: string | null | undefined;
  /** `x509IssuerOu` as Powertools for AWS Lambda (Python) spells it; read when that is absent. */
  X509IssuerOu?: string | null | undefined;
  /** `x509SanNameCn` as Powertools for AWS Lambda (Python) spells it; read when that is absent. */
  X509SanNameCn?: string | null | undefined;
  /** `x509SanUri` as Powertools for AWS Lambda (Python) spells it; read when that is absent. */
  X509SanUri?: string | null | undefined;
  /** `x509SubjectCn` as Powertools for AWS Lambda (Python) spells it; read when that is absent. */
  X509SubjectCn?: string | null | undefined;
}

/** The request context of a version 2 event, as AWS documents it. */
export interface RawVPCLatticeEventV2RequestContext {
  /** The ARN of the service network that delivered the request. */
  serviceNetworkArn: string;
  /** The ARN of the service that received the request. */
  serviceArn: string;
  /** The ARN of the target group that received the request. */
  targetGroupArn: string;
  /** Who sent the request; its fields depend on the service's auth type. */
  identity?: RawVPCLatticeEventV2Identity | null | undefined;
  /** The AWS Region of the target group. */
  region: string;
  /** The time of the request, in microseconds since the Unix epoch, as a string of digits. */
  timeEpoch: string;
}

/**
 * The event VPC Lattice sends to a Lambda target whose target group uses event structure
 * version 2, as AWS documents it: headers and query string parameters carry every value.
 */
export interface RawVPCLatticeEventV2 extends RawVPCLatticeEventBase {
  /** The version of the event structure, `2.0`. */
  version: string;
  /** The path of the request. */
  path: string;
  /** The request headers, every value of each (a lone string is read as one value). */
  headers?: Record<string, string | readonly string[] | undefined> | null;
  /** The query string parameters, every value of each (a lone string is read as one value). */
  queryStringParameters?: Record<
    string,
    string | readonly string[] | undefined
  > | null;
  /** Whether `body` is base64 encoded. */
  isBase64Encoded?: boolean | null;
  /** The request context. */
  requestContext: RawVPCLatticeEventV2RequestContext;
}

/**
 * The version 2 event as `VPCLatticeEventV2` passes it to its HTTP base class
 * (`BaseProxyEvent`), which types headers and query string parameters as one value each:
 * `VPCLatticeEventV2` reads the list-valued `headers` and `queryStringParameters` itself, so
 * the base never sees them. Its constructor takes a {@link RawVPCLatticeEventV2}.
 */
export type RawVPCLatticeEventV2AsProxy = RawVPCLatticeEventV2 &
  RawProxyEventBase;

const NO_IDENTITY: Readonly<RawVPCLatticeEventV2Identity> =
  /* @__PURE__ */ Object.freeze({});

/** The most digits a count of microseconds can have and still be a `Date` (±8.64e18). */
const MAX_EPOCH_DIGITS = 19;
const EPOCH_MICROSECONDS = /^\d+$/;

/**
 * Wrapper for who sent a request (`requestContext.identity`) in the event that Amazon VPC
 * Lattice sends to a Lambda target group using event structure version 2. Every member is
 * `undefined` when the service's auth type does not provide it (with auth type `NONE`, all but
 * `sourceVpcArn`).
 *
 * @example
 * ```ts
 * import { VPCLatticeEventV2, type RawVPCLatticeEventV2 } from '@evt/vpc-lattice';
 *
 * export const handler = async (raw: RawVPCLatticeEventV2) => {
 *   const identity = new VPCLatticeEventV2(raw).requestContext.identity;
 *   return {
 *     statusCode: identity.type === 'AWS_IAM' ? 200 : 403,
 *     body: identity.principal ?? identity.x509SubjectCn ?? 'anonymous',
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
 */
export class VPCLatticeEventV2Identity extends EventWrapper<RawVPCLatticeEventV2Identity> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'VPCLatticeEventV2Identity';

  /** The ARN of the VPC the request came from (`sourceVpcArn`). Undefined when VPC Lattice cannot tell it. */
  get sourceVpcArn(): string | undefined {
    return optionalString(this, this.raw.sourceVpcArn, 'sourceVpcArn');
  }

  /**
   * The kind of authentication: `AWS_IAM` when an auth policy applies and AWS authentication
   * succeeded (`type`). Undefined otherwise.
   */
  get type(): string | undefined {
    return optionalString(this, this.raw.type, 'type');
  }

  /** The authenticated principal, e.g. an assumed-role ARN (`principal`). Undefined without IAM authentication. */
  get principal(): string | undefined {
    return optionalString(this, this.raw.principal, 'principal');
  }

  /** The ID of the AWS organization of the authenticated principal (`principalOrgID`). Undefined without IAM authentication. */
  get principalOrgId(): string | undefined {
    return optionalString(this, this.raw.principalOrgID, 'principalOrgID');
  }

  /** The name of the authenticated session (`sessionName`). Undefined without IAM authentication. */
  get sessionName(): string | undefined {
    return optionalString(this, this.raw.sessionName, 'sessionName');
  }

  /**
   * The common name (CN) of the subject of the caller's X.509 certificate (`x509SubjectCn`, or
   * `X509SubjectCn` as Powertools Python reads it). Undefined without Roles Anywhere
   * credentials.
   */
  get x509SubjectCn(): string | undefined {
    return (
      optionalString(this, this.raw.x509SubjectCn, 'x509SubjectCn') ??
      optionalString(this, this.raw.X509SubjectCn, 'X509SubjectCn')
    );
  }

  /**
   * The organizational unit (OU) of the issuer of the caller's X.509 certificate
   * (`x509IssuerOu`, or `X509IssuerOu` as Powertools Python reads it). Undefined without Roles
   * Anywhere credentials.
   */
  get x509IssuerOu(): string | undefined {
    return (
      optionalString(this, this.raw.x509IssuerOu, 'x509IssuerOu') ??
      optionalString(this, this.raw.X509IssuerOu, 'X509IssuerOu')
    );
  }

  /**
   * The DNS name among the subject alternative names of the caller's X.509 certificate
   * (`x509SanDns`). Undefined without Roles Anywhere credentials.
   */
  get x509SanDns(): string | undefined {
    return optionalString(this, this.raw.x509SanDns, 'x509SanDns');
  }

  /**
   * The URI among the subject alternative names of the caller's X.509 certificate
   * (`x509SanUri`, or `X509SanUri` as Powertools Python reads it). Undefined without Roles
   * Anywhere credentials.
   */
  get x509SanUri(): string | undefined {
    return (
      optionalString(this, this.raw.x509SanUri, 'x509SanUri') ??
      optionalString(this, this.raw.X509SanUri, 'X509SanUri')
    );
  }

  /**
   * The name (CN) among the alternative names of the caller's X.509 certificate
   * (`x509SanNameCn`, or `X509SanNameCn` as Powertools Python reads it). Undefined without
   * Roles Anywhere credentials.
   */
  get x509SanNameCn(): string | undefined {
    return (
      optionalString(this, this.raw.x509SanNameCn, 'x509SanNameCn') ??
      optionalString(this, this.raw.X509SanNameCn, 'X509SanNameCn')
    );
  }
}

/**
 * Wrapper for the request context (`requestContext`) in the event that Amazon VPC Lattice
 * sends to a Lambda target group using event structure version 2: the service network,
 * service and target group that carried the request, who sent it, and when.
 *
 * @example
 * ```ts
 * import { VPCLatticeEventV2, type RawVPCLatticeEventV2 } from '@evt/vpc-lattice';
 *
 * export const handler = async (raw: RawVPCLatticeEventV2) => {
 *   const context = new VPCLatticeEventV2(raw).requestContext;
 *   console.log(context.serviceArn, context.region, context.timeEpochAsDate.toISOString());
 *   return { statusCode: 204 };
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
 */
export class VPCLatticeEventV2RequestContext extends EventWrapper<RawVPCLatticeEventV2RequestContext> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'VPCLatticeEventV2RequestContext';

  #identity?: VPCLatticeEventV2Identity;
  #timeEpochAsDate?: Date;

  /** The ARN of the service network that delivered the request (`serviceNetworkArn`). */
  get serviceNetworkArn(): string {
    return requireString(this, this.raw.serviceNetworkArn, 'serviceNetworkArn');
  }

  /** The ARN of the service that received the request (`serviceArn`). */
  get serviceArn(): string {
    return requireString(this, this.raw.serviceArn, 'serviceArn');
  }

  /** The ARN of the target group that received the request (`targetGroupArn`). */
  get targetGroupArn(): string {
    return requireString(this, this.raw.targetGroupArn, 'targetGroupArn');
  }

  /**
   * The caller of the request (`identity`); every member reads as `undefined` when the event
   * has no identity or the auth type does not provide the field.
   *
   * @throws {@link FieldTypeError} when `identity` is not an object.
   */
  get identity(): VPCLatticeEventV2Identity {
    return (this.#identity ??= new VPCLatticeEventV2Identity(
      this.raw.identity ?? NO_IDENTITY,
      { parent: this, path: 'identity' }
    ));
  }

  /** The AWS Region of the target group (`region`). */
  get region(): string {
    return requireString(this, this.raw.region, 'region');
  }

  /**
   * The time of the request, in microseconds since the Unix epoch, as the string of digits VPC
   * Lattice sends (`timeEpoch`), e.g. `1690497599177430`.
   */
  get timeEpoch(): string {
    return requireString(this, this.raw.timeEpoch, 'timeEpoch');
  }

  /**
   * The time of the request as a `Date` (`timeEpoch`), to the millisecond: the microseconds
   * are truncated. Built once.
   *
   * @throws {@link DecodeError} when `timeEpoch` is not a string of digits that a `Date` can
   * hold.
   * @example
   * ```ts
   * import { VPCLatticeEventV2, type RawVPCLatticeEventV2 } from '@evt/vpc-lattice';
   *
   * export const handler = async (raw: RawVPCLatticeEventV2) => {
   *   const sent = new VPCLatticeEventV2(raw).requestContext.timeEpochAsDate;
   *   return { statusCode: 200, body: `queued for ${Date.now() - sent.getTime()} ms` };
   * };
   * ```
   */
  get timeEpochAsDate(): Date {
    if (this.#timeEpochAsDate === undefined) {
      const microseconds = this.timeEpoch;
      const date =
        EPOCH_MICROSECONDS.test(microseconds) &&
        microseconds.length <= MAX_EPOCH_DIGITS
          ? new Date(Number(microseconds.slice(0, -3) || '0'))
          : undefined;
      if (date === undefined || Number.isNaN(date.getTime())) {
        throw new DecodeError(
          'epoch microseconds',
          'expected a string of digits within the Date range',
          locate(this, 'timeEpoch')
        );
      }
      this.#timeEpochAsDate = date;
    }
    return this.#timeEpochAsDate;
  }
}

export interface VPCLatticeEventV2<TBody = unknown>
  extends VPCLatticeEventBase<RawVPCLatticeEventV2AsProxy, TBody> {}
/**
 * Wrapper for the event that Amazon VPC Lattice sends when a listener rule forwards a request
 * to a Lambda target group that uses event structure version 2. Headers and query string
 * parameters carry every value: `headers.get(name)` gives the first, `headers.getAll(name)`
 * all of them; `queryStringParameters` joins them with commas, as Powertools does, and
 * {@link VPCLatticeEventV2.queryStringParameterValues} keeps them apart. `TBody` types
 * {@link VPCLatticeEventV2.jsonBody}; it is not checked at runtime.
 *
 * Return a {@link VPCLatticeResponse} for VPC Lattice to send back to the client.
 *
 * @example
 * ```ts
 * import {
 *   VPCLatticeEventV2,
 *   type RawVPCLatticeEventV2,
 *   type VPCLatticeResponse,
 * } from '@evt/vpc-lattice';
 *
 * interface Order { orderId: string }
 *
 * export const handler = async (
 *   raw: RawVPCLatticeEventV2
 * ): Promise<VPCLatticeResponse> => {
 *   const event = new VPCLatticeEventV2<Order>(raw);
 *   if (event.requestContext.identity.type !== 'AWS_IAM') {
 *     return { statusCode: 403, statusDescription: '403 Forbidden' };
 *   }
 *   return {
 *     statusCode: 201,
 *     statusDescription: '201 Created',
 *     headers: { 'content-type': 'application/json' },
 *     body: JSON.stringify({ created: event.jsonBody?.orderId }),
 *     isBase64Encoded: false,
 *   };
 * };
 * ```
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
 */
// biome-ignore lint/correctness/noUnusedVariables: the merged interface uses the type parameters
export class VPCLatticeEventV2<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    VPCLatticeEventV2,
    'VPCLatticeEventV2',
    VPCLatticeEventBase
  );
  declare protected readonly raw: RawVPCLatticeEventV2AsProxy;
  declare protected readonly options: EventOptions | undefined;

  #headers?: HeaderMap;
  #queryStringParameters?: Record<string, string>;
  #requestContext?: VPCLatticeEventV2RequestContext;

  /**
   * Wraps a version 2 event. Nothing is read or copied beyond checking that it is an object.
   *
   * @param raw The raw event.
   * @param options The JSON deserializer and the decoding budgets.
   * @throws {@link MissingFieldError} when `raw` is `null` or `undefined`.
   * @throws {@link FieldTypeError} when `raw` is not an object.
   */
  constructor(raw: RawVPCLatticeEventV2, options?: EventOptions) {
    this.raw = raw as RawVPCLatticeEventV2AsProxy;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  /** The version of the event structure, `2.0` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /** The path of the request (`path`). */
  get path(): string {
    return requireString(this, this.raw.path, 'path');
  }

  /**
   * The request headers, looked up case-insensitively (`headers`): `get(name)` gives a
   * header's first value, `getAll(name)` every value. Empty when the event has none. The map
   * reads the raw object in place and is built once.
   *
   * @throws {@link FieldTypeError} when `headers` is not an object, or (from the map's reads)
   * naming `headers.<name>` when a header's values are neither a string nor an array, or `headers.<name>[i]`
   * when a value is not a string.
   * @example
   * ```ts
   * import { VPCLatticeEventV2, type RawVPCLatticeEventV2 } from '@evt/vpc-lattice';
   *
   * export const handler = async (raw: RawVPCLatticeEventV2) => {
   *   const headers = new VPCLatticeEventV2(raw).headers;
   *   return { statusCode: 200, body: headers.getAll('accept').join(', ') };
   * };
   * ```
   */
  get headers(): HeaderMap {
    return (this.#headers ??= readMultiValueHeaderMap(
      this,
      this.raw.headers,
      'headers'
    ));
  }

  /** The headers used for resolving a request: the same map as {@link VPCLatticeEventV2.headers}. */
  get resolvedHeadersField(): HeaderMap {
    return this.headers;
  }

  /**
   * The query string parameters with every value of each, as VPC Lattice sends them
   * (`queryStringParameters`). Empty object when the event has none; a parameter sent as one
   * string instead of a list reads as a list of that one value.
   *
   * @throws {@link FieldTypeError} when `queryStringParameters` is not an object, or a
   * parameter's values are neither a string nor an array of strings (naming `queryStringParameters.<name>` or
   * `queryStringParameters.<name>[i]`); {@link MissingFieldError} when a parameter's values are
   * `null`.
   */
  get queryStringParameterValues(): Record<string, readonly string[]> {
    const parameters = mapOrEmpty(
      this,
      this.raw.queryStringParameters,
      'queryStringParameters'
    );
    // A parameter sent as one string (as in some samples) reads as a list of one, in a copy.
    let lists: Record<string, unknown> | undefined;
    for (const name in parameters) {
      if (!hasOwnKey(parameters, name)) continue;
      const values = parameters[name];
      if (typeof values === 'string') {
        lists ??= Object.assign(Object.create(null), parameters);
        (lists as Record<string, unknown>)[name] = [values];
      } else {
        // A dynamic path: the parameter's name is data, not a key of the raw type.
        requireStringArray(
          this,
          values,
          `queryStringParameters.${name}` as never
        );
      }
    }
    return (lists ?? parameters) as Record<string, readonly string[]>;
  }

  /**
   * The query string parameters with each parameter's values joined by commas, as Powertools
   * gives them (`queryStringParameters`), in an object without a prototype. Empty when the
   * event has none. Built once.
   *
   * @throws {@link FieldTypeError} when the parameters are malformed (see
   * {@link VPCLatticeEventV2.queryStringParameterValues}).
   */
  get queryStringParameters(): Record<string, string> {
    if (this.#queryStringParameters === undefined) {
      const joined: Record<string, string> = Object.create(null);
      for (const [name, values] of Object.entries(
        this.queryStringParameterValues
      )) {
        joined[name] = values.join(',');
      }
      this.#queryStringParameters = joined;
    }
    return this.#queryStringParameters;
  }

  /** The request context: the service network, service, target group, caller and time (`requestContext`). */
  get requestContext(): VPCLatticeEventV2RequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      VPCLatticeEventV2RequestContext
    ));
  }
}
