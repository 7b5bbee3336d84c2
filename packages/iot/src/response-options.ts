import { argumentError } from '@evt/core';

// The checks the response builders share. Two kinds of mistake, two errors: a wrong kind of
// argument (not an object, an unknown or missing option, a value of the wrong type) is a
// TypeError; a value of the right kind that breaks a rule AWS documents is a RangeError. Both
// name the builder and the option; neither echoes the value.

/** The options object a builder was given, once checked to be an object of known options. */
export type Options = { readonly [name: string]: unknown };

/**
 * Checks that `options` is an object whose every key is one the builder takes.
 *
 * @param caller The builder's name, for errors.
 * @param options What the builder was given.
 * @param allowed The options it takes.
 * @returns The options.
 * @throws {TypeError} when `options` is not an object or holds an unknown option.
 */
export function checkedOptions(
  caller: string,
  options: unknown,
  allowed: readonly string[]
): Options {
  if (
    typeof options !== 'object' ||
    options === null ||
    Array.isArray(options)
  ) {
    throw argumentError(caller, 'options', 'an object', options);
  }
  for (const name of Object.keys(options)) {
    if (!allowed.includes(name)) {
      throw new TypeError(
        `${caller}: options.${name} is not an option of ${caller}`
      );
    }
  }
  return options as Options;
}

/**
 * Reads a required boolean option.
 *
 * @param caller The builder's name, for errors.
 * @param options The checked options.
 * @param name The option's name.
 * @returns The option's value.
 * @throws {TypeError} when the option is absent or not a boolean.
 */
export function requiredBoolean(
  caller: string,
  options: Options,
  name: string
): boolean {
  const value = options[name];
  if (typeof value === 'boolean') return value;
  throw argumentError(caller, `options.${name}`, 'a boolean', value);
}
