// The `detail` of the events AWS Glue sends to EventBridge (`source` `aws.glue`) when a job run
// ends. Types only.

/** The states a Glue job run ends in, as its state-change events report them. */
export type GlueJobState = 'SUCCEEDED' | 'FAILED' | 'TIMEOUT' | 'STOPPED';

/**
 * The `detail` of the event AWS Glue sends when a job run succeeds, fails, times out or is
 * stopped.
 *
 * @example
 * ```ts
 * import {
 *   EventBridgeEvent,
 *   type GlueJobStateChangeDetail,
 *   type GlueJobStateChangeDetailType,
 *   type RawEventBridgeEvent,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<GlueJobStateChangeDetail, GlueJobStateChangeDetailType>
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.state !== 'SUCCEEDED') console.error(detail.jobName, detail.jobRunId, detail.message);
 * };
 * ```
 * @see https://docs.aws.amazon.com/glue/latest/dg/automating-awsglue-with-cloudwatch-events.html
 */
export interface GlueJobStateChangeDetail {
  /** The name of the job. */
  jobName: string;
  /** The severity of the event, e.g. `INFO` for a success and `ERROR` for a failure. */
  severity: string;
  /** The state the job run ended in. */
  state: GlueJobState;
  /** The ID of the job run, e.g. `jr_…`. */
  jobRunId: string;
  /** A message about the run, e.g. `Job run succeeded` or the error. */
  message: string;
}

/** The `detail-type` of a Glue job state-change event. */
export type GlueJobStateChangeDetailType = 'Glue Job State Change';
