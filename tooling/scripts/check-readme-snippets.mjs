#!/usr/bin/env node
// Type-checks every ```ts fence of the root README and of each package README against the
// built packages, as a user's code would see them: each fence becomes one module in
// examples/.snippets (the examples workspace depends on every package) and tsc checks them.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'examples/.snippets');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const readmes = [
  ['root', join(root, 'README.md')],
  ...readdirSync(join(root, 'packages')).map((id) => [
    id,
    join(root, 'packages', id, 'README.md'),
  ]),
].filter(([, path]) => existsSync(path));

let count = 0;
const sources = new Map();
for (const [id, path] of readmes) {
  const text = readFileSync(path, 'utf8');
  let index = 0;
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
    const file = `${id}-${++index}.ts`;
    writeFileSync(join(out, file), match[1]);
    const line = text.slice(0, match.index).split('\n').length;
    sources.set(file, `${path.slice(root.length + 1)}:${line}`);
    count++;
  }
}

writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: {
        isolatedDeclarations: false,
        declaration: false,
        noEmit: true,
      },
      include: ['*.ts'],
    },
    null,
    2
  )
);

try {
  execFileSync(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', join(out, 'tsconfig.json')],
    {
      cwd: out,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
} catch (error) {
  const report = String(error.stdout).replace(
    /^([\w.-]+\.ts)\((\d+),(\d+)\)/gm,
    (_, file, line) => `${sources.get(file) ?? file} (fence line ${line})`
  );
  console.error(report);
  console.error(`README snippets do not type-check against the built packages`);
  process.exit(1);
}
console.log(`${count} README snippets type-check against the built packages`);
