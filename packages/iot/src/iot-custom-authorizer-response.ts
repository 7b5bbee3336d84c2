import { argumentError, isObject } from '@evt/core';
import {
  checkedOptions,
  type Options,
  requiredBoolean,
} from './response-options';

const CALLER = 'buildIoTCustomAuthorizerResponse';
const OPTION_NAMES = [
  'isAuthenticated',
  'principalId',
  'policyDocuments',
  'disconnectAfterInSeconds',
  'refreshAfterInSeconds',
];
// AWS's limits for the response (Defining your Lambda function, custom authentication).
const PRINCIPAL_ID = /^[a-zA-Z0-9]{1,128}$/;
const MAX_POLICY_DOCUMENTS = 10;
const MAX_POLICY_CHARACTERS = 2048;
const MIN_SECONDS = 300;
const MAX_SECONDS = 86_400;

/** One statement of an AWS IoT Core policy. */
export interface IoTPolicyStatement {
  /** Whether the statement allows or denies the actions. */
  readonly Effect: 'Allow' | 'Deny';
  /** The actions, e.g. `iot:Connect`, `iot:Publish`, `iot:Subscribe`, `iot:Receive`. */
  readonly Action: string | readonly string[];
  /** The ARNs of the clients, topics or topic filters the actions apply to. */
  readonly Resource?: string | readonly string[] | undefined;
  /** The conditions under which the statement applies. */
  readonly Condition?: Readonly<Record<string, unknown>> | undefined;
}

/** An AWS IoT Core policy document, as a custom authorizer returns it. */
export interface IoTPolicyDocument {
  /** The policy language version, `2012-10-17`. */
  readonly Version: string;
  /** The policy's statements. */
  readonly Statement: IoTPolicyStatement | readonly IoTPolicyStatement[];
}

/** The options of {@link buildIoTCustomAuthorizerResponse}, named as AWS names the response's fields. */
export interface IoTCustomAuthorizerResponseOptions {
  /** Whether the device is authenticated: `false` refuses the connection (`isAuthenticated`). */
  readonly isAuthenticated: boolean;
  /**
   * The identifier of the connection in logs: 1 to 128 letters and digits, nothing else
   * (`principalId`). With X.509 custom authentication it must be the event's
   * `protocolData.tls.principalId`.
   */
  readonly principalId: string;
  /**
   * The AWS IoT Core policies that say what the connection may do, at most 10, each at most
   * 2,048 characters of JSON (`policyDocuments`): objects, or JSON text as AWS's older
   * samples send them. Sent as given; an empty list when absent.
   */
  readonly policyDocuments?:
    | readonly (IoTPolicyDocument | string)[]
    | undefined;
  /**
   * How long the connection may stay open, in whole seconds from 300 to 86,400
   * (`disconnectAfterInSeconds`); set when the connection opens, and not changed by later
   * refreshes. AWS IoT Core uses 86,400 when absent.
   */
  readonly disconnectAfterInSeconds?: number | undefined;
  /**
   * How long AWS IoT Core caches the policies before invoking the function again, in whole
   * seconds from 300 to 86,400 (`refreshAfterInSeconds`).
   */
  readonly refreshAfterInSeconds?: number | undefined;
}

/** The response of a custom authorizer's Lambda function, exactly as AWS IoT Core reads it. */
export interface IoTCustomAuthorizerResponse {
  /** Whether the device is authenticated. */
  isAuthenticated: boolean;
  /** The identifier of the connection in logs. */
  principalId: string;
  /** The policies of the connection. */
  policyDocuments: (IoTPolicyDocument | string)[];
  /** How long the connection may stay open, in seconds; absent when not given. */
  disconnectAfterInSeconds?: number;
  /** How long the policies are cached, in seconds; absent when not given. */
  refreshAfterInSeconds?: number;
}

