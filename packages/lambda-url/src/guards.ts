import type { RawLambdaFunctionUrlEvent } from './lambda-function-url-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a request through a Lambda function URL: a payload of `version` `2.0`
 * whose `requestContext.domainName` is a `.lambda-url.` host. (An HTTP API request has the
 * same shape on an `execute-api` or custom domain.)
 */
export function isLambdaFunctionUrlEvent(
  raw: unknown
): raw is RawLambdaFunctionUrlEvent {
  const event = raw as Fields;
  const context = event?.requestContext as Fields;
  const domain = context?.domainName;
  return (
    event?.version === '2.0' &&
    typeof domain === 'string' &&
    domain.includes('.lambda-url.')
  );
}
