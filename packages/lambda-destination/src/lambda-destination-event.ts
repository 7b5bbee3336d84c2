import {
  child,
  DecodeError,
  EventWrapper,
  fieldError,
  locate,
  optionalString,
  requireNumber,
  requireString,
  stringArrayOrEmpty,
  UNSET,
} from '@evt/core';

/**
 * Why Lambda sent the record: `'Success'` when the function returned without error,
 * `'RetriesExhausted'` when every attempt failed, `'EventAgeExceeded'` when the event stayed in
 * the asynchronous queue past its maximum age. Other strings are allowed for values AWS may add.
 */
export type LambdaDestinationCondition =
  | 'Success'
  | 'RetriesExhausted'
  | 'EventAgeExceeded'
  | (string & {});

/**
 * The kind of error the last attempt ended with: `'Handled'` when the function's code returned
 * or threw it, `'Unhandled'` when the runtime or Lambda reported it (a crash, a timeout). Other
 * strings are allowed for values AWS may add.
 */
export type LambdaDestinationFunctionErrorType =
  | 'Handled'
  | 'Unhandled'
  | (string & {});

/** The request part of an invocation record (`requestContext`), as AWS documents it. */
export interface RawLambdaDestinationRequestContext {
  /** The request ID of the asynchronous invocation. */
  requestId: string;
  /** The ARN of the function, with the version or alias that was invoked. */
  functionArn: string;
  /** Why the record was sent. */
  condition: string;
  /** How many times the function was invoked for the event. */
  approximateInvokeCount: number;
}

/** The response part of an invocation record (`responseContext`), as AWS documents it. */
export interface RawLambdaDestinationResponseContext {
  /** The HTTP status code of the last invocation. */
  statusCode: number;
  /** The version of the function that ran. */
  executedVersion: string;
  /** `Handled` or `Unhandled` when the last attempt failed; absent on success. */
  functionError?: string | undefined;
}

/** The error a failed invocation returns (`responsePayload` on failure), as AWS documents it. */
export interface RawLambdaDestinationFunctionError {
  /** What went wrong, in words. */
  errorMessage: string;
  /** The error's type, e.g. `Error`; absent from errors the runtime reports. */
  errorType?: string | undefined;
  /** The stack trace, one frame per item; absent from errors the runtime reports. */
  stackTrace?: string[] | undefined;
}

/** The record an asynchronous invocation sends to a destination, as AWS documents it. */
export interface RawLambdaDestinationEvent<
  TRequest = unknown,
  TResponse = unknown,
> {
  /** The version of the record format, `1.0`. */
  version: string;
  /** When the record was created, in ISO 8601 format. */
  timestamp: string;
  /** The invocation: request ID, function, condition and attempts. */
  requestContext: RawLambdaDestinationRequestContext;
  /** The event the function was invoked with. */
  requestPayload: TRequest;
  /** The last invocation's result: status code, version and error kind. */
  responseContext: RawLambdaDestinationResponseContext;
  /** What the function returned, or the error it ended with. */
  responsePayload?: TResponse | RawLambdaDestinationFunctionError | undefined;
}

/**
 * The function name and qualifier in a function ARN
 * (`arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]`).
 */
function functionArnParts(
  owner: EventWrapper,
  arn: string
): [name: string, qualifier: string | undefined] {
  const [prefix, , service, , , resource, name, qualifier, ...rest] =
    arn.split(':');
  if (
    prefix !== 'arn' ||
    service !== 'lambda' ||
    resource !== 'function' ||
    !name ||
    qualifier === '' ||
    rest.length > 0
  ) {
    throw new DecodeError(
      'Lambda function ARN',
      'expected arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]',
      locate(owner, 'functionArn')
    );
  }
  return [name, qualifier];
}

/**
 * Wrapper for the request part of an invocation record (`requestContext`): which function was
 * invoked, why the record was sent, and how many attempts were made.
 */
export class LambdaDestinationRequestContext extends EventWrapper<RawLambdaDestinationRequestContext> {
  static override readonly typeName: string = 'LambdaDestinationRequestContext';
  #functionArnParts?: [name: string, qualifier: string | undefined];

  /** The request ID of the asynchronous invocation (`requestId`). */
  get requestId(): string {
    return requireString(this, this.raw.requestId, 'requestId');
  }

