import { argumentError, isObject } from '@evt/core';

/**
 * What the function tells the agent about a failed call: `FAILURE` ends the session's request
 * with a `DependencyFailedException`; `REPROMPT` hands the response to the model to prompt it
 * again (for input it could not use).
 */
export type BedrockAgentResponseState = 'FAILURE' | 'REPROMPT';

/** How a knowledge base's vector search returns results for the rest of the turn. */
export interface BedrockAgentVectorSearchConfiguration {
  /** The number of results to return. */
  numberOfResults?: number;
  /** The search to run, hybrid or semantic, in place of the knowledge base's default. */
  overrideSearchType?: 'HYBRID' | 'SEMANTIC';
  /** A retrieval filter (`RetrievalFilter` in the Bedrock API reference) on result metadata. */
  filter?: Record<string, unknown>;
}

/** How the agent queries one knowledge base. */
export interface BedrockAgentKnowledgeBaseRetrievalConfiguration {
  /** The vector search settings. */
  vectorSearchConfiguration: BedrockAgentVectorSearchConfiguration;
}

/** A query configuration for one knowledge base attached to the agent. */
export interface BedrockAgentKnowledgeBaseConfiguration {
  /** The ID of the knowledge base. */
  knowledgeBaseId: string;
  /** How the agent queries it. */
  retrievalConfiguration: BedrockAgentKnowledgeBaseRetrievalConfiguration;
}

/**
 * What both builders take besides the body: the attributes to send back in place of the
 * event's, and knowledge base settings.
 */
export interface BedrockAgentResponseBaseInit {
  /**
   * The response body: a string is sent as it is, any other value as its JSON text (the
   * agent reads the body as text).
   */
  readonly body: unknown;
  /**
   * The session attributes to send back, replacing the event's; the event's are sent back
   * when absent.
   */
  readonly sessionAttributes?: Readonly<Record<string, string>> | undefined;
  /**
   * The prompt session attributes to send back, replacing the event's; the event's are sent
   * back when absent.
   */
  readonly promptSessionAttributes?:
    | Readonly<Record<string, string>>
    | undefined;
  /** Query configurations for the knowledge bases attached to the agent; left out when absent. */
  readonly knowledgeBasesConfiguration?:
    | readonly BedrockAgentKnowledgeBaseConfiguration[]
    | undefined;
}

/** What {@link bedrockAgentResponse} builds a response from. */
export interface BedrockAgentResponseInit extends BedrockAgentResponseBaseInit {
  /** The HTTP status code the API operation answers with, an integer from 100 to 599; 200 by default. */
  readonly httpStatusCode?: number | undefined;
  /** The media type of the body, as the OpenAPI schema declares it; `application/json` by default. */
  readonly contentType?: string | undefined;
}

/** What {@link bedrockAgentFunctionResponse} builds a response from. */
export interface BedrockAgentFunctionResponseInit
  extends BedrockAgentResponseBaseInit {
  /** How the agent goes on after a failed call; left out (a normal answer) when absent. */
  readonly responseState?: BedrockAgentResponseState | undefined;
}

/** The attributes of the event a builder sends back unless they are replaced. */
export interface BedrockAgentRequestAttributes {
  /** The session attributes. */
  readonly sessionAttributes?:
    | Readonly<Record<string, string>>
    | null
    | undefined;
  /** The prompt session attributes. */
  readonly promptSessionAttributes?:
    | Readonly<Record<string, string>>
    | null
    | undefined;
}

/** The part of the event {@link bedrockAgentResponse} answers: a `BedrockAgentEvent`, or the raw event. */
export interface BedrockAgentApiRequest extends BedrockAgentRequestAttributes {
  /** The name of the action group. */
  readonly actionGroup: string;
  /** The path of the API operation. */
  readonly apiPath: string;
  /** The method of the API operation. */
  readonly httpMethod: string;
}

/**
 * The part of the event {@link bedrockAgentFunctionResponse} answers: a
 * `BedrockAgentFunctionEvent`, or the raw event.
 */
export interface BedrockAgentFunctionRequest
  extends BedrockAgentRequestAttributes {
  /** The name of the action group. */
  readonly actionGroup: string;
  /** The name of the function. */
  readonly function: string;
}

/** A response body of one content type. */
export interface BedrockAgentResponseMedia {
  /** The body, as text. */
  body: string;
}

/** The answer of an API operation, in the response an action group's function returns. */
export interface BedrockAgentResponsePayload {
  /** The name of the action group, as the event gave it. */
  actionGroup: string;
  /** The path of the API operation, as the event gave it. */
  apiPath: string;
  /** The method of the API operation, as the event gave it. */
  httpMethod: string;
  /** The HTTP status code the operation answers with. */
  httpStatusCode: number;
  /** The body by content type, e.g. `application/json`. */
  responseBody: Record<string, BedrockAgentResponseMedia>;
}

