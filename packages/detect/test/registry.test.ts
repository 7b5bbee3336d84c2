import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findGuards,
  MORE_SPECIFIC,
  packagesDir,
  registryPath,
  registrySource,
} from '../scripts/registry.mjs';
import { REGISTRY } from '../src/registry';
import {
  isScaffold,
  NOT_SOURCES,
  packageIds,
  sourceFixtures,
} from './fixtures';

const sourceIds = packageIds().filter((id) => !NOT_SOURCES.includes(id));

describe('the registry', () => {
  it('is what scripts/registry.mjs writes from the guard modules (pnpm --filter @evt/detect registry)', () => {
    expect(readFileSync(registryPath, 'utf8')).toBe(registrySource());
  });

  it('has a guard module for every source package that is written', () => {
    const missing = sourceIds.filter(
      (id) =>
        !isScaffold(id) && !existsSync(join(packagesDir, id, 'src/guards.ts'))
    );
    expect(missing, 'packages without src/guards.ts').toEqual([]);
  });

  it.each(
    sourceIds.filter((id) => existsSync(join(packagesDir, id, 'src/guards.ts')))
  )(
    'holds every guard of @evt/%s, each exported with its class',
    async (id) => {
      const guards = await import(`../../${id}/src/guards.ts`);
      const api = await import(`../../${id}/src/index.ts`);
      const declared = Object.keys(guards)
        .filter((name) => /^is[A-Z]/.test(name))
        .sort();
      const found = findGuards().filter((guard) => guard.id === id);
      expect(found.map(({ guard }) => guard).sort()).toEqual(declared);
      for (const { guard, className } of found) {
        expect(api[guard], `${guard} is exported`).toBe(guards[guard]);
        expect(typeof api[className], `${className} is exported`).toBe(
          'function'
        );
        expect(
          REGISTRY.some(
            ({ is, detection }) =>
              is === guards[guard] &&
              detection.package === `@evt/${id}` &&
              detection.className === className
          )
        ).toBe(true);
      }
    }
  );

  it('leaves no two guards to accept an event unless one is listed as more specific', () => {
    const above = (specific: string, general: string): boolean =>
      MORE_SPECIFIC.some(
        ([a, b]) => a === specific && (b === general || above(b, general))
      );
    const ambiguous: string[] = [];
    for (const fixture of sourceFixtures()) {
      const accepting = REGISTRY.filter(({ is }) => is(fixture.event));
      const [first, ...rest] = accepting;
      for (const other of rest) {
        const a = first?.detection.className ?? '';
        const b = other.detection.className;
        if (a !== b && !above(a, b))
          ambiguous.push(`${fixture.id}/${fixture.name}: ${a} and ${b}`);
      }
    }
    expect(ambiguous).toEqual([]);
  });

  it('answers with frozen, distinct detections', () => {
    for (const { detection } of REGISTRY) {
      expect(Object.isFrozen(detection)).toBe(true);
      expect(detection.package).toMatch(/^@evt\/[a-z0-9-]+$/);
    }
  });
});