  /**
   * The ARN of the function that was invoked, with its version or alias, e.g.
   * `arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST` (`functionArn`).
   */
  get functionArn(): string {
    return requireString(this, this.raw.functionArn, 'functionArn');
  }

  /**
   * Why Lambda sent the record: `Success`, `RetriesExhausted` or `EventAgeExceeded`
   * (`condition`).
   */
  get condition(): LambdaDestinationCondition {
    return requireString(this, this.raw.condition, 'condition');
  }

  /**
   * How many times Lambda invoked the function for the event, retries included
   * (`approximateInvokeCount`). Approximate: an invocation may be counted that never ran.
   */
  get approximateInvokeCount(): number {
    return requireNumber(
      this,
      this.raw.approximateInvokeCount,
      'approximateInvokeCount'
    );
  }

  /**
   * The name of the function, from its ARN (`functionArn`).
   *
   * @throws {@link DecodeError} when the ARN is not a Lambda function ARN.
   */
  get functionName(): string {
    return this.#parts()[0];
  }

  /**
   * The version or alias that was invoked, from the ARN, e.g. `$LATEST`, `7` or `live`
   * (`functionArn`). `undefined` when the ARN has none.
   *
   * @throws {@link DecodeError} when the ARN is not a Lambda function ARN.
   */
  get functionQualifier(): string | undefined {
    return this.#parts()[1];
  }

  #parts(): [name: string, qualifier: string | undefined] {
    return (this.#functionArnParts ??= functionArnParts(
      this,
      this.functionArn
    ));
  }
}

/**
 * Wrapper for the response part of an invocation record (`responseContext`): how the last
 * invocation ended.
 */
export class LambdaDestinationResponseContext extends EventWrapper<RawLambdaDestinationResponseContext> {
  static override readonly typeName: string =
    'LambdaDestinationResponseContext';

  /**
   * The HTTP status code of the last invocation (`statusCode`): `200` even when the function
   * failed, since the function error is reported apart.
   */
  get statusCode(): number {
    return requireNumber(this, this.raw.statusCode, 'statusCode');
  }

  /** The version of the function that ran, e.g. `$LATEST` or `7` (`executedVersion`). */
  get executedVersion(): string {
    return requireString(this, this.raw.executedVersion, 'executedVersion');
  }

  /**
   * The kind of error the last attempt ended with, `Handled` or `Unhandled`
   * (`functionError`). `undefined` when it ended without one.
   */
  get functionError(): LambdaDestinationFunctionErrorType | undefined {
    return optionalString(this, this.raw.functionError, 'functionError');
  }
}

/**
 * Wrapper for the error a failed invocation ended with, which the record carries as its
 * `responsePayload`.
 */
export class LambdaDestinationFunctionError extends EventWrapper<RawLambdaDestinationFunctionError> {
  static override readonly typeName: string = 'LambdaDestinationFunctionError';

  /** What went wrong, in words (`errorMessage`). */
  get errorMessage(): string {
    return requireString(this, this.raw.errorMessage, 'errorMessage');
  }

  /**
   * The error's type, e.g. `Error` or `TypeError` (`errorType`). `undefined` for errors the
   * runtime reports with a message only (a process that exited early).
   */
  get errorType(): string | undefined {
    return optionalString(this, this.raw.errorType, 'errorType');
  }

  /** The stack trace, one frame per item (`stackTrace`). Empty array when the error has none. */
  get stackTrace(): readonly string[] {
    return stringArrayOrEmpty(this, this.raw.stackTrace, 'stackTrace');
  }
}

