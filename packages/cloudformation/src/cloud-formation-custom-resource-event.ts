import {
  EventWrapper,
  mapOrEmpty,
  optionalString,
  optionalStringOf,
  requireString,
} from '@evt/core';

/** The stack operation a request is for: `'Create'`, `'Update'` or `'Delete'`. */
export type CloudFormationRequestType = 'Create' | 'Update' | 'Delete';

// The documented values, built once: `optionalStringOf` checks the field against them on every
// read, which must not allocate.
const REQUEST_TYPES: readonly CloudFormationRequestType[] =
  /* @__PURE__ */ Object.freeze(['Create', 'Update', 'Delete'] as const);

/**
 * The fields every custom resource request carries, whatever its request type, as AWS
 * documents them. `TResourceProperties` is the shape of `ResourceProperties`.
 */
export interface RawCloudFormationCustomResourceEventBase<
  TResourceProperties extends object = Record<string, unknown>,
> {
  /** The stack operation the request is for. */
  RequestType: CloudFormationRequestType;
  /** The ARN of the function (or SNS topic) the template names as the resource's provider. */
  ServiceToken: string;
  /**
   * The presigned Amazon S3 URL that receives the response. Absent from the requests the CDK
   * provider framework passes to its `onEvent` and `isComplete` handlers, which answer by
   * returning a value instead.
   */
  ResponseURL?: string | undefined;
  /** The ARN of the stack that contains the custom resource. */
  StackId: string;
  /** The unique ID of the request. */
  RequestId: string;
  /** The logical ID of the custom resource in the template. */
  LogicalResourceId: string;
  /** The physical ID the provider gave the resource; absent from `Create` requests. */
  PhysicalResourceId?: string | undefined;
  /** The resource type the template gives the custom resource, e.g. `Custom::NamePrefix`. */
  ResourceType: string;
  /** The resource's `Properties` in the template, `ServiceToken` included. */
  ResourceProperties: TResourceProperties;
}

/** The request CloudFormation sends when it creates the custom resource. */
export interface RawCloudFormationCustomResourceCreateEvent<
  TResourceProperties extends object = Record<string, unknown>,
> extends RawCloudFormationCustomResourceEventBase<TResourceProperties> {
  /** The stack operation: `'Create'`. */
  RequestType: 'Create';
  /** Absent: the provider chooses the physical ID in its response. */
  PhysicalResourceId?: undefined;
}

/** The request CloudFormation sends when the resource's properties change in an update. */
export interface RawCloudFormationCustomResourceUpdateEvent<
  TResourceProperties extends object = Record<string, unknown>,
  TOldResourceProperties extends object = TResourceProperties,
> extends RawCloudFormationCustomResourceEventBase<TResourceProperties> {
  /** The stack operation: `'Update'`. */
  RequestType: 'Update';
  /** The physical ID of the resource being updated. */
  PhysicalResourceId: string;
  /** The resource's properties before the update. */
  OldResourceProperties: TOldResourceProperties;
}

/** The request CloudFormation sends when it deletes the custom resource. */
export interface RawCloudFormationCustomResourceDeleteEvent<
  TResourceProperties extends object = Record<string, unknown>,
> extends RawCloudFormationCustomResourceEventBase<TResourceProperties> {
  /** The stack operation: `'Delete'`. */
  RequestType: 'Delete';
  /** The physical ID of the resource being deleted. */
  PhysicalResourceId: string;
}

/**
 * A custom resource request as AWS CloudFormation sends it to a Lambda function: a `Create`,
 * `Update` or `Delete` request, told apart by `RequestType`.
 */
export type RawCloudFormationCustomResourceEvent<
  TResourceProperties extends object = Record<string, unknown>,
  TOldResourceProperties extends object = TResourceProperties,
> =
  | RawCloudFormationCustomResourceCreateEvent<TResourceProperties>
  | RawCloudFormationCustomResourceUpdateEvent<
      TResourceProperties,
      TOldResourceProperties
    >
  | RawCloudFormationCustomResourceDeleteEvent<TResourceProperties>;

