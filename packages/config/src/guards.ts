import type { RawAWSConfigRuleEvent } from './aws-config-rule-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the event AWS Config sends to a custom rule's function: it has the
 * JSON-encoded `invokingEvent` and the rule's `configRuleArn`. Only the fields that name the
 * source are checked, not every field {@link AWSConfigRuleEvent} reads.
 *
 * @example
 * ```ts
 * import { AWSConfigRuleEvent, isAWSConfigRuleEvent } from '@evt/config';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isAWSConfigRuleEvent(raw)) throw new TypeError('not an AWS Config rule event');
 *   return new AWSConfigRuleEvent(raw).configRuleName;
 * };
 * ```
 */
export function isAWSConfigRuleEvent(
  raw: unknown
): raw is RawAWSConfigRuleEvent {
  const event = raw as Fields;
  return (
    typeof event?.invokingEvent === 'string' &&
    typeof event.configRuleArn === 'string'
  );
}
