// The `detail` of the "AWS API Call via CloudTrail" events: the CloudTrail record of a call to an
// AWS API, which EventBridge receives from every service that CloudTrail logs (`source` is
// the service's, e.g. `aws.s3`). Types only.

/** The attributes of the session the call was made in. */
export interface CloudTrailSessionAttributes {
  /** When the temporary credentials were issued. */
  creationDate?: string | undefined;
  /** Whether the session was authenticated with MFA, as text: `true` or `false`. */
  mfaAuthenticated?: string | undefined;
}

/** The principal that issued the temporary credentials of a session, e.g. a role. */
export interface CloudTrailSessionIssuer {
  /** The kind of issuer, e.g. `Role`. */
  type?: string | undefined;
  /** The ID of the issuer. */
  principalId?: string | undefined;
  /** The ARN of the issuer. */
  arn?: string | undefined;
  /** The account that owns the issuer. */
  accountId?: string | undefined;
  /** The name of the issuer, e.g. the role name. */
  userName?: string | undefined;
}

/** The session of a call made with temporary credentials. */
export interface CloudTrailSessionContext {
  /** The attributes of the session. */
  attributes?: CloudTrailSessionAttributes | undefined;
  /** Who issued the credentials. */
  sessionIssuer?: CloudTrailSessionIssuer | undefined;
  /** The identity provider of a web identity federated session. */
  webIdFederationData?: Record<string, unknown> | undefined;
  /** The source identity set when the role was assumed. */
  sourceIdentity?: string | undefined;
  /** Whether the credentials came from the instance metadata service, for an EC2 role. */
  ec2RoleDelivery?: string | undefined;
}

/** Who made the call. */
export interface CloudTrailUserIdentity {
  /** The kind of identity, e.g. `Root`, `IAMUser`, `AssumedRole` or `AWSService`. */
  type: string;
  /** The ID of the principal. */
  principalId?: string | undefined;
  /** The ARN of the principal. */
  arn?: string | undefined;
  /** The account that owns the principal. */
  accountId?: string | undefined;
  /** The access key the call was signed with. */
  accessKeyId?: string | undefined;
  /** The name of the IAM user. */
  userName?: string | undefined;
  /** The AWS service that made the call on the principal's behalf, e.g. `ec2.amazonaws.com`. */
  invokedBy?: string | undefined;
  /** The session of temporary credentials. */
  sessionContext?: CloudTrailSessionContext | undefined;
}

/** A resource the call accessed. */
export interface CloudTrailResource {
  /** The ARN of the resource. */
  ARN?: string | undefined;
  /** The account that owns the resource. */
  accountId?: string | undefined;
  /** The kind of resource, e.g. `AWS::S3::Object`. */
  type?: string | undefined;
}

/** The TLS of the call. */
export interface CloudTrailTlsDetails {
  /** The TLS version, e.g. `TLSv1.3`. */
  tlsVersion?: string | undefined;
  /** The cipher suite. */
  cipherSuite?: string | undefined;
  /** The host name the client called. */
  clientProvidedHostHeader?: string | undefined;
}

/**
 * The `detail` of an "AWS API Call via CloudTrail" event: the CloudTrail record of a call to an
 * AWS API (who called, what, from where, with which parameters, and what AWS answered).
 * EventBridge receives these for every service CloudTrail logs, when a trail is on.
 *
 * @typeParam TRequestParameters The parameters of the call, as the service's API names them.
 * @typeParam TResponseElements The response of the call, for a call that changes something.
 * @example
 * ```ts
 * import {
 *   type AWSAPICallViaCloudTrailDetail,
 *   type AWSAPICallViaCloudTrailDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * type CreateBucketCall = AWSAPICallViaCloudTrailDetail<{ bucketName: string }>;
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<CreateBucketCall, AWSAPICallViaCloudTrailDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   console.log(detail.eventName, detail.requestParameters?.bucketName, detail.userIdentity.arn);
 * };
 * ```
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 */
export interface AWSAPICallViaCloudTrailDetail<
  TRequestParameters = Record<string, unknown>,
  TResponseElements = Record<string, unknown>,
> {
  /** The version of the record format, e.g. `1.08`. */
  eventVersion: string;
  /** Who made the call. */
  userIdentity: CloudTrailUserIdentity;
  /** When the call was made. */
  eventTime: string;
  /** The service called, e.g. `s3.amazonaws.com`. */
  eventSource: string;
  /** The API operation called, e.g. `CreateBucket`. */
  eventName: string;
  /** The Region the call was made to. */
  awsRegion: string;
  /** The IP address the call came from, or the service that made it. */
  sourceIPAddress: string;
  /** The client that made the call, e.g. `[S3Console/0.4]` or an SDK's user agent. */
  userAgent?: string | undefined;
  /** The parameters of the call; `null` when it has none. */
  requestParameters?: TRequestParameters | null | undefined;
  /** What AWS answered, for a call that changes something; `null` otherwise. */
  responseElements?: TResponseElements | null | undefined;
  /** Further data the service records about the call. */
  additionalEventData?: Record<string, unknown> | undefined;
  /** The ID of the request, as the service returned it. */
  requestID?: string | undefined;
  /** The ID of this CloudTrail record. */
  eventID: string;
  /** Whether the call only reads. */
  readOnly?: boolean | undefined;
  /** The resources the call accessed. */
  resources?: CloudTrailResource[] | undefined;
  /** The kind of record, `AwsApiCall` for these events. */
  eventType: string;
  /** The API version of the service, for some services. */
  apiVersion?: string | undefined;
  /** Whether the call is a management event. */
  managementEvent?: boolean | undefined;
  /** The account that received the record. */
  recipientAccountId?: string | undefined;
  /** The category of the record, e.g. `Management` or `Data`. */
  eventCategory?: string | undefined;
  /** The error code of a call that failed, e.g. `AccessDenied`. */
  errorCode?: string | undefined;
  /** The error message of a call that failed. */
  errorMessage?: string | undefined;
  /** Whether the call was made from the AWS Management Console, as text. */
  sessionCredentialFromConsole?: string | undefined;
  /** The TLS of the call. */
  tlsDetails?: CloudTrailTlsDetails | undefined;
}

/** The `detail-type` of an AWS API call event delivered by CloudTrail. */
export type AWSAPICallViaCloudTrailDetailType = 'AWS API Call via CloudTrail';
