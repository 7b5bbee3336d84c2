import {
  child,
  EventWrapper,
  requireString,
  stringMapOrEmpty,
  wrapEachOrEmpty,
} from '@evt/core';
import {
  BedrockAgentInfo,
  type RawBedrockAgentInfo,
} from './bedrock-agent-info';
import {
  BedrockAgentFunctionParameter,
  type BedrockAgentParameterValue,
  lookupName,
  mapByName,
  namedItem,
  type RawBedrockAgentProperty,
} from './bedrock-agent-property';

/**
 * The event an Amazon Bedrock agent sends to the Lambda function of an action group defined
 * with function details, as AWS documents it.
 */
export interface RawBedrockAgentFunctionEvent {
  /** The version of the event and response format; `1.0`. */
  messageVersion: string;
  /** The agent the action group belongs to. */
  agent: RawBedrockAgentInfo;
  /** What the user said in this turn of the conversation. */
  inputText: string;
  /** The unique identifier of the agent session. */
  sessionId: string;
  /** The name of the action group. */
  actionGroup: string;
  /** The name of the function, as the action group's function details define it. */
  function: string;
  /** The function's parameters; absent when the agent sends none. */
  parameters?: RawBedrockAgentProperty[] | null | undefined;
  /** The session attributes: context kept over the whole session. */
  sessionAttributes?: Record<string, string> | null | undefined;
  /** The prompt session attributes: context kept over one turn. */
  promptSessionAttributes?: Record<string, string> | null | undefined;
}

/**
 * Wrapper for the event that an Amazon Bedrock agent sends to the Lambda function of an action
 * group defined with function details, when it decides to call one of the group's functions.
 * Answer with {@link bedrockAgentFunctionResponse}.
 *
 * @example
 * ```ts
 * import {
 *   BedrockAgentFunctionEvent,
 *   bedrockAgentFunctionResponse,
 *   type RawBedrockAgentFunctionEvent,
 * } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentFunctionEvent) => {
 *   const event = new BedrockAgentFunctionEvent(raw);
 *   const start = event.parameterValue('startDate');
 *   return bedrockAgentFunctionResponse(event, {
 *     body: `Request for ${event.function} from ${String(start)} received`,
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export class BedrockAgentFunctionEvent extends EventWrapper<RawBedrockAgentFunctionEvent> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BedrockAgentFunctionEvent';

  #agent?: BedrockAgentInfo;
  #parameters?: BedrockAgentFunctionParameter[];
  #parameterValues?: Readonly<Record<string, BedrockAgentParameterValue>>;

  /**
   * The version of the event and response format; Amazon Bedrock supports only `1.0`
   * (`messageVersion`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get messageVersion(): string {
    return requireString(this, this.raw.messageVersion, 'messageVersion');
  }

  /** The agent the action group belongs to: its name, ID, alias and version (`agent`). */
  get agent(): BedrockAgentInfo {
    return (this.#agent ??= child(this, 'agent', BedrockAgentInfo));
  }

  /**
   * What the user said in this turn of the conversation (`inputText`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get inputText(): string {
    return requireString(this, this.raw.inputText, 'inputText');
  }

  /**
   * The unique identifier of the agent session (`sessionId`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get sessionId(): string {
    return requireString(this, this.raw.sessionId, 'sessionId');
  }

  /**
   * The name of the action group (`actionGroup`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get actionGroup(): string {
    return requireString(this, this.raw.actionGroup, 'actionGroup');
  }

  /**
   * The name of the function the agent calls, as the action group's function details define
   * it (`function`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get function(): string {
    return requireString(this, this.raw.function, 'function');
  }

  /**
   * The function's parameters, each with its name, declared type and value, in order
   * (`parameters`). Empty when the agent sends none.
   */
  get parameters(): BedrockAgentFunctionParameter[] {
    return (this.#parameters ??= wrapEachOrEmpty(
      this,
      'parameters',
      BedrockAgentFunctionParameter
    ));
  }

  /**
   * The session attributes: context the agent keeps over the whole session
   * (`sessionAttributes`). Empty object when the event has none.
   *
   * @throws {@link FieldTypeError} when an attribute's value is not a string.
   */
  get sessionAttributes(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.sessionAttributes,
      'sessionAttributes'
    );
  }

  /**
   * The prompt session attributes: context the agent keeps over one turn
   * (`promptSessionAttributes`). Empty object when the event has none.
   *
   * @throws {@link FieldTypeError} when an attribute's value is not a string.
   */
  get promptSessionAttributes(): Record<string, string> {
    return stringMapOrEmpty(
      this,
      this.raw.promptSessionAttributes,
      'promptSessionAttributes'
    );
  }

  /**
   * Every parameter's value converted by its declared type, by name (see
   * {@link BedrockAgentProperty.typedValue}). Built once, in an object without a prototype; a
   * repeated name keeps its last value.
   *
   * @throws {@link DecodeError} naming the parameter when a value does not hold its declared
   * type.
   * @example
   * ```ts
   * const { startDate, nights } = event.parameterValues; // '2024-03-15', 5
   * ```
   */
  get parameterValues(): Readonly<Record<string, BedrockAgentParameterValue>> {
    return (this.#parameterValues ??= mapByName(
      this.parameters,
      (parameter) => parameter.typedValue
    ));
  }

  /**
   * Returns the first parameter with the given name.
   *
   * @param name The parameter's name, as the function details name it (case-sensitive).
   * @returns The parameter, or `undefined` when the event has none of that name.
   * @throws {TypeError} when `name` is not a string.
   */
  parameter(name: string): BedrockAgentFunctionParameter | undefined {
    return namedItem(this.parameters, lookupName('parameter', name));
  }

  /**
   * Returns the value of the first parameter with the given name, converted by its declared
   * type (see {@link BedrockAgentProperty.typedValue}).
   *
   * @param name The parameter's name, as the function details name it (case-sensitive).
   * @returns The converted value, or `undefined` when the event has no parameter of that name.
   * @throws {@link DecodeError} naming the parameter when its value does not hold its declared
   * type.
   * @throws {TypeError} when `name` is not a string.
   * @example
   * ```ts
   * // parameters: [{ "name": "nights", "type": "integer", "value": "5" }]
   * event.parameterValue('nights'); // 5
   * ```
   */
  parameterValue(name: string): BedrockAgentParameterValue | undefined {
    return namedItem(this.parameters, lookupName('parameterValue', name))
      ?.typedValue;
  }
}
