// The `detail` of the events AWS Step Functions sends to EventBridge (`source` `aws.states`)
// when a Standard Workflow execution changes status. Types only.

/** The statuses of a Step Functions execution. */
export type StepFunctionsExecutionStatus =
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'TIMED_OUT'
  | 'ABORTED'
  | 'PENDING_REDRIVE';

/** Whether an execution's input or output is included in the event. */
export interface StepFunctionsExecutionDataDetails {
  /** Whether it is included; false when it was left out for its size. */
  included: boolean;
}

/**
 * The `detail` of the event AWS Step Functions sends when a Standard Workflow execution changes
 * status: the same information as `DescribeExecution`. Express Workflows send no such events.
 *
 * @example
 * ```ts
 * import {
 *   EventBridgeEvent,
 *   type RawEventBridgeEvent,
 *   type StepFunctionsExecutionStatusChangeDetail,
 *   type StepFunctionsExecutionStatusChangeDetailType,
 * } from '@evt/eventbridge';
 *
 * export const handler = async (
 *   raw: RawEventBridgeEvent<
 *     StepFunctionsExecutionStatusChangeDetail,
 *     StepFunctionsExecutionStatusChangeDetailType
 *   >
 * ) => {
 *   const { detail } = new EventBridgeEvent(raw);
 *   if (detail.status === 'FAILED') console.error(detail.name, detail.error, detail.cause);
 * };
 * ```
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html
 */
export interface StepFunctionsExecutionStatusChangeDetail {
  /** The ARN of the execution. */
  executionArn: string;
  /** The ARN of the state machine. */
  stateMachineArn: string;
  /** The name of the execution. */
  name: string;
  /** The status the execution entered. */
  status: StepFunctionsExecutionStatus;
  /** When the execution started, in milliseconds since the epoch. */
  startDate: number;
  /** When the execution stopped, in milliseconds since the epoch; `null` while it runs. */
  stopDate: number | null;
  /** The input of the execution, as JSON text; `null` when it was left out for its size. */
  input: string | null;
  /** Whether the input is included. */
  inputDetails?: StepFunctionsExecutionDataDetails | undefined;
  /** The output of a succeeded execution, as JSON text; `null` otherwise. */
  output: string | null;
  /** Whether the output is included; `null` while there is none. */
  outputDetails?: StepFunctionsExecutionDataDetails | null | undefined;
  /** The error code of a failed execution. */
  error?: string | null | undefined;
  /** Why the execution failed. */
  cause?: string | null | undefined;
  /** How many times the execution was redriven. */
  redriveCount?: number | undefined;
  /** When the execution was last redriven, in milliseconds since the epoch. */
  redriveDate?: number | null | undefined;
  /** Whether the execution can be redriven, e.g. `REDRIVABLE` or `NOT_REDRIVABLE`. */
  redriveStatus?: string | undefined;
  /** Why the execution can or cannot be redriven. */
  redriveStatusReason?: string | undefined;
}

/** The `detail-type` of a Step Functions execution status-change event. */
export type StepFunctionsExecutionStatusChangeDetailType =
  'Step Functions Execution Status Change';