/**
 * Wrapper for the event that AWS CloudFormation sends to a Lambda function when a stack
 * creates, updates or deletes a custom resource the function provides. The function answers
 * with {@link sendResponse} (a PUT to the presigned `ResponseURL`); under the CDK provider
 * framework, whose events have no `ResponseURL`, it returns the result instead.
 *
 * `TResourceProperties` types {@link CloudFormationCustomResourceEvent.resourceProperties} and
 * `TOldResourceProperties` types {@link CloudFormationCustomResourceEvent.oldResourceProperties};
 * neither is checked at runtime.
 *
 * @example
 * ```ts
 * import {
 *   CloudFormationCustomResourceEvent,
 *   type RawCloudFormationCustomResourceEvent,
 *   sendResponse,
 * } from '@evt/cloudformation';
 * import type { Context } from 'aws-lambda';
 *
 * interface Properties {
 *   ServiceToken: string;
 *   Prefix: string;
 * }
 *
 * export const handler = async (
 *   raw: RawCloudFormationCustomResourceEvent<Properties>,
 *   context: Context
 * ) => {
 *   const event = new CloudFormationCustomResourceEvent(raw);
 *   const name = `${event.resourceProperties.Prefix}-${event.logicalResourceId}`;
 *   await sendResponse(
 *     event,
 *     { status: 'SUCCESS', physicalResourceId: name, data: { Name: name } },
 *     { context }
 *   );
 * };
 * ```
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export class CloudFormationCustomResourceEvent<
  TResourceProperties extends object = Record<string, unknown>,
  TOldResourceProperties extends object = TResourceProperties,
> extends EventWrapper<
  RawCloudFormationCustomResourceEvent<
    TResourceProperties,
    TOldResourceProperties
  >
> {
  static override readonly typeName: string =
    'CloudFormationCustomResourceEvent';
  // The presigned URL's query holds the credentials that let anyone answer for the resource.
  static override readonly sensitiveMembers: readonly string[] = [
    'responseUrl',
  ];

  /**
   * The stack operation the request is for: `'Create'`, `'Update'` or `'Delete'`
   * (`RequestType`).
   *
   * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when it is not one
   * of the three.
   */
  get requestType(): CloudFormationRequestType {
    return requireString(
      this,
      optionalStringOf(
        this,
        this.raw.RequestType,
        'RequestType',
        REQUEST_TYPES
      ),
      'RequestType'
    );
  }

  /**
   * The ARN of the function (or SNS topic) the template names as the resource's provider
   * (`ServiceToken`).
   */
  get serviceToken(): string {
    return requireString(this, this.raw.ServiceToken, 'ServiceToken');
  }

  /**
   * The presigned Amazon S3 URL that receives the response (`ResponseURL`). Undefined in the
   * requests the CDK provider framework passes to its handlers. Its query holds credentials:
   * the debug view shows it as `[SENSITIVE]`.
   */
  get responseUrl(): string | undefined {
    return optionalString(this, this.raw.ResponseURL, 'ResponseURL');
  }

  /** The ARN of the stack that contains the custom resource (`StackId`). */
  get stackId(): string {
    return requireString(this, this.raw.StackId, 'StackId');
  }

  /**
   * The unique ID of the request (`RequestId`); with the stack ID, it names one request on
   * one resource.
   */
  get requestId(): string {
    return requireString(this, this.raw.RequestId, 'RequestId');
  }

  /** The logical ID of the custom resource in the template (`LogicalResourceId`). */
  get logicalResourceId(): string {
    return requireString(this, this.raw.LogicalResourceId, 'LogicalResourceId');
  }

  /**
   * The physical ID the provider gave the resource when it created it (`PhysicalResourceId`).
   * Empty string on `Create` requests, which carry none.
   */
  get physicalResourceId(): string {
    return (
      optionalString(this, this.raw.PhysicalResourceId, 'PhysicalResourceId') ??
      ''
    );
  }

  /**
   * The resource type the template gives the custom resource, e.g. `Custom::NamePrefix`
   * (`ResourceType`).
   */
  get resourceType(): string {
    return requireString(this, this.raw.ResourceType, 'ResourceType');
  }

  /**
   * The resource's `Properties` in the template, `ServiceToken` included: the raw object,
   * typed as `TResourceProperties` and not copied (`ResourceProperties`). CloudFormation
   * passes scalar values as strings (a `5` in the template arrives as `"5"`). Empty object
   * when the event has none.
   */
  get resourceProperties(): TResourceProperties {
    return mapOrEmpty(
      this,
      this.raw.ResourceProperties as TResourceProperties | undefined,
      'ResourceProperties'
    );
  }

  /**
   * The resource's properties before the update, on `Update` requests: the raw object, not
   * copied (`OldResourceProperties`). Empty object on `Create` and `Delete` requests, which
   * carry none; hence typed `Partial<TOldResourceProperties>`.
   *
   * @example
   * ```ts
   * import {
   *   CloudFormationCustomResourceEvent,
   *   type RawCloudFormationCustomResourceEvent,
   * } from '@evt/cloudformation';
   *
   * interface Properties {
   *   ServiceToken: string;
   *   Prefix: string;
   * }
   *
   * export const handler = async (
   *   raw: RawCloudFormationCustomResourceEvent<Properties>
   * ) => {
   *   const event = new CloudFormationCustomResourceEvent(raw);
   *   const replaced =
   *     event.requestType === 'Update' &&
   *     event.oldResourceProperties.Prefix !== event.resourceProperties.Prefix;
   *   return { replaced };
   * };
   * ```
   */
  get oldResourceProperties(): Partial<TOldResourceProperties> {
    // Only the `Update` member of the raw union declares the field.
    const raw = this.raw as {
      OldResourceProperties?: Partial<TOldResourceProperties>;
    };
    return mapOrEmpty(this, raw.OldResourceProperties, 'OldResourceProperties');
  }
}
