import { argumentError } from '@evt/core';
import {
  CloudFormationCustomResourceEvent,
  type RawCloudFormationCustomResourceEvent,
} from './cloud-formation-custom-resource-event';

// The answer a custom resource provider gives CloudFormation: `buildResponse` makes the JSON
// object, `sendResponse` PUTs it to the request's presigned URL. Free functions, so a handler
// that only reads events bundles none of this.

/** What a provider reports for a request: `'SUCCESS'` or `'FAILED'`. */
export type CloudFormationResponseStatus = 'SUCCESS' | 'FAILED';

/**
 * The response a custom resource provider sends to the request's presigned URL, as AWS
 * documents it: the JSON object {@link buildResponse} builds and {@link sendResponse} sends.
 *
 * @typeParam TData The shape of `Data`.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export interface CloudFormationCustomResourceResponse<
  TData extends object = Record<string, unknown>,
> {
  /** Whether the provider did what the request asked. */
  Status: CloudFormationResponseStatus;
  /** Why the request failed; required when `Status` is `FAILED`. */
  Reason?: string;
  /**
   * The provider's ID for the resource: a non-empty string of at most 1 KB, the same in every
   * response for the same resource. A new value on `Update` replaces the resource
   * (CloudFormation then sends a `Delete` for the old one).
   */
  PhysicalResourceId: string;
  /** The stack ARN, copied from the request. */
  StackId: string;
  /** The request ID, copied from the request. */
  RequestId: string;
  /** The logical ID, copied from the request. */
  LogicalResourceId: string;
  /** Whether `Fn::GetAtt` shows the values of `Data` masked with asterisks. */
  NoEcho?: boolean;
  /** The values the template reads with `Fn::GetAtt`, by name. */
  Data?: TData;
}

/**
 * What the provider reports for a request, in the words of {@link buildResponse} and
 * {@link sendResponse}; the request's own IDs are copied from the event.
 *
 * @typeParam TData The shape of `data`.
 */
export interface CloudFormationResponseInput<
  TData extends object = Record<string, unknown>,
> {
  /** Whether the provider did what the request asked (`Status`). */
  readonly status: CloudFormationResponseStatus;
  /**
   * The provider's ID for the resource (`PhysicalResourceId`): a non-empty string of at most
   * 1024 bytes. Defaults to the event's physical ID (on `Update` and `Delete`), else to the
   * log stream name of `options.context`.
   */
  readonly physicalResourceId?: string | undefined;
  /**
   * The values the template reads with `Fn::GetAtt` (`Data`), a JSON object. Visible to anyone
   * who can describe the stack's events unless `noEcho` is set.
   */
  readonly data?: TData | undefined;
  /** Whether `Fn::GetAtt` shows the values of `data` masked with asterisks (`NoEcho`). */
  readonly noEcho?: boolean | undefined;
  /**
   * Why the request failed (`Reason`), shown in the stack's events; required for `FAILED`.
   * Defaults to a pointer to the log stream of `options.context`.
   */
  readonly reason?: string | undefined;
}

/**
 * The part of the Lambda context the response defaults read: the CloudWatch log stream of
 * the invocation. The `Context` of `@types/aws-lambda` fits.
 */
export interface CloudFormationLambdaContext {
  /** The name of the CloudWatch Logs stream the invocation writes to. */
  readonly logStreamName: string;
}

/** The options of {@link buildResponse}. */
export interface CloudFormationResponseOptions {
  /**
   * The Lambda context. With it, the physical ID defaults to the log stream name (when the
   * input and the event have none) and the reason to a pointer to the log stream.
   */
  readonly context?: CloudFormationLambdaContext | undefined;
}

/**
 * The options of {@link sendResponse}: the defaults of {@link buildResponse}, and how the
 * response is sent.
 */