/**
 * Wrapper for the record that Lambda sends to a destination function after an asynchronous
 * invocation: on success (`condition` `Success`), or on failure once retries are exhausted or
 * the event has grown too old. It holds the original event (`requestPayload`) and what the
 * function returned or the error it ended with (`responsePayload`).
 *
 * @typeParam TRequest The type of the event the function was invoked with; not checked at
 * runtime.
 * @typeParam TResponse The type of what the function returns on success; not checked at runtime.
 * @example
 * ```ts
 * import {
 *   LambdaDestinationEvent,
 *   type RawLambdaDestinationEvent,
 * } from '@evt/lambda-destination';
 *
 * interface Order {
 *   orderId: string;
 * }
 *
 * export const handler = async (raw: RawLambdaDestinationEvent<Order>) => {
 *   const record = new LambdaDestinationEvent<Order>(raw);
 *   if (record.isFailure) {
 *     console.error(record.requestPayload.orderId, record.error?.errorMessage);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
export class LambdaDestinationEvent<
  TRequest = unknown,
  TResponse = unknown,
  // `TResponse` is left out of the raw type so that it is never inferred from a raw record
  // whose payload is not typed: it is the caller's to give.
> extends EventWrapper<RawLambdaDestinationEvent<TRequest>> {
  static override readonly typeName: string = 'LambdaDestinationEvent';
  #requestContext?: LambdaDestinationRequestContext;
  #responseContext?: LambdaDestinationResponseContext;
  #timestampAsDate?: Date;
  #error: LambdaDestinationFunctionError | undefined | typeof UNSET = UNSET;

  /** The version of the record format, `1.0` (`version`). */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }

  /**
   * When Lambda created the record, in ISO 8601 format, e.g. `2019-11-14T18:16:05.568Z`
   * (`timestamp`).
   */
  get timestamp(): string {
    return requireString(this, this.raw.timestamp, 'timestamp');
  }

  /**
   * When Lambda created the record, as a `Date` (`timestamp`). Built once.
   *
   * @throws {@link FieldTypeError} when the timestamp is not a date.
   */
  get timestampAsDate(): Date {
    if (this.#timestampAsDate === undefined) {
      const text = this.timestamp;
      const date = new Date(text);
      if (Number.isNaN(date.getTime())) {
        throw fieldError(this, 'timestamp', 'an ISO 8601 date', text);
      }
      this.#timestampAsDate = date;
    }
    return this.#timestampAsDate;
  }

  /** The invocation: request ID, function, condition and attempts (`requestContext`). */
  get requestContext(): LambdaDestinationRequestContext {
    return (this.#requestContext ??= child(
      this,
      'requestContext',
      LambdaDestinationRequestContext
    ));
  }

  /**
   * The event the function was invoked with, as it was sent, typed as `TRequest`
   * (`requestPayload`).
   */
  get requestPayload(): TRequest {
    return this.raw.requestPayload;
  }

  /** How the last invocation ended: status code, version and error kind (`responseContext`). */
  get responseContext(): LambdaDestinationResponseContext {
    return (this.#responseContext ??= child(
      this,
      'responseContext',
      LambdaDestinationResponseContext
    ));
  }

  /**
   * What the function returned (typed as `TResponse`), or on failure the error it ended with
   * (`responsePayload`). Read {@link LambdaDestinationEvent.result} or
   * {@link LambdaDestinationEvent.error} for one or the other.
   */
  get responsePayload():
    | TResponse
    | RawLambdaDestinationFunctionError
    | undefined {
    return this.raw.responsePayload as
      | TResponse
      | RawLambdaDestinationFunctionError
      | undefined;
  }

  /** Whether the invocation succeeded (`requestContext.condition` is `Success`). */
  get isSuccess(): boolean {
    return this.requestContext.condition === 'Success';
  }

  /**
   * Whether the invocation failed: retries exhausted, or the event too old
   * (`requestContext.condition` is not `Success`).
   */
  get isFailure(): boolean {
    return !this.isSuccess;
  }

  /**
   * The name of the function that was invoked, from its ARN (`requestContext.functionArn`).
   *
   * @throws {@link DecodeError} when the ARN is not a Lambda function ARN.
   */
  get functionName(): string {
    return this.requestContext.functionName;
  }

  /**
   * What the function returned, typed as `TResponse`, when the invocation succeeded
   * (`responsePayload`). `undefined` for a failure.
   */
  get result(): TResponse | undefined {
    return this.isSuccess ? (this.raw.responsePayload as TResponse) : undefined;
  }

  /**
   * The error the last attempt ended with, when it ended with one
   * (`responseContext.functionError` is set): its message, type and stack trace
   * (`responsePayload`). `undefined` otherwise, e.g. for a success, or an event that expired
   * in the queue without a function error.
   *
   * @throws {@link FieldTypeError} when the payload of a function error is not an object.
   */
  get error(): LambdaDestinationFunctionError | undefined {
    if (this.#error === UNSET) {
      this.#error =
        this.responseContext.functionError === undefined
          ? undefined
          : child(
              // After a function error, the payload is the error, not a `TResponse`.
              this as EventWrapper<{
                responsePayload: RawLambdaDestinationFunctionError;
              }>,
              'responsePayload',
              LambdaDestinationFunctionError
            );
    }
    return this.#error;
  }
}
