// Every fixture of the repository, with the package it belongs to: what detect is measured on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScaffold, namesClass, packagesDir } from '../scripts/registry.mjs';

export { isScaffold, namesClass };

/** Packages that read no event source of their own, so have no guards. */
export const NOT_SOURCES: readonly string[] = [
  'core',
  'detect',
  'middy',
  'cli',
];

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
