import { type DeepPartial, mergeDeep, type Sample } from '@evt/core/testing';
import sample from '../test/events/bedrock-agent-event.json';
import functionSample from '../test/events/bedrock-agent-function-event.json';
import type { RawBedrockAgentEvent } from './bedrock-agent-event';
import type { RawBedrockAgentFunctionEvent } from './bedrock-agent-function-event';
import type { RawBedrockAgentProperty } from './bedrock-agent-property';

/**
 * The event {@link createBedrockAgentEvent} returns: a fresh copy that fits
 * `BedrockAgentEvent`'s constructor (`@types/aws-lambda` has no Amazon Bedrock types).
 */
export interface SampleBedrockAgentEvent extends Sample<RawBedrockAgentEvent> {}

/**
 * The event {@link createBedrockAgentFunctionEvent} returns: a fresh copy that fits
 * `BedrockAgentFunctionEvent`'s constructor.
 */
export interface SampleBedrockAgentFunctionEvent
  extends Sample<RawBedrockAgentFunctionEvent> {}

/**
 * A parameter or property value as a factory takes it: sent as text, with the type the
 * value has (`integer` for an integer number, `array` for an array, sent as JSON).
 */
export type SampleParameterValue =
  | string
  | number
  | boolean
  | readonly unknown[];

/** What both factories can replace. */
export interface BedrockAgentSampleOverrides {
  /** The name of the action group (`actionGroup`). */
  readonly actionGroup?: string | undefined;
  /** What the user said (`inputText`). */
  readonly inputText?: string | undefined;
  /**
   * The parameters, by name; they replace the sample's. Each is sent as text with the type
   * its value has.
   */
  readonly parameters?:
    | Readonly<Record<string, SampleParameterValue>>
    | undefined;
  /** The session attributes; they replace the sample's. */
  readonly sessionAttributes?: Readonly<Record<string, string>> | undefined;
  /** The prompt session attributes; they replace the sample's. */
  readonly promptSessionAttributes?:
    | Readonly<Record<string, string>>
    | undefined;
}

/** The fields of the sample event that {@link createBedrockAgentEvent} can replace. */
export interface BedrockAgentEventOverrides
  extends BedrockAgentSampleOverrides {
  /** The path of the API operation (`apiPath`). */
  readonly apiPath?: string | undefined;
  /** The method of the API operation (`httpMethod`). */
  readonly httpMethod?: string | undefined;
  /**
   * The properties of a JSON request body, by name, sent as
   * `requestBody.content["application/json"]` with the type each value has.
   */
  readonly jsonBody?:
    | Readonly<Record<string, SampleParameterValue>>
    | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleBedrockAgentEvent> | undefined;
}

/** The fields of the sample event that {@link createBedrockAgentFunctionEvent} can replace. */
export interface BedrockAgentFunctionEventOverrides
  extends BedrockAgentSampleOverrides {
  /** The name of the function (`function`). */
  readonly function?: string | undefined;
  /** Changes merged into the whole event, at any depth, applied last. */
  readonly event?: DeepPartial<SampleBedrockAgentFunctionEvent> | undefined;
}

function typeOf(value: SampleParameterValue): string {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  if (typeof value === 'boolean') return 'boolean';
  return typeof value === 'string' ? 'string' : 'array';
}

/** The list of named, typed values the agent sends for a record of values. */
function toProperties(
  values: Readonly<Record<string, SampleParameterValue>>
): Sample<RawBedrockAgentProperty>[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeOf(value),
    value:
      typeof value === 'string' || typeof value !== 'object'
        ? String(value)
        : JSON.stringify(value),
  }));
}

/** Applies the overrides both factories take. */
function applyCommon(
  event: SampleBedrockAgentEvent | SampleBedrockAgentFunctionEvent,
  overrides: BedrockAgentSampleOverrides
): void {
  const { actionGroup, inputText, parameters } = overrides;
  if (actionGroup !== undefined) event.actionGroup = actionGroup;
  if (inputText !== undefined) event.inputText = inputText;
  if (parameters !== undefined) event.parameters = toProperties(parameters);
  if (overrides.sessionAttributes !== undefined) {
    event.sessionAttributes = { ...overrides.sessionAttributes };
  }
  if (overrides.promptSessionAttributes !== undefined) {
    event.promptSessionAttributes = { ...overrides.promptSessionAttributes };
  }
}

/**
 * Builds a sample event of an action group defined with an OpenAPI schema (a `GET` with a
 * path parameter and two query parameters, as AWS documents the event), as a fresh copy you
 * may change.
 *
 * @param overrides The fields to replace; `parameters` and `jsonBody` take values by name.
 * @returns The raw event.
 * @example
 * ```ts
 * import { BedrockAgentEvent } from '@evt/bedrock-agent';
 * import { createBedrockAgentEvent } from '@evt/bedrock-agent/testing';
 *
 * const event = new BedrockAgentEvent(
 *   createBedrockAgentEvent({
 *     apiPath: '/claims',
 *     httpMethod: 'POST',
 *     parameters: {},
 *     jsonBody: { claimId: 'ABC12345', amount: 249.5 },
 *   })
 * );
 * event.jsonBody; // { claimId: 'ABC12345', amount: '249.5' }
 * ```
 */
export function createBedrockAgentEvent(
  overrides: BedrockAgentEventOverrides = {}
): SampleBedrockAgentEvent {
  const event = structuredClone(sample) as SampleBedrockAgentEvent;
  applyCommon(event, overrides);
  const { apiPath, httpMethod, jsonBody } = overrides;
  if (apiPath !== undefined) event.apiPath = apiPath;
  if (httpMethod !== undefined) event.httpMethod = httpMethod;
  if (jsonBody !== undefined) {
    event.requestBody = {
      content: { 'application/json': { properties: toProperties(jsonBody) } },
    };
  }
  return mergeDeep(event, overrides.event);
}

/**
 * Builds a sample event of an action group defined with function details (a vacation request
 * with session attributes, as Powertools' sample has it), as a fresh copy you may change.
 *
 * @param overrides The fields to replace; `parameters` takes values by name.
 * @returns The raw event.
 * @example
 * ```ts
 * import { BedrockAgentFunctionEvent } from '@evt/bedrock-agent';
 * import { createBedrockAgentFunctionEvent } from '@evt/bedrock-agent/testing';
 *
 * const event = new BedrockAgentFunctionEvent(
 *   createBedrockAgentFunctionEvent({
 *     function: 'bookHotel',
 *     parameters: { nights: 3, breakfast: true },
 *   })
 * );
 * event.parameterValue('nights'); // 3
 * ```
 */
export function createBedrockAgentFunctionEvent(
  overrides: BedrockAgentFunctionEventOverrides = {}
): SampleBedrockAgentFunctionEvent {
  const event = structuredClone(
    functionSample
  ) as SampleBedrockAgentFunctionEvent;
  applyCommon(event, overrides);
  if (overrides.function !== undefined) event.function = overrides.function;
  return mergeDeep(event, overrides.event);
}
