import {
  EventWrapper,
  type HeaderMap,
  optionalChild,
  optionalNumber,
  optionalString,
  optionalStringOf,
  requireString,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';
import {
  type RawCloudFrontHeaders,
  readCloudFrontHeaders,
} from './cloud-front-headers';

/** What both kinds of origin have. */
export interface RawCloudFrontOriginBase {
  /** The headers CloudFront adds to requests to this origin, in CloudFront's shape. */
  customHeaders?: RawCloudFrontHeaders | undefined;
  /** The DNS name of the origin: the bucket's or the server's. */
  domainName: string;
  /** The folder on the origin that requests go to, starting with `/`; empty for the root. */
  path?: string | undefined;
}

/** An Amazon S3 origin of an origin request (`origin.s3`). */
export interface RawCloudFrontS3Origin extends RawCloudFrontOriginBase {
  /**
   * How CloudFront signs requests to the bucket: `origin-access-identity` when the bucket has
   * an origin access identity, `none` when not.
   */
  authMethod?: string | undefined;
  /** The AWS Region of the bucket; given when `authMethod` is `origin-access-identity`. */
  region?: string | undefined;
}

/** A custom (HTTP) origin of an origin request (`origin.custom`). */
export interface RawCloudFrontCustomOrigin extends RawCloudFrontOriginBase {
  /** How many seconds CloudFront keeps an idle connection to the origin open (1–60). */
  keepaliveTimeout?: number | undefined;
  /** The port CloudFront connects to: 80, 443, or 1024–65535. */
  port?: number | undefined;
  /** The protocol CloudFront connects with. */
  protocol?: 'http' | 'https' | undefined;
  /** How many seconds CloudFront waits for the origin's response, and between its packets (4–60). */
  readTimeout?: number | undefined;
  /** The SSL/TLS protocols CloudFront may use with the origin, e.g. `TLSv1.2`. */
  sslProtocols?: readonly string[] | undefined;
}

/** The origin an origin request is sent to: an Amazon S3 origin or a custom one (`cf.request.origin`). */
export interface RawCloudFrontOrigin {
  /** The Amazon S3 origin, when the request goes to a bucket. */
  s3?: RawCloudFrontS3Origin | undefined;
  /** The custom origin, when the request goes to an HTTP server. */
  custom?: RawCloudFrontCustomOrigin | undefined;
}

// Reads through the base's own raw type: a subclass's raw type is a type parameter here.
function origin(wrapper: EventWrapper): EventWrapper<RawCloudFrontOriginBase> {
  return wrapper as EventWrapper<RawCloudFrontOriginBase>;
}

/**
 * What an Amazon S3 origin and a custom origin share: the domain name, the path and the
 * custom headers, which the debug view hides (they often carry a secret the origin checks).
 * `CloudFrontS3Origin` and `CloudFrontCustomOrigin` extend it.
 */
export class CloudFrontOriginBase<
  TRaw extends RawCloudFrontOriginBase = RawCloudFrontOriginBase,
> extends EventWrapper<TRaw> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontOriginBase';
  /** The members the debug view hides: the custom headers. */
  static override readonly sensitiveMembers: readonly string[] = [
    'customHeaders',
  ];
  #customHeaders?: HeaderMap;

  /**
   * The headers CloudFront adds to its requests to this origin, looked up case-insensitively
   * (`customHeaders`). Empty when there are none.
   *
   * @throws {@link FieldTypeError} when a header is not in CloudFront's shape, naming it.
   */
  get customHeaders(): HeaderMap {
    return (this.#customHeaders ??= readCloudFrontHeaders(
      origin(this),
      this.raw.customHeaders,
      'customHeaders'
    ));
  }

  /**
   * The DNS name of the origin: a bucket's, e.g. `amzn-s3-demo-bucket.s3.amazonaws.com`, or a
   * server's, e.g. `example.org` (`domainName`).
   */
  get domainName(): string {
    return requireString(origin(this), this.raw.domainName, 'domainName');
  }

  /** The folder on the origin that requests go to, e.g. `/static` (`path`). Empty for the root. */
  get path(): string {
    return optionalString(origin(this), this.raw.path, 'path') ?? '';
  }
}

/**
 * Wrapper for the Amazon S3 origin an origin request goes to (`origin.s3`). Its custom headers
 * are hidden in the debug view: they often carry a secret the origin checks.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const bucket = new CloudFrontRequestEvent(raw).request.origin?.s3;
 *   console.log(bucket?.domainName, bucket?.region, bucket?.authMethod);
 *   return raw.Records[0]?.cf.request;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#request-event-fields-request
 */
