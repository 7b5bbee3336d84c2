import type { OptionSpec } from './arguments';
import type { Command } from './commands';

/** The width help text is wrapped to. */
const WIDTH = 80;

/** `text` cut into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}

/** Two columns: the names, padded, and their descriptions, wrapped. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  return rows.flatMap(([name, description]) =>
    wrap(description, WIDTH - 2 - width).map(
      (line, index) => `  ${(index === 0 ? name : '').padEnd(width)}${line}`
    )
  );
}

function optionName(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : long;
}

/** The `--help` option every command takes. */
export const HELP_OPTION: OptionSpec = {
  type: 'boolean',
  short: 'h',
  placeholder: '',
  description: 'show this help',
};

/**
 * What `evt --help` prints.
 *
 * @param commands The commands.
 * @returns The help text, ending with a line break.
 */
export function mainHelp(commands: readonly Command[]): string {
  return [
    'evt: sample, detect and inspect the AWS Lambda events the evt packages read',
    '',
    'Usage: evt <command> [options]',
    '',
    'Commands:',
    ...table(commands.map(({ name, summary }) => [name, summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'show this help; evt <command> --help shows a command’s'],
      ['-v, --version', 'print the version of evt'],
    ]),
    '',
    'Exit codes: 0 done; 1 the input cannot be read or is no event evt knows;',
    '2 a command line evt does not understand.',
    '',
  ].join('\n');
}

/**
 * What `evt <command> --help` prints.
 *
 * @param command The command.
 * @returns The help text, ending with a line break.
 */
export function commandHelp(command: Command): string {
  return [
    `Usage: evt ${command.name} ${command.usage}`,
    '',
    ...command.details,
    '',
    'Options:',
    ...table(
      Object.entries({ ...command.options, help: HELP_OPTION }).map(
        ([name, spec]) => [
          optionName(name, spec),
          spec.multiple
            ? `${spec.description} (may be repeated)`
            : spec.description,
        ]
      )
    ),
    '',
  ].join('\n');
}