export interface CloudFormationSendOptions
  extends CloudFormationResponseOptions {
  /**
   * How many times to try again after a network error, a timeout or an HTTP 5xx answer, a
   * non-negative integer. A 4xx answer is never retried. Defaults to 4 (5 attempts).
   */
  readonly retries?: number | undefined;
  /**
   * How long one attempt may take, in milliseconds, a positive integer (the attempt is
   * aborted with `AbortSignal.timeout`). Defaults to 10 000.
   */
  readonly timeout?: number | undefined;
  /**
   * The wait before the first retry, in milliseconds, doubled before each later one, a
   * non-negative integer. Defaults to 500.
   */
  readonly retryDelay?: number | undefined;
  /**
   * The `fetch` to send with, for runtimes without a global one or for tests. Defaults to the
   * global `fetch`. It is called with the URL and an init holding `method`, `headers`, `body`
   * and `signal`.
   */
  readonly fetch?: typeof fetch | undefined;
}

/**
 * The response could not be delivered to the presigned URL: the URL refused it (HTTP 4xx, not
 * retried) or every attempt failed (network error, timeout, HTTP 5xx). The message names the
 * host, the attempts and the last failure; it never holds the URL's path or query (its
 * credentials) nor the response's data.
 */
export class CloudFormationResponseError extends Error {
  /** How many attempts were made. */
  declare readonly attempts: number;
  /** The HTTP status of the last answer; undefined when the last attempt got none. */
  declare readonly statusCode: number | undefined;

  /**
   * Creates the error for a response that was not delivered.
   *
   * @param message What went wrong.
   * @param attempts How many attempts were made.
   * @param statusCode The HTTP status of the last answer, if any.
   * @param cause The error of the last attempt, if it threw.
   */
  constructor(
    message: string,
    attempts: number,
    statusCode: number | undefined,
    cause?: unknown
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CloudFormationResponseError';
    this.attempts = attempts;
    this.statusCode = statusCode;
  }
}

/** The most bytes CloudFormation accepts in a response body. */
const MAX_BODY_BYTES = 4096;
/** The most bytes of UTF-8 a physical ID may take. */
const MAX_PHYSICAL_ID_BYTES = 1024;

function wrap(
  event:
    | CloudFormationCustomResourceEvent<object, object>
    | RawCloudFormationCustomResourceEvent<object, object>
): CloudFormationCustomResourceEvent<object> {
  return event instanceof CloudFormationCustomResourceEvent
    ? event
    : new CloudFormationCustomResourceEvent(event);
}

const utf8Length = (text: string): number =>
  new TextEncoder().encode(text).byteLength;

function checkedOptionalString(
  caller: string,
  what: string,
  value: unknown
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw argumentError(caller, what, 'a non-empty string', value);
  }
  return value;
}

