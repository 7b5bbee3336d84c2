import { parseArgs } from 'node:util';
import { usageError } from './errors';

/** One option a command takes. */
export interface OptionSpec {
  /** Whether the option takes a value (`string`) or is a flag (`boolean`). */
  readonly type: 'string' | 'boolean';
  /** Whether the option may be given several times (its values are collected in order). */
  readonly multiple?: boolean;
  /** The one-letter alias, e.g. `h` for `-h`. */
  readonly short?: string;
  /** The value's placeholder in the help, e.g. `N` for `--records N`; empty for a flag. */
  readonly placeholder: string;
  /** What the option does, for the help. */
  readonly description: string;
}

/** What a command line holds once read: the options by name, and the positionals in order. */
export interface ParsedArguments {
  /** Each option given: `true` for a flag, the value, or the values of a `multiple` option. */
  readonly values: Readonly<Record<string, string | boolean | string[]>>;
  /** The arguments that are not options, in order. */
  readonly positionals: readonly string[];
}

/**
 * Reads a command's arguments with Node's `util.parseArgs`, then checks every option itself so
 * that a mistake is reported in one line that names it (the same on every Node version).
 *
 * @param args The arguments after the command's name.
 * @param options The options the command takes, by long name.
 * @returns The options given and the positionals.
 * @throws {@link CommandError} for an unknown option, a value missing or given to a flag, or an
 *   option given twice that takes one value.
 */
export function parseArguments(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>
): ParsedArguments {
  const { tokens } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.entries(options).map(([name, { type, short }]) => [
        name,
        short === undefined ? { type } : { type, short },
      ])
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name)
      ? options[token.name]
      : undefined;
    if (spec === undefined) {
      throw usageError(`unknown option ${token.rawName}`);
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        throw usageError(`${token.rawName} takes no value`);
      }
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined) {
      throw usageError(
        `${token.rawName} needs a value: ${token.rawName} ${spec.placeholder}`
      );
    }
    if (spec.multiple) {
      const before = values[token.name];
      values[token.name] = [
        ...(Array.isArray(before) ? before : []),
        token.value,
      ];
    } else if (values[token.name] !== undefined) {
      throw usageError(`${token.rawName} is given twice`);
    } else {
      values[token.name] = token.value;
    }
  }
  return { values, positionals };
}
