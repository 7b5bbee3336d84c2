import {
  LambdaDestinationEvent,
  type RawLambdaDestinationEvent,
} from '@evt/lambda-destination';

// Errors the runtime reports when an attempt died rather than failed: worth one more try later.
const TRANSIENT_ERRORS = [
  'Process exited before completing request',
  'Task timed out',
];

/**
 * The on-success and on-failure destination of an asynchronous worker: a success is written to
 * the audit trail with the function's result; a failure whose last attempt died (the process
 * exited, the task timed out) is scheduled for a replay of the original event, and any other
 * failure raises an alert with the error, so nothing is lost silently.
 */
export const handler = async (raw: RawLambdaDestinationEvent) => {
  const record = new LambdaDestinationEvent(raw);
  const invocation = {
    function: record.functionName,
    version: record.responseContext.executedVersion,
    requestId: record.requestContext.requestId,
    attempts: record.requestContext.approximateInvokeCount,
    at: record.timestampAsDate.toISOString(),
  };
  if (record.isSuccess) {
    return { action: 'audit', ...invocation, result: record.result };
  }
  const error = record.error;
  const transient =
    error !== undefined &&
    TRANSIENT_ERRORS.some((text) => error.errorMessage.includes(text));
  if (transient) {
    return {
      action: 'replay',
      ...invocation,
      // The original event, to invoke the function with again.
      event: record.requestPayload,
    };
  }
  return {
    action: 'alert',
    ...invocation,
    condition: record.requestContext.condition,
    errorKind: record.responseContext.functionError,
    error: error && {
      type: error.errorType ?? 'unknown',
      message: error.errorMessage,
      where: error.stackTrace[0],
    },
  };
};