function build<TData extends object>(
  caller: string,
  event: CloudFormationCustomResourceEvent<object>,
  input: CloudFormationResponseInput<TData>,
  options: CloudFormationResponseOptions | undefined
): CloudFormationCustomResourceResponse<TData> {
  if (typeof input !== 'object' || input === null) {
    throw argumentError(caller, 'the response', 'an object', input);
  }
  const { data, noEcho } = input;
  // Read as unknown: untyped callers pass anything.
  const status: unknown = input.status;
  if (status !== 'SUCCESS' && status !== 'FAILED') {
    throw argumentError(caller, 'status', "'SUCCESS' or 'FAILED'", status);
  }
  const context = options?.context;
  if (
    context !== undefined &&
    typeof (context as Partial<CloudFormationLambdaContext> | null)
      ?.logStreamName !== 'string'
  ) {
    throw argumentError(
      caller,
      'options.context',
      'a Lambda context with a logStreamName',
      context
    );
  }
  const physicalResourceId =
    checkedOptionalString(
      caller,
      'physicalResourceId',
      input.physicalResourceId
    ) ??
    (event.physicalResourceId || context?.logStreamName);
  if (!physicalResourceId) {
    throw new TypeError(
      `${caller}: physicalResourceId is required: a ${event.requestType} request carries none, and no Lambda context (options.context) gives a log stream name to use instead`
    );
  }
  const physicalIdBytes = utf8Length(physicalResourceId);
  if (physicalIdBytes > MAX_PHYSICAL_ID_BYTES) {
    throw new RangeError(
      `${caller}: physicalResourceId must be at most ${MAX_PHYSICAL_ID_BYTES} bytes, got ${physicalIdBytes}`
    );
  }
  const reason =
    checkedOptionalString(caller, 'reason', input.reason) ??
    (context &&
      `See the CloudWatch Logs log stream ${context.logStreamName} for details`);
  if (status === 'FAILED' && reason === undefined) {
    throw new TypeError(
      `${caller}: reason is required when status is 'FAILED' (or pass options.context to point to its log stream)`
    );
  }
  if (
    data !== undefined &&
    (typeof data !== 'object' || data === null || Array.isArray(data))
  ) {
    throw argumentError(caller, 'data', 'an object', data);
  }
  if (noEcho !== undefined && typeof noEcho !== 'boolean') {
    throw argumentError(caller, 'noEcho', 'a boolean', noEcho);
  }
  // The documented order; a field not given is an absent key, not `undefined`.
  return {
    Status: status,
    ...(reason === undefined ? {} : { Reason: reason }),
    PhysicalResourceId: physicalResourceId,
    StackId: event.stackId,
    RequestId: event.requestId,
    LogicalResourceId: event.logicalResourceId,
    ...(noEcho === undefined ? {} : { NoEcho: noEcho }),
    ...(data === undefined ? {} : { Data: data }),
  };
}

/**
 * Builds the response to a custom resource request, without sending it: `Status`, `Reason`,
 * `PhysicalResourceId`, the request's `StackId`, `RequestId` and `LogicalResourceId`, and
 * `NoEcho` and `Data` when given. Pure: it reads the event and returns a new object.
 *
 * {@link sendResponse} sends what this builds. Under the CDK provider framework, whose events
 * have no `ResponseURL`, the `onEvent` handler returns a result instead, of which the framework
 * reads `PhysicalResourceId`, `Data` and `NoEcho`: returning this object for a `SUCCESS` fits
 * (the other fields are ignored). To fail there, throw: the framework reports `FAILED` with the
 * error's message, and ignores a `Status` you return.
 *
 * @typeParam TData The shape of `data`.
 * @param event The request, wrapped or raw.
 * @param input What to report: `status`, and `physicalResourceId`, `data`, `noEcho` and
 * `reason` when needed.
 * @param options The Lambda `context`, for the defaults of `physicalResourceId` and `reason`.
 * @returns The response object.
 * @throws {TypeError} when `status` is not `'SUCCESS'` or `'FAILED'`; when no physical ID is
 * given, the event has none (a `Create` request) and there is no `context`; when a `FAILED`
 * response has no reason and there is no `context`; or when an input has the wrong type.
 * @throws {RangeError} when the physical ID is longer than 1024 bytes.
 * @throws {@link MissingFieldError} when the event lacks `StackId`, `RequestId` or
 * `LogicalResourceId` (or `RequestType`, to say why a physical ID is needed).
 * @example
 * A CDK provider framework `onEvent` handler:
 * ```ts
 * import {
 *   buildResponse,
 *   CloudFormationCustomResourceEvent,
 *   type RawCloudFormationCustomResourceEvent,
 * } from '@evt/cloudformation';
 *
 * export const onEvent = async (raw: RawCloudFormationCustomResourceEvent) => {
 *   const event = new CloudFormationCustomResourceEvent(raw);
 *   const id = event.physicalResourceId || `${event.logicalResourceId}-1`;
 *   return buildResponse(event, {
 *     status: 'SUCCESS',
 *     physicalResourceId: id,
 *     data: { Endpoint: `https://${id}.example.com` },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export function buildResponse<TData extends object = Record<string, unknown>>(
  event:
    | CloudFormationCustomResourceEvent<object, object>
    | RawCloudFormationCustomResourceEvent<object, object>,
  input: CloudFormationResponseInput<TData>,
  options?: CloudFormationResponseOptions
): CloudFormationCustomResourceResponse<TData> {
  return build('buildResponse', wrap(event), input, options);
}

function integerOption(
  options: CloudFormationSendOptions,
  name: 'retries' | 'timeout' | 'retryDelay',
  fallback: number,
  least: number
): number {
  const value: unknown = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number') {
    throw argumentError('sendResponse', `options.${name}`, 'a number', value);
  }
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(
      `sendResponse: options.${name} must be an integer of at least ${least}, got ${value}`
    );
  }
  return value;
}

/** Why an attempt failed, in a few safe words: no URL, no body, no free text of a fetch. */
function describeFailure(error: unknown, timeout: number): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return `a timeout after ${timeout} ms`;
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code)
    ? `a network error (${code})`
    : 'a network error';
}

