import { readFile } from 'node:fs/promises';
import { firstLine, inputError, usageError } from './errors';
import type { TextInput } from './io';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function readAll(stdin: TextInput): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    chunks.push(
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads text from a file, or from stdin for `-`.
 *
 * @param path The file's path, or `-`.
 * @param stdin What `-` reads.
 * @returns The text, without a leading byte-order mark.
 * @throws {@link CommandError} when the file cannot be read, naming it and why.
 */
export async function readText(
  path: string,
  stdin: TextInput
): Promise<string> {
  let text: string;
  try {
    text = path === '-' ? await readAll(stdin) : await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      (typeof code === 'string' ? REASONS[code] : undefined) ??
      firstLine(error);
    throw inputError(`cannot read ${path}: ${reason}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a JSON event from a file, or from stdin for `-`.
 *
 * @param path The file's path, or `-`.
 * @param stdin What `-` reads.
 * @returns The parsed value.
 * @throws {@link CommandError} when the file cannot be read, is empty, or is not JSON.
 */
export async function readEvent(
  path: string,
  stdin: TextInput
): Promise<unknown> {
  const text = await readText(path, stdin);
  const name = path === '-' ? 'stdin' : path;
  if (text.trim() === '') throw inputError(`${name} is empty`);
  try {
    return JSON.parse(text);
  } catch {
    throw inputError(`${name} is not JSON`);
  }
}

/**
 * The file a command reads: the one named, or `-` (stdin) when none is and something is piped
 * in.
 *
 * @param positionals The command's positionals.
 * @param stdin The standard input.
 * @returns The path, or `-`.
 * @throws {@link CommandError} when no file is named and stdin is a terminal.
 */
export function inputPath(
  positionals: readonly string[],
  stdin: TextInput
): string {
  const [path] = positionals;
  if (path !== undefined) return path;
  if (stdin.isTTY) throw usageError('needs a <file> (or - to read stdin)');
  return '-';
}
