#!/usr/bin/env node
// Writes src/registry.ts: every event class of every source package that is written (a package
// still the template's made-up source is left out until it lands), found by existing. From each
// package it reads what the package already says about itself:
//   - package.json's description, for the AWS service ("… the AWS Lambda events that Amazon SQS
//     sends");
//   - src/testing.ts, for the sample factories (`createSQSEvent`), and the options each takes, read
//     by the TypeScript checker: `count` for `--records`, and the option `--body` sets;
//   - src/guards.ts (through @evt/detect's registry script), for the classes detect names;
//   - src/index.ts, for the classes themselves.
// The registry imports each package's index and testing modules lazily, by relative path, so
// the build bundles them into the CLI and `evt` loads only the package a command asks for.
//
//   node scripts/registry.mjs          writes src/registry.ts
//   node scripts/registry.mjs --check  fails when src/registry.ts is not what it would write
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  formattedModule,
  generateWhenRun,
  kebab,
} from '../../../tooling/scripts/lib.mjs';
import {
  findGuards,
  isScaffold,
  namesClass,
  packagesDir,
} from '../../detect/scripts/registry.mjs';

export { packagesDir };
export const registryPath = fileURLToPath(
  new URL('../src/registry.ts', import.meta.url)
);

/**
 * The options of a sample factory that `--body` may set, in the order they are tried: first one
 * that takes the payload as text (a string is sent as it is), then one that takes a JSON value of
 * the caller's type (`detail?: TDetail`; an option typed as the sample's own structure, merged
 * into it, is not a payload), then a list with one payload per record.
 */
export const BODY_OPTIONS = {
  text: ['body', 'message', 'value', 'text', 'data'],
  value: ['jsonBody', 'json', 'detail'],
  list: ['bodies', 'messages', 'values', 'payloads', 'items'],
};

/**
 * The AWS service a package reads, from its description ("Typed, lazy wrappers for the AWS
 * Lambda events that Amazon SQS sends.").
 *
 * @param {string} description
 * @returns {string | undefined}
 */
export function serviceOf(description) {
  const match = / events that (?:an? )?(.+?) sends?\b/.exec(description);
  return match?.[1];
}

/**
 * The short name of each kind of event in one package, from their module names: the words
 * `event` (and `trigger` before it) dropped, then the words every kind of the package starts
 * with. A package's only kind, or the one named like the package (`s3-event` in @evt/s3), gets
 * the empty name: it is the package's default.
 *
 * @param {string[]} modules
 * @returns {string[]}
 */
export function shortKinds(modules) {
  const bases = modules.map((module) => {
    const words = module.split('-');
    const at = words.lastIndexOf('event');
    if (at > 0) {
      const from = words[at - 1] === 'trigger' ? at - 1 : at;
      words.splice(from, at - from + 1);
    }
    return words;
  });
  if (bases.length === 1) return [''];
  let common = 0;
  while (
    bases.every(
      (words) => words.length > common && words[common] === bases[0][common]
    )
  )
    common++;
  return bases.map((words) => words.slice(common).join('-'));
}

/**
 * What the TypeScript checker says about one option of a sample factory.
 *
 * @typedef {{ text: boolean, list: boolean, open: boolean, number: boolean }} OptionShape
 */

/**
 * The options every sample factory of the packages takes (merged over its overloads), with
 * whether each takes a string (an item string, for a list) and a number.
 *
 * @param {string[]} testingFiles
 * @returns {Map<string, Map<string, Map<string, OptionShape>>>} file → factory → option → shape
 */
