// The `detail` of the events AWS Health sends to EventBridge (`source` `aws.health`). Fields
// that the schema marks required but older events lack are optional here. Types only.

/** The language and text of an AWS Health event's description. */
export interface AWSHealthEventDescription {
  /** The language of the description, e.g. `en_US`. */
  language: string;
  /** The latest description of the event, as the AWS Health Dashboard shows it. */
  latestDescription: string;
}

/** A resource an AWS Health event affects. */
export interface AWSHealthAffectedEntity {
  /** The ID or ARN of the resource, e.g. `i-abcd1111`. */
  entityValue: string;
  /** When the status of the resource was last updated, e.g. `Thu, 26 Jan 2026 19:01:55 GMT`. */
  lastUpdatedTime?: string | undefined;
  /** The status of the resource: `IMPAIRED`, `UNIMPAIRED`, `PENDING`, `RESOLVED` or `UNKNOWN`. */
  status?: string | undefined;
  /** The tags of the resource, in older events. */
  tags?: Record<string, string> | undefined;
}

/**
 * The `detail` of the event AWS Health sends about an issue, a scheduled change or an account
 * notification: the service and event type, its scope, timing and status, its description and
 * the resources it affects.
 *
 * @example
 * ```ts
 * import {
 *   type AWSHealthEventDetail,
 *   type AWSHealthEventDetailType,
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<AWSHealthEventDetail, AWSHealthEventDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.eventTypeCategory === 'scheduledChange') {
 *     const resources = (detail.affectedEntities ?? []).map((entity) => entity.entityValue);
 *     console.log(detail.eventTypeCode, detail.startTime, resources);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html
 */
export interface AWSHealthEventDetail {
  /** The ARN of the event, including its Region and ID; not unique to an account. */
  eventArn: string;
  /** The affected service, e.g. `EC2`. */
  service: string;
  /** The event type, e.g. `AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED`. */
  eventTypeCode: string;
  /** The category of the event. */
  eventTypeCategory:
    | 'issue'
    | 'accountNotification'
    | 'scheduledChange'
    | 'investigation';
  /** Whether the event is specific to the account or public. */
  eventScopeCode?: 'ACCOUNT_SPECIFIC' | 'PUBLIC' | undefined;
  /** The ID of this communication, with its page number, to tell duplicates and pages apart. */
  communicationId?: string | undefined;
  /** When the event starts, e.g. `Fri, 27 Jan 2023 06:02:51 GMT`; later than now when scheduled. */
  startTime: string;
  /** When the event ends; absent for a scheduled event. */
  endTime?: string | undefined;
  /** When the event was last updated. */
  lastUpdatedTime?: string | undefined;
  /** The status of the event. */
  statusCode?: 'open' | 'closed' | 'upcoming' | undefined;
  /** The Region the event affects, which may differ from the event's `region`. */
  eventRegion?: string | undefined;
  /** The description of the event. */
  eventDescription: AWSHealthEventDescription[];
  /** Metadata the affected service adds, as text. */
  eventMetadata?: Record<string, string> | undefined;
  /** The resources the event affects. */
  affectedEntities?: AWSHealthAffectedEntity[] | undefined;
  /** The page this message is, as text, e.g. `1`. */
  page?: string | undefined;
  /** How many pages the communication has, as text. */
  totalPages?: string | undefined;
  /** Whether this is a copy sent to the backup Region, as text: `true` or `false`. */
  backupEvent?: string | undefined;
  /** The ID of the affected account, which differs from `account` in an organization view. */
  affectedAccount?: string | undefined;
  /** Whether the event requires action: `ACTION_REQUIRED`, `ACTION_MAY_BE_REQUIRED` or `INFORMATIONAL`. */
  actionability?: string | undefined;
  /** Who the event concerns, e.g. `OPERATIONS`, `SECURITY` or `BILLING`. */
  personas?: string[] | undefined;
}

/** The `detail-type` of an AWS Health event, including an abuse notification. */
export type AWSHealthEventDetailType =
  | 'AWS Health Event'
  | 'AWS Health Abuse Event';
