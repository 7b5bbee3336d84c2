import { isObject } from '@evt/core';
import type { RawAlexaSkillEvent } from './alexa-skill-event';
import type { RawAlexaSmartHomeEvent } from './alexa-smart-home-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is a request Alexa sends a custom skill: a string `version`, a `request`
 * with a string `type` and `requestId`, and a `session` or a `context.System` object (every
 * request carries one or the other). Only the fields that make the envelope are checked, not
 * every field {@link AlexaSkillEvent} reads.
 *
 * @example
 * ```ts
 * import { AlexaSkillEvent, alexaSkillResponse, isAlexaSkillEvent } from '@evt/alexa';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isAlexaSkillEvent(raw)) throw new TypeError('not an Alexa skill request');
 *   const event = new AlexaSkillEvent(raw);
 *   return alexaSkillResponse({ speech: `You said ${event.intentName ?? 'nothing'}.` });
 * };
 * ```
 */
export function isAlexaSkillEvent(raw: unknown): raw is RawAlexaSkillEvent {
  const event = raw as Fields;
  const request = event?.request as Fields;
  return (
    typeof event?.version === 'string' &&
    isObject(request) &&
    typeof request?.type === 'string' &&
    typeof request?.requestId === 'string' &&
    (isObject(event?.session) || isObject((event?.context as Fields)?.System))
  );
}

/**
 * Whether a value is a directive Alexa sends a Smart Home skill (payload version 3): a
 * `directive.header` whose `namespace` is a string starting with `Alexa` and whose
 * `payloadVersion` is a string. Only those fields are checked, not every field
 * {@link AlexaSmartHomeEvent} reads.
 *
 * @example
 * ```ts
 * import { AlexaSmartHomeEvent, isAlexaSmartHomeEvent } from '@evt/alexa';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isAlexaSmartHomeEvent(raw)) throw new TypeError('not a Smart Home directive');
 *   return new AlexaSmartHomeEvent(raw).header.name;
 * };
 * ```
 */
export function isAlexaSmartHomeEvent(
  raw: unknown
): raw is RawAlexaSmartHomeEvent {
  const header = ((raw as Fields)?.directive as Fields)?.header as Fields;
  const namespace = header?.namespace;
  return (
    typeof namespace === 'string' &&
    namespace.startsWith('Alexa') &&
    typeof header?.payloadVersion === 'string'
  );
}
