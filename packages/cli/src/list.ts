import type { ParsedArguments } from './arguments';
import type { CommandIO } from './io';
import { SOURCES } from './registry';
import { kindLabel } from './sources';

/** One kind of event as `evt list --json` prints it. */
export interface ListedKind {
  /** The npm package, e.g. `@evt/sqs`. */
  readonly package: string;
  /** The AWS service that sends the event. */
  readonly service: string;
  /** The class that reads it. */
  readonly className: string;
  /** The words `evt generate` takes for it (`apigw authorizer-token`), or `null` without a sample. */
  readonly generate: string | null;
  /** Whether `evt detect` (and `@evt/detect`) names it. */
  readonly detected: boolean;
  /** Whether `evt generate` takes `--records` for it. */
  readonly records: boolean;
  /** The sample factory option `--body` sets for it, or `null` when it takes none. */
  readonly body: string | null;
}

/**
 * Every kind of event of every package, in package order.
 *
 * @returns The kinds, as `evt list --json` prints them.
 */
export function listedKinds(): ListedKind[] {
  return SOURCES.flatMap((source) =>
    source.kinds.map((kind) => ({
      package: `@evt/${source.id}`,
      service: source.service,
      className: kind.className,
      generate: kind.factory ? kindLabel(source, kind) : null,
      detected: kind.detected,
      records: kind.records,
      body: kind.body?.option ?? null,
    }))
  );
}

/**
 * `evt list`: every package and class, with the AWS service, and the words `evt generate`
 * takes for each.
 *
 * @param parsed The command's arguments (`--json`).
 * @param io Where to print.
 * @returns The exit code, 0.
 */
export async function list(
  parsed: ParsedArguments,
  io: CommandIO
): Promise<number> {
  if (parsed.values.json) {
    io.stdout.write(`${JSON.stringify(listedKinds(), null, 2)}\n`);
    return 0;
  }
  const rows = SOURCES.flatMap((source) =>
    source.kinds.map((kind) => ({
      source,
      kind,
      label: kindLabel(source, kind),
    }))
  );
  const labelWidth = Math.max(...rows.map(({ label }) => label.length));
  const classWidth = Math.max(...rows.map(({ kind }) => kind.className.length));
  const lines: string[] = [];
  for (const source of SOURCES) {
    lines.push(`@evt/${source.id}  ${source.service}`);
    for (const { kind, label } of rows.filter((row) => row.source === source)) {
      const notes = [
        ...(kind.factory ? [] : ['no sample']),
        ...(kind.detected ? [] : ['not detected']),
      ];
      const line = `  ${label.padEnd(labelWidth)}  ${kind.className.padEnd(classWidth)}  ${notes.length ? `(${notes.join(', ')})` : ''}`;
      lines.push(line.trimEnd());
    }
  }
  const classes = new Set(
    rows.map(({ source, kind }) => `${source.id}/${kind.className}`)
  );
  lines.push(
    '',
    `${classes.size} classes in ${SOURCES.length} packages. A sample event: evt generate <source> [kind]`
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
