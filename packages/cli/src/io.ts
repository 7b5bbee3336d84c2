/** Where a command writes text: `process.stdout`, `process.stderr`, or a test's stand-in. */
export interface TextOutput {
  /** Writes text as it is (the command adds the line breaks). */
  write(text: string): unknown;
  /** Whether the output is a terminal (colours are used only there). */
  readonly isTTY?: boolean | undefined;
}

/** Where a command reads `-` from: `process.stdin`, or a test's stand-in. */
export interface TextInput extends AsyncIterable<string | Uint8Array> {
  /** Whether the input is a terminal (nothing is piped in). */
  readonly isTTY?: boolean | undefined;
}

/**
 * The streams a run of `evt` uses. {@link run} takes them so that a program (or a test) can
 * run a command and read what it printed.
 */
export interface CommandIO {
  /** Where results go. */
  readonly stdout: TextOutput;
  /** Where the one-line error report goes. */
  readonly stderr: TextOutput;
  /** What `-` (or no file, when something is piped in) reads. */
  readonly stdin: TextInput;
}
