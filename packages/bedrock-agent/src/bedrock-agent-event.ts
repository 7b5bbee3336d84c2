import {
  BaseProxyEvent,
  checkWrapper,
  child,
  type EventOptions,
  EventWrapper,
  extendEventWrapper,
  optionalChild,
  requireString,
  stringMapOrEmpty,
  UNSET,
  wrapEachOrEmpty,
  wrapEntries,
} from '@evt/core';
import {
  BedrockAgentInfo,
  type RawBedrockAgentInfo,
} from './bedrock-agent-info';
import {
  type BedrockAgentParameterValue,
  BedrockAgentProperty,
  lookupName,
  mapByName,
  namedItem,
  type RawBedrockAgentProperty,
} from './bedrock-agent-property';

/** The request body's content of one media type, as its properties. */
export interface RawBedrockAgentRequestMedia {
  /** The properties of the body, as the OpenAPI schema defines them. */
  properties?: RawBedrockAgentProperty[] | null | undefined;
}

/** The request body of the API operation, by media type. */
export interface RawBedrockAgentRequestBody {
  /** The body's content by media type, e.g. `application/json`. */
  content?: Record<string, RawBedrockAgentRequestMedia> | null | undefined;
}

/**
 * The event an Amazon Bedrock agent sends to the Lambda function of an action group defined
 * with an OpenAPI schema, as AWS documents it.
 */
export interface RawBedrockAgentEvent {
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
  /** The path of the API operation, as the OpenAPI schema defines it. */
  apiPath: string;
  /** The method of the API operation, as the OpenAPI schema defines it. */
  httpMethod: string;
  /** The operation's parameters (path, query, header); absent when it has none. */
  parameters?: RawBedrockAgentProperty[] | null | undefined;
  /** The operation's request body; absent when it has none. */
  requestBody?: RawBedrockAgentRequestBody | null | undefined;
  /** The session attributes: context kept over the whole session. */
  sessionAttributes?: Record<string, string> | null | undefined;
  /** The prompt session attributes: context kept over one turn. */
  promptSessionAttributes?: Record<string, string> | null | undefined;
}

/**
 * Wrapper for the request body's content of one media type
 * (`requestBody.content.<media type>`) in the event that an Amazon Bedrock agent sends for an
 * action group defined with an OpenAPI schema.
 *
 * @example
 * ```ts
 * import { BedrockAgentEvent, type RawBedrockAgentEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentEvent) => {
 *   const media = new BedrockAgentEvent(raw).requestBody?.content['application/json'];
 *   return media?.properties.map((property) => property.name);
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-input
 */
export class BedrockAgentRequestMedia extends EventWrapper<RawBedrockAgentRequestMedia> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BedrockAgentRequestMedia';

  #properties?: BedrockAgentProperty[];

  /**
   * The properties of the body, each with its name, declared type and value, in order
   * (`properties`). Empty when the content has none.
   */
  get properties(): BedrockAgentProperty[] {
    return (this.#properties ??= wrapEachOrEmpty(
      this,
      'properties',
      BedrockAgentProperty
    ));
  }
}

/**
 * Wrapper for the request body (`requestBody`) in the event that an Amazon Bedrock agent sends
 * for an action group defined with an OpenAPI schema.
 *
 * @example
 * ```ts
 * import { BedrockAgentEvent, type RawBedrockAgentEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentEvent) => {
 *   const body = new BedrockAgentEvent(raw).requestBody;
 *   return Object.keys(body?.content ?? {}); // ['application/json']
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-input
 */
export class BedrockAgentRequestBody extends EventWrapper<RawBedrockAgentRequestBody> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BedrockAgentRequestBody';

  #content?: Readonly<Record<string, BedrockAgentRequestMedia>>;

  /**
   * The body's content by media type, e.g. `application/json` (`content`). Empty object when
   * the body has none; built once, in an object without a prototype.
   */
  get content(): Readonly<Record<string, BedrockAgentRequestMedia>> {
    return (this.#content ??= wrapEntries(
      this,
      'content',
      BedrockAgentRequestMedia
    ));
  }
}

export interface BedrockAgentEvent<TBody = unknown>
  extends BaseProxyEvent<RawBedrockAgentEvent, TBody> {}
/**
 * Wrapper for the event that an Amazon Bedrock agent sends to the Lambda function of an action
 * group defined with an OpenAPI schema, when it decides to call one of the group's API
 * operations. `TBody` types {@link BedrockAgentEvent.jsonBody}.
 *
 * Like Powertools' class, it is also a {@link BaseProxyEvent}, so code written for HTTP events
 * reads it: {@link BedrockAgentEvent.path} is the API path, the query string is the list of
 * parameters, and {@link BedrockAgentEvent.jsonBody} is the JSON request body's properties. It
 * has no headers and no body text. Answer with {@link bedrockAgentResponse}.
 *
 * @example
 * ```ts
 * import { BedrockAgentEvent, bedrockAgentResponse, type RawBedrockAgentEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentEvent) => {
 *   const event = new BedrockAgentEvent(raw);
 *   const claimId = event.parameterValue('claimId');
 *   return bedrockAgentResponse(event, {
 *     body: { claimId, route: `${event.httpMethod} ${event.apiPath}` },
 *   });
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html
 */
export class BedrockAgentEvent<TBody = unknown> {
  /** The class name used in error messages and the debug view. */
  static readonly typeName: string = /* @__PURE__ */ extendEventWrapper(
    BedrockAgentEvent,
    'BedrockAgentEvent',
    BaseProxyEvent
  );
  declare protected readonly raw: RawBedrockAgentEvent;
  declare protected readonly options: EventOptions | undefined;

