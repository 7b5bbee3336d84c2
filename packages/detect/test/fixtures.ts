// Every fixture of the repository, with the package it belongs to: what detect is measured on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagesDir } from '../scripts/registry.mjs';

/** Packages that read no event source of their own, so have no guards. */
export const NOT_SOURCES: readonly string[] = [
  'core',
  'detect',
  'middy',
  'cli',
];

/** The mark the package template leaves in a source that has not been written yet. */
const SCAFFOLD_MARK = '// The generated starting point of @evt/';

/** Whether a package is still the template's made-up source (its own guards come with it). */
export function isScaffold(id: string): boolean {
  const src = join(packagesDir, id, 'src');
  return (
    existsSync(src) &&
    // Modules only: a package may keep some in a folder (eventbridge's `src/details/`).
    readdirSync(src, { withFileTypes: true }).some(
      (entry) =>
        entry.isFile() &&
        readFileSync(join(src, entry.name), 'utf8').includes(SCAFFOLD_MARK)
    )
  );
}

/** The folders of `packages/` that are packages. */
export function packageIds(): string[] {
  return readdirSync(packagesDir)
    .filter((id) => existsSync(join(packagesDir, id, 'package.json')))
    .sort();
}

export interface Fixture {
  /** The package folder, e.g. `s3`. */
  readonly id: string;
  /** The file name without `.json`, e.g. `s3-event.glacier`. */
  readonly name: string;
  /** The part before the first dot, named after the class that reads it: `s3-event`. */
  readonly module: string;
  readonly event: unknown;
}

/** Every fixture of the source packages that are written (not scaffolds). */
export function sourceFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const id of packageIds()) {
    if (NOT_SOURCES.includes(id) || isScaffold(id)) continue;
    const dir = join(packagesDir, id, 'test', 'events');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const name = file.slice(0, -'.json'.length);
      fixtures.push({
        id,
        name,
        module: name.split('.')[0] ?? name,
        event: JSON.parse(readFileSync(join(dir, file), 'utf8')),
      });
    }
  }
  return fixtures;
}

/** Whether a module's kebab name is a class's (`api-gateway-websocket-event` ↔ `APIGatewayWebSocketEvent`). */
export const namesClass = (module: string, className: string): boolean =>
  module.replaceAll('-', '') === className.toLowerCase();