function factoryOptions(testingFiles) {
  const options = {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    exactOptionalPropertyTypes: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  // Only the packages and core are read: a third-party module (an optional peer a package
  // imports lazily) stays unresolved, which the options' types never need.
  host.resolveModuleNameLiterals = (literals, containingFile) =>
    literals.map(({ text }) =>
      text.startsWith('.') || text.startsWith('@evt/')
        ? ts.resolveModuleName(text, containingFile, options, host)
        : { resolvedModule: undefined }
    );
  const program = ts.createProgram(testingFiles, options, host);
  const checker = program.getTypeChecker();
  const string = checker.getStringType();
  const number = checker.getNumberType();
  /** @param {ts.Type} type */
  const takes = (type, value) => checker.isTypeAssignableTo(value, type);
  // A payload of the caller's type (`TBody`, `unknown`), not a structure of the sample's.
  /** @param {ts.Type} type @returns {boolean} */
  const isOpen = (type) =>
    type.isUnionOrIntersection()
      ? type.types.some(isOpen)
      : (type.flags &
          (ts.TypeFlags.TypeParameter |
            ts.TypeFlags.Unknown |
            ts.TypeFlags.Any)) !==
        0;
  const found = new Map();
  for (const file of testingFiles) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    const factories = new Map();
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      if (!/^create[A-Z]/.test(symbol.name)) continue;
      const options = new Map();
      const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
      if (!declaration) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      for (const signature of type.getCallSignatures()) {
        const [parameter] = signature.getParameters();
        if (!parameter) continue;
        const parameterType = checker.getNonNullableType(
          checker.getTypeOfSymbolAtLocation(parameter, declaration)
        );
        for (const property of checker.getPropertiesOfType(parameterType)) {
          const propertyType = checker.getNonNullableType(
            checker.getTypeOfSymbolAtLocation(property, declaration)
          );
          const list = checker.isArrayType(propertyType);
          const item = list
            ? (checker.getTypeArguments(
                /** @type {ts.TypeReference} */ (propertyType)
              )[0] ?? propertyType)
            : propertyType;
          const before = options.get(property.name);
          options.set(property.name, {
            text: (before?.text ?? false) || takes(item, string),
            list: (before?.list ?? false) || list,
            open: (before?.open ?? false) || isOpen(item),
            number: (before?.number ?? false) || takes(propertyType, number),
          });
        }
      }
      factories.set(symbol.name, options);
    }
    found.set(file, factories);
  }
  return found;
}

/**
 * The option `--body` sets on a factory, if any, and how it takes the payload.
 *
 * @param {Map<string, OptionShape>} options
 * @returns {{ option: string, text: boolean, list: boolean } | undefined}
 */
export function bodyOption(options) {
  const pick = (names, fits) =>
    names.find((name) => options.has(name) && fits(options.get(name)));
  const text = pick(BODY_OPTIONS.text, (shape) => shape.text && !shape.list);
  if (text) return { option: text, text: true, list: false };
  const value = pick(BODY_OPTIONS.value, (shape) => shape.open && !shape.list);
  if (value) return { option: value, text: false, list: false };
  const list = pick(
    BODY_OPTIONS.list,
    (shape) => shape.list && (shape.text || shape.open)
  );
  if (list) {
    return { option: list, text: options.get(list)?.text ?? false, list: true };
  }
  return undefined;
}

/** The names a module exports as values (classes and functions), from its export lists. */
function exportedValues(file) {
  if (!existsSync(file)) return new Set();
  const names = new Set();
  const text = readFileSync(file, 'utf8');
  for (const [, list] of text.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const item of list.split(',')) {
      const name = item.trim();
      if (name && !name.startsWith('type '))
        names.add(name.split(' as ').pop());
    }
  }
  for (const [, name] of text.matchAll(
    /^export (?:class|function|const) (\w+)/gm
  )) {
    names.add(name);
  }
  return names;
}

/**
 * Every source package that is written, with its service and its kinds of event.
 *
 * @returns {{ id: string, service: string, hasSamples: boolean, kinds: Kind[] }[]}
 * @typedef {{ kind: string, module: string, className: string, factory?: string,
 *   detected: boolean, records: boolean,
 *   body?: { option: string, text: boolean, list: boolean } }} Kind
 */
