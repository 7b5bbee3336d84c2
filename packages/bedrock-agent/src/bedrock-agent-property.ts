import {
  argumentError,
  DecodeError,
  EventWrapper,
  kindOf,
  locate,
  oneLine,
  parseJson,
  requireString,
  UNSET,
} from '@evt/core';

/**
 * A named value the agent elicited from the user: a parameter of the API operation or function,
 * or a property of an API operation's request body. Its value is always text; `type` says what
 * the schema declares it to be.
 */
export interface RawBedrockAgentProperty {
  /** The name of the parameter or property, as the schema names it. */
  name: string;
  /** The type the schema declares: `string`, `number`, `integer`, `boolean` or `array`. */
  type: string;
  /** The value, as text whatever the declared type. */
  value: string;
}

/**
 * A parameter or property value converted by its declared type: a `string`, a `number` (for
 * `number` and `integer`), a `boolean`, or an array (for `array`, parsed as JSON).
 */
export type BedrockAgentParameterValue = string | number | boolean | unknown[];

/** Whether `text[at]` is an ASCII digit. */
function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether `text` is a decimal number, what a declared `number` or `integer` must hold: an
 * optional sign, digits with at most one point (`1.`, `.5`), an optional exponent (`1e3`). No
 * hex, no `Infinity`, no empty string, which `Number()` would all accept.
 */
function isDecimal(text: string): boolean {
  let at = text[0] === '+' || text[0] === '-' ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; at < text.length; at++) {
    if (isDigit(text, at)) digits++;
    else if (text[at] === '.' && !point) point = true;
    else break;
  }
  if (digits === 0) return false;
  if (at === text.length) return true;
  if (text[at] !== 'e' && text[at] !== 'E') return false;
  at++;
  if (text[at] === '+' || text[at] === '-') at++;
  const exponent = at;
  while (isDigit(text, at)) at++;
  return at > exponent && at === text.length;
}

/**
 * Wrapper for one parameter (`parameters[i]`) of the event that an Amazon Bedrock agent sends
 * for an action group defined with an OpenAPI schema, or for one property of its request body
 * (`requestBody.content.<media type>.properties[i]`).
 *
 * The debug view (`console.log`) shows each one's name and type but hides its value, since a
 * name that marks a secret (`password`) cannot hide a value here; the maps keyed by name
 * (`queryStringParameters`, `parameterValues`, `jsonBody`) show the values with those names
 * hidden.
 *
 * @example
 * ```ts
 * import { BedrockAgentEvent, type RawBedrockAgentEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentEvent) => {
 *   for (const parameter of new BedrockAgentEvent(raw).parameters) {
 *     console.log(parameter.name, parameter.type, parameter.typedValue);
 *   }
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-input
 */
export class BedrockAgentProperty extends EventWrapper<RawBedrockAgentProperty> {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BedrockAgentProperty';
  /** The value is hidden from the debug view: its name alone says whether it is a secret. */
  static override readonly sensitiveMembers: readonly string[] = [
    'value',
    'typedValue',
  ];

  #typedValue: BedrockAgentParameterValue | typeof UNSET = UNSET;

  /**
   * The name of the parameter or property, as the schema names it (`name`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get name(): string {
    return requireString(this, this.raw.name, 'name');
  }

  /**
   * The type the schema declares for the value: `string`, `number`, `integer`, `boolean` or
   * `array` (`type`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get type(): string {
    return requireString(this, this.raw.type, 'type');
  }

  /**
   * The value as the agent sent it: text, whatever the declared type (`value`).
   *
   * @throws {@link MissingFieldError} when the event has none.
   */
  get value(): string {
    return requireString(this, this.raw.value, 'value');
  }