/** What both responses carry besides the answer itself. */
export interface BedrockAgentResponseEnvelope {
  /** The version of the response format: `1.0`. */
  messageVersion: '1.0';
  /** The session attributes the agent keeps for the rest of the session. */
  sessionAttributes: Record<string, string>;
  /** The prompt session attributes the agent keeps for the rest of the turn. */
  promptSessionAttributes: Record<string, string>;
  /** Query configurations for the agent's knowledge bases; absent unless given. */
  knowledgeBasesConfiguration?: BedrockAgentKnowledgeBaseConfiguration[];
}

/**
 * The response an Amazon Bedrock agent reads from the Lambda function of an action group
 * defined with an OpenAPI schema, as AWS documents it.
 */
export interface BedrockAgentResponse extends BedrockAgentResponseEnvelope {
  /** The answer of the API operation. */
  response: BedrockAgentResponsePayload;
}

/** The result of a function, in the response an action group's function returns. */
export interface BedrockAgentFunctionResult {
  /** How the agent goes on after a failed call; absent for a normal answer. */
  responseState?: BedrockAgentResponseState;
  /** The body by content type; `TEXT` is the only one AWS supports. */
  responseBody: Record<'TEXT', BedrockAgentResponseMedia>;
}

/** The answer of a function, in the response an action group's function returns. */
export interface BedrockAgentFunctionResponsePayload {
  /** The name of the action group, as the event gave it. */
  actionGroup: string;
  /** The name of the function, as the event gave it. */
  function: string;
  /** The function's result. */
  functionResponse: BedrockAgentFunctionResult;
}

/**
 * The response an Amazon Bedrock agent reads from the Lambda function of an action group
 * defined with function details, as AWS documents it.
 */
export interface BedrockAgentFunctionResponse
  extends BedrockAgentResponseEnvelope {
  /** The answer of the function. */
  response: BedrockAgentFunctionResponsePayload;
}

/** A field of the event the response echoes, checked to be text. */
function echoed(builder: string, event: object, key: string): string {
  const value = (event as Record<string, unknown>)[key];
  if (typeof value === 'string') return value;
  throw argumentError(builder, `event.${key}`, 'a string', value);
}

/** The body as the text the agent reads. */
function bodyText(builder: string, body: unknown): string {
  if (typeof body === 'string') return body;
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (error) {
    throw new TypeError(
      `${builder}: init.body must be a string or a JSON-serialisable value, and it could not be serialised`,
      { cause: error }
    );
  }
  if (text === undefined) {
    throw argumentError(
      builder,
      'init.body',
      'a string or a JSON-serialisable value',
      body
    );
  }
  return text;
}

/** A copy of an attribute map (given, else the event's), every value checked to be text. */
function attributes(
  builder: string,
  given: unknown,
  fromEvent: unknown,
  name: 'sessionAttributes' | 'promptSessionAttributes'
): Record<string, string> {
  const source = given === undefined ? fromEvent : given;
  const argument = given === undefined ? `event.${name}` : `init.${name}`;
  if (source === undefined || source === null) return {};
  if (!isObject(source))
    throw argumentError(builder, argument, 'an object', source);
  const copy = Object.entries(source);
  for (const [key, value] of copy) {
    if (typeof value !== 'string') {
      throw argumentError(
        builder,
        `${argument}[${JSON.stringify(key)}]`,
        'a string',
        value
      );
    }
  }
  // `Object.fromEntries` defines each key as data: `__proto__` is an ordinary name.
  return Object.fromEntries(copy) as Record<string, string>;
}

/** The parts both responses share after `response`, checked. */
function sessionParts(
  builder: string,
  event: BedrockAgentApiRequest | BedrockAgentFunctionRequest,
  init: BedrockAgentResponseBaseInit
): Omit<BedrockAgentResponseEnvelope, 'messageVersion'> {
  const parts: Omit<BedrockAgentResponseEnvelope, 'messageVersion'> = {
    sessionAttributes: attributes(
      builder,
      init.sessionAttributes,
      event.sessionAttributes,
      'sessionAttributes'
    ),
    promptSessionAttributes: attributes(
      builder,
      init.promptSessionAttributes,
      event.promptSessionAttributes,
      'promptSessionAttributes'
    ),
  };
  const configurations: unknown = init.knowledgeBasesConfiguration;
  if (configurations !== undefined) {
    if (!Array.isArray(configurations)) {
      throw argumentError(
        builder,
        'init.knowledgeBasesConfiguration',
        'an array',
        configurations
      );
    }
    for (const [index, configuration] of configurations.entries()) {
      const id = isObject(configuration)
        ? (configuration as { knowledgeBaseId?: unknown }).knowledgeBaseId
        : configuration;
      if (!isObject(configuration) || typeof id !== 'string') {
        throw argumentError(
          builder,
          `init.knowledgeBasesConfiguration[${index}]${isObject(configuration) ? '.knowledgeBaseId' : ''}`,
          isObject(configuration) ? 'a string' : 'an object',
          id
        );
      }
    }
    parts.knowledgeBasesConfiguration = [...configurations];
  }
  return parts;
}

/** Checks the two arguments every builder takes. */
function checkArguments(builder: string, event: unknown, init: unknown): void {
  if (!isObject(event))
    throw argumentError(builder, 'event', 'an object', event);
  if (!isObject(init)) throw argumentError(builder, 'init', 'an object', init);
}

