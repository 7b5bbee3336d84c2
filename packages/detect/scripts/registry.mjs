#!/usr/bin/env node
// Writes src/registry.ts: every guard of every source package, found by existing
// (packages/*/src/guards.ts, each `export function is<Name>(raw: unknown): raw is Raw<Class>`),
// in the order detect tries them: a guard that reads a more specific kind of event comes before
// the guard it refines (MORE_SPECIFIC), otherwise by package and source order. The registry
// imports the guard modules by relative path, so the build bundles their few lines into
// @evt/detect, which depends on no package at run time.
//
//   node scripts/registry.mjs          writes src/registry.ts
//   node scripts/registry.mjs --check  fails when src/registry.ts is not what it would write
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formattedModule,
  generateWhenRun,
} from '../../../tooling/scripts/lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const packagesDir = resolve(here, '../..');
export const registryPath = resolve(here, '../src/registry.ts');

/**
 * Pairs of classes whose guards both accept some events: `[specific, general]`, the specific
 * one is tried first. An event both accept is the specific kind (an S3 notification delivered
 * by EventBridge is an EventBridge event too). A new overlap fails detect's tests until it is
 * listed here.
 */
export const MORE_SPECIFIC = [
  ['S3EventBridgeNotificationEvent', 'EventBridgeEvent'],
  ['LambdaFunctionUrlEvent', 'APIGatewayProxyEventV2'],
  ['APIGatewayAuthorizerEventV2', 'APIGatewayProxyEventV2'],
  ['APIGatewayAuthorizerRequestEvent', 'APIGatewayWebSocketEvent'],
  ['APIGatewayAuthorizerRequestEvent', 'APIGatewayProxyEvent'],
  ['APIGatewayWebSocketEvent', 'APIGatewayProxyEvent'],
];

/**
 * The packages whose events most functions receive, tried first in this order (then the rest by
 * name): detect pays for every guard it tries before the one that accepts, so the common
 * sources answer after a few checks. Order never decides correctness — no two guards accept
 * one event unless MORE_SPECIFIC orders them.
 */
export const COMMON_FIRST = [
  'sqs',
  'apigw',
  's3',
  'sns',
  'eventbridge',
  'dynamodb',
  'kinesis',
];

const rank = (id) => {
  const index = COMMON_FIRST.indexOf(id);
  return index === -1 ? COMMON_FIRST.length : index;
};

/** The mark the package template leaves in a source that has not been written yet. */
export const SCAFFOLD_MARK = '// The generated starting point of @evt/';

/**
 * Whether a package is still the template's made-up source (its own guards come with it).
 *
 * @param {string} id The package's folder name.
 * @returns {boolean}
 */
export function isScaffold(id) {
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

/**
 * Whether a module's kebab name is a class's (`api-gateway-websocket-event` ↔
 * `APIGatewayWebSocketEvent`).
 *
 * @param {string} module
 * @param {string} className
 * @returns {boolean}
 */
export const namesClass = (module, className) =>
  module.replaceAll('-', '') === className.toLowerCase();

const GUARD =
  /^export function (is\w+)\(\s*raw: unknown\s*\): raw is Raw(\w+?)(?:<[^>]*>)?(\[\])?\s*\{/gm;

/**
 * Every guard of every package that has a guard module: the common packages first
 * (COMMON_FIRST), the others by name, each package's guards in source order.
 *
 * @returns {{ id: string, guard: string, className: string }[]}
 */
export function findGuards() {
  const found = [];
  for (const id of readdirSync(packagesDir)
    .sort()
    .sort((a, b) => rank(a) - rank(b))) {
    const path = join(packagesDir, id, 'src', 'guards.ts');
    if (!existsSync(path)) continue;
    for (const [, guard, className] of readFileSync(path, 'utf8').matchAll(
      GUARD
    )) {
      found.push({ id, guard, className });
    }
  }
  return found;
}

/**
 * The guards in the order detect tries them: each after every guard listed as more specific
 * than it, otherwise in the order found.
 *
 * @template {{ className: string }} T
 * @param {T[]} guards
 * @returns {T[]}
 */
export function ordered(guards) {
  const left = [...guards];
  const order = [];
  while (left.length > 0) {
    const next = left.findIndex((candidate) =>
      left.every(
        (other) =>
          !MORE_SPECIFIC.some(
            ([specific, general]) =>
              specific === other.className && general === candidate.className
          )
      )
    );
    if (next === -1) throw new Error('MORE_SPECIFIC has a cycle');
    order.push(...left.splice(next, 1));
  }
  return order;
}

/** The text of src/registry.ts. */
export function registrySource() {
  const guards = ordered(findGuards());
  const imports = new Map();
  for (const { id, guard } of [...guards].sort((a, b) =>
    a.id.localeCompare(b.id)
  )) {
    imports.set(id, [...(imports.get(id) ?? []), guard]);
  }
  const lines = [
    '// Written by scripts/registry.mjs from packages/*/src/guards.ts: do not edit, run',
    '// `pnpm --filter @evt/detect registry` after adding or changing a guard.',
    ...[...imports].map(
      ([id, names]) =>
        `import { ${names.sort().join(', ')} } from '../../${id}/src/guards';`
    ),
    "import type { Detection } from './detection';",
    '',
    '/** One guard and what detect answers when it accepts an event. */',
    'export interface RegistryEntry {',
    '  readonly is: (raw: unknown) => boolean;',
    '  readonly detection: Detection;',
    '}',
    '',
    'const entry = (',
    '  is: (raw: unknown) => boolean,',
    '  pkg: string,',
    '  className: string',
    '): RegistryEntry => ({',
    '  is,',
    '  detection: Object.freeze({ package: pkg, className }),',
    '});',
    '',
    '/** Every guard, most specific first. */',
    'export const REGISTRY: readonly RegistryEntry[] = [',
    ...guards.map(
      ({ id, guard, className }) =>
        `  entry(${guard}, '@evt/${id}', '${className}'),`
    ),
    '];',
    '',
  ];
  return formattedModule(registryPath, lines.join('\n'));
}

generateWhenRun(
  import.meta.url,
  registryPath,
  registrySource,
  'pnpm --filter @evt/detect registry'
);