  /**
   * @param raw The raw value this class describes.
   * @param options The decoding options; evt passes them on, with the value's place in the
   * event, to the parts it wraps.
   */
  constructor(raw: RawBedrockAgentEvent, options?: EventOptions) {
    this.raw = raw;
    this.options = options;
    checkWrapper(this, raw, options);
  }

  #agent?: BedrockAgentInfo;
  #parameters?: BedrockAgentProperty[];
  #requestBody: BedrockAgentRequestBody | undefined | typeof UNSET = UNSET;
  #queryStringParameters?: Record<string, string>;
  #resolvedQueryStringParameters?: Record<string, string[]>;
  #parameterValues?: Readonly<Record<string, BedrockAgentParameterValue>>;
  #jsonBody: TBody | undefined | typeof UNSET = UNSET;

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
   * The path of the API operation, as the OpenAPI schema defines it, e.g.
   * `/claims/{claimId}` (`apiPath`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get apiPath(): string {
    return requireString(this, this.raw.apiPath, 'apiPath');
  }

  /**
   * The path of the API operation, for code written for HTTP events: the same as
   * {@link BedrockAgentEvent.apiPath} (`apiPath`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get path(): string {
    return this.apiPath;
  }

  /**
   * The method of the API operation, as the OpenAPI schema defines it, e.g. `GET`
   * (`httpMethod`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get httpMethod(): string {
    return requireString(this, this.raw.httpMethod, 'httpMethod');
  }

  /**
   * The operation's parameters as the OpenAPI schema defines them (path, query and header
   * parameters alike), each with its name, declared type and value, in order (`parameters`).
   * Empty when the operation has none.
   */
  get parameters(): BedrockAgentProperty[] {
    return (this.#parameters ??= wrapEachOrEmpty(
      this,
      'parameters',
      BedrockAgentProperty
    ));
  }

  /**
   * The operation's request body, by media type (`requestBody`). Undefined when the operation
   * has none.
   */
  get requestBody(): BedrockAgentRequestBody | undefined {
    if (this.#requestBody === UNSET) {
      this.#requestBody = optionalChild(
        this,
        'requestBody',
        BedrockAgentRequestBody
      );
    }
    return this.#requestBody;
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
   * Every parameter's value as sent, by name, as Powertools reads a Bedrock event's query
   * string: the agent does not tell path, query and header parameters apart
   * (`parameters[i].name` → `parameters[i].value`). Built once, in an object without a
   * prototype; a repeated name keeps its last value.
   */
  get queryStringParameters(): Record<string, string> {
    return (this.#queryStringParameters ??= mapByName(
      this.parameters,
      (parameter) => parameter.value
    ));
  }

  /**
   * Every parameter's value as a one-item list, by name: {@link BedrockAgentEvent.queryStringParameters}
   * in the shape of a multi-value query string. Values are not split on commas, as Powertools
   * does not split them: a parameter's value may hold commas (a list, an SQL query). Built once.
   */
  get resolvedQueryStringParameters(): Record<string, string[]> {
    return (this.#resolvedQueryStringParameters ??= mapByName(
      this.parameters,
      (parameter) => [parameter.value]
    ));
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
   * const { claimId, amount } = event.parameterValues; // 'ABC12345', 249.5
   * ```
   */
  get parameterValues(): Readonly<Record<string, BedrockAgentParameterValue>> {
    return (this.#parameterValues ??= mapByName(
      this.parameters,
      (parameter) => parameter.typedValue
    ));
  }

  /**
   * The JSON request body's properties, by name, as Powertools reads them
   * (`requestBody.content["application/json"].properties[i]`): each property's value as
   * sent, as text, typed as `TBody` (not checked at runtime). Undefined when the operation has
   * no JSON request body. Built once; use the properties' `typedValue` for converted values.
   *
   * @example
   * ```ts
   * import { BedrockAgentEvent, type RawBedrockAgentEvent } from '@evt/bedrock-agent';
   *
   * interface Reminder { claimId: string; pendingDocuments: string }
   *
   * export const handler = async (raw: RawBedrockAgentEvent) => {
   *   const reminder = new BedrockAgentEvent<Reminder>(raw).jsonBody;
   *   return reminder?.pendingDocuments;
   * };
   * ```
   */
  get jsonBody(): TBody | undefined {
    if (this.#jsonBody === UNSET) {
      const media = this.requestBody?.content['application/json'];
      this.#jsonBody =
        media === undefined
          ? undefined
          : (mapByName(
              media.properties,
              (property) => property.value
            ) as TBody);
    }
    return this.#jsonBody;
  }

  /**
   * Returns the first parameter with the given name.
   *
   * @param name The parameter's name, as the OpenAPI schema names it (case-sensitive).
   * @returns The parameter, or `undefined` when the event has none of that name.
   * @throws {TypeError} when `name` is not a string.
   */
  parameter(name: string): BedrockAgentProperty | undefined {
    return namedItem(this.parameters, lookupName('parameter', name));
  }

  /**
   * Returns the value of the first parameter with the given name, converted by its declared
   * type (see {@link BedrockAgentProperty.typedValue}).
   *
   * @param name The parameter's name, as the OpenAPI schema names it (case-sensitive).
   * @returns The converted value, or `undefined` when the event has no parameter of that name.
   * @throws {@link DecodeError} naming the parameter when its value does not hold its declared
   * type.
   * @throws {TypeError} when `name` is not a string.
   * @example
   * ```ts
   * // parameters: [{ "name": "claimId", "type": "string", "value": "ABC12345" }]
   * event.parameterValue('claimId'); // 'ABC12345'
   * event.parameterValue('missing'); // undefined
   * ```
   */
  parameterValue(name: string): BedrockAgentParameterValue | undefined {
    return namedItem(this.parameters, lookupName('parameterValue', name))
      ?.typedValue;
  }
}