  /**
   * The value converted by its declared {@link BedrockAgentProperty.type}: a `number` for
   * `number` (decimal text, e.g. `-2.5` or `1e3`), a safe integer for `integer`, `true` or
   * `false` for `boolean` (any letter case), and the parsed array for `array` (JSON text,
   * e.g. `["a","b"]`). A `string`, or a type AWS does not document, gives the text as sent.
   * Converted once and cached.
   *
   * @throws {@link DecodeError} naming the parameter when the value does not hold its
   * declared type (an `integer` of `4.5`, a `boolean` of `yes`, an `array` that is not JSON,
   * such as the unquoted `[a, b]` a model sometimes writes: read {@link BedrockAgentProperty.value}
   * for those).
   * @example
   * ```ts
   * // { "name": "nights", "type": "integer", "value": "3" }
   * parameter.value; // '3'
   * parameter.typedValue; // 3
   * ```
   */
  get typedValue(): BedrockAgentParameterValue {
    if (this.#typedValue === UNSET) this.#typedValue = this.#convert();
    return this.#typedValue;
  }

  #convert(): BedrockAgentParameterValue {
    const type = this.type;
    const value = this.value;
    switch (type) {
      case 'number':
      case 'integer': {
        const number = isDecimal(value.trim()) ? Number(value) : Number.NaN;
        if (
          type === 'number'
            ? Number.isFinite(number)
            : Number.isSafeInteger(number)
        ) {
          return number;
        }
        break;
      }
      case 'boolean': {
        const text = value.trim().toLowerCase();
        if (text === 'true' || text === 'false') return text === 'true';
        break;
      }
      case 'array': {
        const parsed = parseJson(value, { owner: this, path: 'value' });
        if (Array.isArray(parsed)) return parsed;
        throw this.#mismatch(type, `it parses to ${kindOf(parsed)}`);
      }
      default:
        return value;
    }
    throw this.#mismatch(type, 'it holds another value');
  }

  #mismatch(type: string, detail: string): DecodeError {
    const name = JSON.stringify(oneLine(this.name, 64));
    return new DecodeError(
      type,
      `${name} is declared ${type}, but ${detail}`,
      locate(this, 'value')
    );
  }
}

/**
 * Wrapper for one parameter (`parameters[i]`) of the event that an Amazon Bedrock agent sends
 * for an action group defined with function details: the same members as
 * {@link BedrockAgentProperty}, under Powertools' name for a function's parameter.
 *
 * @example
 * ```ts
 * import { BedrockAgentFunctionEvent, type RawBedrockAgentFunctionEvent } from '@evt/bedrock-agent';
 *
 * export const handler = async (raw: RawBedrockAgentFunctionEvent) => {
 *   const [first] = new BedrockAgentFunctionEvent(raw).parameters;
 *   return first?.typedValue;
 * };
 * ```
 * @see https://docs.aws.amazon.com/bedrock/latest/userguide/agents-lambda.html#agents-lambda-input
 */
export class BedrockAgentFunctionParameter extends BedrockAgentProperty {
  /** The class name used in error messages and the debug view. */
  static override readonly typeName: string = 'BedrockAgentFunctionParameter';
}

/**
 * Checks the name a lookup method was given (a programmer error when it is not a string).
 *
 * @param method The method, for the error message.
 * @param name The name passed.
 * @returns The name.
 * @throws {TypeError} naming the argument when it is not a string.
 */
export function lookupName(method: string, name: unknown): string {
  if (typeof name === 'string') return name;
  throw argumentError(method, 'name', 'a string', name);
}

/**
 * The first of a list of parameters or properties with the given name.
 *
 * @param items The wrapped parameters or properties.
 * @param name The name to find (case-sensitive).
 * @returns The first match, or `undefined`.
 */
export function namedItem<TItem extends BedrockAgentProperty>(
  items: readonly TItem[],
  name: string
): TItem | undefined {
  return items.find((item) => item.name === name);
}

/**
 * A map from each name to what `read` gives for its item (the last item wins when a name
 * repeats), in an object without a prototype, so `__proto__` is an ordinary name.
 *
 * @param items The wrapped parameters or properties.
 * @param read What to take from each item.
 * @returns The map.
 */
export function mapByName<TValue>(
  items: readonly BedrockAgentProperty[],
  read: (item: BedrockAgentProperty) => TValue
): Record<string, TValue> {
  const byName: Record<string, TValue> = Object.create(null);
  for (const item of items) byName[item.name] = read(item);
  return byName;
}