/**
 * Builds the response an Amazon Bedrock agent reads from the Lambda function of an action
 * group defined with an OpenAPI schema: the event's action group, API path and method echoed,
 * the status code (200 unless given), the body under its content type (`application/json`
 * unless given), and the event's session and prompt session attributes sent back unless
 * replaced (a copy, `{}` when the event has none). `messageVersion` is `1.0`, the only
 * version Amazon Bedrock supports.
 *
 * @param event The event being answered: a `BedrockAgentEvent`, or the raw event.
 * @param init The body, status code, content type, attributes and knowledge base settings.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.httpStatusCode`,
 * `init.body`, `init.sessionAttributes["user"]`, `event.apiPath`, ...).
 * @example
 * ```ts
 * import { BedrockAgentEvent, bedrockAgentResponse, type RawBedrockAgentEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentEvent) => {
 *   const event = new BedrockAgentEvent(raw);
 *   return bedrockAgentResponse(event, {
 *     body: { pendingDocuments: ['proof of address'] },
 *     sessionAttributes: { ...event.sessionAttributes, lastClaim: 'ABC12345' },
 *   });
 *   // { messageVersion: '1.0',
 *   //   response: { actionGroup, apiPath, httpMethod, httpStatusCode: 200,
 *   //     responseBody: { 'application/json': { body: '{"pendingDocuments":["proof of address"]}' } } },
 *   //   sessionAttributes: { …, lastClaim: 'ABC12345' }, promptSessionAttributes: { … } }
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-response
 */
export function bedrockAgentResponse(
  event: BedrockAgentApiRequest,
  init: BedrockAgentResponseInit
): BedrockAgentResponse {
  const builder = 'bedrockAgentResponse';
  checkArguments(builder, event, init);
  const { httpStatusCode = 200, contentType = 'application/json' } = init;
  if (
    typeof httpStatusCode !== 'number' ||
    !Number.isInteger(httpStatusCode) ||
    httpStatusCode < 100 ||
    httpStatusCode > 599
  ) {
    throw argumentError(
      builder,
      'init.httpStatusCode',
      'an integer from 100 to 599',
      httpStatusCode
    );
  }
  if (typeof contentType !== 'string' || contentType === '') {
    throw argumentError(
      builder,
      'init.contentType',
      'a non-empty string',
      contentType
    );
  }
  const response: BedrockAgentResponsePayload = {
    actionGroup: echoed(builder, event, 'actionGroup'),
    apiPath: echoed(builder, event, 'apiPath'),
    httpMethod: echoed(builder, event, 'httpMethod'),
    httpStatusCode,
    responseBody: Object.fromEntries([
      [contentType, { body: bodyText(builder, init.body) }],
    ]),
  };
  return {
    messageVersion: '1.0',
    response,
    ...sessionParts(builder, event, init),
  };
}

/**
 * Builds the response an Amazon Bedrock agent reads from the Lambda function of an action
 * group defined with function details: the event's action group and function echoed, the body
 * as `TEXT` (the one content type AWS supports), the response state when given, and the
 * event's session and prompt session attributes sent back unless replaced (a copy, `{}` when
 * the event has none). `messageVersion` is `1.0`, the only version Amazon Bedrock supports.
 *
 * @param event The event being answered: a `BedrockAgentFunctionEvent`, or the raw event.
 * @param init The body, response state, attributes and knowledge base settings.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when an argument is malformed, naming it (`init.responseState`,
 * `init.body`, `event.function`, ...).
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
 *   if (event.parameterValue('startDate') === undefined) {
 *     return bedrockAgentFunctionResponse(event, {
 *       body: 'Ask the user for the first day of the vacation.',
 *       responseState: 'REPROMPT',
 *     });
 *   }
 *   return bedrockAgentFunctionResponse(event, { body: 'Vacation request submitted.' });
 *   // { messageVersion: '1.0',
 *   //   response: { actionGroup, function,
 *   //     functionResponse: { responseBody: { TEXT: { body: 'Vacation request submitted.' } } } },
 *   //   sessionAttributes: { … }, promptSessionAttributes: { … } }
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-response
 */
export function bedrockAgentFunctionResponse(
  event: BedrockAgentFunctionRequest,
  init: BedrockAgentFunctionResponseInit
): BedrockAgentFunctionResponse {
  const builder = 'bedrockAgentFunctionResponse';
  checkArguments(builder, event, init);
  const { responseState } = init;
  if (
    responseState !== undefined &&
    responseState !== 'FAILURE' &&
    responseState !== 'REPROMPT'
  ) {
    throw argumentError(
      builder,
      'init.responseState',
      "'FAILURE' or 'REPROMPT'",
      responseState
    );
  }
  const body = { TEXT: { body: bodyText(builder, init.body) } };
  const response: BedrockAgentFunctionResponsePayload = {
    actionGroup: echoed(builder, event, 'actionGroup'),
    function: echoed(builder, event, 'function'),
    functionResponse:
      responseState === undefined
        ? { responseBody: body }
        : { responseState, responseBody: body },
  };
  return {
    messageVersion: '1.0',
    response,
    ...sessionParts(builder, event, init),
  };
}