/** The `<Code>` of an S3 error answer, e.g. `AccessDenied`: the one safe part to quote. */
async function s3ErrorCode(answer: Response): Promise<string> {
  try {
    const text = await answer.text();
    const start = text.indexOf('<Code>') + '<Code>'.length;
    const end = text.indexOf('</Code>', start);
    const code =
      start >= '<Code>'.length && end !== -1 ? text.slice(start, end) : '';
    return /^[A-Za-z0-9.]{1,64}$/.test(code) ? ` (${code})` : '';
  } catch {
    return '';
  }
}

const wait = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Frees the connection an answer holds, whatever its body does. */
async function discard(answer: Response): Promise<void> {
  try {
    await answer.body?.cancel();
  } catch {
    // Nothing to free.
  }
}

/**
 * Sends the response to a custom resource request: builds it with {@link buildResponse} and
 * PUTs it to the event's presigned `ResponseURL` the way CloudFormation expects (an empty
 * `Content-Type`, a `Content-Length`, the JSON body), so the stack operation can go on.
 *
 * The body is checked against CloudFormation's limit of 4096 bytes before anything is sent. A
 * network error, a timeout (`options.timeout` per attempt) or an HTTP 5xx answer is retried up
 * to `options.retries` times, waiting `options.retryDelay` ms and twice as long before each
 * later retry; an HTTP 4xx answer is not (an expired URL gives 403). Errors name the URL's
 * host only, never its path or query (which hold credentials) nor the data.
 *
 * Events of the CDK provider framework have no `ResponseURL`: the framework sends the response
 * itself, so the handler returns the result instead (see {@link buildResponse}).
 *
 * @typeParam TData The shape of `data`.
 * @param event The request, wrapped or raw.
 * @param input What to report: `status`, and `physicalResourceId`, `data`, `noEcho` and
 * `reason` when needed.
 * @param options The Lambda `context` (for the defaults of `physicalResourceId` and
 * `reason`), and `retries`, `timeout`, `retryDelay` and `fetch`.
 * @returns The response that was sent.
 * @throws {TypeError} when the event has no `ResponseURL` (a provider framework event), or one
 * that is not an http(s) URL; for the input errors of {@link buildResponse}; when `data`
 * cannot be serialised; when an option has the wrong type.
 * @throws {RangeError} when the body is larger than 4096 bytes, or an option is out of range.
 * @throws {@link CloudFormationResponseError} when the URL refused the response (HTTP 4xx) or
 * every attempt failed.
 * @example
 * ```ts
 * import {
 *   CloudFormationCustomResourceEvent,
 *   type RawCloudFormationCustomResourceEvent,
 *   sendResponse,
 * } from '@evt/cloudformation';
 * import type { Context } from 'aws-lambda';
 *
 * export const handler = async (
 *   raw: RawCloudFormationCustomResourceEvent,
 *   context: Context
 * ) => {
 *   const event = new CloudFormationCustomResourceEvent(raw);
 *   try {
 *     const id = event.physicalResourceId || `${event.logicalResourceId}-1`;
 *     await sendResponse(event, { status: 'SUCCESS', physicalResourceId: id }, { context });
 *   } catch (error) {
 *     await sendResponse(
 *       event,
 *       { status: 'FAILED', reason: String(error) },
 *       { context }
 *     );
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export async function sendResponse<
  TData extends object = Record<string, unknown>,
>(
  event:
    | CloudFormationCustomResourceEvent<object, object>
    | RawCloudFormationCustomResourceEvent<object, object>,
  input: CloudFormationResponseInput<TData>,
  options: CloudFormationSendOptions = {}
): Promise<CloudFormationCustomResourceResponse<TData>> {
  if (typeof options !== 'object' || options === null) {
    throw argumentError('sendResponse', 'options', 'an object', options);
  }
  const retries = integerOption(options, 'retries', 4, 0);
  const timeout = integerOption(options, 'timeout', 10_000, 1);
  const retryDelay = integerOption(options, 'retryDelay', 500, 0);
  const send = options.fetch ?? globalThis.fetch;
  if (typeof send !== 'function') {
    throw argumentError('sendResponse', 'options.fetch', 'a function', send);
  }
  const wrapped = wrap(event);
  const url = wrapped.responseUrl;
  if (url === undefined) {
    throw new TypeError(
      'sendResponse: the event has no ResponseURL, as under the CDK provider framework, which sends the response itself: return the result from the handler instead (see buildResponse)'
    );
  }
  const target = URL.canParse(url) ? new URL(url) : undefined;
  if (target?.protocol !== 'https:' && target?.protocol !== 'http:') {
    throw new TypeError(
      'sendResponse: the event\'s ResponseURL is not an http(s) URL (the CDK provider framework may pass a placeholder such as "..."): return the result from the handler instead (see buildResponse)'
    );
  }
  const response = build('sendResponse', wrapped, input, options);
  let json: string;
  try {
    json = JSON.stringify(response);
  } catch (error) {
    throw new TypeError('sendResponse: data cannot be serialised as JSON', {
      cause: error,
    });
  }
  const body = new TextEncoder().encode(json);
  if (body.byteLength > MAX_BODY_BYTES) {
    throw new RangeError(
      `sendResponse: the response body is ${body.byteLength} bytes, over the ${MAX_BODY_BYTES} bytes CloudFormation accepts; send less data or a shorter reason`
    );
  }
  const attempts = retries + 1;
  let statusCode: number | undefined;
  let failure = '';
  let cause: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await wait(retryDelay * 2 ** (attempt - 2));
    let answer: Response;
    try {
      answer = await send(url, {
        method: 'PUT',
        // CloudFormation signs the URL for a PUT without a content type.
        headers: {
          'content-type': '',
          'content-length': String(body.byteLength),
        },
        body,
        signal: AbortSignal.timeout(timeout),
      });
    } catch (error) {
      statusCode = undefined;
      cause = error;
      failure = describeFailure(error, timeout);
      continue;
    }
    statusCode = answer.status;
    cause = undefined;
    if (statusCode >= 200 && statusCode < 300) {
      await discard(answer);
      return response;
    }
    if (statusCode < 500) {
      throw new CloudFormationResponseError(
        `sendResponse: ${target.host} refused the response with HTTP ${statusCode}${await s3ErrorCode(answer)}; not retried, since the same request would be refused again (an expired presigned URL gives 403)`,
        attempt,
        statusCode
      );
    }
    await discard(answer);
    failure = `HTTP ${statusCode}`;
  }
  throw new CloudFormationResponseError(
    `sendResponse: the response did not reach ${target.host} in ${attempts} attempt${attempts === 1 ? '' : 's'}; the last failed with ${failure}`,
    attempts,
    statusCode,
    cause
  );
}
