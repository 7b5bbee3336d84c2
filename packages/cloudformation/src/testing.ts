import { argumentError } from '@evt/core';
import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import deleteSample from '../test/events/cloud-formation-custom-resource-event.delete.json';
import createSample from '../test/events/cloud-formation-custom-resource-event.json';
import updateSample from '../test/events/cloud-formation-custom-resource-event.update.json';
import type {
  CloudFormationRequestType,
  RawCloudFormationCustomResourceCreateEvent,
  RawCloudFormationCustomResourceDeleteEvent,
  RawCloudFormationCustomResourceUpdateEvent,
} from './cloud-formation-custom-resource-event';

/**
 * Resource properties as CloudFormation sends them: with the resource's `ServiceToken`.
 *
 * @typeParam TProperties The properties the template gives.
 */
export type WithServiceToken<TProperties extends object> = TProperties & {
  /** The ARN of the function that provides the resource. */
  ServiceToken: string;
};

/**
 * The request {@link createCloudFormationCustomResourceEvent} returns for a request type: a
 * fresh copy that fits `CloudFormationCustomResourceEvent`'s constructor and, unless built for
 * the provider framework, the `CloudFormationCustomResourceEvent` of `@types/aws-lambda` (and
 * so a `CloudFormationCustomResourceHandler`).
 *
 * @typeParam TRequestType The request type.
 * @typeParam TResourceProperties The type of `ResourceProperties`.
 * @typeParam TOldResourceProperties The type of `OldResourceProperties`.
 */
export type SampleCloudFormationCustomResourceEvent<
  TRequestType extends CloudFormationRequestType = CloudFormationRequestType,
  TResourceProperties extends object = Record<string, unknown>,
  TOldResourceProperties extends object = TResourceProperties,
> = Sample<
  Extract<
    | RawCloudFormationCustomResourceCreateEvent<
        WithServiceToken<TResourceProperties>
      >
    | RawCloudFormationCustomResourceUpdateEvent<
        WithServiceToken<TResourceProperties>,
        WithServiceToken<TOldResourceProperties>
      >
    | RawCloudFormationCustomResourceDeleteEvent<
        WithServiceToken<TResourceProperties>
      >,
    {
      /** The request type of the sample: `Create`, `Update` or `Delete`. */
      RequestType: TRequestType;
    }
  > & {
    /** The presigned URL that receives the response. */
    ResponseURL: string;
  }
>;

/**
 * The changes {@link createCloudFormationCustomResourceEvent} can make to the documented
 * sample of a request type.
 *
 * @typeParam TRequestType The request type.
 * @typeParam TResourceProperties The type of `ResourceProperties`, to check test data against
 * the handler's.
 * @typeParam TOldResourceProperties The type of `OldResourceProperties`.
 * @typeParam TProviderFramework Whether to build a provider framework request.
 */
export interface CloudFormationCustomResourceEventOverrides<
  TRequestType extends CloudFormationRequestType = 'Create',
  TResourceProperties extends object = Record<string, unknown>,
  TOldResourceProperties extends object = TResourceProperties,
  TProviderFramework extends boolean = false,
> {
  /**
   * The request type, `'Create'` by default: picks the documented `Create`, `Update` (with
   * `PhysicalResourceId` and `OldResourceProperties`) or `Delete` (with `PhysicalResourceId`)
   * sample.
   */
  readonly requestType?: TRequestType | undefined;
  /**
   * Build the request as the CDK provider framework hands it to an `onEvent` handler: without
   * `ResponseURL`.
   */
  readonly providerFramework?: TProviderFramework | undefined;
  /**
   * The presigned URL (`ResponseURL`), e.g. the address of a local server in a test of
   * `sendResponse`.
   */
  readonly responseUrl?: string | undefined;
  /** The logical ID (`LogicalResourceId`). */
  readonly logicalResourceId?: string | undefined;
  /** The physical ID (`PhysicalResourceId`); a `Create` request carries none. */
  readonly physicalResourceId?: string | undefined;
  /**
   * The resource's properties (`ResourceProperties`), replacing the sample's; the sample's
   * `ServiceToken` is kept unless given.
   */
  readonly resourceProperties?: TResourceProperties | undefined;
  /**
   * The properties before the update (`OldResourceProperties`), on `Update` requests; the
   * sample's `ServiceToken` is kept unless given.
   */
  readonly oldResourceProperties?: TOldResourceProperties | undefined;
  /** Changes merged into the whole request, at any depth, applied last. */
  readonly event?:
    | DeepPartial<
        SampleCloudFormationCustomResourceEvent<
          TRequestType,
          TResourceProperties,
          TOldResourceProperties
        >
      >
    | undefined;
}

