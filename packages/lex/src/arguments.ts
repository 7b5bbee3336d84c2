import {
  argumentError,
  type EventWrapper,
  isObject,
  nonEmptyStringArgument,
  objectArgument,
} from '@evt/core';

// The response builders check what they are given: a wrong argument is the caller's bug, not a
// bad event, so it is a `TypeError` that names the builder and the argument's path (never an
// `EvtError`): core's `argumentError`, which says what kind of value it found (a number by its
// value) without quoting it (an argument may hold what the user said).

/** The most characters of a message's `content`, in V1 (`DialogAction`) and V2 (`Message`). */
export const MAX_MESSAGE_CHARACTERS = 1024;

/** An event class whose instances a builder answers by their raw event. */
export type EventClass = (abstract new (
  ...args: never[]
) => EventWrapper) & { readonly typeName: string };

/**
 * The raw event and the init a builder answers, both checked to be objects. A wrapper of
 * `Wrapper` is answered by its raw event.
 *
 * @param builder The builder, for the error.
 * @param Wrapper The event class the builder answers.
 * @param event The event passed: a wrapper, or the raw event.
 * @param init The init passed.
 * @returns The raw event and the init.
 * @throws {TypeError} when either is not an object.
 */
export function builderArguments(
  builder: string,
  Wrapper: EventClass,
  event: unknown,
  init: unknown
): [Record<string, unknown>, Record<string, unknown>] {
  const raw = event instanceof Wrapper ? event.rawEvent : event;
  if (!isObject(raw)) {
    throw argumentError(
      builder,
      'event',
      `a ${Wrapper.typeName} or the raw event`,
      raw
    );
  }
  return [raw, objectArgument(builder, 'init', init)];
}

/**
 * Checks the text of a message: a non-empty string of at most
 * {@link MAX_MESSAGE_CHARACTERS} characters (counted as Unicode code points).
 *
 * @param builder The builder, for the error.
 * @param argument The argument's path, for the error.
 * @param value The value passed.
 * @returns The text.
 * @throws {TypeError} when it is not such a string.
 */
export function messageText(
  builder: string,
  argument: string,
  value: unknown
): string {
  const text = nonEmptyStringArgument(builder, argument, value);
  // Most messages are short: only a long one is counted by code point.
  if (
    text.length > MAX_MESSAGE_CHARACTERS &&
    [...text].length > MAX_MESSAGE_CHARACTERS
  ) {
    throw new TypeError(
      `${builder}: ${argument} must be at most ${MAX_MESSAGE_CHARACTERS} characters, got ${[...text].length}`
    );
  }
  return text;
}

/**
 * Checks that an argument is one of a few (two or more) documented values.
 *
 * @param builder The builder, for the error.
 * @param argument The argument's path, for the error.
 * @param value The value passed.
 * @param allowed The values it may be.
 * @returns The value.
 * @throws {TypeError} when it is another value.
 */
export function oneOf<T extends string>(
  builder: string,
  argument: string,
  value: unknown,
  allowed: readonly T[]
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const names = allowed.map((item) => `'${item}'`);
  const last = names.pop();
  throw argumentError(
    builder,
    argument,
    `${names.join(', ')} or ${last}`,
    value
  );
}

/**
 * Copies a map of strings (session, request or context attributes), every value checked.
 *
 * @param builder The builder, for the error.
 * @param argument The argument's path, for the error.
 * @param value The value passed.
 * @returns A copy; `__proto__` is an ordinary key in it.
 * @throws {TypeError} when it is not an object, or a value is not a string.
 */
export function textMap(
  builder: string,
  argument: string,
  value: unknown
): Record<string, string> {
  const entries = Object.entries(objectArgument(builder, argument, value));
  for (const [key, item] of entries) {
    if (typeof item !== 'string') {
      throw argumentError(
        builder,
        `${argument}[${JSON.stringify(key)}]`,
        'a string',
        item
      );
    }
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * Checks that an argument is an array of at most `max` objects.
 *
 * @param builder The builder, for the error.
 * @param argument The argument's path, for the error.
 * @param value The value passed.
 * @param max The most items AWS accepts.
 * @returns The items.
 * @throws {TypeError} when it is not an array, has too many items, or an item is not an object.
 */
export function recordList(
  builder: string,
  argument: string,
  value: unknown,
  max: number
): readonly Record<string, unknown>[] {
  if (!Array.isArray(value)) {
    throw argumentError(builder, argument, 'an array', value);
  }
  if (value.length > max) {
    throw new TypeError(
      `${builder}: ${argument} must have at most ${max} items, got ${value.length}`
    );
  }
  return value.map((item, index) =>
    objectArgument(builder, `${argument}[${index}]`, item)
  );
}

/** The most buttons of a card, in V1 (`GenericAttachment`) and V2 (`ImageResponseCard`). */
const MAX_BUTTONS = 5;

/**
 * Copies the buttons of a card, each with a non-empty `text` and `value`.
 *
 * @param builder The builder, for the error.
 * @param argument The argument's path, for the error.
 * @param value The value passed.
 * @returns A copy of the buttons: their text and value only.
 * @throws {TypeError} when it is not an array of at most five such buttons.
 */
export function buttonList(
  builder: string,
  argument: string,
  value: unknown
): { text: string; value: string }[] {
  return recordList(builder, argument, value, MAX_BUTTONS).map(
    (button, index) => ({
      text: nonEmptyStringArgument(
        builder,
        `${argument}[${index}].text`,
        button.text
      ),
      value: nonEmptyStringArgument(
        builder,
        `${argument}[${index}].value`,
        button.value
      ),
    })
  );
}
