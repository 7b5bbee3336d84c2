#!/usr/bin/env node
// Checks that every package is laid out and wired the house way: required files, the
// package.json shape of the template field by field, one test + fixture + README section per
// event-kind module, a robustness test calling the shared helper, no imports between source
// packages, uniform dependency ranges, a changeset for every package that has never been
// released, and size budgets per class.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const template = JSON.parse(
  readFileSync(join(root, 'tooling/scripts/template/package.json'), 'utf8')
);
const problems = [];
const problem = (id, text) => problems.push(`packages/${id}: ${text}`);
const read = (path) => readFileSync(path, 'utf8');

const ids = readdirSync(join(root, 'packages')).filter((id) =>
  existsSync(join(root, 'packages', id, 'package.json'))
);
const changesets = readdirSync(join(root, '.changeset'))
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => read(join(root, '.changeset', file)));
const ranges = new Map();
// What a package is, from `evt.role` in its package.json (absent for an event source, the
// default, so a new source needs nothing):
// - "integration": plugs evt into another library instead of wrapping an event source
//   (`@evt/middy`): no event modules, fixtures or robustness walk of its own, and no example
//   handler (the examples bundle no third-party framework); otherwise checked as a source.
// - "tool": works across event sources instead of reading one (`@evt/detect`, `@evt/cli`): no
//   wrapper classes, so no `./testing` subpath, fixtures or robustness test, and no runtime
//   dependency at all (what it needs of the source packages is bundled in).
const ROLES = ['integration', 'tool'];
const roleOf = new Map(
  ids.map((id) => [
    id,
    JSON.parse(read(join(root, 'packages', id, 'package.json'))).evt?.role,
  ])
);
for (const [id, role] of roleOf) {
  if (role !== undefined && !ROLES.includes(role))
    problem(id, `package.json evt.role must be one of ${ROLES.join(', ')}`);
}
const integrations = new Set(
  ids.filter((id) => roleOf.get(id) === 'integration')
);
const TOOLS = new Set(ids.filter((id) => roleOf.get(id) === 'tool'));
/** The tools that are commands (see `isCommand`). */
const commands = new Set();