export class CloudFrontS3Origin extends CloudFrontOriginBase<RawCloudFrontS3Origin> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontS3Origin';

  /**
   * How CloudFront signs its requests to the bucket: `origin-access-identity` or `none`
   * (`authMethod`). Undefined when the event has none.
   */
  get authMethod(): string | undefined {
    return optionalString(this, this.raw.authMethod, 'authMethod');
  }

  /**
   * The AWS Region of the bucket (`region`), which CloudFront gives when it signs with an
   * origin access identity. Undefined when the event has none.
   */
  get region(): string | undefined {
    return optionalString(this, this.raw.region, 'region');
  }
}

/**
 * Wrapper for the custom origin (an HTTP server) an origin request goes to (`origin.custom`).
 * Its custom headers are hidden in the debug view: they often carry a secret the origin checks.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const server = new CloudFrontRequestEvent(raw).request.origin?.custom;
 *   console.log(server?.domainName, server?.protocol, server?.port);
 *   return raw.Records[0]?.cf.request;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#request-event-fields-request
 */
export class CloudFrontCustomOrigin extends CloudFrontOriginBase<RawCloudFrontCustomOrigin> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontCustomOrigin';

  /**
   * How many seconds CloudFront keeps an idle connection to the origin open, 1 to 60
   * (`keepaliveTimeout`). Undefined when the event has none.
   */
  get keepaliveTimeout(): number | undefined {
    return optionalNumber(this, this.raw.keepaliveTimeout, 'keepaliveTimeout');
  }

  /** The port CloudFront connects to: 80, 443, or 1024 to 65535 (`port`). Undefined when the event has none. */
  get port(): number | undefined {
    return optionalNumber(this, this.raw.port, 'port');
  }

  /**
   * The protocol CloudFront connects to the origin with, `http` or `https` (`protocol`).
   * Undefined when the event has none.
   *
   * @throws {@link FieldTypeError} when it is neither.
   */
  get protocol(): 'http' | 'https' | undefined {
    return optionalStringOf(this, this.raw.protocol, 'protocol', [
      'http',
      'https',
    ]);
  }

  /**
   * How many seconds CloudFront waits for the origin's response, and between two packets of
   * it, 4 to 60 (`readTimeout`). Undefined when the event has none.
   */
  get readTimeout(): number | undefined {
    return optionalNumber(this, this.raw.readTimeout, 'readTimeout');
  }

  /**
   * The SSL/TLS protocols CloudFront may use with the origin: `TLSv1.2`, `TLSv1.1`, `TLSv1` or
   * `SSLv3` (`sslProtocols`). Empty when the event has none.
   */
  get sslProtocols(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.sslProtocols, 'sslProtocols');
  }
}

/**
 * Wrapper for the origin an origin request goes to (`origin`): exactly one of an Amazon S3
 * origin and a custom origin.
 *
 * @example
 * ```ts
 * import { CloudFrontRequestEvent, type RawCloudFrontRequestEvent } from '@evt/cloudfront';
 *
 * export const handler = async (raw: RawCloudFrontRequestEvent) => {
 *   const origin = new CloudFrontRequestEvent(raw).request.origin;
 *   console.log(origin?.s3?.domainName ?? origin?.custom?.domainName);
 *   return raw.Records[0]?.cf.request;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-content-based-routing
 */
export class CloudFrontOrigin extends EventWrapper<RawCloudFrontOrigin> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'CloudFrontOrigin';
  #s3: CloudFrontS3Origin | undefined | typeof UNSET = UNSET;
  #custom: CloudFrontCustomOrigin | undefined | typeof UNSET = UNSET;

  /** The Amazon S3 origin (`s3`). Undefined when the request goes to a custom origin. */
  get s3(): CloudFrontS3Origin | undefined {
    if (this.#s3 === UNSET) {
      this.#s3 = optionalChild(this, 's3', CloudFrontS3Origin);
    }
    return this.#s3;
  }

  /** The custom origin (`custom`). Undefined when the request goes to an Amazon S3 origin. */
  get custom(): CloudFrontCustomOrigin | undefined {
    if (this.#custom === UNSET) {
      this.#custom = optionalChild(this, 'custom', CloudFrontCustomOrigin);
    }
    return this.#custom;
  }
}
