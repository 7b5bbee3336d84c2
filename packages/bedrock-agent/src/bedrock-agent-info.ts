import { EventWrapper, requireString } from '@evt/core';

/** The agent an action group belongs to, as Amazon Bedrock describes it in the input event. */
export interface RawBedrockAgentInfo {
  /** The name of the agent. */
  name: string;
  /** The unique identifier of the agent. */
  id: string;
  /** The alias of the agent that was invoked. */
  alias: string;
  /** The version of the agent. */
  version: string;
}

/**
 * Wrapper for the agent (`agent`) in the event that an Amazon Bedrock agent sends to the Lambda
 * function of an action group.
 *
 * @example
 * ```ts
 * import { BedrockAgentFunctionEvent, type RawBedrockAgentFunctionEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentFunctionEvent) => {
 *   const { agent } = new BedrockAgentFunctionEvent(raw);
 *   console.log(agent.name, agent.id, agent.alias, agent.version);
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-input
 */
export class BedrockAgentInfo extends EventWrapper<RawBedrockAgentInfo> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BedrockAgentInfo';

  /**
   * The name of the agent (`name`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The unique identifier of the agent, e.g. `8ZXY0W8P1H` (`id`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get id(): string {
    return requireString(this, this.raw.id, 'id');
  }

  /**
   * The alias of the agent that was invoked, e.g. `TSTALIASID` for the test alias (`alias`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get alias(): string {
    return requireString(this, this.raw.alias, 'alias');
  }

  /**
   * The version of the agent, e.g. `DRAFT` or `1` (`version`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get version(): string {
    return requireString(this, this.raw.version, 'version');
  }
}
