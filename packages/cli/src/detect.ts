import { detect } from '@evt/detect';
import type { ParsedArguments } from './arguments';
import { EXIT_INPUT } from './errors';
import type { CommandIO } from './io';
import { inputPath, readEvent } from './read-input';

/**
 * `evt detect <file|->`: names the package and class that read an event, with `@evt/detect`:
 * `@evt/sqs SQSEvent`, or with `--json` `{"package":"@evt/sqs","className":"SQSEvent"}`.
 *
 * @param parsed The command's arguments.
 * @param io Where to print, and what `-` reads.
 * @returns 0 when a class reads the event, {@link EXIT_INPUT} when none does (`null` with
 *   `--json`, a line on stderr without).
 * @throws {@link CommandError} when the file cannot be read or is not JSON.
 */
export async function detectEvent(
  parsed: ParsedArguments,
  io: CommandIO
): Promise<number> {
  const path = inputPath(parsed.positionals, io.stdin);
  const found = detect(await readEvent(path, io.stdin));
  if (parsed.values.json) {
    io.stdout.write(
      `${JSON.stringify(found ? { package: found.package, className: found.className } : null)}\n`
    );
  } else if (found) {
    io.stdout.write(`${found.package} ${found.className}\n`);
  } else {
    io.stderr.write(
      `evt detect: ${path === '-' ? 'stdin' : path} is no event evt knows\n`
    );
  }
  return found ? 0 : EXIT_INPUT;
}