for (const id of ids) {
  const dir = join(root, 'packages', id);
  const manifest = JSON.parse(read(join(dir, 'package.json')));
  const isCore = id === 'core';
  const isTool = TOOLS.has(id);
  const isIntegration = integrations.has(id);
  const hasNoSource = isCore || isTool;
  // A tool with a `bin` is a command (`evt`): Node runs it and nothing bundles or `require`s
  // it, so it ships ESM only (its entry for programs too, checked with attw's esm-only
  // profile), and its commands point into dist.
  const isCommand = isTool && manifest.bin !== undefined;
  if (isCommand) commands.add(id);

  for (const file of [
    'README.md',
    'CHANGELOG.md',
    'tsconfig.json',
    'tsup.config.ts',
    'vitest.config.ts',
    'src/index.ts',
    ...(hasNoSource ? [] : ['src/testing.ts']),
    ...(hasNoSource || isIntegration ? [] : ['test/events/README.md']),
  ]) {
    if (!existsSync(join(dir, file))) problem(id, `missing ${file}`);
  }

  // The robustness and laziness tests run from the package's own test, on its own API.
  const robustness = join(dir, 'test/robustness.test.ts');
  if (
    !hasNoSource &&
    !isIntegration &&
    (!existsSync(robustness) ||
      !/^describeRobustness\(api\b/m.test(read(robustness)))
  )
    problem(
      id,
      'test/robustness.test.ts must call describeRobustness(api) from @evt/tooling-config/robustness'
    );

  // package.json shape, field by field.
  if (manifest.name !== `@evt/${id}`)
    problem(id, `name is ${manifest.name}, expected @evt/${id}`);
  for (const field of [
    'type',
    'sideEffects',
    ...(isCommand ? [] : ['main', 'types']),
    'files',
    'engines',
    'publishConfig',
    'license',
  ]) {
    if (JSON.stringify(manifest[field]) !== JSON.stringify(template[field]))
      problem(id, `package.json ${field} differs from the template`);
  }
  // Every package but the tools, core included, has a `./testing` subpath; `typesVersions`
  // points its types out for `moduleResolution: node10`, which reads no `exports`.
  const { './testing': _testing, ...toolExports } = template.exports;
  const commandExports = {
    '.': { import: template.exports['.'].import },
    './package.json': template.exports['./package.json'],
  };
  if (
    JSON.stringify(manifest.typesVersions) !==
    JSON.stringify(isTool ? undefined : template.typesVersions)
  )
    problem(id, 'package.json typesVersions differs from the template');
  if (
    JSON.stringify(manifest.exports) !==
    JSON.stringify(
      isCommand ? commandExports : isTool ? toolExports : template.exports
    )
  )
    problem(id, 'package.json exports differ from the template');
  if (isCommand) {
    const { types, default: main } = template.exports['.'].import;
    if (manifest.main !== main || manifest.types !== types)
      problem(id, `main and types must be ${main} and ${types} (ESM only)`);
    const bins = Object.values(manifest.bin);
    if (bins.length === 0 || !bins.every((path) => path.startsWith('./dist/')))
      problem(id, 'bin must name commands built into ./dist/');
  }
  for (const [name, script] of Object.entries(template.scripts)) {
    const expected =
      isCommand && name === 'check:package'
        ? `${script} --profile esm-only`
        : script;
    if (manifest.scripts?.[name] !== expected)
      problem(id, `script ${name} differs from the template`);
  }
  if (
    !manifest.description ||
    !manifest.keywords?.includes('aws') ||
    !manifest.keywords?.includes('lambda')
  )
    problem(id, 'description and keywords (aws, lambda, service) are required');
  if (manifest.repository?.directory !== `packages/${id}`)
    problem(id, 'repository.directory must be its folder');
  if (!manifest.version) problem(id, 'no version');
  const runtime = Object.keys(manifest.dependencies ?? {});
  if (hasNoSource ? runtime.length > 0 : runtime.join() !== '@evt/core')
    problem(
      id,
      `runtime dependencies must be ${hasNoSource ? 'none' : '@evt/core only'}, found ${runtime.join(', ') || 'none'}`
    );
  if (!hasNoSource && manifest.dependencies?.['@evt/core'] !== 'workspace:^')
    problem(id, '@evt/core must be "workspace:^"');
  for (const [name, range] of Object.entries({
    ...manifest.dependencies,
    ...manifest.devDependencies,
  })) {
    if (!ranges.has(name)) ranges.set(name, new Map());
    ranges.get(name).set(id, range);
  }

  // Config files carry no copied options.
  for (const file of ['tsup.config.ts', 'vitest.config.ts']) {
    const text = existsSync(join(dir, file)) ? read(join(dir, file)) : '';
    if (text.split('\n').filter((line) => line.trim()).length > 3)
      problem(
        id,
        `${file} is more than 3 lines: shared options belong in @evt/tooling-config`
      );
  }

  // One test, fixture and README section per event-kind module.
  const readme = existsSync(join(dir, 'README.md'))
    ? read(join(dir, 'README.md'))
    : '';
  const eventsReadme = existsSync(join(dir, 'test/events/README.md'))
    ? read(join(dir, 'test/events/README.md'))
    : '';
  const kinds = [];
  const modules = readdirSync(join(dir, 'src')).filter(
    (file) =>
      file.endsWith('.ts') && file !== 'index.ts' && file !== 'testing.ts'
  );
  for (const file of modules) {
    const module = file.slice(0, -3);
    const source = read(join(dir, 'src', file));
    // A tool may use another tool (the CLI runs detect); nothing imports a source package.
    const imported = [...source.matchAll(/^import .* from '@evt\/([\w-]+)/gm)];
    if (
      imported.some(
        ([, name]) => name !== 'core' && !(isTool && TOOLS.has(name))
      )
    )
      problem(id, `src/${file} imports another source package`);
    if (isCore || !/^export class \w+(Event|Notification\w*)\b/m.test(source))
      continue; // core, or a shared part
    if (!existsSync(join(dir, 'test', `${module}.test.ts`)))
      problem(id, `src/${file} has no test/${module}.test.ts`);
    if (!existsSync(join(dir, 'test', `${module}.test-d.ts`)))
      problem(id, `src/${file} has no test/${module}.test-d.ts`);
    const fixtures = existsSync(join(dir, 'test/events'))
      ? readdirSync(join(dir, 'test/events')).filter(
          (name) => name.startsWith(module) && name.endsWith('.json')
        )
      : [];
    if (fixtures.length === 0)
      problem(id, `src/${file} has no fixture test/events/${module}*.json`);
    for (const fixture of fixtures) {
      if (!eventsReadme.includes(fixture))
        problem(
          id,
          `test/events/${fixture} is not listed in test/events/README.md`
        );
    }
    // The module's own class (s3-event.ts ↔ S3Event) is the event kind users import.
    const kind = [...source.matchAll(/^export class (\w+)/gm)]
      .map(([, name]) => name)
      .find((name) => name.toLowerCase() === module.replaceAll('-', ''));
    if (kind && !readme.includes(kind))
      problem(id, `README.md has no section for ${kind}`);
    if (kind) kinds.push(kind);
  }
  if (!/^## Install/m.test(readme))
    problem(id, 'README.md has no Install section');

  // Size budgets: one per public top-level class, plus the whole entry.
  const budgets = (manifest['size-limit'] ?? []).map((entry) => entry.import);
  if (!budgets.includes('*'))
    problem(id, 'size-limit has no budget for the whole entry ("*")');
  for (const kind of kinds) {
    if (!budgets.includes(`{ ${kind} }`))
      problem(id, `size-limit has no budget for ${kind}`);
  }

  // A package that has never been released starts with a changeset.
  if (
    manifest.version === '0.0.0' &&
    !changesets.some(
      (text) => text.includes(`'@evt/${id}'`) || text.includes(`"@evt/${id}"`)
    )
  ) {
    problem(id, 'no changeset names this package');
  }
}

// Every source package is wired into the repository: an example handler that runs on its
// events, a dependency of the examples workspace, and a row in the root README's table. A
// command runs in a terminal, not in a Lambda function: it has no example handler.
const rootReadme = read(join(root, 'README.md'));
const examples = readdirSync(join(root, 'examples/src'));
const exampleDeps =
  JSON.parse(read(join(root, 'examples/package.json'))).dependencies ?? {};
for (const id of ids.filter((id) => id !== 'core')) {
  const runsInLambda = !commands.has(id);
  if (
    runsInLambda &&
    !integrations.has(id) &&
    !examples.some((file) => file.startsWith(`${id}-`) && file.endsWith('.ts'))
  )
    problem(id, `no example handler examples/src/${id}-<what>.ts`);
  if (runsInLambda && !exampleDeps[`@evt/${id}`])
    problem(id, 'not a dependency of examples/package.json');
  if (!rootReadme.includes(`[\`@evt/${id}\`](packages/${id})`))
    problem(id, 'no row in the root README package table');
}

for (const [name, byPackage] of ranges) {
  const distinct = new Set(byPackage.values());
  if (distinct.size > 1)
    problems.push(
      `${name} has different ranges: ${[...byPackage].map(([id, range]) => `${id} ${range}`).join(', ')}`
    );
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${ids.length} packages`);
  process.exit(1);
}
console.log(`${ids.length} packages follow the house layout`);
