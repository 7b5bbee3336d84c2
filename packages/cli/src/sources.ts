import { usageError } from './errors';
import { SOURCES } from './registry';
import type { Kind, Source } from './source';

/** A kind of event and the package it belongs to. */
export interface SourceKind {
  /** The package. */
  readonly source: Source;
  /** The kind of event. */
  readonly kind: Kind;
}

/** A name as the CLI compares it: lower case, letters and digits only. */
const normalise = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * How `evt generate` names a kind: `sqs`, `apigw authorizer-token`.
 *
 * @param source The package.
 * @param kind The kind of event.
 * @returns The words to pass to `evt generate`.
 */
export function kindLabel(source: Source, kind: Kind): string {
  return kind.kind ? `${source.id} ${kind.kind}` : source.id;
}

/**
 * The package a command names: its id (`sqs`) or its npm name (`@evt/sqs`).
 *
 * @param name The name given.
 * @returns The package, or `undefined`.
 */
export function findSource(name: string): Source | undefined {
  const id = name.startsWith('@evt/') ? name.slice('@evt/'.length) : name;
  return SOURCES.find((source) => source.id === id);
}

/**
 * The package and kind of event a command names: `<source> [kind]`, where the kind is its short
 * name (`pre-token-generation-v2`), its kebab-case name or its class name, compared without case
 * or punctuation, and may be left out for a package's default kind. A class name alone
 * (`SQSEvent`) names its package too.
 *
 * @param sourceName The package's id or npm name, or a class name.
 * @param kindName The kind, if given.
 * @returns The package and the kind.
 * @throws {@link CommandError} naming what is known when nothing (or more than one kind) matches.
 */
export function findKind(
  sourceName: string,
  kindName: string | undefined
): SourceKind {
  const source = findSource(sourceName);
  if (source === undefined) {
    const wanted = normalise(sourceName);
    const byClass = SOURCES.flatMap((candidate) =>
      candidate.kinds
        .filter((kind) => normalise(kind.module) === wanted)
        .map((kind) => ({ source: candidate, kind }))
    );
    if (kindName === undefined && byClass.length === 1 && byClass[0]) {
      return byClass[0];
    }
    throw usageError(
      `unknown source ${JSON.stringify(sourceName)}: one of ${SOURCES.map(({ id }) => id).join(', ')} (see evt list)`
    );
  }
  const choices = source.kinds
    .map((kind) => kind.kind || '(default)')
    .join(', ');
  if (kindName === undefined) {
    const main = source.kinds.find((kind) => kind.kind === '');
    if (main) return { source, kind: main };
    throw usageError(
      `@evt/${source.id} reads several kinds of event: say which, one of ${choices}`
    );
  }
  const wanted = normalise(kindName);
  const kind =
    source.kinds.find((candidate) => normalise(candidate.kind) === wanted) ??
    source.kinds.find((candidate) => normalise(candidate.module) === wanted);
  if (kind === undefined || wanted === '') {
    throw usageError(
      `@evt/${source.id} has no kind of event ${JSON.stringify(kindName)}: one of ${choices}`
    );
  }
  return { source, kind };
}

/**
 * The package and class `@evt/detect` named.
 *
 * @param packageName The package, e.g. `@evt/sqs`.
 * @param className The class, e.g. `SQSEvent`.
 * @returns The package and the kind reading that class, or `undefined` when the CLI does not
 *   have that package.
 */
export function kindOfClass(
  packageName: string,
  className: string
): SourceKind | undefined {
  const source = findSource(packageName);
  const kind = source?.kinds.find(
    (candidate) => candidate.className === className
  );
  return source && kind ? { source, kind } : undefined;
}

/**
 * Loads the class that reads a kind of event.
 *
 * @param found The package and kind.
 * @returns The class's constructor.
 */
export async function loadClass({
  source,
  kind,
}: SourceKind): Promise<new (raw: object) => object> {
  const classes = (await source.classes()) as Record<string, unknown>;
  return classes[kind.className] as new (
    raw: object
  ) => object;
}
