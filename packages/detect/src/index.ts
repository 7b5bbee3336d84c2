import type { Detection } from './detection';
import { REGISTRY } from './registry';

export type { Detection } from './detection';

/**
 * Names the evt package and class that read an event, from the fields that define its source
 * (`eventSource`, `EventSource`, `triggerSource`, `requestContext.elb`, `version` and
 * `routeKey`, `detail-type`, …), most specific first: an S3 notification delivered by
 * EventBridge is `S3EventBridgeNotificationEvent`, not `EventBridgeEvent`; a Lambda function
 * URL request is `LambdaFunctionUrlEvent`, not `APIGatewayProxyEventV2`. An SES notification
 * published through SNS is an `SNSEvent`, as it arrives.
 *
 * It reads a few fields of the event, never all of it, and never throws: a value that is no
 * event evt knows (`null`, a string, an empty object), or whose fields throw when read, gives
 * `undefined`. It imports none of the packages it names: each package's guards are bundled in,
 * a few hundred bytes of field checks.
 *
 * @param event Anything a Lambda function was invoked with.
 * @returns The package and class, or `undefined` when no evt class reads the event. The
 *   answer is frozen and shared between calls.
 * @example
 * ```ts
 * import { detect } from '@evt/detect';
 *
 * export const handler = async (event: unknown) => {
 *   const kind = detect(event);
 *   console.log(kind ? `${kind.className} from ${kind.package}` : 'unknown event');
 * };
 * ```
 */
export function detect(event: unknown): Detection | undefined {
  // Every event a Lambda function gets from AWS is an object (an AppSync batch is an array).
  if (typeof event !== 'object' || event === null) return undefined;
  for (const { is, detection } of REGISTRY) {
    try {
      if (is(event)) return detection;
    } catch {
      // A field that throws when read (a getter, a revoked Proxy) is not this kind of event.
    }
  }
  return undefined;
}
