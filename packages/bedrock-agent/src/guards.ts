import type { RawBedrockAgentEvent } from './bedrock-agent-event';
import type { RawBedrockAgentFunctionEvent } from './bedrock-agent-function-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

// Both kinds of action group call name the agent and the action group.
function isAgentCall(event: Fields): boolean {
  return (
    typeof event?.agent === 'object' &&
    event.agent !== null &&
    typeof event.actionGroup === 'string'
  );
}

/**
 * Whether a value is the event a Bedrock agent sends to an action group defined with an
 * OpenAPI schema: it has an `agent`, an `actionGroup` and an `apiPath`.
 *
 * @example
 * ```ts
 * import { BedrockAgentEvent, isBedrockAgentEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isBedrockAgentEvent(raw)) throw new TypeError('not a Bedrock agent API event');
 *   return new BedrockAgentEvent(raw).apiPath;
 * };
 * ```
 */
export function isBedrockAgentEvent(raw: unknown): raw is RawBedrockAgentEvent {
  const event = raw as Fields;
  return isAgentCall(event) && typeof event?.apiPath === 'string';
}

/**
 * Whether a value is the event a Bedrock agent sends to an action group defined with function
 * details: it has an `agent`, an `actionGroup` and a `function`.
 */
export function isBedrockAgentFunctionEvent(
  raw: unknown
): raw is RawBedrockAgentFunctionEvent {
  const event = raw as Fields;
  return isAgentCall(event) && typeof event?.function === 'string';
}