/** The JSON text of a policy document given as an object or as text, checked. */
function policyText(value: unknown, at: string): string {
  if (isObject(value)) return JSON.stringify(value);
  if (typeof value !== 'string') {
    throw argumentError(CALLER, at, 'an object or JSON text', value);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (!isObject(parsed)) {
    throw new RangeError(
      `${CALLER}: ${at} must be the JSON text of a policy document`
    );
  }
  return value;
}

/** A policy document as given, once its JSON is known to fit AWS's limit. */
function policyDocument(
  value: unknown,
  at: string
): IoTPolicyDocument | string {
  const { length } = policyText(value, at);
  if (length > MAX_POLICY_CHARACTERS) {
    throw new RangeError(
      `${CALLER}: ${at} must be at most ${MAX_POLICY_CHARACTERS} characters of JSON, got ${length}`
    );
  }
  return value as IoTPolicyDocument | string;
}

function seconds(options: Options, name: string): number | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') {
    throw argumentError(CALLER, `options.${name}`, 'a number', value);
  }
  if (!Number.isInteger(value) || value < MIN_SECONDS || value > MAX_SECONDS) {
    throw new RangeError(
      `${CALLER}: options.${name} must be a whole number of seconds from ${MIN_SECONDS} to ${MAX_SECONDS}`
    );
  }
  return value;
}

/**
 * Builds the response a custom authorizer's Lambda function returns to AWS IoT Core: whether
 * the device is authenticated, the principal ID, the policies of the connection and how long
 * they hold. The rules AWS documents are checked first, so a mistake fails in the function with
 * a message naming the option rather than as a refused connection.
 *
 * @param options The authentication result, the principal ID, the policies and the durations.
 * @returns The response, exactly as AWS IoT Core reads it.
 * @throws {TypeError} when `options` is not an object, holds an unknown option, lacks
 * `isAuthenticated` or `principalId`, or an option has the wrong type.
 * @throws {RangeError} when `principalId` is not 1 to 128 letters and digits, there are more
 * than 10 policy documents or one is longer than 2,048 characters of JSON (or is text that is
 * not a JSON object), or a duration is not a whole number of seconds from 300 to 86,400.
 * @example
 * ```ts
 * import { buildIoTCustomAuthorizerResponse } from '@evt/iot';
 *
 * buildIoTCustomAuthorizerResponse({
 *   isAuthenticated: true,
 *   principalId: 'sensor42',
 *   disconnectAfterInSeconds: 86_400,
 *   refreshAfterInSeconds: 300,
 *   policyDocuments: [
 *     {
 *       Version: '2012-10-17',
 *       Statement: [
 *         {
 *           Action: 'iot:Publish',
 *           Effect: 'Allow',
 *           Resource: 'arn:aws:iot:us-east-1:123456789012:topic/telemetry/sensor42',
 *         },
 *       ],
 *     },
 *   ],
 * });
 * ```
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/custom-auth-lambda.html
 */
export function buildIoTCustomAuthorizerResponse(
  options: IoTCustomAuthorizerResponseOptions
): IoTCustomAuthorizerResponse {
  const checked = checkedOptions(CALLER, options, OPTION_NAMES);
  const isAuthenticated = requiredBoolean(CALLER, checked, 'isAuthenticated');
  const principalId = checked.principalId;
  if (typeof principalId !== 'string') {
    throw argumentError(CALLER, 'options.principalId', 'a string', principalId);
  }
  if (!PRINCIPAL_ID.test(principalId)) {
    throw new RangeError(
      `${CALLER}: options.principalId must be 1 to 128 letters and digits (AWS IoT Core allows nothing else)`
    );
  }
  const documents = checked.policyDocuments ?? [];
  if (!Array.isArray(documents)) {
    throw argumentError(
      CALLER,
      'options.policyDocuments',
      'an array',
      documents
    );
  }
  if (documents.length > MAX_POLICY_DOCUMENTS) {
    throw new RangeError(
      `${CALLER}: options.policyDocuments must hold at most ${MAX_POLICY_DOCUMENTS} documents, got ${documents.length}`
    );
  }
  const response: IoTCustomAuthorizerResponse = {
    isAuthenticated,
    principalId,
    policyDocuments: documents.map((document: unknown, index) =>
      policyDocument(document, `options.policyDocuments[${index}]`)
    ),
  };
  const disconnect = seconds(checked, 'disconnectAfterInSeconds');
  if (disconnect !== undefined) response.disconnectAfterInSeconds = disconnect;
  const refresh = seconds(checked, 'refreshAfterInSeconds');
  if (refresh !== undefined) response.refreshAfterInSeconds = refresh;
  return response;
}
