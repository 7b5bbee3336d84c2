import type { ParsedArguments } from './arguments';
import { firstLine, inputError, usageError } from './errors';
import type { CommandIO } from './io';
import { readText } from './read-input';
import { parseValue, setPath } from './set-path';
import { findKind, kindLabel } from './sources';

/** The most records `--records` asks for: the factories number record IDs with four digits. */
export const MAX_RECORDS = 10_000;

function recordCount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const count = Number(text);
  const digits = [...text].every((char) => char >= '0' && char <= '9');
  if (text === '' || !digits || count > MAX_RECORDS) {
    throw usageError(
      `--records takes a whole number from 0 to ${MAX_RECORDS}, got ${JSON.stringify(text)}`
    );
  }
  return count;
}

/** `--body`'s text: as given, read from a file for `@file` (stdin for `@-`), `@@…` for `@…`. */
async function bodyText(body: string, io: CommandIO): Promise<string> {
  if (!body.startsWith('@') || body.startsWith('@@')) {
    return body.startsWith('@@') ? body.slice(1) : body;
  }
  return readText(body.slice(1), io.stdin);
}

/**
 * `evt generate <source> [kind]`: a sample event from the package's testing factory, on stdout
 * as JSON. `--records` sets the factory's `count`, `--body` the option that carries the payload
 * (text for a text option, else the value parsed as JSON when it parses), and each `--set`
 * puts a value at a path of the result.
 *
 * @param parsed The command's arguments.
 * @param io Where to print, and what `--body @-` reads.
 * @returns The exit code, 0.
 * @throws {@link CommandError} when the source or kind is unknown, an option does not apply to
 *   the kind, or the factory refuses its options.
 */
export async function generate(
  parsed: ParsedArguments,
  io: CommandIO
): Promise<number> {
  const [sourceName, kindName] = parsed.positionals;
  if (sourceName === undefined) {
    throw usageError('needs a <source>: see evt list');
  }
  const { source, kind } = findKind(sourceName, kindName);
  const label = kindLabel(source, kind);
  const { records: recordsText, body, set = [] } = parsed.values;
  const records = recordCount(recordsText as string | undefined);
  const options: Record<string, unknown> = {};
  if (records !== undefined) {
    if (!kind.records) {
      throw usageError(
        `--records does not apply to ${label}: ${kind.className} ${kind.factory ? 'is not a batch of records' : 'has no sample'}`
      );
    }
    options.count = records;
  }
  if (body !== undefined) {
    if (kind.body === undefined) {
      throw usageError(
        `--body does not apply to ${label}: ${kind.className}'s sample has no body (use --set)`
      );
    }
    const text = await bodyText(String(body), io);
    const payload = kind.body.text ? text : parseValue(text);
    options[kind.body.option] = kind.body.list
      ? Array.from({ length: records ?? 1 }, () => payload)
      : payload;
  }
  const factory =
    kind.factory === undefined || source.samples === undefined
      ? undefined
      : ((await source.samples()) as Record<string, unknown>)[kind.factory];
  if (typeof factory !== 'function') {
    throw inputError(
      `@evt/${source.id} has no sample of ${kind.className} to generate`
    );
  }
  let event: unknown;
  try {
    event = factory(options);
  } catch (error) {
    throw inputError(`${kind.factory}: ${firstLine(error)}`);
  }
  for (const assignment of set as string[]) setPath(event, assignment);
  io.stdout.write(`${JSON.stringify(event, null, 2)}\n`);
  return 0;
}
