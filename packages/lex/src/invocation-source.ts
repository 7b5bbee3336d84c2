import { type EventWrapper, optionalStringOf, requireString } from '@evt/core';

/**
 * Why Amazon Lex invokes the function: `DialogCodeHook` to initialise and validate the user's
 * input on each turn, `FulfillmentCodeHook` to fulfil the intent once its slots are filled.
 * Both versions of Amazon Lex send the same two values.
 */
export type LexInvocationSource = 'DialogCodeHook' | 'FulfillmentCodeHook';

// The documented values, built once: `optionalStringOf` checks against them on every read.
const INVOCATION_SOURCES: readonly LexInvocationSource[] =
  /* @__PURE__ */ Object.freeze([
    'DialogCodeHook',
    'FulfillmentCodeHook',
  ] as const);

/** The field both versions of the event carry, for {@link invocationSourceOf}. */
interface RawInvocation {
  /** Why Amazon Lex invokes the function. */
  invocationSource: LexInvocationSource;
}

/**
 * Reads `invocationSource`, which must be one of the two code hooks.
 *
 * @param owner The event (V1 or V2).
 * @param value The raw field.
 * @returns The invocation source.
 * @throws {@link MissingFieldError} when absent; {@link FieldTypeError} when it is another
 * value.
 */
export function invocationSourceOf(
  owner: EventWrapper,
  value: string | null | undefined
): LexInvocationSource {
  const event = owner as EventWrapper<RawInvocation>;
  return requireString(
    event,
    optionalStringOf(event, value, 'invocationSource', INVOCATION_SOURCES),
    'invocationSource'
  );
}
