#!/usr/bin/env node
// Creates packages/<id> from tooling/scripts/template: a working package with one event class
// written with the authoring kit, its fixture, tests, type tests, robustness test, README
// section, testing factory and size budget. It then wires the package in where the repository
// expects every package: an example handler with its event under examples/, the examples
// workspace's dependencies, the root README's package table, and a first changeset.
//
// Usage: pnpm new-package <id> "<AWS service>" [<EventClassName>]
//   e.g. pnpm new-package lex "Amazon Lex" LexEvent
// Options: --dir <folder>  create the package in <folder>/<id> instead of packages/<id>, and
//          wire nothing else in (check-template.mjs uses it to build the template as generated).
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { kebab, root, run } from './lib.mjs';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const outside = dirFlag === -1 ? undefined : args.splice(dirFlag, 2)[1];
const [id, service, className] = args;

/** `vpc-lattice` → `VpcLattice`. */
const pascal = (text) =>
  text.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
const Class = className ?? `${pascal(id ?? '')}Event`;
if (
  !id ||
  !/^[a-z][a-z0-9-]*$/.test(id) ||
  !service ||
  !/^[A-Z][A-Za-z0-9]*$/.test(Class)
) {
  console.error(
    'usage: pnpm new-package <id> "<AWS service>" [<EventClassName>]\n' +
      '  id: lower-case, e.g. lex; class: PascalCase, e.g. LexEvent or TransferFamilyAuthorizer'
  );
  process.exit(2);
}

// Every workspace's name, so a new package cannot take one already in use (a private tooling
// workspace included: two workspaces with one name break installs and imports).
const workspaceNames = ['packages', 'tooling']
  .flatMap((folder) =>
    readdirSync(join(root, folder)).map((name) => join(root, folder, name))
  )
  .concat([join(root, 'examples'), join(root, 'bench')])
  .map((dir) => join(dir, 'package.json'))
  .filter((manifest) => existsSync(manifest))
  .map((manifest) => JSON.parse(readFileSync(manifest, 'utf8')).name);
if (!outside && workspaceNames.includes(`@evt/${id}`)) {
  console.error(`@evt/${id} is already the name of a workspace`);
  process.exit(1);
}

const target = join(outside ?? join(root, 'packages'), id);
if (existsSync(target)) {
  console.error(`${target} already exists`);
  process.exit(1);
}

// The template is a real package for a made-up source; these are its names.
const module = kebab(Class);
const replacements = [
  ['ExampleSourceEvent', Class],
  ['example-source-event', module],
  ['example-source', id],
  ['Example Service', service],
  ['example service', service.toLowerCase().replace(/^amazon |^aws /, '')],
];
const fill = (text) =>
  replacements.reduce(
    (result, [from, to]) => result.replaceAll(from, to),
    text
  );

const copyFilled = (from, to) => {
  cpSync(from, to, { recursive: true });
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      let path = join(dir, name);
      if (fill(name) !== name) {
        renameSync(path, join(dir, fill(name)));
        path = join(dir, fill(name));
      }
      if (statSync(path).isDirectory()) walk(path);
      else writeFileSync(path, fill(readFileSync(path, 'utf8')));
    }
  };
  if (statSync(to).isDirectory()) walk(to);
  else writeFileSync(to, fill(readFileSync(to, 'utf8')));
};

copyFilled(join(root, 'tooling/scripts/template'), target);
// Names sort differently from the template's (`VPCLatticeEvent` before `FieldTypeError`), so
// imports and exports are put back in the house order and format.
const tidy = (...paths) =>
  run(
    'pnpm',
    ['exec', 'biome', 'check', '--write', '--no-errors-on-unmatched', ...paths],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    }
  );
tidy(target);
if (outside) {
  console.log(`created ${target}`);
  process.exit(0);
}

// The example handler and the event it runs on.
copyFilled(
  join(root, 'tooling/scripts/template-example/handler.ts'),
  join(root, 'examples/src', `${id}-records.ts`)
);
cpSync(
  join(target, 'test/events', `${module}.json`),
  join(root, 'examples/events', `${id}-records.json`)
);
const examplesManifest = join(root, 'examples/package.json');
const examples = JSON.parse(readFileSync(examplesManifest, 'utf8'));
examples.dependencies = Object.fromEntries(
  Object.entries({
    ...examples.dependencies,
    [`@evt/${id}`]: 'workspace:*',
  }).sort(([a], [b]) => a.localeCompare(b))
);
writeFileSync(examplesManifest, `${JSON.stringify(examples, null, 2)}\n`);

// A row in the root README's package table, after the last one.
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8').split('\n');
const lastRow = readme.findLastIndex((line) => /^\| \[`@evt\//.test(line));
readme.splice(
  lastRow + 1,
  0,
  `| [\`@evt/${id}\`](packages/${id}) | ${service} | \`${Class}\` |`
);
writeFileSync(readmePath, readme.join('\n'));

tidy(join(root, 'examples/src', `${id}-records.ts`));

writeFileSync(
  join(root, '.changeset', `new-${id}.md`),
  `---\n'@evt/${id}': minor\n---\n\nAdd the \`@evt/${id}\` package: typed, lazy wrappers for ${service} events (\`${Class}\`).\n`
);
console.log(
  `created packages/${id}, examples/src/${id}-records.ts and .changeset/new-${id}.md, ` +
    'and added the package to README.md and examples/package.json; run pnpm install'
);
