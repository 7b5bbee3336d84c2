import { version } from '../package.json';
import { parseArguments } from './arguments';
import { COMMANDS } from './commands';
import { CommandError, EXIT_INPUT, firstLine, usageError } from './errors';
import { commandHelp, HELP_OPTION, mainHelp } from './help';
import type { CommandIO } from './io';

export type { CommandIO, TextInput, TextOutput } from './io';

/** The process's own streams. */
function processIO(): CommandIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  };
}

/**
 * Runs one `evt` command line, as the `evt` binary does: `list`, `generate`, `detect` or
 * `inspect`, or the help and version. What it prints goes to `io.stdout`; a failure is one
 * line on `io.stderr` (`evt generate: unknown source "sqs2": …`), never a stack trace.
 *
 * @param args The arguments after `evt`, e.g. `['generate', 'sqs', '--records', '3']`.
 * @param io The streams to use; the process's own by default.
 * @returns The exit code: 0 when done; 1 when the input cannot be read or is no event evt
 *   knows (and for `detect`, when no class reads the event); 2 for a command line `evt` does
 *   not understand.
 * @example
 * ```ts
 * import { run } from '@evt/cli';
 *
 * let event = '';
 * const code = await run(['generate', 'sqs', '--records', '2'], {
 *   stdout: { write: (text: string) => (event += text) },
 *   stderr: process.stderr,
 *   stdin: process.stdin,
 * });
 * console.log(code, JSON.parse(event).Records.length); // 0 2
 * ```
 */
export async function run(
  args: readonly string[],
  io: CommandIO = processIO()
): Promise<number> {
  let prefix = 'evt';
  try {
    const [name, ...rest] = args;
    if (name === undefined) {
      io.stderr.write(mainHelp(COMMANDS));
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const command = COMMANDS.find((candidate) => candidate.name === rest[0]);
      io.stdout.write(command ? commandHelp(command) : mainHelp(COMMANDS));
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    if (name.startsWith('-'))
      throw usageError(`unknown option ${name} (see evt --help)`);
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (command === undefined) {
      throw usageError(
        `unknown command ${JSON.stringify(name)}: one of ${COMMANDS.map((each) => each.name).join(', ')} (see evt --help)`
      );
    }
    prefix = `evt ${command.name}`;
    const parsed = parseArguments(rest, {
      ...command.options,
      help: HELP_OPTION,
    });
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    if (parsed.positionals.length > command.maxPositionals) {
      throw usageError(
        `unexpected argument ${JSON.stringify(parsed.positionals[command.maxPositionals])} (usage: evt ${command.name} ${command.usage})`
      );
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof CommandError) {
      io.stderr.write(`${prefix}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`${prefix}: unexpected error: ${firstLine(error)}\n`);
    return EXIT_INPUT;
  }
}
