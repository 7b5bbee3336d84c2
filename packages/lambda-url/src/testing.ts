import { argumentError } from '@evt/core';
import {
  type DeepPartial,
  type Filled,
  mergeDeep,
  type Sample,
} from '@evt/core/testing';
import sample from '../test/events/lambda-function-url-event.json';
import type {
  RawLambdaFunctionUrlEvent,
  RawLambdaFunctionUrlRequestContext,
} from './lambda-function-url-event';

/** The optional fields of the event that the sample always fills. */
export type FilledFunctionUrlField =
  | 'cookies'
  | 'headers'
  | 'queryStringParameters';

/**
 * The request context as {@link createLambdaFunctionUrlEvent} builds it: the caller's IAM
 * identity under `authorizer`, unless the overrides ask for the `NONE` auth type.
 */
export interface SampleLambdaFunctionUrlRequestContext
  extends Sample<RawLambdaFunctionUrlRequestContext> {}

/**
 * The event {@link createLambdaFunctionUrlEvent} returns: a fresh copy that fits both
 * `LambdaFunctionUrlEvent`'s constructor and the `LambdaFunctionURLEvent` of
 * `@types/aws-lambda` (and so a `LambdaFunctionURLHandler`).
 */
export interface SampleLambdaFunctionUrlEvent
  extends Sample<
      Omit<
        RawLambdaFunctionUrlEvent,
        FilledFunctionUrlField | 'body' | 'requestContext'
      >
    >,
    Filled<Pick<RawLambdaFunctionUrlEvent, FilledFunctionUrlField>> {
  /** The body of the request; absent when the request has none. */
  body?: string;
  /** The context of the request. */
  requestContext: SampleLambdaFunctionUrlRequestContext;
}

/** Convenience overrides for {@link createLambdaFunctionUrlEvent}. */
export interface LambdaFunctionUrlEventOverrides {
  /** The HTTP method, set in `requestContext.http.method`. */
  readonly method?: string;
  /** The request path, set in `rawPath` and `requestContext.http.path`. */
  readonly rawPath?: string;
  /** The headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The query string, set in `queryStringParameters` and as `rawQueryString`. */
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  /** The cookies, one `name=value` per item. */
  readonly cookies?: readonly string[];
  /** The body text; `null` for none. */
  readonly body?: string | null;
  /** A value serialised to JSON as the body (wins over `body`). */
  readonly jsonBody?: unknown;
  /** Whether the body is base64 encoded. */
  readonly isBase64Encoded?: boolean;
  /**
   * The auth type of the function URL: `AWS_IAM` (the default) keeps the sample caller's IAM
   * identity in `requestContext.authorizer`; `NONE` leaves the authorizer out.
   */
  readonly authType?: 'AWS_IAM' | 'NONE';
  /**
   * Changes merged into the whole event, at any depth, applied last: e.g. the caller's ARN
   * (`{ requestContext: { authorizer: { iam: { userArn: '…' } } } }`) or a raw query string
   * with repeated names (`{ rawQueryString: 'tag=a&tag=b' }`).
   */
  readonly event?: DeepPartial<SampleLambdaFunctionUrlEvent> | undefined;
}

/**
 * Builds a function URL event (a fresh copy of the package's sample event: a `POST /orders`
 * signed with Signature Version 4, with a JSON body, two cookies and a query string) with the
 * given fields replaced. The sample leaves out the fields Lambda documents as `null` or absent
 * for function URLs (`pathParameters`, `stageVariables`, `requestContext.authentication`).
 *
 * @param overrides The fields to replace.
 * @returns The raw event, ready for `new LambdaFunctionUrlEvent(...)`.
 * @throws {TypeError} when `authType` is neither `AWS_IAM` nor `NONE`.
 * @example
 * ```ts
 * import { LambdaFunctionUrlEvent } from '@evt/lambda-url';
 * import { createLambdaFunctionUrlEvent } from '@evt/lambda-url/testing';
 *
 * const event = new LambdaFunctionUrlEvent(
 *   createLambdaFunctionUrlEvent({
 *     method: 'PUT',
 *     rawPath: '/orders/o-7',
 *     jsonBody: { orderId: 'o-7' },
 *     authType: 'NONE',
 *   }),
 * );
 * ```
 */
export function createLambdaFunctionUrlEvent(
  overrides: LambdaFunctionUrlEventOverrides = {}
): SampleLambdaFunctionUrlEvent {
  const {
    pathParameters: _pathParameters,
    stageVariables: _stageVariables,
    requestContext: { authentication: _authentication, ...requestContext },
    ...fields
  } = structuredClone(sample);
  const event: SampleLambdaFunctionUrlEvent = { ...fields, requestContext };
  const http = requestContext.http;
  if (overrides.method !== undefined) http.method = overrides.method;
  if (overrides.rawPath !== undefined) {
    event.rawPath = overrides.rawPath;
    http.path = overrides.rawPath;
  }
  if (overrides.headers !== undefined) event.headers = { ...overrides.headers };
  if (overrides.queryStringParameters !== undefined) {
    const query = overrides.queryStringParameters;
    event.queryStringParameters = { ...query };
    event.rawQueryString = new URLSearchParams(query).toString();
  }
  if (overrides.cookies !== undefined) event.cookies = [...overrides.cookies];
  const body =
    overrides.jsonBody !== undefined
      ? JSON.stringify(overrides.jsonBody)
      : overrides.body;
  if (body === null) delete event.body;
  else if (body !== undefined) event.body = body;
  if (overrides.isBase64Encoded !== undefined) {
    event.isBase64Encoded = overrides.isBase64Encoded;
  }
  const { authType } = overrides;
  if (authType === 'NONE') delete event.requestContext.authorizer;
  else if (authType !== undefined && authType !== 'AWS_IAM') {
    throw argumentError(
      'createLambdaFunctionUrlEvent',
      'authType',
      "'AWS_IAM' or 'NONE'",
      authType
    );
  }
  return mergeDeep(event, overrides.event);
}
