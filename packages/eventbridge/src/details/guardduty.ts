// The `detail` of the events Amazon GuardDuty sends to EventBridge (`source` `aws.guardduty`):
// the complete finding, as `GetFindings` returns it. Its resource and service parts vary by
// finding type, so only their common fields are named. Types only.

/**
 * The resource a finding is about. `resourceType` says which of the detail objects it holds
 * (`instanceDetails` for `Instance`, `accessKeyDetails` for `AccessKey`, `s3BucketDetails`
 * for `S3Bucket`, and so on).
 */
export interface GuardDutyResource {
  /** The kind of resource, e.g. `Instance`, `AccessKey`, `S3Bucket` or `EKSCluster`. */
  resourceType: string;
  /** The details of the resource, named after its kind. */
  [details: string]: unknown;
}

/** The activity a finding describes. `actionType` says which of the detail objects it holds. */
export interface GuardDutyAction {
  /** The kind of activity, e.g. `NETWORK_CONNECTION`, `PORT_PROBE` or `AWS_API_CALL`. */
  actionType?: string | undefined;
  /** The details of the activity, named after its kind. */
  [details: string]: unknown;
}

/** What GuardDuty adds about a finding: the detector, the activity, and how often it was seen. */
export interface GuardDutyService {
  /** The name of the service, `guardduty`. */
  serviceName?: string | undefined;
  /** The ID of the detector that found it. */
  detectorId?: string | undefined;
  /** The activity the finding describes. */
  action?: GuardDutyAction | undefined;
  /** Whether the resource was the `TARGET` or the `ACTOR` of the activity. */
  resourceRole?: string | undefined;
  /** Further information about the finding. */
  additionalInfo?: Record<string, unknown> | undefined;
  /** When the activity was first seen. */
  eventFirstSeen?: string | undefined;
  /** When the activity was last seen. */
  eventLastSeen?: string | undefined;
  /** Whether the finding is archived. */
  archived?: boolean | undefined;
  /** How many times the activity was seen. */
  count?: number | undefined;
  /** The GuardDuty feature that found it, e.g. `FlowLogs` or `CloudTrail`. */
  featureName?: string | undefined;
  /** The other parts GuardDuty adds for some finding types. */
  [part: string]: unknown;
}

/**
 * The `detail` of the event Amazon GuardDuty sends when it generates or updates a finding:
 * the complete finding.
 *
 * @example
 * ```ts
 * import {
 *   EventBridgeEvent,
 *   type GuardDutyFindingDetail,
 *   type GuardDutyFindingDetailType,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<GuardDutyFindingDetail, GuardDutyFindingDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.severity >= 7) console.warn(detail.type, detail.title, detail.resource.resourceType);
 * };
 * ```
 * @see https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings_cloudwatch.html
 * @see https://docs.aws.amazon.com/guardduty/latest/APIReference/API_Finding.html
 */
export interface GuardDutyFindingDetail {
  /** The version of the finding's schema, e.g. `2.0`. */
  schemaVersion: string;
  /** The ID of the account the finding was generated in. */
  accountId: string;
  /** The Region the finding was generated in. */
  region: string;
  /** The partition, e.g. `aws`. */
  partition?: string | undefined;
  /** The ID of the finding. */
  id: string;
  /** The ARN of the finding. */
  arn: string;
  /** The finding type, e.g. `Recon:EC2/PortProbeUnprotectedPort`. */
  type: string;
  /** The resource the finding is about. */
  resource: GuardDutyResource;
  /** What GuardDuty adds about the finding. */
  service?: GuardDutyService | undefined;
  /** The severity, from 1.0 (low) to 8.9 (high); 9.0 and above for attack sequences. */
  severity: number;
  /** The confidence score of the finding. */
  confidence?: number | undefined;
  /** When the finding was created. */
  createdAt: string;
  /** When the finding was last updated. */
  updatedAt: string;
  /** The title of the finding. */
  title?: string | undefined;
  /** The description of the finding. */
  description?: string | undefined;
}

/** The `detail-type` of a GuardDuty finding event. */
export type GuardDutyFindingDetailType = 'GuardDuty Finding';
