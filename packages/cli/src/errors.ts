/** The exit code of a command that could not read its input, or found no event evt knows. */
export const EXIT_INPUT = 1;
/** The exit code of a command line `evt` does not understand (command, option, argument). */
export const EXIT_USAGE = 2;

/**
 * A failure `evt` reports as one line on stderr, with the exit code it ends with: bad usage
 * ({@link EXIT_USAGE}) or bad input ({@link EXIT_INPUT}). Anything else thrown is a bug.
 */
export class CommandError extends Error {
  /** The exit code the command ends with. */
  readonly exitCode: number;

  /**
   * @param message What went wrong, in one line, without the `evt <command>:` prefix.
   * @param exitCode The exit code the command ends with.
   */
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CommandError';
    this.exitCode = exitCode;
  }
}

/**
 * A command line `evt` does not understand.
 *
 * @param message What is wrong with it.
 * @returns The error, exiting with {@link EXIT_USAGE}.
 */
export function usageError(message: string): CommandError {
  return new CommandError(message, EXIT_USAGE);
}

/**
 * Input `evt` cannot read, or an event it does not know.
 *
 * @param message What is wrong with it.
 * @returns The error, exiting with {@link EXIT_INPUT}.
 */
export function inputError(message: string): CommandError {
  return new CommandError(message, EXIT_INPUT);
}

/**
 * The first line of what an error says, for a one-line report.
 *
 * @param error Anything thrown.
 * @returns Its message's first line, or the value as text.
 */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
