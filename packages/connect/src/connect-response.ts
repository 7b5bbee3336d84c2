import { argumentError } from '@evt/core';

/**
 * A value {@link connectResponse} takes: text, or a number or boolean sent as text.
 * `undefined` leaves the key out.
 */
export type ConnectResponseValue = string | number | boolean | undefined;

/**
 * The response an Invoke AWS Lambda function block reads when its response validation is
 * `STRING_MAP` (the default): a flat object of string values. The flow reads each as
 * `$.External.<key>`. Assignable to the `ConnectContactFlowResult` of `@types/aws-lambda`.
 */
export type ConnectContactFlowResponse = Record<string, string>;

/**
 * Builds the response an Invoke AWS Lambda function block reads with `STRING_MAP` response
 * validation: a flat object whose values are strings. Numbers and booleans are converted
 * with `String()`; a key whose value is `undefined` is left out. Connect does not accept
 * nested or complex objects in this mode, so an object, array, `null`, `NaN` or infinite
 * number is refused before Connect would send the contact down the Error branch.
 *
 * The block's other mode, `JSON`, takes any JSON (nested objects and arrays included): return
 * the object itself for that mode. Amazon Connect also limits the response to 32 KB of UTF-8,
 * which this builder does not check.
 *
 * @param values The values to return, by key.
 * @returns A new object holding each value as a string, ready to return from the handler.
 * @throws {TypeError} when `values` is not an object, or when a value is not a string, a
 * finite number or a boolean: naming its key (`values["address"]`).
 * @example
 * ```ts
 * import { connectResponse } from '@evt/connect';
 *
 * connectResponse({ AccountId: 'a12345689', Balance: '$1000', Overdue: false, Tries: 3 });
 * // { AccountId: 'a12345689', Balance: '$1000', Overdue: 'false', Tries: '3' }
 * ```
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html#verify-function
 */
export function connectResponse(
  values: Readonly<Record<string, ConnectResponseValue>>
): ConnectContactFlowResponse {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw argumentError(
      'connectResponse',
      'values',
      'an object of strings, numbers or booleans',
      values
    );
  }
  // `Object.fromEntries` keeps any key (`__proto__` included) as an ordinary one.
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      entries.push([key, String(value)]);
      continue;
    }
    throw argumentError(
      'connectResponse',
      `values[${JSON.stringify(key)}]`,
      'a string, a finite number or a boolean (Connect reads a flat map of strings)',
      value
    );
  }
  return Object.fromEntries(entries);
}