const SAMPLES = {
  Create: createSample,
  Update: updateSample,
  Delete: deleteSample,
} as const;

/**
 * Builds a sample custom resource request from AWS CloudFormation (the documented `Create`,
 * `Update` or `Delete` request), as a fresh copy you may change.
 *
 * @typeParam TRequestType The request type.
 * @typeParam TResourceProperties The type of `ResourceProperties`.
 * @typeParam TOldResourceProperties The type of `OldResourceProperties`.
 * @typeParam TProviderFramework Whether to build a provider framework request.
 * @param overrides The request type, and the fields to replace in its sample.
 * @returns The raw request; without `ResponseURL` for the provider framework.
 * @throws {TypeError} when `requestType` is not `'Create'`, `'Update'` or `'Delete'`, or when
 * a field is given that the request type does not carry (`physicalResourceId` on `Create`,
 * `oldResourceProperties` on `Create` or `Delete`, `responseUrl` with `providerFramework`).
 * @example
 * ```ts
 * import { CloudFormationCustomResourceEvent } from '@evt/cloudformation';
 * import { createCloudFormationCustomResourceEvent } from '@evt/cloudformation/testing';
 *
 * const event = new CloudFormationCustomResourceEvent(
 *   createCloudFormationCustomResourceEvent({
 *     requestType: 'Update',
 *     resourceProperties: { Prefix: 'new' },
 *     oldResourceProperties: { Prefix: 'old' },
 *   })
 * );
 * event.oldResourceProperties.Prefix; // 'old'
 * ```
 */
export function createCloudFormationCustomResourceEvent<
  TRequestType extends CloudFormationRequestType = 'Create',
  TResourceProperties extends object = Record<string, unknown>,
  TOldResourceProperties extends object = TResourceProperties,
  TProviderFramework extends boolean = false,
>(
  overrides: CloudFormationCustomResourceEventOverrides<
    TRequestType,
    TResourceProperties,
    TOldResourceProperties,
    TProviderFramework
  > = {}
): TProviderFramework extends true
  ? Omit<
      SampleCloudFormationCustomResourceEvent<
        TRequestType,
        TResourceProperties,
        TOldResourceProperties
      >,
      'ResponseURL'
    >
  : SampleCloudFormationCustomResourceEvent<
      TRequestType,
      TResourceProperties,
      TOldResourceProperties
    > {
  const requestType: string = overrides.requestType ?? 'Create';
  if (!Object.hasOwn(SAMPLES, requestType)) {
    throw argumentError(
      'createCloudFormationCustomResourceEvent',
      'requestType',
      "'Create', 'Update' or 'Delete'",
      requestType
    );
  }
  const event: Record<string, unknown> = structuredClone(
    SAMPLES[requestType as CloudFormationRequestType]
  );
  if (overrides.providerFramework) delete event.ResponseURL;
  const fields = [
    ['responseUrl', 'ResponseURL'],
    ['logicalResourceId', 'LogicalResourceId'],
    ['physicalResourceId', 'PhysicalResourceId'],
    ['resourceProperties', 'ResourceProperties'],
    ['oldResourceProperties', 'OldResourceProperties'],
  ] as const;
  for (const [option, field] of fields) {
    const value = overrides[option];
    if (value === undefined) continue;
    if (!Object.hasOwn(event, field)) {
      throw new TypeError(
        `createCloudFormationCustomResourceEvent: ${option} is not part of a ${overrides.providerFramework ? 'provider framework ' : ''}${requestType} request`
      );
    }
    // CloudFormation puts the resource's ServiceToken among its properties, old and new.
    event[field] =
      field === 'ResourceProperties' || field === 'OldResourceProperties'
        ? {
            ServiceToken: (event[field] as { ServiceToken: string })
              .ServiceToken,
            ...structuredClone(value as object),
          }
        : value;
  }
  return mergeDeep(
    event,
    overrides.event as DeepPartial<typeof event>
  ) as never;
}
