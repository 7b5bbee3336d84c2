// Runs the CLI's `run` as the binary does, with stand-ins for its streams.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CommandIO, run } from '../src/index';

/** What one run printed and how it ended. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** How a run's stdin looks: text piped in, or a terminal. */
export interface RunOptions {
  readonly stdin?: string;
  readonly stdoutIsTTY?: boolean;
}

/** The arguments of a command line given as one string (split at spaces) or as a list. */
export type CommandLine = string | readonly string[];

/** Runs `evt <args>` and returns its exit code and output. */
export async function evt(
  line: CommandLine,
  options: RunOptions = {}
): Promise<Ran> {
  const args = typeof line === 'string' ? line.split(' ') : line;
  let stdout = '';
  let stderr = '';
  const piped = options.stdin;
  const io: CommandIO = {
    stdout: {
      write: (text: string) => (stdout += text),
      isTTY: options.stdoutIsTTY,
    },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: {
      isTTY: piped === undefined,
      async *[Symbol.asyncIterator]() {
        if (piped !== undefined) yield Buffer.from(piped);
      },
    },
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Runs `evt <args>`, expects it to succeed, and returns what it printed as JSON. */
export async function evtJson(
  line: CommandLine,
  options: RunOptions = {}
): Promise<unknown> {
  const { code, stdout, stderr } = await evt(line, options);
  if (code !== 0) throw new Error(`evt ${String(line)} failed: ${stderr}`);
  return JSON.parse(stdout);
}

const scratch = mkdtempSync(join(tmpdir(), 'evt-cli-test-'));
let files = 0;

/** Writes text (or a value as JSON) to a fresh file and returns its path. */
export function file(content: unknown): string {
  const path = join(scratch, `event-${++files}.json`);
  writeFileSync(
    path,
    typeof content === 'string' ? content : JSON.stringify(content)
  );
  return path;
}

/** Every string in a value, at any depth. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

/** The length of every array in a value, at any depth. */
export function arrayLengthsIn(value: unknown): number[] {
  if (typeof value !== 'object' || value === null) return [];
  const inner = Object.values(value).flatMap(arrayLengthsIn);
  return Array.isArray(value) ? [value.length, ...inner] : inner;
}

/**
 * A table of command lines and what they print, one case a line: the arguments after `evt`
 * (separated by spaces), ` → `, and the text expected.
 */
export function cases(table: string): [string[], string][] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [args = '', expected = ''] = line.trim().split(' → ');
      return [args.split(' '), expected];
    });
}
