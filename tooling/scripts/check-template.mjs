#!/usr/bin/env node
// Generates a package from the template exactly as `pnpm new-package` does, into .tmp/, and
// runs on it what every package's checks run: typecheck, the tests with coverage (behaviour,
// types, robustness and laziness), the build, publint and are-the-types-wrong, TypeDoc
// validation and the size budgets. (Lint and format run on the template itself, with the
// rest of the repository.) The template is what 25 more packages start from: it has
// to build and pass as generated.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib.mjs';

const parent = join(root, '.tmp');
const id = 'generated-check';
const dir = join(parent, id);
rmSync(dir, { recursive: true, force: true });
mkdirSync(parent, { recursive: true });
run('node', [
  'tooling/scripts/new-package.mjs',
  id,
  'Amazon Generated Check',
  '--dir',
  parent,
]);

// Outside the workspace, the package finds its two workspace dependencies through links.
mkdirSync(join(dir, 'node_modules/@evt'), { recursive: true });
symlinkSync(join(root, 'packages/core'), join(dir, 'node_modules/@evt/core'));
symlinkSync(
  join(root, 'tooling/config'),
  join(dir, 'node_modules/@evt/tooling-config')
);

const scripts = [
  'typecheck',
  'test',
  'build',
  'check:package',
  'docs:check',
  'size',
];
try {
  for (const script of scripts) {
    console.log(`\n── ${script}`);
    run('pnpm', ['run', '--silent', script], { cwd: dir });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  '\nthe template builds and passes every package check as generated'
);