export function findSources() {
  const ids = readdirSync(packagesDir)
    .filter(
      (id) =>
        existsSync(join(packagesDir, id, 'package.json')) &&
        existsSync(join(packagesDir, id, 'src/index.ts')) &&
        !isScaffold(id)
    )
    .sort();
  const testingFiles = ids
    .map((id) => join(packagesDir, id, 'src/testing.ts'))
    .filter((file) => existsSync(file));
  const options = factoryOptions(testingFiles);
  const guards = findGuards();
  const sources = [];
  for (const id of ids) {
    const dir = join(packagesDir, id);
    const classes = exportedValues(join(dir, 'src/index.ts'));
    const modules = readdirSync(join(dir, 'src')).map((file) =>
      file.replace(/\.ts$/, '')
    );
    const moduleOf = (className) =>
      modules.find((module) => namesClass(module, className)) ??
      kebab(className);
    const detected = new Set(
      guards.filter((guard) => guard.id === id).map((guard) => guard.className)
    );
    const kinds = [];
    const factories = options.get(join(dir, 'src/testing.ts')) ?? new Map();
    for (const [factory, factoryOptions] of factories) {
      const named = factory.slice('create'.length);
      // The class the factory's event is read with: its own name, or the longest class name
      // it starts with (`createAppSyncResolverEventBatch` builds AppSyncResolverEvent's).
      const className = classes.has(named)
        ? named
        : [...classes]
            .filter((name) => named.startsWith(name))
            .sort((a, b) => b.length - a.length)[0];
      if (!className) continue;
      const variant = named.slice(className.length);
      const body = bodyOption(factoryOptions);
      kinds.push({
        module: variant
          ? `${moduleOf(className)}-${kebab(variant)}`
          : moduleOf(className),
        className,
        factory,
        detected: detected.has(className),
        records: factoryOptions.get('count')?.number ?? false,
        ...(body ? { body } : {}),
      });
    }
    for (const className of detected) {
      if (!kinds.some((kind) => kind.className === className)) {
        kinds.push({
          module: moduleOf(className),
          className,
          detected: true,
          records: false,
        });
      }
    }
    if (kinds.length === 0) continue;
    kinds.sort((a, b) => a.module.localeCompare(b.module));
    shortKinds(kinds.map((kind) => kind.module)).forEach((short, index) => {
      kinds[index] = { kind: short, ...kinds[index] };
    });
    const names = kinds.map((kind) => kind.kind);
    if (new Set(names).size !== names.length) {
      throw new Error(
        `@evt/${id} has two kinds of event named alike: ${names}`
      );
    }
    const { description = '' } = JSON.parse(
      readFileSync(join(dir, 'package.json'), 'utf8')
    );
    const service = serviceOf(description);
    if (!service) {
      throw new Error(
        `@evt/${id}: package.json's description does not name the service ("… events that <service> sends")`
      );
    }
    sources.push({ id, service, hasSamples: factories.size > 0, kinds });
  }
  return sources;
}

/** The text of src/registry.ts. */
export function registrySource() {
  const literal = (value) => JSON.stringify(value);
  const lines = [
    "// Written by scripts/registry.mjs from every written package's package.json and",
    '// src/{index,testing,guards}.ts: do not edit, run `pnpm --filter @evt/cli registry` after',
    '// adding a package, a class, a sample factory or a guard.',
    "import type { Source } from './source';",
    '',
    '/** Every source package that is written, by id, with its kinds of event. */',
    'export const SOURCES: readonly Source[] = [',
  ];
  for (const { id, service, hasSamples, kinds } of findSources()) {
    lines.push(
      '  {',
      `    id: ${literal(id)},`,
      `    service: ${literal(service)},`,
      `    classes: () => import('../../${id}/src/index'),`,
      ...(hasSamples
        ? [`    samples: () => import('../../${id}/src/testing'),`]
        : []),
      '    kinds: [',
      ...kinds.map((kind) => `      ${literal(kind)},`),
      '    ],',
      '  },'
    );
  }
  lines.push('];', '');
  return formattedModule(registryPath, lines.join('\n'));
}

generateWhenRun(
  import.meta.url,
  registryPath,
  registrySource,
  'pnpm --filter @evt/cli registry'
);
